r"""An IGNORECASE regex searched case-sensitively in lower-cased ASCII text (docs/evaluation.md, session 13).

Python's ``re`` with IGNORECASE cannot skip ahead to a pattern's first letters, and it folds the case of
every character it compares; the window searches of a few rules ("accuracy" as an ordinary word, the
evaluation cue) spend most of their time there. The same pattern with its letters in lower case
(:func:`lower_literals`: escapes such as ``\W`` kept) matches, case-sensitively, in the lower-cased text
exactly where the IGNORECASE pattern matches in the text, when the text is ASCII (no "ſ" or Kelvin sign
that folds to an ASCII letter, no letter whose lower case is longer); other text is searched as it is.
The patterns must write their letters as themselves (no ``\x41``); a named group keeps its name, and a
match found in the lower-cased text has the text's offsets but lower-case group text.

>>> rx = AnyCase(re.compile(r"\bin terms of|\bF1\b", re.IGNORECASE))
>>> rx.found("measured In Terms Of"), rx.found("an f1 of 0.8"), rx.found("an F12 of"), rx.found("F1", 1)
(True, True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["AnyCase", "lower_literals"]

_LETTER_OR_ESCAPE = re.compile(r"\(\?P[<=]\w+[>)]|\\.|[A-Z]")  # a group's name and an escape are kept


def lower_literals(pattern: str) -> str:
    r"""``pattern`` with its letters in lower case and its escapes as they are.

    >>> print(lower_literals(r"\bF1\W+BF16|[A-Z](?P<Head>X)(?P=Head)"))
    \bf1\W+bf16|[a-z](?P<Head>x)(?P=Head)
    """
    return _LETTER_OR_ESCAPE.sub(lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern)


class AnyCase:
    """An IGNORECASE pattern and its :func:`lower_literals` form, searched in lower-cased ASCII text."""

    __slots__ = ("lowered", "rx")

    def __init__(self, rx: re.Pattern[str]) -> None:
        if not rx.flags & re.IGNORECASE:
            raise ValueError(f"not an IGNORECASE pattern: {rx.pattern!r}")
        self.rx = rx
        self.lowered = re.compile(lower_literals(rx.pattern), rx.flags & ~re.IGNORECASE)

    def found(self, text: str, pos: int = 0) -> bool:
        """Whether ``self.rx.search(text, pos)`` finds a match."""
        if text.isascii():
            return self.lowered.search(text.lower(), pos) is not None
        return self.rx.search(text, pos) is not None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``self.rx.search(text, pos)``'s match: its offsets; its group text lower case in ASCII text."""
        if text.isascii():
            return self.lowered.search(text.lower(), pos)
        return self.rx.search(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.rx.finditer(text)``'s matches, as :meth:`search` gives them."""
        if text.isascii():
            return self.lowered.finditer(text.lower())
        return self.rx.finditer(text)
