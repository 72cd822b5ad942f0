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
"""

from __future__ import annotations

import html as _html
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.atomic import write_text_atomic
from kg.errors import ConfigError
from kg.explorer.html import page_data, render_html
from kg.explorer.query import query_view
from kg.explorer.views import entity_view, overview, paper_view, projection_view

__all__ = ["Explorer", "explore", "write_explorer"]


@dataclass(frozen=True, slots=True)
class Explorer:
    """A rendered explorer page: ``html`` (the whole file), what it shows, and the note to the user."""

    html: str
    kind: str
    title: str
    n_nodes: int
    n_edges: int
    note: str

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the page to ``path`` (atomically, UTF-8)."""
        write_text_atomic(path, self.html)

    def _repr_html_(self) -> str:
        """Jupyter display: the page in a sandboxed iframe (its scripts run, cut off from the notebook)."""
        return (
            f'<iframe srcdoc="{_html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
            'style="width:100%;height:640px;border:1px solid #ddd" title="kg explorer"></iframe>'
        )


def explore(
    graph: nx.MultiDiGraph,
    *,
    paper: str | None = None,
    entity: str | None = None,
    query: str | None = None,
    params: Mapping[str, Any] | None = None,
    projection: bool = False,
    via: str | Iterable[str] | None = ("dataset", "method"),
    hops: int = 1,
    max_nodes: int = 500,
    title: str | None = None,
    seed: int = 7,
    graph_file: str | os.PathLike[str] | None = None,
) -> Explorer:
    """Build the explorer for one view of ``graph``; with no focus, an overview of the best-connected part.

    At most one of ``paper`` (a paper id), ``entity`` (an id, name or alias), ``query`` (a
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
    if paper:
        view = paper_view(graph, paper, via=via, hops=hops, max_nodes=max_nodes)
    elif entity:
        view = entity_view(graph, entity, hops=hops, max_nodes=max_nodes)
    elif query:
        view = query_view(graph, query, params, graph_file=graph_file, max_nodes=max_nodes)
    elif projection:
        view = projection_view(graph, via=via, max_nodes=max_nodes)
    else:
        view = overview(graph, max_nodes=max_nodes)
    page_title = title or f"kg explorer — {view.title}"
    data = page_data(graph, view, seed=seed)
    return Explorer(
        render_html(data, title=page_title),
        view.kind,
        view.title,
        len(view.nodes),
        len(view.edges),
        view.note,
    )


def write_explorer(graph: nx.MultiDiGraph, path: str | os.PathLike[str], **options: Any) -> None:
    """Write the explorer page for ``graph`` to ``path``; ``options`` are those of :func:`explore`.

    >>> import tempfile, pathlib
    >>> from kg.explorer.sample import tiny_graph
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "explorer.html"
    >>> write_explorer(tiny_graph(), out)
    >>> out.read_text().startswith("<!DOCTYPE html>")
    True
    """
    explore(graph, **options).save(path)
