"""Load a kg graph into Neo4j (or any Bolt server) — the only module that imports ``neo4j``.

The loader is handed a driver. It runs ``cypher/schema.cypher`` first, then the nodes per
label, then the relationships per (type, from label, to label), in batches, each batch in a
managed transaction (``execute_write``, so transient errors are retried). Loading twice
leaves identical counts. Labels, types and property keys in the statements come only from
:mod:`kg.schema` and :mod:`kg.graph.build`'s property lists; values only as ``$rows``.

Each batch first runs a *create* statement that creates, with all their properties at once,
only the rows not on the server yet and returns how many it created; only when that is fewer
than the batch (a reload, or a rerun after a crash) does the *update* statement (``MERGE`` +
``SET``) follow in the same transaction. Creating a record whole instead of creating it and
then growing it with ``SET`` halves the server's work on a first load (measured on ArcadeDB:
docs/neo4j.md). Rows carrying a property outside the schema's lists take the general
``MERGE … SET n += row.props`` statement instead, so nothing is ever dropped.

>>> print(node_statement("Dataset"))
UNWIND $rows AS row MERGE (n:Dataset {id: row.id}) SET n += row.props
>>> print(create_nodes_statement("Author"))
UNWIND $rows AS row OPTIONAL MATCH (n:Author {id: row.id}) WITH row, n WHERE n IS NULL \
CREATE (:Author {id: row.id, name: row.props.name}) RETURN count(*) AS created
>>> print(update_nodes_statement("Author"))
UNWIND $rows AS row MERGE (n:Author {id: row.id}) SET n.name = row.props.name
>>> text = rel_statement("USES", "Paper", "Method")
>>> text.startswith("UNWIND $rows AS row MATCH (a:Paper {id: row.source}) MATCH (b:Method {id: row.target})")
True
>>> text.endswith("MERGE (a)-[r:USES]->(b) SET r += row.props")
True
>>> print(create_rels_statement("CITES", "Paper", "Paper").split(") ", 2)[2])
OPTIONAL MATCH (a)-[x:CITES]->(b) WITH a, b, row, x WHERE x IS NULL CREATE (a)-[:CITES]->(b) \
RETURN count(*) AS created
>>> node_rows(_tiny(), "Paper")
[{'id': 'p1', 'props': {'aliases': ['a', 'b'], 'title': "It's"}}]
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.cypher.run import Rows
from kg.errors import StoreError
from kg.schema import (
    EDGE_PROPERTIES,
    LABELS,
    NODE_PROPERTIES,
    REL_ENDPOINTS,
    REL_TYPES,
    check_label,
    check_rel_type,
)

__all__ = [
    "LoadReport",
    "connect",
    "count_graph",
    "create_nodes_statement",
    "create_rels_statement",
    "load_file",
    "load_graph_into",
    "load_statements",
    "node_rows",
    "node_statement",
    "probe_statement",
    "rel_rows",
    "rel_statement",
    "run_read",
    "update_nodes_statement",
    "update_rels_statement",
    "wipe_graph",
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
    return (
        _match_ends(from_label, to_label)
        + f"MERGE (a)-[r:{check_rel_type(rel_type)}]->(b) SET r += row.props"
    )


_KEY = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _checked_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """Property keys from :mod:`kg.graph.build`'s lists, checked to be plain identifiers for Cypher."""
    for key in keys:
        if not _KEY.match(key):
            raise StoreError(f"not a plain property key: {key!r}")
    return tuple(keys)


def _prop_map(keys: Sequence[str]) -> str:
    return ", ".join(f"{k}: row.props.{k}" for k in _checked_keys(keys))


def _sets(var: str, keys: Sequence[str]) -> str:
    return ", ".join(f"{var}.{k} = row.props.{k}" for k in _checked_keys(keys))


def create_nodes_statement(label: str, *, fresh: bool = False) -> str:
    """Create, whole, the ``label`` nodes of ``$rows`` not on the server yet; returns ``created``.

    Every property of :data:`kg.graph.build.NODE_PROPERTIES` is set from ``row.props`` (a missing one
    is null, which Cypher does not store). ``fresh``: for a load into a database that holds no kg
    node, without the per-row check that the node is not there yet.
    """
    label = check_label(label)
    props = "".join(f", {p}" for p in [_prop_map(NODE_PROPERTIES[label])] if p)
    guard = "" if fresh else f"OPTIONAL MATCH (n:{label} {{id: row.id}}) WITH row, n WHERE n IS NULL "
    return f"UNWIND $rows AS row {guard}CREATE (:{label} {{id: row.id{props}}}) RETURN count(*) AS created"


