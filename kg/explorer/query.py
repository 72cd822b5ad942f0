"""The explorer view of a shipped Cypher query: the nodes its rows name, and what links them.

The query runs on the embedded engine (:mod:`kg.cypher.run`); every string in the result rows
(or in the parameters) that is a node id of the graph is drawn. When the rows name papers
but not what they share, the entities linking two or more of those papers are drawn too.

>>> from kg.explorer.sample import tiny_graph
>>> g = tiny_graph()
>>> result_nodes(g, [("2501.00002", ["x", {"id": "dataset:coco"}]), ("nope",)])
['2501.00002', 'dataset:coco']
>>> connectors(g, ["2501.00001", "2501.00002"])
['dataset:imagenet']
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.cypher.run import Rows
from kg.explorer.views import LINK_RELS, View, subgraph_view

__all__ = ["connectors", "query_rows", "query_view", "result_nodes"]


def result_nodes(g: nx.MultiDiGraph, value: Any) -> list[str]:
    """Node ids found anywhere in ``value`` (strings, lists, tuples, dicts), first-seen order, no repeats."""
    seen: dict[str, None] = {}
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if v in g:
                seen.setdefault(v, None)
        elif isinstance(v, Mapping):
            stack.extend(reversed(list(v.values())))
        elif isinstance(v, (list, tuple)):
            stack.extend(reversed(v))
    return list(seen)


def connectors(g: nx.MultiDiGraph, nodes: Sequence[str]) -> list[str]:
    """Entities (not in ``nodes``) linked to at least two papers of ``nodes``, most linked first."""
    keep = set(nodes)
    counts: Counter[str] = Counter(
        e
        for p in keep
        if g.nodes[p].get("label") == "Paper"
        for e, keys in g.succ[p].items()
        if e not in keep and LINK_RELS & set(keys)
    )
    return [e for e, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2]


def query_rows(
    g: nx.MultiDiGraph,
    name: str,
    params: Mapping[str, Any],
    *,
    graph_file: str | os.PathLike[str] | None = None,
) -> Rows:
    """Rows of the shipped query ``name``: on the cached engine of ``graph_file`` if given, else on ``g``
    (``Rows.more`` says whether its ``$limit`` cut the answer, as :func:`kg.backends.run.run_query` does)."""
    from kg.backends.embedded import build_database, run_embedded
    from kg.backends.run import cut_rows, probe_limit, run_query
    from kg.cypher.run import bind_params, load_query, resolve_node_params

    query = load_query(name)
    if graph_file is not None:
        return run_query(query, params, graph=graph_file)
    asked, limit = probe_limit(query, resolve_node_params(query, bind_params(query, params), g))
    with tempfile.TemporaryDirectory(prefix="kg-explore-") as tmp:
        db = build_database(g, Path(tmp) / "graph.lbug")
        return cut_rows(run_embedded(db, query.text, asked), limit, sets=query.sets)


def query_view(
    g: nx.MultiDiGraph,
    name: str,
    params: Mapping[str, Any] | None = None,
    *,
    graph_file: str | os.PathLike[str] | None = None,
    max_nodes: int = 500,
) -> View:
    """The nodes query ``name`` returns (and its parameters name), plus the entities linking them."""
    from kg.backends.run import read_notes
    from kg.cypher.run import bind_params, load_query, resolve_node_params

    query = load_query(name)
    given = bind_params(query, dict(params or {}))
    params = resolve_node_params(query, given, g)  # titles -> ids
    answer = query_rows(g, name, params, graph_file=graph_file)
    rows = answer.rows
    named = result_nodes(g, [list(params.values()), rows])
    found = named[:max_nodes]
    links = connectors(g, found)[: max(0, max_nodes - len(found))]
    read = [f" {note}." for note in read_notes(given, params, g)]
    note = f"Query {name}: {len(rows)} rows naming {len(named)} nodes"
    note += f", plus {len(links)} entities linking them." if links else "."
    note += "".join(read)
    if answer.more:
        note += f" More rows match than its limit ({len(rows)}): raise --param limit."
    if len(named) > len(found):
        note += f" Showing the first {len(found)} (raise --max-nodes)."
    view = subgraph_view(g, _unique([*found, *links]), kind="query", title=f"Query {name}", note=note)
    focus = next((n for n in result_nodes(g, list(params.values()))), None)
    return View(view.kind, view.title, view.nodes, view.edges, focus, view.note)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
