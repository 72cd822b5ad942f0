"""Facts about a built graph: paper records, summaries, entity rankings, co-occurrence, trends,
citations and neighbourhoods — plain functions over the :class:`networkx.MultiDiGraph`, used by the
Python API (:mod:`kg.api`), the CLI and the explorer alike.

>>> from kg.graph.demo import demo_graph
>>> [(e.name, n) for e, n in top_entities(demo_graph(), "dataset", k=2)]
[('COCO', 2), ('ImageNet-1k', 2)]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import product
from typing import Any

import networkx as nx

from kg.errors import GraphError
from kg.graph.io import summarise
from kg.model import ENTITY_TYPES, Entity, Paper, Source
from kg.query.lookup import kind_of, kind_priority, parse_kinds
from kg.query.similarity import entity_record, papers_of, require_paper
from kg.schema import MENTION_RELS, label_for_type

__all__ = [
    "cited_by",
    "cites",
    "co_occurring",
    "cooccurrence",
    "describe",
    "entity_of",
    "neighbourhood",
    "paper_record",
    "top_entities",
    "trend",
]


def paper_record(g: nx.MultiDiGraph, paper: str) -> Paper:
    """The :class:`~kg.model.Paper` of a ``Paper`` node (authors from ``WROTE``, references from ``CITES``).

    ``source.file`` is empty: the graph keeps only the reader format (``source_format``).
    """
    require_paper(g, paper)
    attrs = g.nodes[paper]
    wrote = sorted(
        (d.get("position", 0), g.nodes[a]["name"])
        for a, _, d in g.in_edges(paper, data=True)
        if d.get("type") == "WROTE"
    )
    return Paper(
        id=paper,
        title=attrs["title"],
        source=Source(file="", format=attrs.get("source_format") or "unknown"),
        abstract=attrs.get("abstract") or "",
        authors=tuple(name for _, name in wrote),
        n_authors=attrs.get("n_authors"),
        date=attrs.get("date"),
        date_text=attrs.get("date_text"),
        upvotes=attrs.get("upvotes"),
        organization=attrs.get("organization"),
        arxiv_id=attrs.get("arxiv_id"),
        doi=attrs.get("doi"),
        url=attrs.get("url"),
        references=tuple(cites(g, paper)),
    )


def describe(g: nx.MultiDiGraph, top: int = 5) -> dict[str, Any]:
    """Counts, the date and month range of the papers and the ``top`` entities of each type (``kg stats``).

    A paper without a date may still have a month (an arXiv id gives the month it was sent in), and one
    without a month a year (a BibTeX entry with ``year`` alone): trends go by month or year, so all three
    ranges are given.

    >>> from kg.graph.demo import demo_graph
    >>> d = describe(demo_graph(), top=1)
    >>> d["nodes"]["Paper"], d["dates"], d["top"]["method"]
    (5, {'first': '2025-01-10', 'last': '2025-03-01', 'undated': 0}, [['contrastive learning', 2]])
    >>> d["months"], d["years"]
    ({'first': '2025-01', 'last': '2025-03', 'without': 0}, {'first': 2025, 'last': 2025, 'without': 0})
    """
    summary = summarise(g)
    n_papers = summary.n_papers
    top_by_type = {t: [[e.name, n] for e, n in top_entities(g, t, top)] for t in ENTITY_TYPES}
    return {
        **summary.to_dict(),
        "dates": _span(g, "date", n_papers, "undated"),
        "months": _span(g, "month", n_papers, "without"),
        "years": _span(g, "year", n_papers, "without"),
        "graph": {k: v for k, v in sorted(g.graph.items())},
        "top": {t: ranked for t, ranked in top_by_type.items() if ranked},
    }


def entity_of(g: nx.MultiDiGraph, entity: str) -> Entity:
    """The entity record of ``entity`` (an entity id); :class:`GraphError` if it is not one."""
    if (
        entity not in g
        or g.nodes[entity].get("type") not in ENTITY_TYPES
        or g.nodes[entity].get("label") == "Paper"
    ):
        raise GraphError(
            f"no entity with id {entity!r} in the graph", hint="ids look like dataset:imagenet-1k"
        )
    return entity_record(g, entity)


def cites(g: nx.MultiDiGraph, paper: str) -> list[str]:
    """Ids of the papers ``paper`` cites (``CITES`` out-edges), sorted."""
    return sorted(v for _, v, k in g.out_edges(paper, keys=True) if k == "CITES")


def _span(g: nx.MultiDiGraph, attr: str, n_papers: int, missing: str) -> dict[str, Any]:
    """The first and last value of the papers' ``attr`` and, under ``missing``, how many papers lack it."""
    values = sorted(v for n, v in g.nodes(data=attr) if v and g.nodes[n].get("label") == "Paper")
    return {
        "first": values[0] if values else None,
        "last": values[-1] if values else None,
        missing: n_papers - len(values),
    }


