"""The entity view's story for the side panel: who introduced it, its adoption by month, and the
methods/datasets used with it (from the whole graph, not only the drawn part).

>>> from kg.explorer.sample import tiny_graph
>>> s = entity_story(tiny_graph(), "dataset:imagenet", {})
>>> s["adoption"], [c[0] for c in s["co_used"]]
([['2025-01', 2]], ['COCO', 'LoRA', 'Mixture-of-Experts'])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.query.facts import trend
from kg.schema import ENTITY_LINKS

__all__ = ["CO_USED_LABELS", "entity_story"]

_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
CO_USED_LABELS = ("Method", "Dataset", "Benchmark", "Model")
"""The kinds listed as used with an entity (tasks, metrics and organisations are not)."""


def _papers(g: nx.MultiDiGraph, entity: str) -> list[str]:
    return sorted(
        p
        for p, keys in g.pred[entity].items()
        if set(keys) & set(ENTITY_LINKS) and g.nodes[p].get("label") == "Paper"
    )


def _every_month(counts: Mapping[str, int]) -> list[list[Any]]:
    """``[month, papers]`` for every month from the first to the last, months without papers as 0 (a chart's
    axis then runs evenly).

    >>> _every_month({"2025-11": 2, "2026-02": 1})
    [['2025-11', 2], ['2025-12', 0], ['2026-01', 0], ['2026-02', 1]]
    """
    if not all(_MONTH.fullmatch(m) for m in counts):  # not kg's YYYY-MM: as they are
        return [[m, n] for m, n in sorted(counts.items())]
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    rows: list[list[Any]] = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        rows.append([key, counts.get(key, 0)])
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return rows


def entity_story(
    g: nx.MultiDiGraph, entity: str, index: Mapping[str, int], *, top: int = 10
) -> dict[str, Any]:
    """``introduced`` ([title, date, view index or -1]), ``adoption`` ([month, papers]) and ``co_used``
    ([name, kind, papers together, view index or -1], most first)."""
    papers = _papers(g, entity)
    introduced = sorted(
        (
            [str(g.nodes[p].get("title") or p), g.nodes[p].get("date"), index.get(p, -1)]
            for p in papers
            if "INTRODUCES" in g.pred[entity][p]
        ),
        key=lambda row: (str(row[1] or "~"), row[0]),
    )
    co: Counter[str] = Counter()
    for p in papers:
        for e, keys in g.succ[p].items():
            if e != entity and set(keys) & set(ENTITY_LINKS) and g.nodes[e].get("label") in CO_USED_LABELS:
                co[e] += 1
    ranked = sorted(co, key=lambda e: (-co[e], str(g.nodes[e].get("name") or e)))[:top]
    return {
        "introduced": introduced,
        "adoption": _every_month(dict(trend(g, entity))),  # the API's papers per month, gaps filled
        "co_used": [
            [str(g.nodes[e].get("name") or e), str(g.nodes[e]["label"]), co[e], index.get(e, -1)]
            for e in ranked
        ],
    }
