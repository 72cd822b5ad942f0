"""Neo4j (or any Bolt server) through the official driver — the only module that imports ``neo4j``.

The loader is handed a driver. It creates the constraints of ``cypher/schema.cypher``, then loads the
nodes per label and the relationships per (type, from label, to label) in batches, each in a managed
transaction (``execute_write``: transient errors are retried), with the statements and rows of
:mod:`kg.backends.neo4j_statements`: a *create* of the rows not on the server yet, and only when it
created fewer than the batch (a reload, a rerun after a crash) the *update* (``MERGE`` + ``SET``).
Loading twice leaves identical counts (docs/neo4j.md). :func:`run_read` runs a read-only query.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.backends.neo4j_statements import (
    COUNT_NODES,
    COUNT_RELS,
    LoadReport,
    batches,
    create_nodes_statement,
    create_rels_statement,
    hub_key,
    node_rows,
    node_statement,
    partition,
    probe_statement,
    rel_rows,
    rel_statement,
    rows_fit,
    update_nodes_statement,
    update_rels_statement,
    wipe_statement,
)
from kg.cypher.run import Rows
from kg.errors import StoreError
from kg.schema import EDGE_PROPERTIES, LABELS, NODE_PROPERTIES

__all__ = [
    "LoadReport",
    "connect",
    "count_graph",
    "load_file",
    "load_graph_into",
    "run_read",
    "wipe_graph",
]

_HINT = (
    "check that the server is running, the URI (bolt:// or neo4j://) and the credentials (--user/--password)"
)


def wipe_graph(session: Any, batch_size: int = 2000) -> int:
    """Delete every node with a kg label (and its relationships), ``batch_size`` per transaction,
    through an open ``session``; returns how many nodes went."""
    wiped = 0
    for label in LABELS:
        while (n := _write(session, wipe_statement(label), {"limit": batch_size})[0]["deleted"]) > 0:
            wiped += int(n)
    return wiped


# the driver logs its retries and connection failures; kg reports them once, as a StoreError
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False


def _store_error(err: Exception, uri: str | None, doing: str) -> StoreError:
    where = f" at {uri}" if uri else ""
    detail = " ".join(str(err).split())  # the driver's messages run over several lines
    return StoreError(f"graph server{where} failed while {doing}: {type(err).__name__}: {detail}", hint=_HINT)


def _driver_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    from neo4j.exceptions import DriverError, Neo4jError

    return (DriverError, Neo4jError, OSError, *more)


def _write(session: Any, text: str, params: Mapping[str, Any]) -> Any:
    def work(tx: Any) -> Any:
        return tx.run(text, dict(params)).data()

    return session.execute_write(work)


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


def _jobs(
    rows: list[dict[str, Any]], fast: tuple[str, str, str] | None, general: str, doing: str, size: int,
    key: str, workers: int,
) -> list[list[_Job]]:  # fmt: skip
    create, update, guarded = fast if fast is not None else (None, general, None)
    guarded = None if guarded == create else guarded
    return [
        [_Job(doing, create, update, batch, guarded) for batch in batches(part, size)]
        for part in partition(rows, key, workers)
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
        fits = rows_fit(rows, NODE_PROPERTIES[label])
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
        fits = rows_fit(rows, EDGE_PROPERTIES[rel])
        doing = f"loading {rel} relationships ({a} -> {b})"
        parts = _jobs(
            rows, fast if fits else None, rel_statement(rel, a, b), doing, size, hub_key(rows), workers
        )
        for mine, part in zip(jobs, parts, strict=True):
            mine.extend(part)
    return dict(rows_by), jobs


def count_graph(driver: Any, *, database: str | None = None) -> dict[str, int]:
    """``{"nodes": N, "relationships": M}`` as the server counts them."""
    with driver.session(database=database) as session:
        nodes = session.run(COUNT_NODES).single()["n"]
        rels = session.run(COUNT_RELS).single()["n"]
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
    run_jobs = _job_runner(driver, database, workers, progress, uri)
    wiped, fresh = _prepare(driver, database, wipe, batch_size, uri)
    doing = "loading"
    try:
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


def _prepare(
    driver: Any, database: str | None, wipe: bool, batch_size: int, uri: str | None
) -> tuple[int, bool]:
    """Wipe if asked, create the constraints, tell whether the server holds no kg node (a fresh load)."""
    from kg.cypher.run import schema_statements

    wiped, doing = 0, "connecting"
    try:
        with driver.session(database=database) as session:
            if wipe:
                doing = "wiping"
                wiped = wipe_graph(session, batch_size)
            doing = "creating constraints"
            for statement in schema_statements():
                session.run(statement).consume()
            doing = "looking for kg nodes"
            fresh = not any(session.run(probe_statement(label)).single() for label in LABELS)
    except _driver_errors() as err:
        raise _store_error(err, uri, doing) from err
    return wiped, fresh


def _job_runner(
    driver: Any, database: str | None, workers: int, progress: Callable[[int], None] | None, uri: str | None
) -> Callable[[list[_Job]], None]:
    """Run one worker's jobs in a session of its own, reporting rows written to ``progress``."""
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

    return run_jobs


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
    on_total: Callable[[int], None] | None = None,
) -> LoadReport:
    """Connect and authenticate to ``uri``, then read ``graph_file`` and load it (:func:`load_graph_into`).

    The server is reached first, so a wrong URI or password is reported at once, not after
    a big graph file was parsed. ``on_total`` gets the number of rows to send once it is known.
    """
    from kg.graph.io import load_graph

    with connect(uri, user=user, password=password) as driver:
        graph = load_graph(graph_file)
        if on_total is not None:
            on_total(int(graph.number_of_nodes() + graph.number_of_edges()))
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


