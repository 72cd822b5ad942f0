"""The schema lives in kg/schema.py; docs/schema.md and every consumer agree with it."""

from __future__ import annotations

import re
from pathlib import Path

from kg.backends.embedded import NODE_COLUMNS, REL_COLUMNS
from kg.schema import (
    EDGE_PROPERTIES,
    ENTITY_LABELS,
    LABELS,
    NODE_PROPERTIES,
    PROPERTY_KINDS,
    REL_ENDPOINTS,
    REL_TYPES,
    STYLE,
)

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def _table(heading: str) -> list[list[str]]:
    text = DOC.read_text(encoding="utf-8").split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in text.splitlines() if ln.startswith("|")][2:]  # past the header and its rule
    return [[c.strip() for c in row.strip("|").split("|")] for row in rows]


def _names(cell: str) -> list[str]:
    """Backticked names outside parentheses: `a` (`b` or c), `d` -> [a, d]."""
    return re.findall(r"`([^`]+)`", re.sub(r"\([^()]*\)", "", cell))


def test_node_table_matches_the_schema() -> None:
    documented: dict[str, tuple[str, ...]] = {}
    for labels, _id, props in _table("Nodes"):
        for label in _names(labels):
            documented[label] = tuple(_names(props))
    assert documented == NODE_PROPERTIES


def test_relationship_table_matches_the_schema() -> None:
    props: dict[str, tuple[str, ...]] = {}
    ends: dict[str, tuple[tuple[str, str], ...]] = {}
    for rel_cell, ends_cell, props_cell in _table("Relationships"):
        (rel,) = _names(rel_cell)
        start, end = (s.strip() for s in ends_cell.split("→"))
        targets = ENTITY_LABELS if end == "entity" else tuple(t.strip() for t in end.split(" or "))
        ends[rel] = tuple((start, t) for t in targets)
        same = re.match(r"same as `(\w+)`", props_cell)
        props[rel] = props[same.group(1)] if same else tuple(_names(props_cell))
    assert props == EDGE_PROPERTIES
    assert ends == REL_ENDPOINTS
    assert tuple(sorted(props)) == tuple(sorted(REL_TYPES))


def test_every_label_has_a_style_and_every_kind_a_property() -> None:
    assert set(STYLE) == set(LABELS)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour, _shape in STYLE.values())
    every = {p for ps in [*NODE_PROPERTIES.values(), *EDGE_PROPERTIES.values()] for p in ps}
    assert set(PROPERTY_KINDS) <= every


def test_embedded_tables_come_from_the_schema() -> None:
    assert {label: tuple(cols) for label, cols in NODE_COLUMNS.items()} == NODE_PROPERTIES
    assert {rel: tuple(cols) for rel, cols in REL_COLUMNS.items()} == EDGE_PROPERTIES
    assert NODE_COLUMNS["Paper"]["year"] == "INT64" and REL_COLUMNS["USES"]["confidence"] == "DOUBLE"
