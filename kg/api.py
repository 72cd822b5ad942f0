"""The Python graph API: open a kg graph and ask it questions.

:class:`KnowledgeGraph` wraps the plain :class:`networkx.MultiDiGraph` (``kg.nx``) and adds
lookups by id or fuzzy name, shared-entity neighbourhoods, rankings, trends, projections,
communities and citation links. Nothing heavy is precomputed when a graph is opened.

>>> from kg.graph.demo import demo_graph
>>> kg = KnowledgeGraph(demo_graph())
>>> kg.paper("2501.00001").title
'Contrastive pretraining of ViT on ImageNet-1k'
>>> kg.find("imagenet")[0].id
'dataset:imagenet-1k'
>>> [(n.paper_id, [e.name for e in n.shared]) for n in kg.similar_papers("2502.00004")]
[('2503.00005', ['SQuAD', 'RLHF'])]
>>> [(e.name, n) for e, n in kg.top_entities("dataset", k=2)]
[('COCO', 2), ('ImageNet-1k', 2)]
>>> kg.trend("dataset:coco", by="month")
[('2025-01', 1), ('2025-02', 1)]
>>> kg.cites("2502.00003"), kg.cited_by("2502.00003")
(['2501.00002'], [])
"""

from __future__ import annotations

import os
import warnings
from collections import Counter
from collections.abc import Iterable
from itertools import product
from typing import Any

import networkx as nx

from kg.errors import GraphError
from kg.graph.io import load_graph, summarise
from kg.model import ENTITY_TYPES, Entity, Paper, Source
from kg.query.lookup import (
    Hit,
    NameIndex,
    find,
    kind_of,
    kind_priority,
    name_index,
    parse_kinds,
    resolve_node,
)
from kg.query.similarity import (
    DEFAULT_VIA,
    MAX_ENTITY_PAPERS,
    Neighbour,
    communities,
    entity_record,
    projection,
    shared,
    similar_papers,
)
from kg.schema import label_for_type

__all__ = [
    "Hit",
    "KnowledgeGraph",
    "Neighbour",
    "cited_by",
    "cites",
    "cooccurrence",
    "describe",
    "neighbourhood",
    "open_graph",
    "paper_record",
    "top_entities",
    "trend",
]


def paper_record(g: nx.MultiDiGraph, paper: str) -> Paper:
    """The :class:`~kg.model.Paper` of a ``Paper`` node (authors from ``WROTE``, references from ``CITES``).

    ``source.file`` is empty: the graph keeps only the reader format (``source_format``).
    """
    attrs = g.nodes[paper] if paper in g else {}
    if attrs.get("label") != "Paper":
        raise GraphError(f"no paper with id {paper!r} in the graph", hint="check the id, or search by title")
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
    """Counts, the date range of the papers and the ``top`` entities of each type (``kg stats``).

    >>> from kg.graph.demo import demo_graph
    >>> d = describe(demo_graph(), top=1)
    >>> d["nodes"]["Paper"], d["dates"], d["top"]["method"]
    (5, {'first': '2025-01-10', 'last': '2025-03-01', 'undated': 0}, [['contrastive learning', 2]])
    """
    summary = summarise(g)
    dates = sorted(d for _, d in g.nodes(data="date") if d)
    n_papers = summary.n_papers
    top_by_type = {t: [[e.name, n] for e, n in top_entities(g, t, top)] for t in ENTITY_TYPES}
    return {
        **summary.to_dict(),
        "dates": {
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "undated": n_papers - len(dates),
        },
        "graph": {k: v for k, v in sorted(g.graph.items())},
        "top": {t: ranked for t, ranked in top_by_type.items() if ranked},
    }


def _entity_or_error(g: nx.MultiDiGraph, entity: str) -> Entity:
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


def cited_by(g: nx.MultiDiGraph, paper: str) -> list[str]:
    """Ids of the papers that cite ``paper``, sorted."""
    return sorted(u for u, _, k in g.in_edges(paper, keys=True) if k == "CITES")


def _entity_papers(g: nx.MultiDiGraph, entity: str) -> list[str]:
    nodes = g.nodes
    return [p for p in g.pred[entity] if nodes[p].get("label") == "Paper"]