class _NotRead(Exception):
    """Raised inside a read transaction to refuse (and roll back) a statement that is not read-only."""


def _read_work(text: str, params: dict[str, Any]) -> Callable[[Any], tuple[tuple[str, ...], tuple[Any, ...]]]:
    def work(tx: Any) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        # EXPLAIN's query type is trusted only where the server types a plain read as "r"
        # (ArcadeDB says "w" for everything): there, anything but "r" is refused before it runs
        if tx.run("EXPLAIN RETURN 1").consume().query_type == "r":
            kind = tx.run("EXPLAIN " + text, params).consume().query_type
            if kind != "r":
                raise _NotRead(f"the server plans it as query type {kind!r}, not read-only 'r'")
        result = tx.run(text, params)
        columns = tuple(result.keys())
        rows = tuple(tuple(record.values()) for record in result)
        counters = result.consume().counters
        if counters.contains_updates or counters.contains_system_updates:
            raise _NotRead("it changed the graph (the change was rolled back)")
        return columns, rows

    return work


def run_read(
    driver: Any, text: str, params: Mapping[str, Any], *, database: str | None = None, uri: str | None = None
) -> Rows:
    """Run one statement with ``params`` in a read session and transaction; only reads get through.

    Three guards: the session's access mode is READ (servers that enforce it refuse writes);
    the statement's ``EXPLAIN`` query type must be read-only where the server reports it
    faithfully; and a statement that changed anything is rolled back and refused. Engine
    errors and refusals become one-line :class:`QueryError`s.
    """
    from neo4j import READ_ACCESS
    from neo4j.exceptions import ClientError

    from kg.errors import QueryError

    try:
        with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
            columns, rows = session.execute_read(_read_work(text, dict(params)))
    except _NotRead as err:
        raise QueryError(
            f"kg query only reads: refused on {uri or 'the server'} because {err}",
            hint="load graphs with `kg load`; queries here only read",
        ) from None
    except ClientError as err:
        raise QueryError(f"the server at {uri or 'Bolt'} cannot run this query: {err.message}") from err
    except _driver_errors() as err:
        raise _store_error(err, uri, "running a query") from err
    return Rows(columns, rows)
