"""Write the graph file by splicing the records that changed into the file written before.

A day's ``kg enrich`` changes a few thousand ``CITES`` edges and ``Work`` nodes of a graph file
that holds millions of records; writing it again from the store reads and encodes every record.
:class:`ChangeLog` records, with temporary SQLite triggers on the store's tables (nothing is
added to the cache file), the line every node and edge had before its first change. After the
change, :meth:`ChangeLog.edits` keeps the records whose line really differs, and
:func:`splice_graph_file` copies the old file's runs of unchanged lines between them, finding
each edit's place by binary search (the file is sorted: nodes by id, links by source, type,
target). The bytes are the ones :meth:`kg.build.store.GraphStore.write_file` writes for the same
store — the writer is the same (:func:`kg.graph.io.write_graph_file`), only its input differs —
and the caller must only splice into the file the store wrote last (its recorded hash).

>>> import sqlite3, tempfile, pathlib
>>> from kg.build.store import GraphStore
>>> store = GraphStore(sqlite3.connect(":memory:"))
>>> store.put_nodes([(n, "Work", {"label": "Work"}) for n in ("a", "c")])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> _ = store.write_file(path, {})
>>> with ChangeLog(store.db) as log:
...     store.put_nodes([("b", "Work", {"label": "Work"}), ("c", "Work", {"label": "Work"})])
...     nodes, links = log.edits()
>>> [key for key, _ in nodes], links
([('b',)], [])
>>> sha = splice_graph_file(path, {}, nodes, links)
>>> sha == store.write_file(path.with_name("full.json"), {})
True
"""

from __future__ import annotations

import json
import mmap
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import Any

from kg.build.sqlite_in import run_script
from kg.build.store import GraphStore
from kg.errors import GraphError
from kg.graph.io import Buffer, GraphSummary, write_graph_file

__all__ = ["SPLICE_MAX_EDITS", "ChangeLog", "Edit", "splice_graph_file", "write_store_file"]

#: A change of more records than this rewrites the graph file whole (splicing gains nothing then).
SPLICE_MAX_EDITS = 500_000

Key = tuple[str, ...]
Edit = tuple[Key, bytes | None]
"""``(key, new line)`` of a record: ``(id,)`` of a node or ``(source, type, target)`` of a link; a
line of None deletes the record."""

_FIRST_NODE = (
    "INSERT INTO kg_log_nodes SELECT {id}, {old}, {label} WHERE NOT EXISTS"
    " (SELECT 1 FROM kg_log_nodes WHERE id = {id});"
)
_FIRST_EDGE = (
    "INSERT INTO kg_log_edges SELECT {s}, {t}, {d}, {old} WHERE NOT EXISTS"
    " (SELECT 1 FROM kg_log_edges WHERE src = {s} AND typ = {t} AND dst = {d});"
)
_NODE_NOW = "(SELECT line FROM g_nodes WHERE id = NEW.id)"
_LABEL_NOW = "(SELECT label FROM g_nodes WHERE id = NEW.id)"
_EDGE_NOW = "(SELECT line FROM g_edges WHERE src = NEW.src AND typ = NEW.typ AND dst = NEW.dst)"
# a trigger's own ON CONFLICT gives way to the outer statement's (INSERT OR REPLACE): only the
# NOT EXISTS guard keeps the first old line
_TRIGGERS = f"""
CREATE TEMP TABLE IF NOT EXISTS kg_log_nodes (id TEXT PRIMARY KEY, old BLOB, old_label TEXT);
CREATE TEMP TABLE IF NOT EXISTS kg_log_edges (src TEXT, typ TEXT, dst TEXT, old BLOB,
    PRIMARY KEY (src, typ, dst));
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_ni BEFORE INSERT ON main.g_nodes BEGIN
    {_FIRST_NODE.format(id="NEW.id", old=_NODE_NOW, label=_LABEL_NOW)}
END;
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_nd BEFORE DELETE ON main.g_nodes BEGIN
    {_FIRST_NODE.format(id="OLD.id", old="OLD.line", label="OLD.label")}
END;
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_nu BEFORE UPDATE ON main.g_nodes BEGIN
    {_FIRST_NODE.format(id="OLD.id", old="OLD.line", label="OLD.label")}
    {_FIRST_NODE.format(id="NEW.id", old=_NODE_NOW, label=_LABEL_NOW)}
END;
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_ei BEFORE INSERT ON main.g_edges BEGIN
    {_FIRST_EDGE.format(s="NEW.src", t="NEW.typ", d="NEW.dst", old=_EDGE_NOW)}
END;
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_ed BEFORE DELETE ON main.g_edges BEGIN
    {_FIRST_EDGE.format(s="OLD.src", t="OLD.typ", d="OLD.dst", old="OLD.line")}
END;
CREATE TEMP TRIGGER IF NOT EXISTS kg_log_eu BEFORE UPDATE ON main.g_edges BEGIN
    {_FIRST_EDGE.format(s="OLD.src", t="OLD.typ", d="OLD.dst", old="OLD.line")}
    {_FIRST_EDGE.format(s="NEW.src", t="NEW.typ", d="NEW.dst", old=_EDGE_NOW)}
END;
"""
_COMMA = ord(",")
_STEP = 4096  # the first gallop from the last edit, in bytes
_PIECE = 1 << 23  # unchanged lines are copied in pieces of about this many bytes
_DROP = ("kg_log_ni", "kg_log_nd", "kg_log_ei", "kg_log_ed", "kg_log_nu", "kg_log_eu")


