"""Records a full build writes beside its serial update: a forked child fills a scratch store, the
build's store copies the rows in.

A full build's update runs on one core (resolution, then every record in order), while the
machine has two. The records that need no resolution — a paper's node, its ``WROTE`` and ``CITES``
edges, the authors' nodes (:func:`kg.build.update.update_graph`) — are the same whatever the
clustering says, so a forked child (it inherits the papers: nothing is pickled) writes them into
a scratch SQLite file while the parent resolves and writes the mention edges. The parent then
copies the rows in with one ``INSERT … SELECT`` per part (SQLite's own loop, no Python per row),
at the points where it wrote those records itself before, so the store (and the graph file made
from it) holds the same rows.

The child writes nothing the parent relies on until it has exited cleanly; if it fails (or
``fork`` is not available), the parent writes the same scratch store itself. The build's
transaction and its crash safety are the parent's alone: the scratch file lives in a temporary
directory beside the build cache and is never part of it.

>>> import sqlite3
>>> from kg.build.store import GraphStore
>>> def write(store: GraphStore) -> None:
...     store.put_nodes([("p1", "Paper", {"label": "Paper"})])
>>> main = GraphStore(sqlite3.connect(":memory:"))
>>> with SideStore(write, fork=False) as side:  # no child: written here when first copied
...     side.copy_nodes(main.db, "Paper")
1
>>> main.summary().to_dict()
{'nodes': {'Paper': 1}, 'edges': {}}
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from types import TracebackType

from kg.build.store import GraphStore

__all__ = ["SideStore"]

_SCHEMA = "kg_side"  # the scratch store's name while attached to the build's connection
_PREFIX = ".kg-side-"  # the scratch directory's name


def _fill(write: Callable[[GraphStore], object], path: str) -> None:
    """Write a fresh scratch store at ``path`` (a scratch file: no journal, no syncs)."""
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -131072")  # KiB: 128 MB
        store = GraphStore(db)
        store.defer_indexes()  # nothing reads the scratch store's indexes
        write(store)
        db.commit()
    finally:
        db.close()


def _child(write: Callable[[GraphStore], object], path: str) -> None:
    """The forked child's entry: :func:`_fill`, apart so that a test can make the child fail while the
    parent's own :func:`_fill` still works (``tests/graph/test_side_store.py``)."""
    _fill(write, path)


class SideStore:
    """``write(store)`` run on a scratch store, in a forked child when ``fork`` (else here); its rows
    are copied into another connection by :meth:`copy_edges` / :meth:`copy_nodes`. The scratch file is
    made in a temporary directory beside the file ``near`` (else the system's). Use as a context manager:
    leaving it stops the child if it still runs and deletes the scratch file."""

    def __init__(self, write: Callable[[GraphStore], object], *, fork: bool, near: str = "") -> None:
        self._write = write
        # beside the build's own database (``near``, a file) when given: the disk that holds it has room
        self._dir = tempfile.mkdtemp(prefix=_PREFIX, dir=os.path.dirname(near) or None)
        self.path = os.path.join(self._dir, "side.sqlite")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._ready = False
        self._attached: sqlite3.Connection | None = None
        if fork and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self._process = context.Process(target=_child, args=(write, self.path), daemon=True)
            self._process.start()

    @staticmethod
    def sweep(near: str) -> int:
        """Delete the scratch directories beside the file ``near`` (left by a build killed with SIGKILL,
        which runs no cleanup); returns how many. Only for a caller that knows no other build uses them."""
        parent = os.path.dirname(near) or "."
        stale = [e.path for e in os.scandir(parent) if e.is_dir() and e.name.startswith(_PREFIX)]
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
        return len(stale)

    def __enter__(self) -> SideStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _attach(self, db: sqlite3.Connection) -> None:
        """Wait for the scratch store (writing it here if the child failed) and attach it to ``db``."""
        if not self._ready:
            if self._process is not None:
                self._process.join()
                failed = self._process.exitcode != 0
                self._process = None
            else:
                failed = True
            if failed:  # no child, or it died: the same rows, written here
                _fill(self._write, self.path)
            self._ready = True
        if self._attached is not db:
            db.execute(f"ATTACH DATABASE ? AS {_SCHEMA}", (self.path,))
            self._attached = db

    def copy_edges(self, db: sqlite3.Connection) -> None:
        """Insert (or replace) every edge of the scratch store into ``db``'s ``g_edges``."""
        self._attach(db)
        db.execute(
            "INSERT OR REPLACE INTO main.g_edges (src, typ, dst, owner, line, texts, date)"
            f" SELECT src, typ, dst, owner, line, texts, date FROM {_SCHEMA}.g_edges ORDER BY src, typ, dst"
        )

    def copy_nodes(self, db: sqlite3.Connection, label: str) -> int:
        """Insert (or replace) the scratch store's nodes with ``label`` into ``db``'s ``g_nodes``, by id;
        returns how many."""
        self._attach(db)
        cursor = db.execute(
            "INSERT OR REPLACE INTO main.g_nodes (id, label, line)"
            f" SELECT id, label, line FROM {_SCHEMA}.g_nodes WHERE label = ? ORDER BY id",
            (label,),
        )
        return cursor.rowcount

    def close(self) -> None:
        """Stop the child if it still runs, detach the scratch store and delete it."""
        if self._process is not None:
            self._process.terminate()
            self._process.join()
            self._process = None
        if self._attached is not None:
            # inside the build's transaction SQLite keeps it attached until the commit: then it stays
            # attached to a deleted file until the connection ends (nothing reads it)
            with contextlib.suppress(sqlite3.OperationalError):
                self._attached.execute(f"DETACH DATABASE {_SCHEMA}")
            self._attached = None
        shutil.rmtree(self._dir, ignore_errors=True)
