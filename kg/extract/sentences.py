"""A fast rule-based sentence splitter over character offsets (``spacy.blank`` has no parser).

>>> text = "We use BERT (Devlin et al. 2019). It works, e.g. on SQuAD. Done"
>>> [text[s:e] for s, e in split_sentences(text)]
['We use BERT (Devlin et al. 2019).', 'It works, e.g. on SQuAD.', 'Done']
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable

from kg.extract.anchored import finditer_at

__all__ = ["sentence_at", "sentence_finder", "split_sentences"]

# A sentence ends at . ! ? (plus closing quotes/brackets) followed by whitespace and a capital,
# digit or opening bracket — or at a blank line.
# (The end mark or the first newline is matched by one class, not looked behind for, so the regex
# engine can skip ahead to it — three times as fast as the plain alternation; the cut is after the
# end mark: group "gap".)
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])(?P<gap>[\"')\]]*\s+)(?=[\"'(\[]?[A-Z0-9])|(?<=\n)\s*\n)")
# Every match starts at one of these: :meth:`str.find` reaches them faster than the engine's class scan
# (~27 -> ~15 µs an abstract; docs/evaluation.md, "Session 20, speed round 5").
_BOUNDARY_MARKS = (".", "!", "?", "\n")
# A period after one of these words or an initial ends no sentence ("e.g. on SQuAD", "J. Smith");
# ``_ABBREV_ENDS`` lets most periods skip the regex (a text's "… results." ends in none of them).
_ABBREVIATIONS = ("e.g", "i.e", "et al", "etc", "vs", "cf", "Fig", "Figs", "Eq", "Eqs", "Sec", "Tab", "No",
                  "approx", "resp", "Dr", "Mr", "Ms", "Prof", "St", "Inc", "Ltd", "Jan", "Feb", "Mar", "Apr",
                  "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")  # fmt: skip
_ABBREV = re.compile(rf"(?:\b(?:{'|'.join(map(re.escape, _ABBREVIATIONS))}|[A-Z])\.)$")
_ABBREV_ENDS = tuple(f"{word}." for word in (*_ABBREVIATIONS, *string.ascii_uppercase))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character spans of the sentences of ``text``, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in finditer_at(_BOUNDARY, text, _BOUNDARY_MARKS):  # _BOUNDARY.finditer(text)'s matches
        gap = match.group("gap")
        cut = match.start("gap") if gap is not None else match.start()
        head = text[max(start, cut - 12) : cut]
        if head.endswith(_ABBREV_ENDS) and _ABBREV.search(head) and "\n" not in (gap or match.group()):
            continue
        _add(text, start, cut, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    end = _closing(text, end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _closing(text: str, end: int) -> int:
    while end < len(text) and text[end] in "\"')]":
        end += 1
    return end


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The span containing ``offset`` (or the nearest one before it).

    >>> sentence_at([(0, 5), (7, 12)], 8)
    (7, 12)
    """
    return sentence_finder(spans)(offset)


def sentence_finder(spans: list[tuple[int, int]]) -> Callable[[int], tuple[int, int]]:
    """:func:`sentence_at` for many offsets of one text: the sentence starts are listed once.

    >>> sentence_finder([(0, 5), (7, 12)])(3)
    (0, 5)
    """
    starts = [s for s, _ in spans]

    def at(offset: int) -> tuple[int, int]:
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return spans[i] if spans else (0, 0)

    return at
