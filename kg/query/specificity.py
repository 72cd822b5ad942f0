"""How specific an entity is, for ranking related papers (``kg similar``'s default ``specific`` metric).

A shared entity says more the fewer papers link it: its weight is ``log(papers / papers of the
entity)``, the inverse document frequency. Hub entities, linked to more than :data:`HUB_SHARE` of
the papers (CNN, GPT-4o, question answering on the 2025-26 corpus), say almost nothing and are left
out; a shared entity the other paper names in its title weighs :data:`TITLE_WEIGHT` times as much.
Measured blind against Jaccard and Adamic-Adar in docs/evaluation.md (session 22, ``kg similar``).

>>> from kg.graph.demo import demo_graph
>>> g = demo_graph()
>>> w = specific_weights(g, ["dataset:coco", "method:rlhf"])
>>> {e: round(x, 3) for e, x in w.items()}
{'dataset:coco': 0.916, 'method:rlhf': 0.916}
>>> round(specific_score(g.succ["2502.00003"], ["dataset:coco"], w), 3)  # its title names COCO
1.374
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.internals import node_dict, pred_dict

__all__ = ["HUB_MIN_PAPERS", "HUB_SHARE", "TITLE_WEIGHT", "specific_score", "specific_weights"]

HUB_SHARE = 0.01
"""``specific`` ignores hub entities: those linked to more than this share of the graph's papers
(and more than :data:`HUB_MIN_PAPERS`), such as CNN, GPT-4o or question answering on the corpus."""
HUB_MIN_PAPERS = 50
TITLE_WEIGHT = 1.5
"""``specific``: a shared entity the other paper names in its title (its link's evidence is the
title) weighs this much more: that paper is about it."""

_PAPERS: weakref.WeakKeyDictionary[nx.Graph, tuple[int, int]] = weakref.WeakKeyDictionary()


def _paper_count(g: nx.MultiDiGraph) -> int:
    """The number of ``Paper`` nodes, counted once per graph (again when its node count changes)."""
    nodes = node_dict(g)
    hit = _PAPERS.get(g)
    if hit is None or hit[0] != len(nodes):
        hit = (len(nodes), sum(1 for attrs in nodes.values() if attrs.get("label") == "Paper"))
        _PAPERS[g] = hit
    return hit[1]


def specific_weights(g: nx.MultiDiGraph, entities: Iterable[str]) -> dict[str, float]:
    """The ``specific`` weight of each entity that counts: ``log(papers / papers of the entity)``,
    hubs (more than :data:`HUB_SHARE` of the papers and :data:`HUB_MIN_PAPERS`) left out unless
    every entity is one.

    >>> from kg.graph.demo import demo_graph
    >>> {e: round(w, 3) for e, w in specific_weights(demo_graph(), ["dataset:coco"]).items()}
    {'dataset:coco': 0.916}
    """
    pred = pred_dict(g)
    n = _paper_count(g)
    df = {e: max(1, len(pred[e])) for e in entities}  # an entity's predecessors are its papers
    limit = max(HUB_MIN_PAPERS, int(HUB_SHARE * n))
    keep = [e for e in df if df[e] <= limit] or list(df)
    return {e: math.log(max(n, df[e]) / df[e]) for e in sorted(keep)}


def specific_score(out: dict[str, Any], shared: Iterable[str], weights: dict[str, float]) -> float:
    """The ``specific`` score of a paper whose out-edges are ``out`` (``g.succ[paper]``) over the
    ``shared`` entities that have a weight: each weight, times :data:`TITLE_WEIGHT` when the
    paper's link to the entity has its evidence in the title."""
    return sum(
        weights[e] * (TITLE_WEIGHT if any(a.get("field") == "title" for a in out[e].values()) else 1.0)
        for e in shared
        if e in weights
    )
