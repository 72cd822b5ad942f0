"""Raw candidate mentions inside one document text, and the longest-match-wins overlap rule.

>>> a = Candidate(0, 8, "dataset", "ImageNet", source="lexicon", rule="lexicon")
>>> b = Candidate(0, 11, "dataset", "ImageNet-1k", source="lexicon", rule="lexicon")
>>> [c.name for c in select_longest([a, b])]
['ImageNet-1k']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

__all__ = ["AMBIGUOUS", "SOURCE_RANK", "Candidate", "occurrences", "select_longest"]

SOURCE_RANK = {"lexicon": 0, "acronym": 1, "pattern": 2}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span ``[start, end)`` of the document text that names an entity.

    ``entity_id`` is the lexicon id (``"<type>:<id>"``) when the lexicon knows the entity, else "".
    ``partner`` holds the (start, end) of the other half of an acronym definition, if any.
    """

    start: int
    end: int
    type: str
    name: str
    entity_id: str = ""
    confidence: float = 0.5
    source: str = "pattern"
    rule: str = ""
    role: str = "used"
    partner: tuple[int, int] | None = None

    def with_(self, **changes: object) -> Candidate:
        """A copy with some fields changed (faster than ``dataclasses.replace``)."""
        values = {name: getattr(self, name) for name in _FIELDS}
        values.update(changes)
        return Candidate(**values)


_FIELDS = tuple(f.name for f in fields(Candidate))
# The confidence of a match of a lexicon entry whose name is also an ordinary word ("ambiguous").
AMBIGUOUS = 0.85


def _rank(c: Candidate) -> tuple[int, int, bool, float, int, str]:
    return (
        -(c.end - c.start),
        SOURCE_RANK.get(c.source, 9),
        c.rule == "propagate",
        -c.confidence,
        c.start,
        c.entity_id,
    )


def select_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (then lexicon > acronym > pattern, confidence); by start."""
    ranked = sorted(candidates, key=_rank)
    chosen: list[Candidate] = []
    taken = bytearray(max((c.end for c in ranked), default=0))  # 1 = character already in a mention
    for cand in ranked:
        if cand.end <= cand.start or cand.start < 0 or 1 in taken[cand.start : cand.end]:
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: (c.start, c.end))


def occurrences(text: str, surface: str, start: int = 0, *, joined_after: str = "+") -> list[int]:
    """Starts of ``surface`` in ``text[start:]`` as a whole word, not inside a longer word or name: no
    letter, digit, "-" or "_" right before it, and none of those nor a character of ``joined_after``
    ("+": C is not in C++) right after it (MNIST is not in N-MNIST or MNIST-C).

    >>> occurrences("MNIST, N-MNIST, MNIST-C and MNIST.", "MNIST")
    [0, 28]
    >>> occurrences("C++ and C+", "C", joined_after=""), occurrences("C++ and C+", "C")
    ([0, 8], [])
    """
    out = []
    at = text.find(surface, start)
    while at >= 0:
        end = at + len(surface)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_" + joined_after):
            out.append(at)
        at = text.find(surface, at + 1)
    return out
