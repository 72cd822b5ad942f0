"""Run a query from the library on a backend: the embedded engine over a graph file, or Neo4j over Bolt."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.backends.embedded import EmbeddedSession, open_cached
from kg.cypher.readonly import check_read_only
from kg.cypher.run import Query, Rows, bind_params, resolve_node_params
from kg.errors import NoMatchError, QueryError
from kg.query.lookup import kind_of

__all__ = ["cut_rows", "probe_limit", "read_as", "read_notes", "run_query"]

_NODE_LABEL = "MATCH (n) WHERE n.id = $id RETURN label(n) AS label"
_NODE_LABELS = "MATCH (n) WHERE n.id = $id RETURN labels(n) AS labels"
_LAST_LIMIT = re.compile(r"\bLIMIT\s+\$limit\s*$", re.IGNORECASE)


def run_query(
    query: Query,
    params: Mapping[str, Any],
    *,
    graph: str | os.PathLike[str] | None = None,
    neo4j: str | None = None,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    on_build: Callable[[Path], None] | None = None,
) -> Rows:
    """Run ``query`` with raw ``params`` on the embedded engine over ``graph`` or on the Neo4j at ``neo4j``.

    Parameters are bound first (:func:`bind_params`) and the statement must only read
    (:func:`~kg.cypher.readonly.check_read_only`), so both fail before any engine starts;
    node-typed ones must then name a node of their kind, else :class:`~kg.errors.NoMatchError`: on the
    embedded engine any reference :func:`kg.query.lookup.resolve_node` takes (``Rows.notes`` says which
    node a name was read as), on a server an id. A statement ending in ``LIMIT $limit`` is asked for one
    row more, so ``Rows.more`` can say that the answer was cut. ``on_build`` is called before the
    embedded database of ``graph`` is built (the first query after a build: a minute on a large graph).
    """
    bound = bind_params(query, params)
    check_read_only(query.text)
    if neo4j is not None:
        from kg.backends.neo4j import connect, run_read

        with connect(neo4j, user=user, password=password) as driver:
            for p in query.params:
                value = bound.get(p.name)
                if p.node is not None and value is not None:
                    found = run_read(driver, _NODE_LABELS, {"id": value}, database=database, uri=neo4j).rows
                    if not any(kind_of({"label": label}) in p.kinds for row in found for label in row[0]):
                        raise NoMatchError(f"no {p.node} with id {value!r} on {neo4j}", ref=str(value))
            asked, limit = probe_limit(query, bound)
            answer = run_read(driver, query.text, asked, database=database, uri=neo4j)
            return cut_rows(answer, limit, sets=query.sets)
    if graph is None:
        raise QueryError("no graph to query", hint="pass --graph FILE or --neo4j URI")
    with open_cached(graph, on_build=on_build) as session:
        checked, notes = _checked(query, bound, session, Path(graph))
        asked, limit = probe_limit(query, checked)
        return cut_rows(session.run(query.text, asked), limit, notes, sets=query.sets)


def probe_limit(query: Query, bound: Mapping[str, Any]) -> tuple[dict[str, Any], int | None]:
    """``bound`` asking for one row past ``$limit`` when the statement ends in ``LIMIT $limit``, and the
    limit asked for (None when the statement ends otherwise); :func:`cut_rows` then cuts the extra row."""
    limit = bound.get("limit")
    if type(limit) is not int or limit < 0 or not _LAST_LIMIT.search(query.text):
        return dict(bound), None
    return {**bound, "limit": limit + 1}, limit


def cut_rows(
    rows: Rows, limit: int | None, notes: tuple[str, ...] = (), *, sets: tuple[str, ...] = ()
) -> Rows:
    """``rows`` cut to ``limit``, ``more`` saying whether a row was cut, with ``notes``; the lists in the
    columns ``sets`` names sorted (a ``collect`` has no order on either engine: the same query gave its
    names in a different order from run to run).

    >>> rows = Rows(("paper", "names"), (("p1", ["b", "a"]), ("p2", ["c"])))
    >>> cut_rows(rows, 1, sets=("names",))
    Rows(columns=('paper', 'names'), rows=(('p1', ['a', 'b']),), more=True, notes=())
    """
    more = limit is not None and len(rows.rows) > limit
    kept = rows.rows[:limit] if more else rows.rows
    where = [i for i, c in enumerate(rows.columns) if c in sets]
    if where:
        kept = tuple(tuple(_sorted(v) if i in where else v for i, v in enumerate(row)) for row in kept)
    return dataclasses.replace(rows, rows=kept, more=more, notes=notes)


def _sorted(value: Any) -> Any:
    """A list's items in a fixed order (by type name, then text: a list may mix types, or hold None)."""
    if not isinstance(value, list):
        return value
    return sorted(value, key=lambda v: (type(v).__name__, str(v)))


def _checked(
    query: Query, bound: dict[str, Any], session: EmbeddedSession, graph: Path
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """``bound`` once every node-typed value is the id of a node of its kind, and a note for each value
    read as another node's name; the graph file is loaded (for
    :func:`~kg.cypher.run.resolve_node_params`) only when a value is not an id already."""
    from kg.graph.io import load_graph

    for p in query.params:
        value = bound.get(p.name)
        if p.node is None or value is None:
            continue
        found = session.run(_NODE_LABEL, {"id": value}).rows
        if not found or kind_of({"label": found[0][0]}) not in p.kinds:
            g = load_graph(graph)
            resolved = resolve_node_params(query, bound, g)
            return resolved, read_notes(bound, resolved, g)
    return bound, ()


def read_notes(given: Mapping[str, Any], resolved: Mapping[str, Any], g: nx.MultiDiGraph) -> tuple[str, ...]:
    """A :func:`read_as` note for each parameter ``given`` as a name that ``resolved`` reads as a node of
    ``g`` (an id given as itself has none)."""
    return tuple(
        read_as(name, given[name], node, g.nodes[node])
        for name, node in resolved.items()
        if node != given[name] and node in g
    )


def read_as(param: str, given: Any, node: str, attrs: Mapping[str, Any]) -> str:
    """The note that parameter ``param``, given as ``given``, was read as ``node`` (its title or name shown).

    >>> read_as("id", "LoRA", "2501.00002", {"title": "LoRA for Vision"})
    "$id 'LoRA' is 2501.00002 (LoRA for Vision)"
    """
    text = " ".join(str(attrs.get("title") or attrs.get("name") or "").split())
    return f"${param} {given!r} is {node} ({text if len(text) <= 70 else text[:69] + '…'})"
