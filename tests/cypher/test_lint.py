"""Every statement in cypher/ and every statement the loader sends passes Neo4j's own linter.

The linter takes seconds to start, so all statements are linted in one call per session.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.backends.embedded import NODE_COLUMNS, REL_COLUMNS
from kg.backends.neo4j_statements import load_statements
from kg.cypher.run import list_queries, schema_statements
from kg.schema import LABELS, REL_TYPES

PROPERTY_KEYS = sorted(
    {"id", "rows", "row", "props", "source", "target"}
    | {k for cols in NODE_COLUMNS.values() for k in cols}
    | {k for cols in REL_COLUMNS.values() for k in cols}
)
SCHEMA: dict[str, Any] = {
    "labels": list(LABELS),
    "relationshipTypes": list(REL_TYPES),
    "propertyKeys": PROPERTY_KEYS,
}
# Statements the linter must reject (to show the check is real), and one it must only warn about.
BAD = {
    "bad:typo": "MATCH (p:Paper) RETRUN p",
    "bad:label": "MATCH (p:Papr) RETURN p",
    "bad:rel": "MATCH (p:Paper)-[:CITEZ]->(q) RETURN q",
    "ok:param": "RETURN $x AS x",
}


def _statements() -> dict[str, str]:
    out = {f"query:{q.name}": q.text for q in list_queries()}
    out |= {f"schema:{i}": s for i, s in enumerate(schema_statements())}
    out |= {f"loader:{k}": v for k, v in load_statements().items()}
    return out | BAD


@pytest.fixture(scope="module")
def problems(cypher_linter: Any) -> dict[str, list[str]]:
    """Non-ignorable diagnostics by statement name (only 'Parameter $x is not defined' is ignorable)."""
    found: dict[str, list[str]] = {}
    for d in cypher_linter(_statements(), SCHEMA):
        if not d["ignorable"]:
            found.setdefault(d["name"], []).append(f"{d['line'] + 1}:{d['character']}: {d['message']}")
    return found


def test_shipped_queries_and_schema_lint_clean(problems: dict[str, list[str]]) -> None:
    names = [k for k in _statements() if k.startswith(("query:", "schema:"))]
    assert len(names) >= 12 + 9
    assert {k: problems[k] for k in names if k in problems} == {}


def test_loader_statements_lint_clean(problems: dict[str, list[str]]) -> None:
    names = [k for k in _statements() if k.startswith("loader:")]
    assert "loader:rel:USES:Paper:Method" in names and "loader:node:Paper" in names
    assert {k: problems[k] for k in names if k in problems} == {}


def test_linter_catches_errors(problems: dict[str, list[str]]) -> None:
    """The check is real: a typo, an unknown label and an unknown relationship type are reported."""
    assert {k for k in problems if k.startswith(("bad:", "ok:"))} == {"bad:typo", "bad:label", "bad:rel"}
