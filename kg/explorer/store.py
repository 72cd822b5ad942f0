"""The build's explorer page, made from the graph store without loading the whole graph.

``kg build`` writes ``explorer.html``: the overview of :func:`kg.explorer.views.overview`. For a
big graph, loading all of it (a million edges) would cost more than the rest of an
incremental build, so this module asks the store (:mod:`kg.build.store`) for just what the
overview draws: the entities with most papers, the papers linking most of them, those
papers' edges and authors, and the degrees of the drawn nodes (the communities of a graph of
up to :data:`COMMUNITIES_UP_TO` papers read every paper's links). It hands that part of the
graph to the same page code, so the page is byte-identical to ``kg explore`` on the
whole graph (a test checks it).
"""

from __future__ import annotations

import json
import os

import networkx as nx

from kg.build.store import GraphStore
from kg.explorer.explorer import Explorer, explore
from kg.explorer.html import page_data, render_html
from kg.explorer.overview import CLUSTER_AT
from kg.explorer.views import View, choose_overview, induced_edges, overview_note
from kg.graph.io import KG_FORMAT, graph_from_data
from kg.schema import ENTITY_LABELS

__all__ = ["COMMUNITIES_UP_TO", "store_explorer", "write_store_explorer"]

COMMUNITIES_UP_TO = 20_000
"""Up to this many papers the build's overview draws communities, as ``kg explore`` does (it reads
every paper's entity links from the store); above it, the capped overview (entities with most
papers and the papers linking them), which needs only that part of the store."""


def store_explorer(store: GraphStore, *, max_nodes: int = 500, seed: int = 7) -> Explorer:
    """The overview explorer of the stored graph (what ``kg.explorer.explorer.explore(graph)`` gives)."""
    counts = dict(store.summary().nodes)
    total_ents = sum(counts.get(label, 0) for label in ENTITY_LABELS)
    drawable = total_ents + counts.get("Paper", 0)
    if drawable > max(max_nodes, CLUSTER_AT) and counts.get("Paper", 0) <= COMMUNITIES_UP_TO:
        # communities need every paper's entities: the graph without what the page never reads
        everything = store.node_ids(("Paper", *ENTITY_LABELS))
        return explore(_neighbourhood(store, everything), max_nodes=max_nodes, seed=seed)
    if drawable <= max_nodes:
        nodes = sorted(store.node_ids(("Paper", *ENTITY_LABELS)))
        n_ent = total_ents
    else:
        nodes, n_ent = choose_overview(_StoreSource(store), max_nodes)
    g = _neighbourhood(store, nodes)
    note = overview_note(len(nodes), n_ent, drawable, total_ents, counts.get("Author", 0))
    view = View("overview", "Overview", tuple(nodes), induced_edges(g, nodes), note=note)
    data = page_data(g, view, seed=seed, degree=store.degrees(nodes))
    return Explorer(
        render_html(data, title=f"kg explorer — {view.title}"),
        view.kind,
        view.title,
        len(view.nodes),
        len(view.edges),
        view.note,
    )


def write_store_explorer(store: GraphStore, path: str | os.PathLike[str], **options: int) -> None:
    """Write :func:`store_explorer`'s page to ``path`` (atomically)."""
    store_explorer(store, **options).save(path)


class _StoreSource:
    """The store as an :class:`~kg.explorer.views.OverviewSource`."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    def top_entities(self, k: int) -> list[str]:
        return self.store.top_entities(k)

    def papers_linking(self, entities: list[str]) -> dict[str, int]:
        return self.store.papers_linking(entities)

    def paper_ids(self) -> list[str]:
        return sorted(self.store.node_ids(("Paper",)))


def _neighbourhood(store: GraphStore, nodes: list[str]) -> nx.MultiDiGraph:
    """The drawn nodes with their attributes, every edge out of a drawn paper, and the ``WROTE``
    edges into it with their authors: all the page reads besides degrees."""
    records = [json.loads(line) for line in store.node_lines(nodes).values()]
    links = store.edges_of([r["id"] for r in records if r.get("label") == "Paper"])
    ends = {rec["source"] for rec in links} | {rec["target"] for rec in links}
    records += [json.loads(line) for line in store.node_lines(ends - set(nodes)).values()]
    return graph_from_data({"kg_format": KG_FORMAT, "nodes": records, "links": links}, copy=False)
