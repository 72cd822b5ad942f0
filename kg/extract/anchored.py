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

__all__ = ["finditer_at", "match_at", "places", "word_matches"]


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
    found = []
    find = text.find
    for word in words:  # :func:`places`, inlined: ~10 calls a text, most with one word that is not there
        at = find(word, first)
        while at >= 0:
            found.append(at)
            at = find(word, at + 1)
    if not found:
        return []
    starts = sorted(found) if back == (0,) else sorted(at - shift for at in found for shift in back)
    return match_at(rx, text, starts, pos)


def match_at(rx: re.Pattern[str], text: str, starts: Iterable[int], pos: int = 0) -> list[re.Match[str]]:
    """The matches of ``rx`` tried at each of the sorted ``starts`` from ``pos`` on, none overlapping:
    ``list(rx.finditer(text, pos))`` when every match starts at one of them (and none is empty).

    >>> [m.group() for m in match_at(re.compile(r"ab+"), "abbab ab", [0, 1, 3, 6])]
    ['abb', 'ab', 'ab']
    """
    out = []
    end = pos
    for at in starts:  # a place found twice is tried once: a match ends after it, a failure fails again
        if at >= end and (match := rx.match(text, at)) is not None:
            out.append(match)
            end = match.end()
        elif at >= end:
            end = at + 1
    return out


def word_matches(
    text: str, rx: re.Pattern[str], words: tuple[str, ...], before: tuple[str, ...] = ()
) -> list[re.Match[str]]:
    """Matches of ``rx`` at each occurrence of one of ``words`` that no letter or digit precedes (and one of
    ``before`` does, when given).

    Faster than a regex scan of the whole text: the words are rare, and :meth:`str.find` is quick. Unlike
    :func:`finditer_at`, matches may overlap (each occurrence is tried on its own).

    >>> rx = re.compile(r"new \\w+")
    >>> [m.group() for m in word_matches("A new dataset, X, and a new one", rx, ("new ",), ("a ",))]
    ['new dataset', 'new one']
    """
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            lead = text[max(0, at - 4) : at].lower()
            ok = at == 0 or not text[at - 1].isalnum()
            if ok and (not before or lead.endswith(before)) and (match := rx.match(text, at)):
                out.append(match)
            at = text.find(word, at + 1)
    return sorted(out, key=lambda m: m.start())
