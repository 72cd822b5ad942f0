"""Load a kg graph into Neo4j (or any Bolt server) — the only module that imports ``neo4j``.

The loader is handed a driver. It runs ``cypher/schema.cypher`` first, then one
``UNWIND $rows AS row MERGE …`` statement per label and per (relationship type, from
label, to label), in batches, each batch in a managed transaction (``execute_write``,
so transient errors are retried). Loading twice leaves identical counts. Labels and
types in the statements come only from :mod:`kg.schema`; values only as ``$rows``.

>>> print(node_statement("Dataset"))
UNWIND $rows AS row MERGE (n:Dataset {id: row.id}) SET n += row.props
>>> text = rel_statement("USES", "Paper", "Method")
>>> text.startswith("UNWIND $rows AS row MATCH (a:Paper {id: row.source}) MATCH (b:Method {id: row.target})")
True
>>> text.endswith("MERGE (a)-[r:USES]->(b) SET r += row.props")
True
>>> node_rows(_tiny(), "Paper")
[{'id': 'p1', 'props': {'aliases': ['a', 'b'], 'title': "It's"}}]
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.embedded import REL_ENDPOINTS, Rows
from kg.errors import StoreError
from kg.schema import LABELS, REL_TYPES, check_label, check_rel_type

__all__ = [
    "LoadReport",
    "connect",
    "count_graph",
    "load_file",
    "load_graph_into",
    "load_statements",
    "node_rows",
    "node_statement",
    "rel_rows",
    "rel_statement",
    "run_read",
    "wipe_statement",
]

_HINT = (
    "check that the server is running, the URI (bolt:// or neo4j://) and the credentials (--user/--password)"
)


def node_statement(label: str) -> str:
    """The MERGE statement for nodes of ``label`` (checked against the allow-list)."""
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props"


def rel_statement(rel_type: str, from_label: str, to_label: str) -> str:
    """The MERGE statement for ``rel_type`` relationships between two labels (all checked)."""
    a, b, r = check_label(from_label), check_label(to_label), check_rel_type(rel_type)
    return (
        f"UNWIND $rows AS row MATCH (a:{a} {{id: row.source}}) MATCH (b:{b} {{id: row.target}}) "
        f"MERGE (a)-[r:{r}]->(b) SET r += row.props"
    )


def wipe_statement(label: str) -> str:
    """Delete up to ``$limit`` nodes of ``label`` with their relationships; returns ``deleted``."""
    return f"MATCH (n:{check_label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"


def load_statements() -> dict[str, str]:
    """Every statement the loader can send, by name.

    Names: ``schema:N``, ``node:Label``, ``rel:TYPE:From:To``, ``wipe:Label``, ``count:nodes|rels``.
    """
    from kg.cypher import schema_statements

    out = {f"schema:{i}": s for i, s in enumerate(schema_statements())}
    out |= {f"node:{label}": node_statement(label) for label in LABELS}
    for rel in REL_TYPES:
        for a, b in REL_ENDPOINTS[rel]:
            out[f"rel:{rel}:{a}:{b}"] = rel_statement(rel, a, b)
    out |= {f"wipe:{label}": wipe_statement(label) for label in LABELS}
    out["count:nodes"] = _COUNT_NODES
    out["count:rels"] = _COUNT_RELS
    return out


def _props(attrs: Mapping[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """Properties to SET: nulls dropped (Neo4j stores no nulls), lists kept as lists, sorted keys."""
    return {
        k: list(v) if isinstance(v, list | tuple) else v
        for k, v in sorted(attrs.items())
        if k not in drop and v is not None
    }


def node_rows(g: nx.MultiDiGraph, label: str) -> list[dict[str, Any]]:
    """The ``$rows`` for :func:`node_statement`: ``{"id", "props"}`` per node of ``label``, sorted by id."""
    return [
        {"id": str(n), "props": _props(a, ("id", "label"))}
        for n, a in sorted(g.nodes(data=True), key=lambda item: str(item[0]))
        if a.get("label") == label
    ]


def rel_rows(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The ``$rows`` for :func:`rel_statement`, grouped by (type, from label, to label), sorted."""
    labels = nx.get_node_attributes(g, "label")
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for src, dst, key, attrs in g.edges(keys=True, data=True):
        rel = str(attrs.get("type", key))
        groups[(rel, labels[src], labels[dst])].append(
            {"source": str(src), "target": str(dst), "props": _props(attrs, ("type",))}
        )
    return {k: sorted(v, key=lambda r: (r["source"], r["target"])) for k, v in sorted(groups.items())}


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load wrote: rows sent per statement kind, batches, seconds, and the counts found afterwards."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    batches: int
    seconds: float
    wiped: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        """Total rows sent."""
        return sum(self.nodes.values()) + sum(self.relationships.values())


def _store_error(err: Exception, uri: str | None, doing: str) -> StoreError:
    where = f" at {uri}" if uri else ""
    return StoreError(f"graph server{where} failed while {doing}: {type(err).__name__}: {err}", hint=_HINT)


def _driver_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    from neo4j.exceptions import DriverError, Neo4jError

    return (DriverError, Neo4jError, OSError, *more)