class ChangeLog:
    """Log the first old line of every node and edge the store changes inside the ``with`` block."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> ChangeLog:
        run_script(self.db, _TRIGGERS)
        self.db.execute("DELETE FROM kg_log_nodes")
        self.db.execute("DELETE FROM kg_log_edges")
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        for name in _DROP:
            self.db.execute(f"DROP TRIGGER IF EXISTS temp.{name}")  # fixed names above
        self.db.execute("DROP TABLE IF EXISTS temp.kg_log_nodes")
        self.db.execute("DROP TABLE IF EXISTS temp.kg_log_edges")

    def edits(self) -> tuple[list[Edit], list[Edit]]:
        """The nodes and the links whose line differs from the one they had, in file order."""
        nodes = self.db.execute(
            "SELECT l.id, n.line FROM kg_log_nodes l LEFT JOIN main.g_nodes n ON n.id = l.id"
            " WHERE n.line IS NOT l.old ORDER BY l.id"
        )
        links = self.db.execute(
            "SELECT l.src, l.typ, l.dst, e.line FROM kg_log_edges l LEFT JOIN main.g_edges e"
            " ON e.src = l.src AND e.typ = l.typ AND e.dst = l.dst WHERE e.line IS NOT l.old"
            " ORDER BY l.src, l.typ, l.dst"
        )
        return [((n,), line) for n, line in nodes], [((s, t, d), line) for s, t, d, line in links]

    def summary(self, before: GraphSummary) -> GraphSummary:
        """The store's counts now, from its counts ``before`` the block and the logged changes
        (:meth:`kg.build.store.GraphStore.summary` without a scan of every edge)."""
        nodes, edges = Counter(dict(before.nodes)), Counter(dict(before.edges))
        for old, new in self.db.execute(
            "SELECT l.old_label, n.label FROM kg_log_nodes l LEFT JOIN main.g_nodes n ON n.id = l.id"
            " WHERE n.line IS NOT l.old"
        ):
            nodes.update({old: -1} if old is not None else {})
            nodes.update({new: 1} if new is not None else {})
        for typ, was, now in self.db.execute(
            "SELECT l.typ, l.old IS NOT NULL, e.line IS NOT NULL FROM kg_log_edges l LEFT JOIN main.g_edges e"
            " ON e.src = l.src AND e.typ = l.typ AND e.dst = l.dst WHERE e.line IS NOT l.old"
        ):
            edges[typ] += now - was
        return GraphSummary(
            tuple(sorted((k, n) for k, n in nodes.items() if n)),
            tuple(sorted((k, n) for k, n in edges.items() if n)),
        )


def _node_key(record: dict[str, Any]) -> Key:
    return (record["id"],)


def _link_key(record: dict[str, Any]) -> Key:
    return record["source"], record["key"], record["target"]


def _section(mm: mmap.mmap, opening: bytes, start: int) -> tuple[int, int]:
    """Where the lines of a section (``"nodes":[`` or ``,"links":[``) start and end: each line of
    ``[first, end)`` ends with a newline; ``end`` is the closing bracket (``first == end``: empty)."""
    at = mm.find(opening, start)  # quotes inside JSON strings are escaped: this is the key itself
    first = at + len(opening)
    if at >= 0 and mm[first : first + 1] == b"]":
        return first, first
    end = mm.find(b"\n]", first) + 1  # a record line never holds a raw newline
    if at < 0 or mm[first : first + 1] != b"\n" or end <= 0:
        raise GraphError("the graph file is not in the layout kg writes", hint="kg build --rebuild")
    return first + 1, end


_LINKS_LINE = b'],"links":[\n'


def _sections(mm: mmap.mmap) -> tuple[int, int, int, int]:
    """First line and end of the nodes and of the links section. The line between them is found
    by binary search (node records have no ``source``/``key``), not by reading the whole file."""
    at = mm.find(b'"nodes":[')  # in the head: quotes inside JSON strings are escaped
    first, end = at + len(b'"nodes":[\n'), len(mm) - len(b"]}\n")
    if at < 0 or mm[first - 1 : first] != b"\n" or mm[end - 1 :] != b"\n]}\n":  # an empty section
        n_first, n_end = _section(mm, b'"nodes":[', 0)
        return (n_first, n_end, *_section(mm, b',"links":[', n_end))
    lo, hi = first, end
    while lo < hi:  # lines before lo are nodes; the line at hi is not
        start = mm.rfind(b"\n", first - 1, (lo + hi) // 2) + 1
        stop = mm.find(b"\n", start) + 1
        record = mm[start : stop - 1].rstrip(b",")
        if record.startswith(b"{") and "source" not in json.loads(record):
            lo = stop
        else:
            hi = start
    if mm[lo : lo + len(_LINKS_LINE)] != _LINKS_LINE:
        raise GraphError("the graph file is not in the layout kg writes", hint="kg build --rebuild")
    return first, lo, lo + len(_LINKS_LINE), end


class _Lines:
    """The sorted lines of one section of the old file, searched by record key."""

    def __init__(
        self, mm: mmap.mmap, view: memoryview, first: int, end: int, key: Callable[[dict[str, Any]], Key]
    ) -> None:
        self.mm, self.view, self.first, self.end, self.key = mm, view, first, end, key
        self._known: tuple[int, Key] | None = None  # the last line start whose key was read

    def _line_at(self, pos: int) -> tuple[int, int]:
        """Start and end (after its newline) of the line holding byte ``pos``."""
        return self.mm.rfind(b"\n", self.first - 1, pos) + 1, self.mm.find(b"\n", pos) + 1

    def _key_at(self, start: int) -> Key:
        if self._known is not None and self._known[0] == start:
            return self._known[1]
        key = self.key(json.loads(self.mm[start : self.mm.find(b"\n", start)].rstrip(b",")))
        self._known = (start, key)
        return key

    def search(self, lo: int, key: Key) -> tuple[int, int | None]:
        """From line start ``lo``: the start of the first line whose key is not below ``key``, and
        the end of that line when its key is ``key`` (else None). Gallops from ``lo``, so edits
        close together in the file cost a few reads each."""
        if lo < self.end and self._key_at(lo) >= key:
            hi = lo
        else:
            step, hi = _STEP, self.end
            while lo < self.end:
                start, stop = self._line_at(min(lo + step, self.end - 1))
                if self._key_at(start) >= key:
                    hi = start
                    break
                lo, step = stop, step * 2
        while lo < hi:  # lines before lo are below key, the line at hi is not
            start, stop = self._line_at((lo + hi) // 2)
            if self._key_at(start) < key:
                lo = stop
            else:
                hi = start
        if lo < self.end and self._key_at(lo) == key:
            return lo, self.mm.find(b"\n", lo) + 1
        return lo, None

    def run(self, start: int, stop: int) -> Iterator[list[Buffer]]:
        """The lines ``[start, stop)`` in pieces of whole lines, without the separator after the
        last: views of the old file's pages, never copied here."""
        while start < stop:
            cut = self.mm.find(b"\n", min(start + _PIECE, stop - 1)) + 1
            end = cut - 1  # a line ends with its record's "}", then "," unless it is the section's last
            yield [self.view[start : end - 1 if self.mm[end - 1] == _COMMA else end]]
            start = cut

    def spliced(self, edits: Sequence[Edit]) -> Iterator[list[Buffer]]:
        """The section's pieces with the edits applied, for :func:`write_graph_file`."""
        cursor = self.first
        for key, line in edits:
            at, end = self.search(cursor, key)
            yield from self.run(cursor, at)
            if line is not None:
                yield [line]
            cursor = at if end is None else end
        yield from self.run(cursor, self.end)


def splice_graph_file(
    path: str | os.PathLike[str], graph: Mapping[str, Any], nodes: Sequence[Edit], links: Sequence[Edit]
) -> str:
    """Apply ``nodes`` and ``links`` edits (each sorted by key) to the graph file at ``path``,
    atomically; returns the new file's SHA-256. Raises :class:`GraphError` when the file is not in
    kg's layout."""
    with open(path, "rb") as fh:
        mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        n_first, n_end, l_first, l_end = _sections(mm)
        with memoryview(mm) as view:
            node_lines = _Lines(mm, view, n_first, n_end, _node_key)
            link_lines = _Lines(mm, view, l_first, l_end, _link_key)
            sha = write_graph_file(path, graph, node_lines.spliced(nodes), link_lines.spliced(links))
            del node_lines, link_lines  # the views of the pages are gone once the file is written
    # on an error the views may live on in the traceback: the collector closes the map then
    mm.close()
    return sha


def write_store_file(
    store: GraphStore,
    path: str | os.PathLike[str],
    graph: Mapping[str, Any],
    edits: tuple[Sequence[Edit], Sequence[Edit]] | None = None,
) -> str:
    """Write the graph file of ``store`` at ``path``; returns
    its SHA-256. With ``edits`` (a :class:`ChangeLog`'s, made while the store changed since it wrote
    the file now at ``path``), splice them in instead of writing every record; the bytes are the same."""
    if edits is not None and len(edits[0]) + len(edits[1]) <= SPLICE_MAX_EDITS:
        return splice_graph_file(path, graph, *edits)
    return store.write_file(path, graph)
