"""The HTML graph explorer: one offline file that draws a view of the graph.

:func:`explore` picks a view (overview, a paper's shared-dataset/method neighbourhood,
an entity's neighbourhood, the paper–paper projection, or a shipped Cypher query's
result), lays it out in Python and renders it with vis-network inlined; the result is an
:class:`Explorer` that saves to a file and shows itself inline in Jupyter.
:func:`write_explorer` is what ``kg build`` calls.

>>> from kg.explorer.sample import tiny_graph
>>> ex = explore(tiny_graph(), paper="2501.00001")
>>> ex.n_nodes, ex.kind
(5, 'paper')
>>> "</script><img" in ex.html
False
>>> ex.html == explore(tiny_graph(), paper="2501.00001").html
True
>>> ex  # doctest: +ELLIPSIS
<Explorer paper view, 5 nodes, 4 edges: 'Papers sharing dataset/benchmark/method/model/task with Sparse...'>

``kg.explore`` is this function (loaded on first use), however often a notebook calls it and
whatever it imports in between.
"""

from __future__ import annotations

import html as _html
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.atomic import write_text_atomic
from kg.errors import ConfigError
from kg.explorer.citations import citation_view
from kg.explorer.html import KINDS, page_data, render_html
from kg.explorer.overview import CLUSTER_AT, community_view
from kg.explorer.query import query_view
from kg.explorer.views import View, entity_view, overview, paper_view, projection_view
from kg.query.citations import wants_citation
from kg.query.similarity import DEFAULT_VIA

__all__ = ["Explorer", "as_graph", "explore", "write_explorer"]


@dataclass(frozen=True, slots=True)
class Explorer:
    """A rendered explorer page: ``html`` (the whole file), what it shows, and the note to the user."""

    html: str = field(repr=False)
    kind: str
    title: str
    n_nodes: int
    n_edges: int
    note: str
    data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __repr__(self) -> str:
        """A one-line summary (the notebook's text/plain output; the page itself is the HTML output)."""
        title = self.title if len(self.title) <= 70 else self.title[:69] + "…"
        return f"<Explorer {self.kind} view, {self.n_nodes} nodes, {self.n_edges} edges: {title!r}>"

    def to_pyvis(self) -> Any:
        """The drawn network as a :class:`pyvis.network.Network`, for notebook users who restyle it
        with pyvis (see :func:`kg.explorer.network.to_pyvis`; kg's own page does not need it)."""
        from kg.explorer.network import to_pyvis

        return to_pyvis(self.data, KINDS)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the page to ``path`` (atomically, UTF-8)."""
        write_text_atomic(path, self.html)

    def _repr_html_(self) -> str:
        """Jupyter display: the page in a sandboxed iframe (its scripts run, cut off from the notebook)."""
        return (
            f'<iframe srcdoc="{_html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            'style="width:100%;height:640px;border:1px solid #ddd" title="kg explorer"></iframe>'
        )


def as_graph(graph: Any) -> nx.MultiDiGraph:
    """The kg graph behind ``graph``: a :class:`kg.api.KnowledgeGraph` (its ``.nx``), a kg
    ``MultiDiGraph`` (or a subgraph of one) as it is, or a simple/undirected copy of one
    (``nx.Graph(g)``) rebuilt with each edge keyed and directed by its ``type``.

    >>> from kg.explorer.sample import tiny_graph
    >>> g = tiny_graph()
    >>> sorted(as_graph(nx.Graph(g)).edges(keys=True)) == sorted(g.edges(keys=True))
    True
    """
    inner = getattr(graph, "nx", graph)
    if isinstance(inner, nx.MultiDiGraph):
        return inner
    if not isinstance(inner, nx.Graph):
        raise ConfigError(
            f"cannot explore a {type(graph).__name__}",
            hint="pass a KnowledgeGraph (kg.open_graph) or a networkx graph of kg",
        )
    out = nx.MultiDiGraph(**inner.graph)
    out.add_nodes_from(inner.nodes(data=True))
    for u, v, d in inner.edges(data=True):
        rel = str(d.get("type") or "RELATED")
        source_label = "Author" if rel == "WROTE" else "Paper"
        if not inner.is_directed() and inner.nodes[v].get("label") == source_label != inner.nodes[u].get(
            "label"
        ):
            u, v = v, u
        out.add_edge(u, v, key=rel, **d)
    return out


def explore(
    graph: Any,
    *,
    paper: str | None = None,
    entity: str | None = None,
    query: str | None = None,
    params: Mapping[str, Any] | None = None,
    projection: bool = False,
    via: str | Iterable[str] | None = DEFAULT_VIA,
    hops: int = 1,
    max_nodes: int = 500,
    title: str | None = None,
    seed: int = 7,
    graph_file: str | os.PathLike[str] | None = None,
) -> Explorer:
    """Build the explorer for one view of ``graph`` (a :class:`kg.api.KnowledgeGraph` or a networkx
    graph); with no focus, an overview of the best-connected part.

    At most one of ``paper`` (an id, arXiv id, DOI or title), ``entity`` (an id, name or alias), ``query`` (a
    shipped Cypher query name, with ``params``) and ``projection`` may be given. ``via``
    limits the entity types a paper's neighbourhood or the projection follows. A query runs
    on the embedded engine, over the cached database of ``graph_file`` when it is given.
    """
    chosen = [
        k
        for k, v in (("paper", paper), ("entity", entity), ("query", query), ("projection", projection))
        if v
    ]
    if len(chosen) > 1:
        raise ConfigError(f"choose one focus, not {' and '.join(chosen)}")
    if max_nodes < 1 or hops < 1:
        raise ConfigError("max_nodes and hops must be at least 1")
    graph = as_graph(graph)
    if paper and wants_citation(via):
        view = citation_view(graph, paper, max_nodes=max_nodes)
    elif paper:
        view = paper_view(graph, paper, via=via, hops=hops, max_nodes=max_nodes)
    elif entity:
        view = entity_view(graph, entity, hops=hops, max_nodes=max_nodes)
    elif query:
        view = query_view(graph, query, params, graph_file=graph_file, max_nodes=max_nodes)
    elif projection:
        view = projection_view(graph, via=via, max_nodes=max_nodes)
    else:
        drawn, view = _overview(graph, max_nodes=max_nodes, seed=seed)
    page_title = title or f"kg explorer — {view.title}"
    data = page_data(drawn if view.kind == "communities" else graph, view, seed=seed)
    return Explorer(
        render_html(data, title=page_title),
        view.kind,
        view.title,
        len(view.nodes),
        len(view.edges),
        view.note,
        data,
    )


def _overview(graph: nx.MultiDiGraph, *, max_nodes: int, seed: int) -> tuple[nx.MultiDiGraph, View]:
    """Every node when they fit in ``max_nodes``; else the communities (:mod:`kg.explorer.overview`)."""
    drawable = sum(1 for _, label in graph.nodes(data="label") if label not in ("Author", None))
    if drawable > max(max_nodes, CLUSTER_AT):
        drawn, view = community_view(graph, seed=seed)
        if view.nodes:
            return drawn, view
    return graph, overview(graph, max_nodes=max_nodes)


def write_explorer(graph: Any, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the explorer page for ``graph`` to ``path``; ``options`` are those of :func:`explore`.

    >>> import tempfile, pathlib
    >>> from kg.explorer.sample import tiny_graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "explorer.html"
    >>> write_explorer(tiny_graph(), out)
    >>> out.read_text().startswith("<!DOCTYPE html>")
    True
    """
    explore(graph, **options).save(path)