def update_nodes_statement(label: str) -> str:
    """MERGE the ``label`` nodes of ``$rows`` and set each listed property (absent ones are removed)."""
    label = check_label(label)
    sets = _sets("n", NODE_PROPERTIES[label])
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}})" + (f" SET {sets}" if sets else "")


def _match_ends(from_label: str, to_label: str) -> str:
    a, b = check_label(from_label), check_label(to_label)
    return f"UNWIND $rows AS row MATCH (a:{a} {{id: row.source}}) MATCH (b:{b} {{id: row.target}}) "


def create_rels_statement(rel_type: str, from_label: str, to_label: str, *, fresh: bool = False) -> str:
    """Create, whole, the ``rel_type`` relationships of ``$rows`` not on the server; returns ``created``.

    ``fresh``: for a load into a database that held no kg node when it began (so no relationship
    between its nodes can exist), without the per-row check."""
    r = check_rel_type(rel_type)
    props = _prop_map(EDGE_PROPERTIES[r])
    props = f" {{{props}}}" if props else ""
    guard = "" if fresh else f"OPTIONAL MATCH (a)-[x:{r}]->(b) WITH a, b, row, x WHERE x IS NULL "
    return (
        _match_ends(from_label, to_label) + f"{guard}CREATE (a)-[:{r}{props}]->(b) RETURN count(*) AS created"
    )


def update_rels_statement(rel_type: str, from_label: str, to_label: str) -> str:
    """MERGE the ``rel_type`` relationships of ``$rows`` and set each listed property."""
    r = check_rel_type(rel_type)
    sets = _sets("r", EDGE_PROPERTIES[r])
    return _match_ends(from_label, to_label) + f"MERGE (a)-[r:{r}]->(b)" + (f" SET {sets}" if sets else "")


def wipe_statement(label: str) -> str:
    """Delete up to ``$limit`` nodes of ``label`` with their relationships; returns ``deleted``."""
    return f"MATCH (n:{check_label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"


def probe_statement(label: str) -> str:
    """Whether any ``label`` node exists (one row, or none)."""
    return f"MATCH (n:{check_label(label)}) RETURN 1 AS found LIMIT 1"


def wipe_graph(session: Any, batch_size: int = 2000) -> int:
    """Delete every node with a kg label (and its relationships), ``batch_size`` per transaction,
    through an open ``session``; returns how many nodes went."""
    wiped = 0
    for label in LABELS:
        while (n := _write(session, wipe_statement(label), {"limit": batch_size})[0]["deleted"]) > 0:
            wiped += int(n)
    return wiped


def load_statements() -> dict[str, str]:
    """Every statement the loader can send, by name.

    Names: ``schema:N``, ``node:Label``, ``create:Label``, ``fresh:Label``, ``update:Label``,
    ``probe:Label``, ``rel:TYPE:From:To``, ``create:TYPE:From:To``, ``fresh:TYPE:From:To``,
    ``update:TYPE:From:To``, ``wipe:Label``, ``count:nodes|rels``.
    """
    from kg.cypher.run import schema_statements

    out = {f"schema:{i}": s for i, s in enumerate(schema_statements())}
    out |= {f"node:{label}": node_statement(label) for label in LABELS}
    out |= {f"create:{label}": create_nodes_statement(label) for label in LABELS}
    out |= {f"fresh:{label}": create_nodes_statement(label, fresh=True) for label in LABELS}
    out |= {f"probe:{label}": probe_statement(label) for label in LABELS}
    out |= {f"update:{label}": update_nodes_statement(label) for label in LABELS}
    for rel in REL_TYPES:
        for a, b in REL_ENDPOINTS[rel]:
            out[f"rel:{rel}:{a}:{b}"] = rel_statement(rel, a, b)
            out[f"create:{rel}:{a}:{b}"] = create_rels_statement(rel, a, b)
            out[f"fresh:{rel}:{a}:{b}"] = create_rels_statement(rel, a, b, fresh=True)
            out[f"update:{rel}:{a}:{b}"] = update_rels_statement(rel, a, b)
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
    mine = [(str(n), a) for n, a in g.nodes(data=True) if a.get("label") == label]
    return [{"id": n, "props": _props(a, ("id", "label"))} for n, a in sorted(mine, key=lambda item: item[0])]


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
    fresh: bool = False  # the database held no kg node: created without per-row existence checks

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


