"""The citations enrichment keeps beside the graph: one row per (paper, source), and cited works.

Tables in the build cache (``DIR/kg-cache.sqlite``): ``c_citations`` (how each paper was
matched at a source, its id there and the ids it cites), ``c_works`` (title and year of cited
works, for ``Work`` nodes) and ``c_external`` (the sources enriched with ``--external``). A paper
with a row is not fetched again from that source; the rows outlive a ``kg build --rebuild``,
which applies them again (:func:`kg.build.citations.reapply_citations`) without the network.

>>> import sqlite3
>>> t = CitationTable(sqlite3.connect(":memory:"))
>>> t.put([Citations("p1", "openalex", "arxiv", None, "openalex:W1", ("openalex:W2",))])
>>> t.enriched("openalex"), t.rows("openalex", ["p1"])["p1"].references
({'p1'}, ('openalex:W2',))
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from kg.build.sqlite_in import run_script, select_in
from kg.sources.records import Citations, Work

__all__ = ["CitationTable"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS c_citations (pid TEXT NOT NULL, source TEXT NOT NULL, method TEXT NOT NULL,
    score REAL, work TEXT, refs TEXT NOT NULL, PRIMARY KEY (pid, source)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS c_citations_work ON c_citations (work);
CREATE TABLE IF NOT EXISTS c_works (id TEXT PRIMARY KEY, title TEXT NOT NULL, year INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS c_external (source TEXT PRIMARY KEY) WITHOUT ROWID;
"""


class CitationTable:
    """Enrichment rows in a SQLite connection (not owned; the caller commits)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        run_script(db, _SCHEMA)

    def put(self, rows: Iterable[Citations]) -> None:
        """Store (replace) rows, and the cited works they describe."""
        rows = list(rows)
        self.db.executemany(
            "INSERT OR REPLACE INTO c_citations (pid, source, method, score, work, refs)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            ((c.paper_id, c.source, c.method, c.score, c.work_id, json.dumps(c.references)) for c in rows),
        )
        self.put_works(w for c in rows for w in c.works)

    def put_works(self, works: Iterable[Work]) -> None:
        """Store title and year of cited works."""
        self.db.executemany(
            "INSERT OR REPLACE INTO c_works (id, title, year) VALUES (?, ?, ?)",
            ((w.id, w.title, w.year) for w in works),
        )

    def is_empty(self) -> bool:
        """Whether no paper has a citation row (nothing was ever enriched)."""
        return self.db.execute("SELECT 1 FROM c_citations LIMIT 1").fetchone() is None

    def enriched(self, source: str) -> set[str]:
        """Ids of the papers that have a row for ``source``."""
        return {pid for (pid,) in self.db.execute("SELECT pid FROM c_citations WHERE source = ?", (source,))}

    def rows(self, source: str, pids: Iterable[str]) -> dict[str, Citations]:
        """The rows of these papers for ``source``."""
        query = "SELECT pid, method, score, work, refs FROM c_citations WHERE source = ? AND pid IN ({marks})"
        return {
            pid: Citations(pid, source, method, score, work, tuple(json.loads(refs)))
            for pid, method, score, work, refs in select_in(self.db, query, pids, source)
        }

    def works(self, ids: Iterable[str]) -> dict[str, Work]:
        """The known cited works among ``ids``."""
        query = "SELECT id, title, year FROM c_works WHERE id IN ({marks})"
        return {wid: Work(wid, title, year) for wid, title, year in select_in(self.db, query, ids)}

    def set_external(self, source: str) -> None:
        """Remember that ``source``'s cited works outside the graph are wanted as ``Work`` nodes."""
        self.db.execute("INSERT OR IGNORE INTO c_external (source) VALUES (?)", (source,))

    def external(self, source: str) -> bool:
        """Whether :meth:`set_external` was called for ``source``."""
        return self.db.execute("SELECT 1 FROM c_external WHERE source = ?", (source,)).fetchone() is not None

    def methods(self, source: str) -> dict[str, int]:
        """How many papers were matched each way at ``source``."""
        query = "SELECT method, count(*) FROM c_citations WHERE source = ? GROUP BY method ORDER BY method"
        return dict(self.db.execute(query, (source,)))
