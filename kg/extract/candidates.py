"""Raw candidate mentions inside one document text, and the longest-match-wins overlap rule.

>>> a = Candidate(0, 8, "dataset", "ImageNet", source="lexicon", rule="lexicon")
>>> b = Candidate(0, 11, "dataset", "ImageNet-1k", source="lexicon", rule="lexicon")
>>> [c.name for c in select_longest([a, b])]
['ImageNet-1k']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from operator import attrgetter

from kg.model import slot_setters

__all__ = ["AMBIGUOUS", "SOURCE_RANK", "Candidate", "occurrences", "propagate", "select_longest", "uncut"]

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

    def holds(self, other: Candidate) -> bool:
        """Whether ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end

    def with_(self, **changes: object) -> Candidate:
        """A copy with some fields changed (faster than ``dataclasses.replace``: the copy's slots are set
        directly, as the frozen ``__init__`` would set them, with no keyword dict to build).

        >>> Candidate(0, 3, "method", "CNN").with_(role="introduced").role
        'introduced'
        """
        if not _FIELD_SET.issuperset(changes):
            raise TypeError(f"Candidate has no field {sorted(set(changes) - _FIELD_SET)}")
        out = object.__new__(Candidate)
        for name, put in _SETTERS:
            put(out, changes[name] if name in changes else getattr(self, name))
        return out


_FIELDS = tuple(f.name for f in fields(Candidate))
_FIELD_SET = frozenset(_FIELDS)
_SETTERS = tuple(zip(_FIELDS, slot_setters(Candidate), strict=True))
_START, _END, _TYPE, _NAME, _ID, _CONFIDENCE, _SOURCE, _RULE, _ROLE, _PARTNER = (put for _, put in _SETTERS)


def _init(
    self: Candidate,
    start: int,
    end: int,
    type: str,
    name: str,
    entity_id: str = "",
    confidence: float = 0.5,
    source: str = "pattern",
    rule: str = "",
    role: str = "used",
    partner: tuple[int, int] | None = None,
) -> None:
    """The dataclass's ``__init__`` (same fields, order and defaults: tests/extract/test_fast_scans.py checks
    them), setting each slot through its descriptor: a third less time, ~11 candidates an abstract."""
    _START(self, start)
    _END(self, end)
    _TYPE(self, type)
    _NAME(self, name)
    _ID(self, entity_id)
    _CONFIDENCE(self, confidence)
    _SOURCE(self, source)
    _RULE(self, rule)
    _ROLE(self, role)
    _PARTNER(self, partner)


Candidate.__init__ = _init  # type: ignore[method-assign]
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


_SPAN = attrgetter("start", "end")  # a candidate's (start, end), read in C: the sort key of every text


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
    return sorted(chosen, key=_SPAN)


def uncut(found: Iterable[Candidate], known: Iterable[Candidate], text: str) -> list[Candidate]:
    """``found`` without the discovered names that cut a lexicon match in two (docs/typing.md rule 48).

    A span that starts or ends strictly inside a known name, without holding it whole, has a wrong
    boundary: in "on MT-Bench for Llama 3 8B" the list rule's "MT-Bench for Llama" ends inside the
    model Llama 3 8B; the known names win. A span that holds a known name whole ("N-MNIST") or lies
    inside one is left to :func:`select_longest`.

    >>> t = "on MT-Bench for Llama 3 8B; the Versatile Diffusion model"
    >>> known = [Candidate(3, 11, "benchmark", "MT-Bench", source="lexicon"),
    ...     Candidate(16, 26, "model", "Llama 3 8B", source="lexicon"),
    ...     Candidate(42, 57, "method", "diffusion models", source="lexicon")]
    >>> found = [Candidate(3, 21, "dataset", "MT-Bench for Llama"),
    ...     Candidate(32, 51, "model", "Versatile Diffusion")]
    >>> [t[c.start : c.end] for c in uncut(found, known, t)]
    ['Versatile Diffusion']
    """
    spans = [(k.start, k.end) for k in known if k.source == "lexicon"]
    out = []
    for c in found:  # a plain loop, not ``any`` over a generator: ~50 pairs a text, most apart
        start, end = c.start, c.end
        for s, e in spans:
            if s < end and start < e and _cuts(c, s, e, text):
                break
        else:
            out.append(c)
    return out


def _cuts(cand: Candidate, k_start: int, k_end: int, text: str) -> bool:
    """Whether ``cand`` crosses one boundary of the known name at ``[k_start, k_end)`` (overlaps it, holds
    it not), and what it leaves of the name is more than one lower-case word: "the Versatile Diffusion
    model" leaves the head "model" of the lexicon's "Diffusion model" and is no cut."""
    if cand.start < k_start < cand.end < k_end:
        rest = k_end - cand.end
    elif k_start < cand.start < k_end < cand.end:
        rest = cand.start - k_start
    else:
        return False
    name = text[k_start:k_end]
    part = name[-rest:] if cand.end < k_end else name[:rest]
    return not part.strip().isalpha() or not part.strip().islower()


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


def propagate(text: str, found: Iterable[Candidate]) -> list[Candidate]:
    """Other occurrences of a discovered name in the same document get the same type (role used).

    >>> t = "We propose GlorpNet. GlorpNet is fast."
    >>> [(c.start, c.rule, c.role) for c in propagate(t, [Candidate(11, 19, "method", "GlorpNet")])]
    [(21, 'propagate', 'used')]
    """
    out = []
    seen: dict[str, Candidate] = {}
    for cand in sorted(found, key=lambda c: (-c.confidence, c.start)):
        seen.setdefault(text[cand.start : cand.end], cand)
    for surface, cand in sorted(seen.items()):
        if len(surface) < 2:
            continue
        confidence = round(cand.confidence - 0.1, 2)
        for start in occurrences(text, surface):
            if start != cand.start:  # ``cand.with_(start=…, rule="propagate", role="used", partner=None)``
                out.append(Candidate(
                    start, start + len(surface), cand.type, cand.name, cand.entity_id, confidence,
                    cand.source, "propagate", "used", None,
                ))  # fmt: skip
    return out
