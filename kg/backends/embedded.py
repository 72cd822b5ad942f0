"""The embedded Cypher engine: a LadybugDB database built from the NetworkX graph.

kg keeps NetworkX as the graph users hold; for Cypher it copies that graph into an
embedded LadybugDB (the maintained fork of Kùzu) with one node table per label and
one relationship table per type (docs/cypher.md says why this engine was chosen).
The database is cached beside the graph file, keyed by the file's hash, so only the
first query after a build pays for the copy.

>>> import networkx as nx, tempfile
>>> g = nx.MultiDiGraph()
>>> g.add_node("p1", label="Paper", title="A")
>>> g.add_node("dataset:x", label="Dataset", name="X", type="dataset", aliases=["X", "x-set"])
>>> g.add_edge("p1", "dataset:x", key="USES", type="USES", text="X")
'USES'
>>> with tempfile.TemporaryDirectory() as tmp:
...     db = build_database(g, f"{tmp}/db")
...     run_embedded(db, "MATCH (p:Paper)-[:USES]->(d:Dataset) RETURN p.id AS p, d.aliases AS a", {})
Rows(columns=('p', 'a'), rows=(('p1', ['X', 'x-set']),), more=False, notes=())
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.backends.embedded_csv import FLOAT, INT, LIST, STRING, list_in_csv, write_table
from kg.cypher.run import Rows
from kg.errors import GraphError, QueryError
from kg.internals import node_dict, succ_dict
from kg.schema import (
    EDGE_PROPERTIES,
    LABELS,
    NODE_PROPERTIES,
    REL_ENDPOINTS,
    REL_TYPES,
    property_kind,
)

__all__ = [
    "NODE_COLUMNS",
    "REL_COLUMNS",
    "EmbeddedSession",
    "build_database",
    "cached_database",
    "open_cached",
    "run_embedded",
]

_ENGINE_TYPE = {"str": STRING, "int": INT, "float": FLOAT, "list": LIST}
"""The engine's column type of each property kind (:func:`kg.schema.property_kind`)."""

#: Column types of each node table (besides the ``id`` primary key), from
#: :data:`kg.schema.NODE_PROPERTIES`.
NODE_COLUMNS: dict[str, dict[str, str]] = {
    label: {name: _ENGINE_TYPE[property_kind(name)] for name in props}
    for label, props in NODE_PROPERTIES.items()
}
#: Column types of each relationship table, from :data:`kg.schema.EDGE_PROPERTIES`.
REL_COLUMNS: dict[str, dict[str, str]] = {
    rel: {name: _ENGINE_TYPE[property_kind(name)] for name in props} for rel, props in EDGE_PROPERTIES.items()
}
_FORMAT = "kg-ladybug-2"  # bump when the table layout changes: old caches are rebuilt


def _database(path: str | os.PathLike[str], *, read_only: bool = False) -> Any:
    import ladybug

    # A bounded buffer pool: the default (80% of RAM) is far more than kg graphs need.
    return ladybug.Database(str(path), buffer_pool_size=1 << 30, read_only=read_only)


def _create_tables(conn: Any) -> None:
    for label in LABELS:
        cols = "".join(f", `{name}` {kind}" for name, kind in NODE_COLUMNS[label].items())
        conn.execute(f"CREATE NODE TABLE {label}(id STRING PRIMARY KEY{cols})")
    for rel in REL_TYPES:
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in REL_ENDPOINTS[rel])
        cols = "".join(f", `{name}` {kind}" for name, kind in REL_COLUMNS[rel].items())
        conn.execute(f"CREATE REL TABLE {rel}({pairs}{cols})")


def _copy_nodes(conn: Any, g: nx.MultiDiGraph, tmp: Path) -> None:
    """One CSV and one COPY per label, rows in the graph's node order."""
    by_label: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for node, attrs in node_dict(g).items():
        label = attrs.get("label")
        if label not in NODE_COLUMNS:
            raise GraphError(f"node {node!r} has no kg label (got {label!r})")
        ids, records = by_label.setdefault(label, ([], []))
        ids.append(node)
        records.append(attrs)
    for label, (ids, records) in sorted(by_label.items()):
        columns = NODE_COLUMNS[label]
        path = tmp / f"{label}.csv"
        write_table(path, [ids], records, columns)
        conn.execute(f"COPY {label} FROM '{path}' (HEADER=false, PARALLEL=false)")
        for col in (c for c, kind in columns.items() if kind == LIST):
            _set_lists(conn, label, col, ids, records)


def _set_lists(conn: Any, label: str, col: str, ids: list[str], records: list[dict[str, Any]]) -> None:
    """Set the lists the CSV could not carry (:func:`kg.backends.embedded_csv.list_in_csv`), by parameter."""
    rows = [
        {"id": str(n), "v": [str(x) for x in a[col]]}
        for n, a in zip(ids, records, strict=True)
        if a.get(col) is not None and not list_in_csv(a[col])
    ]
    for i in range(0, len(rows), 5000):
        conn.execute(
            f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n.{col} = row.v",
            {"rows": rows[i : i + 5000]},
        )


