"""The graph kept record by record in SQLite, so that a build rewrites only what changed.

Every node and every edge of the graph is one row holding its line of the graph file (the
compact, key-sorted JSON record :func:`kg.graph.io.save_graph` writes). Writing the graph file
is then a sorted scan that copies those lines — no record is encoded again — and an
incremental build replaces just the rows of the papers, entities and authors it touched.
Edges carry their *owner* (the paper whose data made them) and, for the links that make an
entity's or author's node, the texts and the paper date the node is computed from.

The tables live in the build cache (``DIR/kg-cache.sqlite``, see :mod:`kg.build.cache`) beside the
resolution state (per-key statistics and the key → entity map) and three small indexes
(paper → its mention keys, references and organisation) that say which papers a change reaches.

>>> import sqlite3, tempfile, pathlib
>>> store = GraphStore(sqlite3.connect(":memory:"))
>>> store.put_nodes([("p1", "Paper", {"label": "Paper", "title": "T"})])
>>> store.put_edges([("a:x", "WROTE", "p1", "p1", {"type": "WROTE", "position": 0}, ["X"], None)])
>>> store.summary().to_dict()
{'nodes': {'Paper': 1}, 'edges': {'WROTE': 1}}
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> len(store.write_file(path, {"kg_format": 1}))
64
>>> print(path.read_text(), end="")
{"directed":true,"graph":{"kg_format":1},"kg_format":1,"multigraph":true,"nodes":[
{"id":"p1","label":"Paper","title":"T"}
],"links":[
{"key":"WROTE","position":0,"source":"a:x","target":"p1","type":"WROTE"}
]}
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.build.lines import edge_line, node_line, texts_line
from kg.build.sqlite_in import chunks, run_in, run_script, select_in
from kg.graph.io import GraphSummary, write_graph_file
from kg.graph.records import EdgeRow, EntityLinks, NodeRow
from kg.resolve.resolver import EntityOfKey, KeyCounts
from kg.schema import ENTITY_LINKS

__all__ = ["GraphStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS g_nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, line BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS g_edges (
    src TEXT NOT NULL, typ TEXT NOT NULL, dst TEXT NOT NULL, owner TEXT NOT NULL,
    line BLOB NOT NULL, texts TEXT, date TEXT, PRIMARY KEY (src, typ, dst)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS r_entity (key TEXT PRIMARY KEY, eid TEXT NOT NULL, etype TEXT NOT NULL,
    name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS x_keys (key TEXT NOT NULL, pid TEXT NOT NULL, PRIMARY KEY (key, pid));
CREATE TABLE IF NOT EXISTS x_refs (ref TEXT NOT NULL, pid TEXT NOT NULL, PRIMARY KEY (ref, pid));
CREATE TABLE IF NOT EXISTS g_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS x_orgs (org TEXT NOT NULL, pid TEXT NOT NULL, PRIMARY KEY (org, pid));
"""
_INDEXES = {  # the graph tables' secondary indexes, by name
    "g_edges_owner": "CREATE INDEX IF NOT EXISTS g_edges_owner ON g_edges (owner)",
    "g_edges_links": "CREATE INDEX IF NOT EXISTS g_edges_links ON g_edges (dst, date, texts)"
    " WHERE typ IN ({links})",
    "g_nodes_label": "CREATE INDEX IF NOT EXISTS g_nodes_label ON g_nodes (label)",
    "g_edges_cites": "CREATE INDEX IF NOT EXISTS g_edges_cites ON g_edges (dst) WHERE typ = 'CITES'",
}
_TABLES = ("g_meta", "g_nodes", "g_edges", "r_entity", "x_keys", "x_refs", "x_orgs")
_SCAN = 20_000  # asked about more ids than this, a query reads the whole index once instead
_LINK_TYPES = ", ".join(f"'{t}'" for t in ENTITY_LINKS)  # fixed names from kg.schema
_LINKS = f"typ IN ({_LINK_TYPES})"  # the edges an entity node is made of; written the same in every
# query over them as in the partial index g_edges_links: that is what lets SQLite use the index


