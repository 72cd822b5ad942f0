"""The overview of a large graph: communities of papers drawn as labelled clusters, never a hairball.

Papers are grouped by seeded Louvain over the paper projection (:func:`kg.similarity.communities`)
through their datasets, methods, tasks, models and benchmarks. Generic hubs — metrics, and
entities linked to more than :data:`GENERIC_SHARE` of the papers (such as "Accuracy") — are
left out: they would tie every paper to every other, and they name nothing. Each community is
one node named by its most characteristic entities (frequent in it, rare elsewhere), sized by
its papers; communities that share entities are linked. A community's top entities and papers
are in the page too, hidden, and shown around it when it is clicked.

:func:`community_view` returns the drawn graph (the communities are nodes of their own, label
``Community``) and its :class:`~kg.explorer.views.View`.

>>> from kg.explorer.sample import synthetic_graph
>>> g = synthetic_graph(400)
>>> drawn, view = community_view(g, seed=7)
>>> view.kind, all(drawn.nodes[n]["label"] == "Community" for n in view.nodes if n.startswith("community:"))
('communities', True)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import networkx as nx

from kg.explorer.layout import GAP, _rings, layout
from kg.explorer.views import View, ViewEdge
from kg.query.similarity import communities, entities_of, papers_of
from kg.schema import ENTITY_LINKS

__all__ = [
    "CLUSTER_AT",
    "GENERIC_SHARE",
    "community_positions",
    "community_view",
    "generic_hubs",
]

CLUSTER_AT = 150
"""An overview with more drawable nodes than this draws communities instead of every node."""

GENERIC_SHARE = 0.1
"""An entity linked to more than this share of the papers (at least 10) is a generic hub."""

VIA = ("dataset", "method", "task", "model", "benchmark")
PALETTE = ("#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac")
_MAX_COMMUNITIES = 40
_SHOW_PAPERS = 12
_SHOW_ENTITIES = 8


def _papers(g: nx.MultiDiGraph) -> list[str]:
    return sorted(n for n, label in g.nodes(data="label") if label == "Paper")


def _entities_of(g: nx.MultiDiGraph, paper: str) -> list[str]:
    return sorted(entities_of(g, paper))


def generic_hubs(g: nx.MultiDiGraph, n_papers: int) -> dict[str, int]:
    """Metrics and the entities linked to more than :data:`GENERIC_SHARE` of ``n_papers``, with counts."""
    limit = max(10, GENERIC_SHARE * n_papers)
    out = {}
    for e, label in g.nodes(data="label"):
        if label in ("Paper", "Author", "Organization"):
            continue
        k = len(papers_of(g, e))
        if label == "Metric" or k > limit:
            out[e] = k
    return out


def _name(g: nx.MultiDiGraph, n: str) -> str:
    return str(g.nodes[n].get("name") or g.nodes[n].get("title") or n)


def _top_entities(
    g: nx.MultiDiGraph, members: Sequence[str], hubs: Mapping[str, int], total: Counter[str]
) -> list[str]:
    """The community's entities, most characteristic first: count in it × share of their papers in it."""
    inside = Counter(e for p in members for e in _entities_of(g, p) if e not in hubs)
    return sorted(
        (e for e, k in inside.items() if k >= 2 or len(members) < 6),
        key=lambda e: (-(inside[e] * inside[e] / total[e]), _name(g, e)),
    )


def community_view(g: nx.MultiDiGraph, *, seed: int = 7) -> tuple[nx.MultiDiGraph, View]:
    """The communities of ``g`` as a graph to draw (see the module docstring) and its view."""
    papers = _papers(g)
    hubs = generic_hubs(g, len(papers))
    cap = max(25, len(papers) // 100)  # entities above this add quadratic pairs and little signal
    groups = communities(g, VIA, seed=seed, max_entity_papers=cap, min_size=3)[:_MAX_COMMUNITIES]
    total = Counter(e for p in papers for e in _entities_of(g, p))
    drawn = nx.MultiDiGraph()
    tops: list[list[str]] = []
    edges: list[ViewEdge] = []
    for k, members in enumerate(groups):
        top = _top_entities(g, members, hubs, total)
        tops.append(top)
        cid = f"community:{k + 1:02d}"
        name = " · ".join(_name(g, e) for e in top[:3]) or f"Community {k + 1}"
        drawn.add_node(
            cid,
            label="Community",
            name=name,
            type="community",
            aliases=[],
            n_papers=len(members),
            kg_color=PALETTE[k % len(PALETTE)],
        )
        shown_papers = sorted(members, key=lambda p: (-g.degree(p), p))[:_SHOW_PAPERS]
        for n in [*top[:_SHOW_ENTITIES], *shown_papers]:
            drawn.add_node(n, **g.nodes[n], kg_hidden=True)
            edges.append(ViewEdge(cid, n, "CONTAINS"))
    for k, a in enumerate(tops):
        for j in range(k + 1, len(tops)):
            shared = sorted(set(a[:30]) & set(tops[j][:30]), key=lambda e: _name(g, e))
            if len(shared) >= 2:
                edges.append(
                    ViewEdge(f"community:{k + 1:02d}", f"community:{j + 1:02d}", "SHARES", len(shared), ())
                )
    for u, v, key, d in g.edges(keys=True, data=True):
        if u in drawn and v in drawn and key in ENTITY_LINKS:
            drawn.add_edge(u, v, key=key, **d)
            edges.append(ViewEdge(u, v, key))
    for e in edges:
        if e.type != "USES" and e.type != "INTRODUCES":
            drawn.add_edge(e.source, e.target, key=e.type, type=e.type)
    clustered = sum(len(m) for m in groups)
    hub_names = ", ".join(f"{_name(g, e)} ({n})" for e, n in sorted(hubs.items(), key=lambda x: -x[1])[:5])
    note = (
        f"{len(groups)} communities of papers sharing datasets/methods/tasks ({clustered} of {len(papers)} "
        f"papers; seeded Louvain). Click a community to show its top entities and papers. "
        f"Left out as generic: {len(hubs)} entities linked to many papers or metrics"
        + (f" — {hub_names}." if hub_names else ".")
    )
    nodes = tuple(sorted(drawn.nodes))
    return drawn, View(
        "communities", "Communities", nodes, tuple(sorted(set(edges), key=_edge_key)), note=note
    )


def _edge_key(e: ViewEdge) -> tuple[str, str, str]:
    return (e.source, e.type, e.target)


def community_positions(
    view: View, radius: Mapping[str, float], *, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Communities laid out by what they share; each one's hidden members on rings around it."""
    members: dict[str, list[str]] = {}
    for e in view.edges:
        if e.type == "CONTAINS":
            members.setdefault(e.source, []).append(e.target)
    clusters = sorted(members)
    outer = {}
    offsets = {}
    for c in clusters:
        kids = sorted(members[c], key=lambda n: (-radius[n], n))
        offsets[c], outer[c] = _rings(radius[c] + 2 * GAP, [radius[n] for n in kids])
        members[c] = kids
    links = [(e.source, e.target) for e in view.edges if e.type == "SHARES"]
    centre = layout(clusters, links, seed=seed, radius=outer)
    pos: dict[str, tuple[float, float]] = {}
    for c in clusters:
        x, y = centre[c]
        pos[c] = (x, y)
        for n, (dx, dy) in zip(members[c], offsets[c], strict=True):
            pos.setdefault(n, (round(x + dx, 1), round(y + dy, 1)))
    return pos