def cited_by(g: nx.MultiDiGraph, paper: str) -> list[str]:
    """Ids of the papers that cite ``paper``, sorted."""
    return sorted(u for u, _, k in g.in_edges(paper, keys=True) if k == "CITES")


def top_entities(g: nx.MultiDiGraph, type: str, k: int = 10) -> list[tuple[Entity, int]]:
    """The ``k`` entities of ``type`` linked to the most papers, with their paper counts (ties by name)."""
    label = label_for_type(type)
    ranked = sorted(
        ((n, len(papers_of(g, n))) for n, lab in g.nodes(data="label") if lab == label),
        key=lambda item: (-item[1], g.nodes[item[0]]["name"].lower(), item[0]),
    )
    return [(entity_record(g, n), count) for n, count in ranked[:k]]


def cooccurrence(
    g: nx.MultiDiGraph, type_a: str, type_b: str, *, k: int | None = None, min_count: int = 1
) -> list[tuple[Entity, Entity, int]]:
    """Pairs of entities (of ``type_a`` and ``type_b``) that occur in the same papers, most papers first.

    With ``type_a == type_b`` each unordered pair appears once (smaller id first).

    >>> from kg.graph.demo import demo_graph
    >>> [(a.name, b.name, n) for a, b, n in cooccurrence(demo_graph(), "dataset", "method", k=2)]
    [('ImageNet-1k', 'contrastive learning', 2), ('SQuAD', 'RLHF', 2)]
    """
    la, lb = label_for_type(type_a), label_for_type(type_b)
    counts: Counter[tuple[str, str]] = Counter()
    nodes = g.nodes
    for p, label in g.nodes(data="label"):
        if label != "Paper":
            continue
        succ = sorted(g.succ[p])
        xs = [e for e in succ if nodes[e].get("label") == la]
        ys = [e for e in succ if nodes[e].get("label") == lb]
        counts.update((a, b) for a, b in product(xs, ys) if a != b and (la != lb or a < b))
    ranked = sorted((item for item in counts.items() if item[1] >= min_count), key=lambda it: (-it[1], it[0]))
    return [(entity_record(g, a), entity_record(g, b), n) for (a, b), n in ranked[:k]]


_MENTIONS = tuple(MENTION_RELS.values())  # INTRODUCES, USES: a paper's mention links, as kg.schema names them


def _mentioning(g: nx.MultiDiGraph, entity: str) -> set[str]:
    """The papers that introduce or use ``entity``."""
    return {p for p, keys in g.pred[entity].items() if any(k in keys for k in _MENTIONS)}


