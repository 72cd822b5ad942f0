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
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.graph.io import load_graph
from kg.model import ENTITY_TYPES, Entity, Paper
from kg.query.citation_index import CitationIndex, citation_index
from kg.query.citations import (
    CitationLink,
    bibliographic_coupling,
    cited_by_neighbours,
    co_cited,
    similar_by_citation,
    wants_citation,
)
from kg.query.facts import (
    cited_by,
    cites,
    co_occurring,
    cooccurrence,
    describe,
    entity_of,
    neighbourhood,
    paper_record,
    top_entities,
    trend,
)
from kg.query.lookup import (
    Hit,
    NameIndex,
    find,
    name_index,
    resolve_node,
)
from kg.query.similarity import (
    DEFAULT_VIA,
    MAX_ENTITY_PAPERS,
    Neighbour,
    communities,
    projection,
    shared,
    similar_papers,
)

__all__ = [
    "CitationLink",
    "Hit",
    "KnowledgeGraph",
    "Neighbour",
    "cited_by",
    "cites",
    "co_occurring",
    "cooccurrence",
    "describe",
    "neighbourhood",
    "open_graph",
    "paper_record",
    "top_entities",
    "trend",
]


class KnowledgeGraph:
    """A kg graph and the questions you can ask it. ``.nx`` is the plain MultiDiGraph.

    Methods that take a node accept what :meth:`lookup` accepts: an id, an arXiv id (any
    version), a DOI, a title or name, or distinctive words of one; a reference that names no
    node, or several, raises :class:`~kg.errors.NoMatchError` with candidates.
    Treat the wrapped graph as read-only: the name and citation indexes are built on first use and cached.
    """

    __slots__ = ("_cites", "_index", "nx")

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.nx = graph
        self._index: NameIndex | None = None
        self._cites: CitationIndex | None = None

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {self.nx.number_of_nodes()} nodes, {self.nx.number_of_edges()} edges>"

    def _names(self) -> NameIndex:
        if self._index is None:
            self._index = name_index(self.nx)
        return self._index

    def _citations(self) -> CitationIndex:
        if self._cites is None:
            self._cites = citation_index(self.nx)
        return self._cites

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
        return entity_of(self.nx, self._entity(entity))

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
        metric: str | None = None,
        k: int = 10,
        max_entity_papers: int = MAX_ENTITY_PAPERS,
    ) -> list[Neighbour]:
        """Papers ranked by shared ``via`` entities (see :func:`kg.query.similarity.similar_papers`);
        with ``"citation"`` in ``via``, by citations too (:func:`kg.query.citations.similar_by_citation`)."""
        if wants_citation(via):
            return similar_by_citation(
                self.nx,
                self._paper(paper),
                via,
                metric=metric,
                k=k,
                max_entity_papers=max_entity_papers,
                index=self._citations(),
            )
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

    def co_occurring(
        self, entity: str, type: str | None = None, k: int | None = 20
    ) -> list[tuple[Entity, int, int]]:
        """The entities in the most papers together with one: ``(other, together, papers)``."""
        return co_occurring(self.nx, self._entity(entity), type, k)

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

    def bibliographic_coupling(self, paper: str, k: int | None = 10) -> list[CitationLink]:
        """Papers citing the same works as this one (:func:`kg.query.citations.bibliographic_coupling`)."""
        return bibliographic_coupling(self.nx, self._paper(paper), k, index=self._citations())

    def co_cited(self, paper: str, k: int | None = 10) -> list[CitationLink]:
        """Papers cited together with this one (see :func:`kg.query.citations.co_cited`)."""
        return co_cited(self.nx, self._paper(paper), k, index=self._citations())

    def cited_by_neighbours(self, paper: str, k: int | None = 10) -> list[CitationLink]:
        """Papers citing this one, by shared references (:func:`kg.query.citations.cited_by_neighbours`)."""
        return cited_by_neighbours(self.nx, self._paper(paper), k, index=self._citations())


def open_graph(path: str | os.PathLike[str] = "kg-out/graph.json") -> KnowledgeGraph:
    """Load a graph file written by ``kg build``, or the one in its output folder (see
    :func:`kg.graph.io.load_graph`)."""
    return KnowledgeGraph(load_graph(path))
