"""Rule 429: a paper's coined acronym stays apart from other papers' bare uses of another kind of thing.

When exactly one work coins a name, :func:`kg.resolve.own_names.regroup` joins the papers that only use
the plain name to it (a later paper comparing with the new method means it). For a short acronym in
capitals (three to six capitals or digits) that join is often wrong: "DTR" one paper presents as its
jailbreak defence is not the dense retrieval model "DTR" another compares with; "MERA: Multimodal and
Multiscale Self-Explanatory Model" is not the Russian "MERA benchmark". The sure sign read here is the
kind: when the coarse type (dataset/benchmark, method/model, task, metric) the coining paper gives the
acronym differs from the one the using papers give it, the coined acronym is an entity of its own
(scoped to its paper, as when two works coin one name) and the users (who write the acronym alone) keep
the plain name. A paper that spells the acronym out joins by its long form (:mod:`kg.resolve.acronyms`).

>>> types = {"dtr": {"method": 1}, "dtr@p1@+defence": {"method": 3}, "mera": {"benchmark": 2},
...          "mera@p2@+lung model": {"model": 2}}
>>> apart = CoinedApart(types, lambda k: k.split("@")[0].upper())  # the users' and the coiner's names
>>> apart("dtr", ["dtr@p1@+defence"]), apart("mera", ["mera@p2@+lung model"])
(False, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from kg.extract.evaluate import COARSE
from kg.resolve.votes import pick_type

__all__ = ["CoinedApart", "coarse_type"]

_CAPS = re.compile(r"[A-Z][A-Z0-9]{2,5}s?")


def coarse_type(counts: Sequence[Mapping[str, int]]) -> str:
    """The coarse type of the entity these per-key type votes make (:func:`kg.resolve.votes.pick_type`;
    "" for none).

    >>> coarse_type([{"model": 2, "~benchmark": 3}, {"~dataset": 2}]), coarse_type([{"~method": 1}])
    ('Method', 'Method')
    """
    tally: dict[str, int] = {}
    for c in counts:
        for t, n in c.items():
            tally[t] = tally.get(t, 0) + n
    return COARSE.get(pick_type(tally), "") if tally else ""


class CoinedApart:
    """The test :func:`kg.resolve.own_names.regroup` asks of the one group of works coining a plain key
    that other papers use: ``types`` are the per-key type counts, ``name_of`` a key's name."""

    def __init__(self, types: Mapping[str, Mapping[str, int]], name_of: Callable[[str], str]) -> None:
        self.types, self.name_of = types, name_of

    def __call__(self, base: str, keys: Sequence[str]) -> bool:
        if not _CAPS.fullmatch(self.name_of(base)):  # the users write the acronym alone
            return False
        if not any(_coined(k) and _CAPS.fullmatch(self.name_of(k)) for k in keys):
            return False
        mine = coarse_type([self.types.get(k, {}) for k in keys])
        theirs = coarse_type([self.types.get(base, {})])
        return bool(mine and theirs) and mine != theirs


def _coined(key: str) -> bool:
    parts = key.split("@", 2)
    return len(parts) == 3 and parts[2][:1] == "+"