@dataclass(frozen=True, slots=True)
class _Job:
    """One batch in one transaction: ``create`` (when set) first, ``update`` only if it created too few.

    In a reload, once a batch of a group created nothing, the next batches of that group run only
    ``update`` (a MERGE, so rows that are missing after all are still created). In a fresh load
    ``create`` has no existence check; should another writer have created one of the nodes
    meanwhile (a uniqueness constraint fails), the batch runs again with the ``guarded`` create.
    """

    doing: str
    create: str | None
    update: str
    rows: list[dict[str, Any]]
    guarded: str | None = None

    def run(self, session: Any, *, update_only: bool = False) -> int | None:
        """Run the batch; returns how many rows ``create`` created (None when it was not run)."""
        from neo4j.exceptions import ConstraintError

        def work(create: str | None) -> Callable[[Any], int | None]:
            def tx_work(tx: Any) -> int | None:
                created = None
                if create is not None and not update_only:
                    created = int(tx.run(create, {"rows": self.rows}).single()["created"])
                    if created == len(self.rows):
                        return created
                tx.run(self.update, {"rows": self.rows}).consume()
                return created

            return tx_work

        try:
            result: int | None = session.execute_write(work(self.create))
        except ConstraintError:
            if self.guarded is None:
                raise
            result = session.execute_write(work(self.guarded))
        return result


def _fits(rows: list[dict[str, Any]], keys: Sequence[str]) -> bool:
    """Whether every row's properties are among ``keys`` (so the whole-record statements lose nothing)."""
    allowed = set(keys)
    return all(allowed.issuperset(row["props"]) for row in rows)


def _partition(rows: list[dict[str, Any]], key: str, parts: int) -> list[list[dict[str, Any]]]:
    """Split ``rows`` into ``parts`` by a stable hash of ``row[key]``: equal keys land in the same part."""
    if parts == 1:
        return [rows]
    out: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
    for row in rows:
        out[zlib.crc32(str(row[key]).encode()) % parts].append(row)
    return out


def _hub_key(rows: list[dict[str, Any]]) -> str:
    """The endpoint shared by more rows (fewer distinct values): rows sharing it go to one worker."""
    return "target" if len({r["target"] for r in rows}) <= len({r["source"] for r in rows}) else "source"


def _jobs(
    rows: list[dict[str, Any]], fast: tuple[str, str, str] | None, general: str, doing: str, size: int,
    key: str, workers: int,
) -> list[list[_Job]]:  # fmt: skip
    create, update, guarded = fast if fast is not None else (None, general, None)
    guarded = None if guarded == create else guarded
    return [
        [_Job(doing, create, update, batch, guarded) for batch in _batches(part, size)]
        for part in _partition(rows, key, workers)
    ]


_Phase = tuple[dict[str, int], list[list[_Job]]]
"""Rows written per label (or type), and the jobs of each worker."""


def _node_phase(graph: nx.MultiDiGraph, size: int, workers: int, fresh: bool) -> _Phase:
    rows_by: dict[str, int] = {}
    jobs: list[list[_Job]] = [[] for _ in range(workers)]
    for label in LABELS:
        rows = node_rows(graph, label)
        rows_by[label] = len(rows)
        guarded = create_nodes_statement(label)
        fast = (create_nodes_statement(label, fresh=fresh), update_nodes_statement(label), guarded)
        fits = _fits(rows, NODE_PROPERTIES[label])
        doing = f"loading {label} nodes"
        parts = _jobs(rows, fast if fits else None, node_statement(label), doing, size, "id", workers)
        for mine, part in zip(jobs, parts, strict=True):
            mine.extend(part)
    return rows_by, jobs


def _rel_phase(graph: nx.MultiDiGraph, size: int, workers: int, fresh: bool) -> _Phase:
    rows_by: dict[str, int] = defaultdict(int)
    jobs: list[list[_Job]] = [[] for _ in range(workers)]
    for (rel, a, b), rows in rel_rows(graph).items():
        rows_by[rel] += len(rows)
        guarded = create_rels_statement(rel, a, b)
        fast = (create_rels_statement(rel, a, b, fresh=fresh), update_rels_statement(rel, a, b), guarded)
        fits = _fits(rows, EDGE_PROPERTIES[rel])
        doing = f"loading {rel} relationships ({a} -> {b})"
        parts = _jobs(
            rows, fast if fits else None, rel_statement(rel, a, b), doing, size, _hub_key(rows), workers
        )
        for mine, part in zip(jobs, parts, strict=True):
            mine.extend(part)
    return dict(rows_by), jobs


_COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
_COUNT_RELS = "MATCH ()-[r]->() RETURN count(r) AS n"