def top_entities(g: nx.MultiDiGraph, type: str, k: int = 10) -> list[tuple[Entity, int]]:
    """The ``k`` entities of ``type`` linked to the most papers, with their paper counts (ties by name)."""
    label = label_for_type(type)
    ranked = sorted(
        ((n, len(_entity_papers(g, n))) for n, lab in g.nodes(data="label") if lab == label),
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


def trend(g: nx.MultiDiGraph, entity: str, by: str = "month") -> list[tuple[str, int]]:
    """Papers linked to ``entity`` per month (``YYYY-MM``) or year (``YYYY``), oldest first.

    Undated papers are left out.
    """
    if by not in ("month", "year"):
        raise GraphError(f"cannot group a trend by {by!r}", hint="use by='month' or by='year'")
    _entity_or_error(g, entity)
    periods: Counter[str] = Counter()
    for p in _entity_papers(g, entity):
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


class KnowledgeGraph:
    """A kg graph and the questions you can ask it. ``.nx`` is the plain MultiDiGraph.

    Methods that take a node accept what :meth:`lookup` accepts: an id, an arXiv id (any
    version), a DOI, a title or name, or distinctive words of one; a reference that names no
    node, or several, raises :class:`~kg.errors.NoMatchError` with candidates.
    Treat the wrapped graph as read-only: the name index is built on first use and cached.
    """

    __slots__ = ("_index", "nx")

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.nx = graph
        self._index: NameIndex | None = None

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {self.nx.number_of_nodes()} nodes, {self.nx.number_of_edges()} edges>"

    def _names(self) -> NameIndex:
        if self._index is None:
            self._index = name_index(self.nx)
        return self._index

    def _paper(self, ref: str) -> str:
        return self.lookup(ref, "paper")

    def _entity(self, ref: str) -> str:
        return self.lookup(ref, ENTITY_TYPES)

    # lookups -----------------------------------------------------------------------------------
    def paper(self, paper: str) -> Paper:
        """The paper ``paper`` names (see :func:`paper_record`)."""
        return paper_record(self.nx, self._paper(paper))

    def entity(self, entity: str) -> Entity:
        """The entity ``entity`` names (an id such as ``"dataset:imagenet-1k"``, a name or an alias)."""
        return _entity_or_error(self.nx, self._entity(entity))

    def find(self, name: str, type: str | Iterable[str] | None = None, limit: int = 10) -> list[Hit]:
        """Nodes by fuzzy name: entities by default; ``type="paper"`` searches titles, "author" authors."""
        return find(self.nx, name, kinds=type, limit=limit, index=self._names())

    def lookup(self, ref: str, type: str | Iterable[str] | None = None) -> str:
        """The id of the node ``ref`` names, of kind ``type`` (default any): see :func:`resolve_node`."""
        return resolve_node(self.nx, ref, kinds=type, index=self._names)

    def resolve(self, ref: str, type: str | Iterable[str] | None = None) -> str:
        """Deprecated name of :meth:`lookup` (it clashed with the :mod:`kg.resolve` package)."""
        warnings.warn("KnowledgeGraph.resolve() is now lookup()", DeprecationWarning, stacklevel=2)
        return self.lookup(ref, type)

    def describe(self, top: int = 5) -> dict[str, Any]:
        """Counts, date range and top entities (see :func:`describe`)."""
        return describe(self.nx, top)

    def attributes(self, node: str) -> dict[str, Any]:
        """A copy of a node's properties, with its ``id``."""
        node = self.lookup(node)
        return {"id": node, **self.nx.nodes[node]}

    # shared entities ---------------------------------------------------------------------------
    def shared(self, paper_a: str, paper_b: str) -> dict[str, tuple[Entity, ...]]:
        """The entities two papers share, by type."""
        return shared(self.nx, self._paper(paper_a), self._paper(paper_b))

    def similar_papers(
        self,
        paper: str,
        via: str | Iterable[str] = DEFAULT_VIA,
        metric: str = "jaccard",
        k: int = 10,
        max_entity_papers: int = MAX_ENTITY_PAPERS,
    ) -> list[Neighbour]:
        """Papers ranked by shared ``via`` entities (see :func:`kg.query.similarity.similar_papers`)."""
        return similar_papers(
            self.nx, self._paper(paper), via=via, metric=metric, k=k, max_entity_papers=max_entity_papers
        )

    def neighbourhood(
        self, node: str, hops: int = 2, types: str | Iterable[str] | None = None, max_nodes: int | None = None
    ) -> nx.MultiDiGraph:
        """The subgraph around a node (see :func:`neighbourhood`)."""
        return neighbourhood(self.nx, self.lookup(node), hops=hops, types=types, max_nodes=max_nodes)

    def projection(self, via: str | Iterable[str] = "dataset", **options: Any) -> nx.Graph:
        """The paper–paper graph weighted by shared entities (see :func:`kg.query.similarity.projection`)."""
        return projection(self.nx, via, **options)

    def communities(
        self, via: str | Iterable[str] = "dataset", seed: int = 0, **options: Any
    ) -> list[tuple[str, ...]]:
        """Louvain communities of papers (see :func:`kg.query.similarity.communities`)."""
        return communities(self.nx, via, seed=seed, **options)

    # rankings and time -------------------------------------------------------------------------
    def top_entities(self, type: str, k: int = 10) -> list[tuple[Entity, int]]:
        """The most linked entities of a type, with paper counts."""
        return top_entities(self.nx, type, k)

    def cooccurrence(
        self, type_a: str, type_b: str, k: int | None = None
    ) -> list[tuple[Entity, Entity, int]]:
        """Entity pairs that occur in the same papers, with counts."""
        return cooccurrence(self.nx, type_a, type_b, k=k)

    def trend(self, entity: str, by: str = "month") -> list[tuple[str, int]]:
        """Papers per month or year for an entity."""
        return trend(self.nx, self._entity(entity), by)

    def first_seen(self, entity: str) -> str | None:
        """The date of the earliest paper linked to an entity (None if none is dated)."""
        value = self.nx.nodes[self._entity(entity)].get("first_seen")
        return str(value) if value is not None else None

    # drawing -----------------------------------------------------------------------------------
    def explore(self, **options: Any) -> Any:
        """The explorer page for a view of this graph (see :func:`kg.explorer.explorer.explore`);
        in Jupyter it shows itself inline."""
        from kg.explorer.explorer import explore

        return explore(self.nx, **options)

    # citations ---------------------------------------------------------------------------------
    def cites(self, paper: str) -> list[str]:
        """Papers this paper cites."""
        return cites(self.nx, self._paper(paper))

    def cited_by(self, paper: str) -> list[str]:
        """Papers that cite this paper."""
        return cited_by(self.nx, self._paper(paper))


def open_graph(path: str | os.PathLike[str] = "kg-out/graph.json") -> KnowledgeGraph:
    """Load a graph file written by ``kg build`` (see :func:`kg.graph.io.load_graph`)."""
    return KnowledgeGraph(load_graph(path))
