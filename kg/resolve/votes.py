"""The type of an entity from its mentions' type votes: the strongest evidence wins (rule 62).

A mention votes for its type; a vote below :data:`STRONG_FROM` confidence is weak (marked with
:data:`WEAK` in the per-key counts): a type read off a name's ending alone ("TissueNet" a method by
its "-Net"), an untyped "called X", a phrase model's guess, another occurrence of one of these. Weak
votes decide only when no mention of the entity casts a strong one, so one paper's "the TissueNet
dataset" outweighs two name-ending guesses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from kg.model import ENTITY_TYPES

__all__ = ["STRONG_FROM", "WEAK", "pick_type", "vote"]

WEAK = "~"
"""Prefix of a weak type vote in the per-key counts: a type no word of the paper states (a name's
ending alone, an untyped "called X", a phrase model's guess, another occurrence of one of these)."""
STRONG_FROM = 0.6


def vote(etype: str, confidence: float, rule: str = "") -> str:
    """The type vote a mention casts: its type, marked weak below :data:`STRONG_FROM` confidence,
    except a name-shaped data name (rule 56's "the TissueNet dataset", rule 58's "…QA").

    >>> vote("dataset", 0.7), vote("method", 0.55, "shape"), vote("dataset", 0.55, "shape")
    ('dataset', '~method', 'dataset')
    """
    if confidence >= STRONG_FROM or (rule == "shape" and etype in ("dataset", "benchmark")):
        return etype
    return WEAK + etype


def pick_type(types: Mapping[str, int]) -> str:
    """The entity type of a cluster's votes: the strongest evidence wins (rule 62): the most strong
    votes (then the most votes, then the type order); weak votes decide only when none is strong.

    >>> pick_type({"~method": 2, "dataset": 1}), pick_type({"~method": 2, "~dataset": 1})
    ('dataset', 'method')
    >>> pick_type({"method": 1, "dataset": 1, "~method": 5})  # a tie of strong votes
    'method'
    """
    if len(types) == 1:
        return next(iter(types)).lstrip(WEAK)
    total: Counter[str] = Counter()
    strong: Counter[str] = Counter()
    for t, n in types.items():
        total[t.lstrip(WEAK)] += n
        if not t.startswith(WEAK):
            strong[t] += n
    return min(
        strong or total,
        key=lambda t: (-strong[t], -total[t], ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 99, t),
    )
