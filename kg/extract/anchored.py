"""A regex scan that tries only where a literal word of every match stands (docs/evaluation.md, session 10).

A full-text ``finditer`` makes the regex engine try its pattern at every position that passes the
pattern's first character; for a pattern whose matches all hold one of a few literal words at a known
distance from their start ("tackle", "is proposed", " dataset"), :meth:`str.find` locates those words
far faster, and :func:`finditer_at` tries the pattern only there. It returns exactly the matches of
``rx.finditer(text, pos)`` (leftmost first, none overlapping) whenever every match starts at an
occurrence of one of ``words`` minus one of ``back`` (and no match is empty): the callers' regexes
are written so, and tests/extract/test_anchored_scans.py checks each against its plain scan.

>>> rx = re.compile(r"\\b(?:is|are)\\s(?:newly\\s)?proposed\\b")
>>> t = "X is proposed. Y are newly proposed; Z, not proposed."
>>> [m.group() for m in finditer_at(rx, t, ("proposed",), back=(3, 4, 9, 10))]
['is proposed', 'are newly proposed']
>>> [m.group() for m in rx.finditer(t)]
['is proposed', 'are newly proposed']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["finditer_at", "places"]


def places(text: str, word: str, pos: int = 0) -> list[int]:
    """Every start of ``word`` in ``text[pos:]``, overlapping ones included.

    >>> places("banana", "ana")
    [1, 3]
    """
    out = []
    at = text.find(word, pos)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def finditer_at(
    rx: re.Pattern[str], text: str, words: Iterable[str], back: tuple[int, ...] = (0,), pos: int = 0
) -> list[re.Match[str]]:
    """``list(rx.finditer(text, pos))``, tried only at each occurrence of one of ``words`` minus one of
    ``back`` (every match of ``rx`` must start at such a place, and none may be empty)."""
    first = max(0, pos + min(back))  # a word before it would start a match before ``pos``
    found = [at for word in words for at in places(text, word, first)]
    if not found:
        return []
    starts = sorted(found) if back == (0,) else sorted(at - shift for at in found for shift in back)
    out = []
    end = pos
    for at in starts:  # a place found twice is tried once: a match ends after it, a failure fails again
        if at >= end and (match := rx.match(text, at)) is not None:
            out.append(match)
            end = match.end()
        elif at >= end:
            end = at + 1
    return out