def _write(session: Any, text: str, params: Mapping[str, Any]) -> Any:
    def work(tx: Any) -> Any:
        return tx.run(text, dict(params)).data()

    return session.execute_write(work)


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


_COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
_COUNT_RELS = "MATCH ()-[r]->() RETURN count(r) AS n"


def count_graph(driver: Any, *, database: str | None = None) -> dict[str, int]:
    """``{"nodes": N, "relationships": M}`` as the server counts them."""
    with driver.session(database=database) as session:
        nodes = session.run(_COUNT_NODES).single()["n"]
        rels = session.run(_COUNT_RELS).single()["n"]
    return {"nodes": int(nodes), "relationships": int(rels)}


def load_graph_into(
    driver: Any,
    graph: nx.MultiDiGraph,
    *,
    database: str | None = None,
    batch_size: int = 1000,
    wipe: bool = False,
    progress: Callable[[int], None] | None = None,
    uri: str | None = None,
) -> LoadReport:
    """Load ``graph`` through ``driver``: schema, then nodes per label, then relationships per type.

    ``progress(n)`` is called after each batch with the rows it wrote. ``wipe`` first deletes every
    node with a kg label. Driver and server errors become :class:`StoreError` naming ``uri``.
    """
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, got {batch_size}")
    start = time.perf_counter()
    nodes: dict[str, int] = {}
    rels: dict[str, int] = defaultdict(int)
    batches = wiped = 0
    doing = "connecting"
    try:
        with driver.session(database=database) as session:
            if wipe:
                doing = "wiping"
                for label in LABELS:
                    while (
                        n := _write(session, wipe_statement(label), {"limit": batch_size})[0]["deleted"]
                    ) > 0:
                        wiped += int(n)
            doing = "creating constraints"
            from kg.cypher import schema_statements

            for statement in schema_statements():
                session.run(statement).consume()
            for label in LABELS:
                doing = f"loading {label} nodes"
                rows = node_rows(graph, label)
                for batch in _batches(rows, batch_size):
                    _write(session, node_statement(label), {"rows": batch})
                    batches += 1
                    if progress is not None:
                        progress(len(batch))
                nodes[label] = len(rows)
            for (rel, a, b), rows in rel_rows(graph).items():
                doing = f"loading {rel} relationships ({a} -> {b})"
                for batch in _batches(rows, batch_size):
                    _write(session, rel_statement(rel, a, b), {"rows": batch})
                    batches += 1
                    if progress is not None:
                        progress(len(batch))
                rels[rel] += len(rows)
            doing = "counting"
        counts = count_graph(driver, database=database)
    except _driver_errors() as err:
        raise _store_error(err, uri, doing) from err
    return LoadReport(nodes, dict(rels), batches, time.perf_counter() - start, wiped, counts)


@contextmanager
def connect(
    uri: str, *, user: str | None = None, password: str | None = None, **config: Any
) -> Iterator[Any]:
    """A verified ``neo4j`` driver for ``uri``, closed on exit; failures become :class:`StoreError`."""
    from neo4j import GraphDatabase

    auth = (user or "neo4j", password) if password is not None else None
    try:
        driver = GraphDatabase.driver(uri, auth=auth, **config)
        driver.verify_connectivity()
    except _driver_errors(ValueError) as err:
        raise _store_error(err, uri, "connecting") from err
    try:
        yield driver
    finally:
        driver.close()


def load_file(
    graph_file: str,
    uri: str,
    *,
    user: str | None = None,
    password: str | None = None,
    database: str | None = None,
    batch_size: int = 1000,
    wipe: bool = False,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Read ``graph_file`` and load it into the server at ``uri`` (see :func:`load_graph_into`)."""
    from kg.graph import load_graph

    graph = load_graph(graph_file)
    with connect(uri, user=user, password=password) as driver:
        return load_graph_into(
            driver, graph, database=database, batch_size=batch_size, wipe=wipe, progress=progress, uri=uri
        )


def total_rows(graph_file: str) -> int:
    """Rows a load of ``graph_file`` sends (nodes + relationships), for a progress bar's total."""
    from kg.graph import load_graph

    g = load_graph(graph_file)
    return int(g.number_of_nodes() + g.number_of_edges())


def run_read(
    driver: Any, text: str, params: Mapping[str, Any], *, database: str | None = None, uri: str | None = None
) -> Rows:
    """Run one read statement with ``params`` on the server; engine errors become :class:`QueryError`."""
    from neo4j.exceptions import ClientError

    from kg.errors import QueryError

    try:
        with driver.session(database=database) as session:
            result = session.run(text, dict(params))
            columns = tuple(result.keys())
            rows = tuple(tuple(record.values()) for record in result)
    except ClientError as err:
        raise QueryError(f"the server at {uri or 'Bolt'} cannot run this query: {err.message}") from err
    except _driver_errors() as err:
        raise _store_error(err, uri, "running a query") from err
    return Rows(columns, rows)


def _tiny() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p1", label="Paper", title="It's", aliases=("a", "b"), date=None)
    return g
