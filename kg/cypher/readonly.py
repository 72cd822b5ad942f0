"""The read-only rule of ``kg query``: which Cypher statements it refuses before any engine sees them.

``kg query`` reads and only reads; writes are the job of ``kg build`` and ``kg load``. A
statement is refused when, outside string literals, comments and backquoted names, it
holds a clause that writes the graph (``CREATE``, ``MERGE``, ``SET``, ``DELETE``,
``REMOVE``, ``DROP``, ``FOREACH`` …), touches files or the catalogue (``COPY``,
``LOAD``, ``EXPORT``, ``IMPORT``, ``ATTACH``, ``INSTALL``, ``CHECKPOINT`` …), calls a
procedure (``CALL name(…)``; a ``CALL { … }`` subquery is fine), or is more than one
statement. Property names, labels and map keys that happen to be keywords
(``n.set``, ``:Create``, ``{delete: 1}``) are not clauses.

>>> write_clause("MATCH (p:Paper) WHERE p.title CONTAINS 'CREATE' RETURN p.set AS s, {delete: 1} AS m")
>>> write_clause("MATCH (n) DETACH DELETE n")
'DETACH'
>>> write_clause("COPY (MATCH (p:Paper) RETURN p.id) TO '/tmp/x.csv'")
'COPY'
>>> write_clause("CALL db.labels()"), write_clause("MATCH (n) CALL { WITH n RETURN 1 AS x } RETURN x")
('CALL', None)
>>> check_read_only("RETURN 1; RETURN 2")
Traceback (most recent call last):
...
kg.errors.QueryError: kg query runs one read-only statement; this file holds more than one
"""

from __future__ import annotations

import re

from kg.errors import QueryError

__all__ = ["REFUSED", "check_read_only", "write_clause"]

#: Clauses ``kg query`` refuses: graph writes, file I/O, catalogue and transaction statements.
REFUSED = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "FOREACH",
        "COPY", "LOAD", "EXPORT", "IMPORT", "ATTACH", "INSTALL", "CHECKPOINT", "UPDATE",
        "BEGIN", "COMMIT", "ROLLBACK", "TRUNCATE", "GRANT", "REVOKE", "DENY", "RENAME",
        "START", "STOP", "TERMINATE",
    }
)  # fmt: skip
_NOISE = re.compile(
    r"//[^\n]*|/\*.*?(?:\*/|$)|'(?:[^'\\]|\\.)*(?:'|$)|\"(?:[^\"\\]|\\.)*(?:\"|$)|`[^`]*(?:`|$)", re.S
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _code(text: str) -> str:
    """``text`` with comments, strings and backquoted names blanked (so their words are not clauses)."""
    return _NOISE.sub(lambda m: " " * len(m.group()), text)


def write_clause(text: str) -> str | None:
    """The first clause of ``text`` that ``kg query`` refuses (upper case), or ``None`` when it only reads."""
    code = _code(text)
    for m in _WORD.finditer(code):
        word = m.group().upper()
        before = code[: m.start()].rstrip()[-1:]
        after = code[m.end() :].lstrip()[:1]
        if before in (".", ":", "$") or after == ":":
            continue  # a property, label, parameter or map key
        if word in REFUSED or (word == "CALL" and after != "{"):
            return word
    return None


def check_read_only(text: str) -> None:
    """Raise a one-line :class:`QueryError`, before any engine runs, unless ``text`` only reads."""
    if ";" in _code(text).strip().rstrip(";"):
        raise QueryError("kg query runs one read-only statement; this file holds more than one")
    clause = write_clause(text)
    if clause is not None:
        raise QueryError(
            f"kg query only reads: {clause} is refused (it writes the graph, files or the catalogue)",
            hint="build with `kg build`, load a server with `kg load`; queries here only read",
        )
