"""Queries about many ids at once: SQLite's ``IN (...)`` list, asked in chunks of parameters.

SQLite caps the parameters of one statement, and long lists plan worse, so a query over
thousands of ids is run once per chunk of :data:`CHUNK` (sorted, de-duplicated) ids.

>>> import sqlite3
>>> db = sqlite3.connect(":memory:")
>>> _ = db.execute("CREATE TABLE t (id TEXT, kind TEXT)")
>>> _ = db.executemany("INSERT INTO t VALUES (?, ?)", [(str(i), "a" if i % 2 else "b") for i in range(1200)])
>>> rows = select_in(db, "SELECT id FROM t WHERE kind = ? AND id IN ({marks})", map(str, range(1000)), "a")
>>> len(list(rows))
500
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["CHUNK", "chunks", "run_in", "run_script", "select_in"]

CHUNK = 500
"""Ids per statement."""


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    """The distinct ``values``, sorted, :data:`CHUNK` at a time."""
    ordered = sorted(set(values))
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


def select_in(db: sqlite3.Connection, query: str, values: Iterable[str], *first: Any) -> Iterator[Any]:
    """The rows of ``query`` for all ``values``: a fixed statement whose ``{marks}`` is the ``IN``
    list; ``first`` are the parameters that come before it."""
    for chunk in chunks(values):
        yield from db.execute(query.format(marks=",".join("?" * len(chunk))), [*first, *chunk])


def run_in(db: sqlite3.Connection, statement: str, values: Iterable[str], *first: Any) -> None:
    """Run a statement that returns no rows (a ``DELETE``, say) for all ``values``, as
    :func:`select_in` does."""
    for _ in select_in(db, statement, values, *first):
        pass


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run the statements of ``script`` one by one, inside the open transaction if there is one
    (``executescript`` would COMMIT it first, so opening a store mid-build committed half a build).

    >>> db = sqlite3.connect(":memory:")
    >>> _ = db.execute("CREATE TABLE t (x)"); _ = db.execute("INSERT INTO t VALUES (1)")
    >>> run_script(db, "CREATE TABLE u (y); CREATE TRIGGER g AFTER INSERT ON u BEGIN SELECT ';'; END;")
    >>> db.rollback(); db.execute("SELECT count(*) FROM t").fetchone()  # the insert was not committed
    (0,)
    """
    statement = ""
    for piece in script.split(";"):  # complete_statement knows trigger bodies and quoted ";"
        statement += piece + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \t\n;"):
                db.execute(statement)
            statement = ""