class GraphStore:
    """Graph records, resolution state and change indexes in one SQLite connection (not owned)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        run_script(db, _SCHEMA)
        self.build_indexes()

    def clear(self) -> None:
        """Forget the graph and the resolution state (a full rebuild starts from here)."""
        for table in _TABLES:
            self.db.execute(f"DELETE FROM {table}")

    def defer_indexes(self) -> bool:
        """Before writing a whole graph into the empty store: drop the secondary indexes, so that
        :meth:`build_indexes` sorts each once instead of every insert updating it (a third less
        insert time at 75k papers). Returns whether it dropped them (not when the store holds any
        record). Queries that name an index fail until it is built again; DDL is transactional in
        SQLite, so a rolled-back build keeps its indexes, and opening a store builds missing ones.
        """
        if self.db.execute("SELECT 1 FROM g_edges UNION ALL SELECT 1 FROM g_nodes LIMIT 1").fetchone():
            return False
        if not self.db.in_transaction:  # sqlite3 opens none for DDL: the drops must roll back with the build
            self.db.execute("BEGIN")
        for name in _INDEXES:
            self.db.execute(f"DROP INDEX IF EXISTS {name}")  # name: one of the fixed names above
        return True

    def build_indexes(self, *names: str) -> None:
        """Build these secondary indexes (all when none is named) where they are missing."""
        for name in names or tuple(_INDEXES):
            self.db.execute(_INDEXES[name].format(links=_LINK_TYPES))

    def get_value(self, key: str) -> str | None:
        """A value the graph update keeps between builds (e.g. the organisation index), or None."""
        row = self.db.execute("SELECT value FROM g_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put_value(self, key: str, value: str) -> None:
        """Keep a value between builds (see :meth:`get_value`)."""
        self.db.execute("INSERT OR REPLACE INTO g_meta (key, value) VALUES (?, ?)", (key, value))

    # -- graph records ---------------------------------------------------------------------

    def put_nodes(self, rows: Iterable[NodeRow]) -> None:
        """Insert or replace nodes."""
        self.db.executemany(
            "INSERT OR REPLACE INTO g_nodes (id, label, line) VALUES (?, ?, ?)",
            ((n, label, node_line(n, attrs)) for n, label, attrs in rows),
        )

    def delete_nodes(self, ids: Iterable[str]) -> None:
        """Delete these nodes (ids not stored are ignored)."""
        self.db.executemany("DELETE FROM g_nodes WHERE id = ?", ((n,) for n in sorted(set(ids))))

    def put_edges(self, rows: Iterable[EdgeRow]) -> None:
        """Insert or replace edges (in key order: the table is clustered by it)."""
        rows = sorted(rows, key=_edge_key)
        self.db.executemany(
            "INSERT OR REPLACE INTO g_edges (src, typ, dst, owner, line, texts, date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    u, k, v, owner,
                    edge_line(u, k, v, attrs),
                    None if texts is None else texts_line(texts),
                    date,
                )
                for u, k, v, owner, attrs, texts, date in rows
            ),
        )  # fmt: skip

    def delete_owned(self, owners: Iterable[str]) -> list[tuple[str, str, str]]:
        """Delete every edge these papers own; returns the deleted ``(source, type, target)``."""
        owners = list(owners)
        gone = list(select_in(self.db, "SELECT src, typ, dst FROM g_edges WHERE owner IN ({marks})", owners))
        run_in(self.db, "DELETE FROM g_edges WHERE owner IN ({marks})", owners)
        return gone

    def entity_links(self, ids: Iterable[str]) -> dict[str, EntityLinks]:
        """What the node of each of these entities is made of, over all its ``INTRODUCES``, ``USES``
        and ``PUBLISHED_BY`` edges (entities with none are left out)."""
        wanted = set(ids)
        out: dict[str, EntityLinks] = {}
        if len(wanted) > _SCAN:  # most entities (a full build): one pass over the index beats lookups
            parts: Iterable[tuple[str, list[str]]] = [("", [])]
        else:
            parts = ((f"AND dst IN ({','.join('?' * len(c))})", c) for c in chunks(wanted))
        for cond, params in parts:
            where = f"INDEXED BY g_edges_links WHERE {_LINKS} {cond}"
            texts: dict[str, set[str]] = {}
            for eid, t in self.db.execute(f"SELECT DISTINCT dst, texts FROM g_edges {where}", params):
                texts.setdefault(eid, set()).update(json.loads(t))
            query = (
                "SELECT dst, count(DISTINCT src), min(date), max(typ <> 'PUBLISHED_BY')"
                f" FROM g_edges {where} GROUP BY dst"
            )
            for eid, n, first, mentioned in self.db.execute(query, params):
                if eid in wanted:
                    out[eid] = EntityLinks(n, first, bool(mentioned), frozenset(texts[eid]))
        return out

    def mention_texts(self, low: str, high: str) -> Iterator[tuple[str, str]]:
        """``(entity id, texts as JSON)`` of every ``INTRODUCES`` / ``USES`` edge into an entity whose
        id is in ``[low, high)`` (e.g. every organisation)."""
        query = (
            f"SELECT dst, texts FROM g_edges INDEXED BY g_edges_links WHERE dst >= ? AND dst < ? AND {_LINKS}"
            " AND typ <> 'PUBLISHED_BY' ORDER BY dst, src"
        )
        yield from self.db.execute(query, (low, high))

    def publisher_names(self, ids: Iterable[str]) -> dict[str, str]:
        """For organisations named only as publishers: the name as the first paper (by id) wrote it."""
        out: dict[str, str] = {}
        query = (
            f"SELECT texts FROM g_edges INDEXED BY g_edges_links WHERE dst = ? AND {_LINKS}"
            " AND typ = 'PUBLISHED_BY' ORDER BY src LIMIT 1"
        )
        for eid in sorted(set(ids)):
            row = self.db.execute(query, (eid,)).fetchone()
            if row is not None:
                out[eid] = json.loads(row[0])[0]
        return out

    def author_names(self, ids: Iterable[str]) -> dict[str, set[str]]:
        """Every spelling of each of these authors on their ``WROTE`` edges (authors with none left out)."""
        out: dict[str, set[str]] = {}
        query = "SELECT DISTINCT src, texts FROM g_edges WHERE src IN ({marks}) AND typ = 'WROTE'"
        for aid, t in select_in(self.db, query, ids):
            out.setdefault(aid, set()).update(json.loads(t))
        return out

    def node_lines(self, ids: Iterable[str]) -> dict[str, bytes]:
        """The stored line of each of these nodes."""
        return dict(select_in(self.db, "SELECT id, line FROM g_nodes WHERE id IN ({marks})", ids))

    def node_ids(self, labels: Iterable[str]) -> list[str]:
        """Ids of the nodes with these labels."""
        return [n for (n,) in select_in(self.db, "SELECT id FROM g_nodes WHERE label IN ({marks})", labels)]

    def with_label(self, ids: Iterable[str], label: str) -> set[str]:
        """Those of ``ids`` that are nodes with ``label`` (e.g. the ``Work`` nodes among references)."""
        query = "SELECT id, label FROM g_nodes WHERE id IN ({marks})"  # by primary key, not the label index
        return {n for n, lab in select_in(self.db, query, ids) if lab == label}

    def uncited_works(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are ``Work`` nodes no ``CITES`` edge points to any more."""
        query = (
            "SELECT id FROM g_nodes WHERE id IN ({marks}) AND label = 'Work' AND NOT EXISTS"
            " (SELECT 1 FROM g_edges INDEXED BY g_edges_cites WHERE dst = g_nodes.id AND typ = 'CITES')"
        )
        return {n for (n,) in select_in(self.db, query, ids)}

    def top_entities(self, k: int) -> list[str]:
        """The ``k`` entities linked by most papers (ties: by id)."""
        query = (
            f"SELECT dst, count(DISTINCT src) AS n FROM g_edges INDEXED BY g_edges_links WHERE {_LINKS}"
            " GROUP BY dst ORDER BY n DESC, dst LIMIT ?"
        )
        return [eid for eid, _ in self.db.execute(query, (k,))]

    def papers_linking(self, entities: Iterable[str]) -> dict[str, int]:
        """Paper -> how many of these entities it links to (papers linking none are left out)."""
        out: Counter[str] = Counter()
        query = (
            "SELECT src, count(DISTINCT dst) FROM g_edges INDEXED BY g_edges_links"
            f" WHERE dst IN ({{marks}}) AND {_LINKS} GROUP BY src"
        )
        for paper, n in select_in(self.db, query, entities):  # disjoint chunks: their counts add up
            out[paper] += n
        return dict(out)

    def edges_of(self, papers: Iterable[str]) -> list[dict[str, Any]]:
        """The records of every edge out of these papers and of the ``WROTE`` edges into them."""
        papers = list(papers)
        out: list[dict[str, Any]] = []
        for query in (
            "SELECT line FROM g_edges WHERE src IN ({marks})",
            "SELECT line FROM g_edges WHERE owner IN ({marks}) AND typ = 'WROTE'",
        ):
            out += (json.loads(line) for (line,) in select_in(self.db, query, papers))
        return out

    def degrees(self, nodes: Iterable[str]) -> dict[str, int]:
        """Each node's degree in the whole graph (edges in and out)."""
        nodes = list(nodes)
        deg: Counter[str] = Counter()
        for query in (
            "SELECT src, count(*) FROM g_edges WHERE src IN ({marks}) GROUP BY src",
            "SELECT dst, count(*) FROM g_edges INDEXED BY g_edges_links WHERE dst IN ({marks})"
            f" AND {_LINKS} GROUP BY dst",
            "SELECT dst, count(*) FROM g_edges INDEXED BY g_edges_cites WHERE dst IN ({marks})"
            " AND typ = 'CITES' GROUP BY dst",
            "SELECT owner, count(*) FROM g_edges WHERE owner IN ({marks}) AND typ = 'WROTE' GROUP BY owner",
        ):
            for node, n in select_in(self.db, query, nodes):
                deg[node] += n
        return {n: deg[n] for n in nodes}

    def summary(self) -> GraphSummary:
        """Counts of nodes by label and edges by type."""
        nodes = self.db.execute("SELECT label, count(*) FROM g_nodes GROUP BY label ORDER BY label")
        edges = self.db.execute(  # the owner index is the smallest covering one
            "SELECT typ, count(*) FROM g_edges INDEXED BY g_edges_owner GROUP BY typ ORDER BY typ"
        )
        return GraphSummary(tuple(nodes.fetchall()), tuple(edges.fetchall()))

    def write_file(self, path: str | os.PathLike[str], graph: Mapping[str, Any]) -> str:
        """Write the graph file (the bytes :func:`kg.graph.io.save_graph` writes for the same graph)
        atomically; returns its SHA-256 (hex)."""
        nodes = self.db.execute("SELECT line FROM g_nodes ORDER BY id")
        links = self.db.execute("SELECT line FROM g_edges ORDER BY src, typ, dst")
        try:
            return write_graph_file(path, graph, _lines(nodes), _lines(links))
        finally:  # a failed write (a full disk) must not leave open reads holding the database
            nodes.close()
            links.close()

    # -- resolution state ------------------------------------------------------------------

    def key_stats(self) -> tuple[KeyCounts, KeyCounts]:
        """Per-key type counts and surface-text counts over every stored paper's mentions."""
        blob = self.get_value("key_stats")
        if blob is None:
            return {}, {}
        types, texts = json.loads(blob)
        return types, texts

    def put_key_stats(self, types: KeyCounts, texts: KeyCounts) -> None:
        """Store the per-key statistics (one value: they are read and written whole)."""
        self.put_value("key_stats", json.dumps([types, texts], ensure_ascii=False, separators=(",", ":")))

    def entity_of_key(self) -> EntityOfKey:
        """The stored outcome of the last clustering: key -> (entity id, type, name)."""
        return {k: (e, t, n) for k, e, t, n in self.db.execute("SELECT key, eid, etype, name FROM r_entity")}

    def put_entity_of_key(self, keys: Iterable[str], entity_of_key: EntityOfKey) -> None:
        """Store the clustering outcome of these keys (keys no longer clustered are deleted)."""
        keys = sorted(set(keys))
        self.db.executemany(
            "DELETE FROM r_entity WHERE key = ?", ((k,) for k in keys if k not in entity_of_key)
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO r_entity (key, eid, etype, name) VALUES (?, ?, ?, ?)",
            ((k, *entity_of_key[k]) for k in keys if k in entity_of_key),
        )

    # -- change indexes --------------------------------------------------------------------

    def index_papers(
        self, papers: Iterable[tuple[str, Iterable[str], Iterable[str], str | None]], *, add: bool = True
    ) -> None:
        """Record (``add=False``: forget) which mention keys, references and organisation each paper
        ``(id, keys, references, organisation)`` has (one statement per table for all the papers)."""
        rows: dict[str, list[tuple[str, str]]] = {"x_keys": [], "x_refs": [], "x_orgs": []}
        for pid, keys, refs, org in papers:
            rows["x_keys"] += ((v, pid) for v in sorted(set(keys)))
            rows["x_refs"] += ((v, pid) for v in sorted(set(refs)))
            if org is not None:
                rows["x_orgs"].append((org, pid))
        for table, col in (("x_keys", "key"), ("x_refs", "ref"), ("x_orgs", "org")):
            sql = (  # table, col: fixed names above
                f"INSERT OR IGNORE INTO {table} ({col}, pid) VALUES (?, ?)"
                if add
                else f"DELETE FROM {table} WHERE {col} = ? AND pid = ?"
            )
            self.db.executemany(sql, rows[table])

    def papers_with(self, kind: str, values: Iterable[str]) -> set[str]:
        """Papers that have any of these mention keys (``kind="keys"``), references (``"refs"``)
        or normalised organisation names (``"orgs"``)."""
        table, col = {"keys": ("x_keys", "key"), "refs": ("x_refs", "ref"), "orgs": ("x_orgs", "org")}[kind]
        query = f"SELECT pid FROM {table} WHERE {col} IN ({{marks}})"  # table, col: fixed names above
        return {p for (p,) in select_in(self.db, query, values)}


def _edge_key(row: EdgeRow) -> str:
    """An edge row's (source, type, target), the table's key, as one string: sorting by it is a third of
    sorting by the tuple. Equal keys give equal strings, so a sorted batch keeps the last of a repeated
    key last (what ``INSERT OR REPLACE`` keeps); ids holding a NUL could only change the insert order."""
    return f"{row[0]}\0{row[1]}\0{row[2]}"


def _lines(cursor: sqlite3.Cursor) -> Iterator[list[bytes]]:
    """The stored lines a query selects, in chunks, for :func:`kg.graph.io.write_graph_file`."""
    while rows := cursor.fetchmany(20000):
        yield [r[0] for r in rows]