def _copy_rels(conn: Any, g: nx.MultiDiGraph) -> None:
    """One CSV and one COPY per (type, from label, to label), rows in the graph's edge order."""
    node = node_dict(g)
    groups: dict[tuple[Any, Any, Any], tuple[list[str], list[str], list[dict[str, Any]]]] = {}
    for src, nbrs in succ_dict(g).items():  # the dicts behind g.edges(keys=True, data=True), in its order
        a = node[src].get("label")
        for dst, keydict in nbrs.items():
            b = node[dst].get("label")
            for key, attrs in keydict.items():
                rel = attrs.get("type", key)
                group = groups.get((rel, a, b))
                if group is None:
                    if rel not in REL_COLUMNS or (a, b) not in REL_ENDPOINTS[rel]:
                        raise GraphError(
                            f"edge {src!r} -[{rel}]-> {dst!r} does not fit the schema ({a} -> {b})"
                        )
                    group = groups[(rel, a, b)] = ([], [], [])
                group[0].append(src)
                group[1].append(dst)
                group[2].append(attrs)
    with tempfile.TemporaryDirectory(prefix="kg-rels-") as tmp:
        for (rel, a, b), (sources, targets, records) in sorted(groups.items()):
            path = Path(tmp) / f"{rel}-{a}-{b}.csv"
            write_table(path, [sources, targets], records, REL_COLUMNS[rel])
            conn.execute(f"COPY {rel} FROM '{path}' (HEADER=false, PARALLEL=false, from='{a}', to='{b}')")


def build_database(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Create a LadybugDB database at ``path`` holding ``g`` (schema of docs/schema.md); return ``path``.

    ``path`` must not exist yet. Labels, types and columns come from :mod:`kg.schema` and the
    tables above, never from the graph's data; values travel as CSV fields or parameters.
    """
    import ladybug

    target = Path(path)
    if target.exists():
        raise GraphError(f"embedded database already exists: {target}")
    db = _database(target)
    conn = ladybug.Connection(db)
    try:
        _create_tables(conn)
        with tempfile.TemporaryDirectory(prefix="kg-nodes-") as tmp:
            _copy_nodes(conn, g, Path(tmp))
        _copy_rels(conn, g)
    except RuntimeError as err:
        raise GraphError(f"cannot build the embedded database: {err}") from err
    finally:
        conn.close()
        db.close()
    return target


def _file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def cached_database(
    graph_file: str | os.PathLike[str],
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    on_build: Callable[[Path], None] | None = None,
) -> Path:
    """The embedded database of ``graph_file``, built on first use and cached by the file's hash.

    The cache lives in ``<graph dir>/.kg-cypher/<format>-<hash>.lbug`` unless ``cache_dir`` says otherwise;
    older entries for the same folder are removed when a new one is built. ``on_build`` is called with
    the cache's folder before a build starts (the CLI says why the first query waits).
    """
    from kg.graph.io import graph_file as file_of
    from kg.graph.io import load_graph

    source = file_of(graph_file)
    if not source.is_file():
        raise GraphError(f"graph file not found: {source}", hint="run `kg build INPUT --out DIR` first")
    root = Path(cache_dir) if cache_dir is not None else source.parent / ".kg-cypher"
    target = root / f"{_FORMAT}-{_file_hash(source)}.lbug"
    if target.exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    if on_build is not None:
        on_build(root)
    staging = root / f".building-{os.getpid()}.lbug"
    _remove(staging)
    try:
        build_database(load_graph(source), staging)
    except BaseException:
        _remove(staging)
        raise
    for old in root.glob(f"{_FORMAT}-*"):
        _remove(old)
    os.replace(staging, target)
    return target


def open_cached(
    graph_file: str | os.PathLike[str], *, on_build: Callable[[Path], None] | None = None
) -> EmbeddedSession:
    """A session on the cached database of ``graph_file``; a cache the engine cannot open is rebuilt.

    A cache can break under kg's feet (a killed process, a statement that left a checkpoint
    pending, a half-copied folder); it is only a cache, so it is thrown away and built again.
    """
    path = cached_database(graph_file, on_build=on_build)
    try:
        return EmbeddedSession(path)
    except RuntimeError:
        _remove(path)
        return EmbeddedSession(cached_database(graph_file, on_build=on_build))


def _remove(path: Path) -> None:
    """Delete a database (a file, or a folder in older engines) and its write-ahead log."""
    for p in (path, path.with_name(path.name + ".wal")):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)


class EmbeddedSession:
    """An open, read-only connection to an embedded database; use as a context manager."""

    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        import ladybug

        if not Path(db_path).exists():
            raise GraphError(f"embedded database not found: {db_path}")
        self._db = _database(db_path, read_only=True)
        self._conn = ladybug.Connection(self._db)

    def run(self, text: str, params: Mapping[str, Any]) -> Rows:
        """Run one Cypher statement with ``params``; engine errors become :class:`QueryError`."""
        try:
            result = self._conn.execute(text, dict(params))
            if isinstance(result, list):
                raise QueryError(
                    "one statement per query, please", hint="split the file into one query per file"
                )
            columns = tuple(result.get_column_names())
            rows = tuple(tuple(row) for row in result.get_all())
        except RuntimeError as err:
            raise QueryError(f"the embedded engine cannot run this query: {err}") from err
        return Rows(columns, rows)

    def close(self) -> None:
        """Close the connection and the database."""
        self._conn.close()
        self._db.close()

    def __enter__(self) -> EmbeddedSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_embedded(db_path: str | os.PathLike[str], text: str, params: Mapping[str, Any]) -> Rows:
    """Open ``db_path``, run one statement with ``params``, close; see :class:`EmbeddedSession`."""
    with EmbeddedSession(db_path) as session:
        return session.run(text, params)