def count_graph(driver: Any, *, database: str | None = None) -> dict[str, int]:
    """``{"nodes": N, "relationships": M}`` as the server counts them."""
    with driver.session(database=database) as session:
        nodes = session.run(_COUNT_NODES).single()["n"]
        rels = session.run(_COUNT_RELS).single()["n"]
    return {"nodes": int(nodes), "relationships": int(rels)}


def _run_phase(jobs: list[list[_Job]], run: Callable[[list[_Job]], None]) -> None:
    """Run each worker's jobs: inline for one worker, else one thread per worker; re-raise the first error."""
    if len(jobs) == 1:
        run(jobs[0])
        return
    with ThreadPoolExecutor(len(jobs), thread_name_prefix="kg-load") as pool:
        for done in [pool.submit(run, mine) for mine in jobs]:
            done.result()


def load_graph_into(
    driver: Any,
    graph: nx.MultiDiGraph,
    *,
    database: str | None = None,
    batch_size: int = 2000,
    wipe: bool = False,
    progress: Callable[[int], None] | None = None,
    uri: str | None = None,
    workers: int = 1,
) -> LoadReport:
    """Load ``graph`` through ``driver``: schema, then nodes per label, then relationships per type.

    ``progress(n)`` is called after each batch with the rows it wrote. ``wipe`` first deletes every
    node with a kg label. ``workers`` > 1 loads with that many sessions in parallel threads; rows
    are split so that all rows touching one node of a relationship's busier end (a popular
    dataset, say) go to the same worker, and the conflicts that remain are retried by the
    managed transactions. Driver and server errors become :class:`StoreError` naming ``uri``.
    """
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, got {batch_size}")
    if workers < 1:
        raise StoreError(f"workers must be at least 1, got {workers}")
    start = time.perf_counter()
    wiped = 0
    doing = "connecting"
    lock = threading.Lock()

    def run_jobs(jobs: list[_Job]) -> None:
        # A session per thread; with several, a write conflict is retried after ~50 ms, not 1 s.
        config = {"initial_retry_delay": 0.05} if workers > 1 else {}
        present: set[str] = set()  # groups whose last batch was all on the server already: a reload
        with driver.session(database=database, **config) as session:
            for job in jobs:
                try:
                    if job.run(session, update_only=job.doing in present) == 0:
                        present.add(job.doing)  # then only the update statement runs (MERGE: still complete)
                except _driver_errors() as err:
                    raise _store_error(err, uri, job.doing) from err
                if progress is not None:
                    with lock:
                        progress(len(job.rows))

    try:
        with driver.session(database=database) as session:
            if wipe:
                doing = "wiping"
                wiped = wipe_graph(session, batch_size)
            doing = "creating constraints"
            from kg.cypher.run import schema_statements

            for statement in schema_statements():
                session.run(statement).consume()
            doing = "looking for kg nodes"
            fresh = not any(session.run(probe_statement(label)).single() for label in LABELS)
        with ThreadPoolExecutor(1, thread_name_prefix="kg-plan") as planner:
            # The relationship rows are built while the nodes load (the client mostly waits on the server).
            later = planner.submit(_rel_phase, graph, batch_size, workers, fresh)
            nodes, node_jobs = _node_phase(graph, batch_size, workers, fresh)
            _run_phase(node_jobs, run_jobs)  # every node exists before the first relationship is written
            rels, rel_jobs = later.result()
            _run_phase(rel_jobs, run_jobs)
        doing = "counting"
        counts = count_graph(driver, database=database)
    except _driver_errors() as err:
        raise _store_error(err, uri, doing) from err
    batches = sum(len(jobs) for jobs in node_jobs + rel_jobs)
    return LoadReport(nodes, rels, batches, time.perf_counter() - start, wiped, counts, fresh)


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
    batch_size: int = 2000,
    wipe: bool = False,
    progress: Callable[[int], None] | None = None,
    workers: int = 1,
) -> LoadReport:
    """Read ``graph_file`` and load it into the server at ``uri`` (see :func:`load_graph_into`)."""
    from kg.graph.io import load_graph

    graph = load_graph(graph_file)
    with connect(uri, user=user, password=password) as driver:
        return load_graph_into(
            driver,
            graph,
            database=database,
            batch_size=batch_size,
            wipe=wipe,
            progress=progress,
            uri=uri,
            workers=workers,
        )


def total_rows(graph_file: str) -> int:
    """Rows a load of ``graph_file`` sends (nodes + relationships), for a progress bar's total."""
    from kg.graph.io import load_graph

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