def co_occurring(
    g: nx.MultiDiGraph, entity: str, type: str | None = None, k: int | None = 20
) -> list[tuple[Entity, int, int]]:
    """The entities introduced or used in the most papers together with ``entity``, as ``(other, together,
    papers)``: most shared papers first, then the other's fewer papers in all, then id. The rows of ``kg query
    co_occurring``; ``type`` keeps one entity type (None or ``"all"``: every type).

    >>> from kg.graph.demo import demo_graph
    >>> [(e.name, t, n) for e, t, n in co_occurring(demo_graph(), "dataset:squad", k=2)]
    [('RLHF', 2, 2), ('Mixture-of-Experts', 1, 1)]
    """
    entity_of(g, entity)
    label = None if type in (None, "all") else label_for_type(type)
    together: Counter[str] = Counter()
    for p in _mentioning(g, entity):
        together.update(
            o
            for o, keys in g.succ[p].items()
            if o != entity and any(k in keys for k in _MENTIONS) and label in (None, g.nodes[o].get("label"))
        )
    ranked = sorted(
        ((o, n, len(_mentioning(g, o))) for o, n in together.items()), key=lambda r: (-r[1], r[2], r[0])
    )
    return [(entity_record(g, o), n, papers) for o, n, papers in ranked[:k]]


def trend(g: nx.MultiDiGraph, entity: str, by: str = "month") -> list[tuple[str, int]]:
    """Papers linked to ``entity`` per month (``YYYY-MM``) or year (``YYYY``), oldest first.

    Undated papers are left out.
    """
    if by not in ("month", "year"):
        raise GraphError(f"cannot group a trend by {by!r}", hint="use by='month' or by='year'")
    entity_of(g, entity)
    periods: Counter[str] = Counter()
    for p in papers_of(g, entity):
        value = g.nodes[p].get(by)
        if value is not None:
            periods[str(value)] += 1
    return sorted(periods.items())


def neighbourhood(
    g: nx.MultiDiGraph,
    node: str,
    *,
    hops: int = 2,
    types: str | Iterable[str] | None = None,
    max_nodes: int | None = None,
) -> nx.MultiDiGraph:
    """The subgraph within ``hops`` links of ``node`` (edge direction ignored), as a copy.

    ``types`` (node kinds: ``paper``, entity types, ``author``) limits which nodes the walk may
    enter; ``node`` itself is always kept. ``max_nodes`` stops the walk early, so a hub cannot
    pull in the whole graph: nearer nodes first, and of one step entities before papers before
    authors, then the ones with more links to the step before, then by id. The copy's
    ``graph["left_out"]`` counts, by kind, the nodes reached but cut (empty when none were).

    >>> from kg.graph.demo import demo_graph
    >>> sorted(neighbourhood(demo_graph(), "dataset:squad", hops=2, types="paper,method"))
    ['2502.00004', '2503.00005', 'dataset:squad', 'method:mixture-of-experts', 'method:rlhf']
    >>> cut = neighbourhood(demo_graph(), "dataset:squad", hops=2, max_nodes=4)
    >>> sorted(cut), cut.graph["left_out"]
    (['2502.00004', '2503.00005', 'dataset:squad', 'method:rlhf'], {'author': 1, 'method': 1, 'task': 1})
    """
    if node not in g:
        raise GraphError(f"no node with id {node!r} in the graph", hint="look it up with lookup()")
    wanted = set(parse_kinds(types))
    seen = {node}
    frontier = [node]
    left: Counter[str] = Counter()
    for _ in range(hops):
        reached: Counter[str] = Counter()
        for n in frontier:
            reached.update(
                m for m in (*g.succ[n], *g.pred[n]) if m not in seen and kind_of(g.nodes[m]) in wanted
            )
        ordered = sorted(reached, key=lambda m: (kind_priority(kind_of(g.nodes[m])), -reached[m], m))
        if max_nodes is not None:
            room = max(max_nodes - len(seen), 0)
            left.update(kind_of(g.nodes[m]) for m in ordered[room:])
            ordered = ordered[:room]
        seen.update(ordered)
        frontier = ordered
        if not frontier:
            break
    sub: nx.MultiDiGraph = g.subgraph(seen).copy()
    sub.graph["left_out"] = dict(sorted(left.items()))
    return sub
