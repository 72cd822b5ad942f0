"""The Cypher text and the ``$rows`` of a batched, idempotent load into Neo4j (or any Bolt server).

No driver here: :mod:`kg.backends.neo4j` sends these. Labels, types and property keys come only from
:mod:`kg.schema` (checked against its allow-list); values only ever travel as ``$rows``.


The loader is handed a driver. It runs ``cypher/schema.cypher`` first, then the nodes per
label, then the relationships per (type, from label, to label), in batches, each batch in a
managed transaction (``execute_write``, so transient errors are retried). Loading twice
leaves identical counts. Labels, types and property keys in the statements come only from
:mod:`kg.schema` and its property lists; values only as ``$rows``.

Each batch first runs a *create* statement that creates, with all their properties at once,
only the rows not on the server yet and returns how many it created; only when that is fewer
than the batch (a reload, or a rerun after a crash) does the *update* statement (``MERGE`` +
``SET``) follow in the same transaction. Creating a record whole instead of creating it and
then growing it with ``SET`` halves the server's work on a first load (measured on ArcadeDB:
docs/neo4j.md). Rows carrying a property outside the schema's lists take the general
``MERGE … SET n += row.props`` statement instead, so nothing is ever dropped.

>>> print(node_statement("Dataset"))
UNWIND $rows AS row MERGE (n:Dataset {id: row.id}) SET n += row.props
>>> print(create_nodes_statement("Author"))
UNWIND $rows AS row OPTIONAL MATCH (n:Author {id: row.id}) WITH row, n WHERE n IS NULL \
CREATE (:Author {id: row.id, name: row.props.name}) RETURN count(*) AS created
>>> print(update_nodes_statement("Author"))
UNWIND $rows AS row MERGE (n:Author {id: row.id}) SET n.name = row.props.name
>>> text = rel_statement("USES", "Paper", "Method")
>>> text.startswith("UNWIND $rows AS row MATCH (a:Paper {id: row.source}) MATCH (b:Method {id: row.target})")
True
>>> text.endswith("MERGE (a)-[r:USES]->(b) SET r += row.props")
True
>>> print(create_rels_statement("CITES", "Paper", "Paper").split(") ", 2)[2])
OPTIONAL MATCH (a)-[x:CITES]->(b) WITH a, b, row, x WHERE x IS NULL CREATE (a)-[:CITES]->(b) \
RETURN count(*) AS created
>>> node_rows(_tiny(), "Paper")
[{'id': 'p1', 'props': {'aliases': ['a', 'b'], 'title': "It's"}}]
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.errors import StoreError
from kg.schema import (
    EDGE_PROPERTIES,
    LABELS,
    NODE_PROPERTIES,
    REL_ENDPOINTS,
    REL_TYPES,
    check_label,
    check_rel_type,
)

__all__ = [
    "COUNT_NODES",
    "COUNT_RELS",
    "LoadReport",
    "batches",
    "create_nodes_statement",
    "create_rels_statement",
    "hub_key",
    "load_statements",
    "node_rows",
    "node_statement",
    "partition",
    "probe_statement",
    "rel_rows",
    "rel_statement",
    "rows_fit",
    "update_nodes_statement",
    "update_rels_statement",
    "wipe_statement",
]

COUNT_NODES = "MATCH (n) RETURN count(n) AS n"
COUNT_RELS = "MATCH ()-[r]->() RETURN count(r) AS n"


def node_statement(label: str) -> str:
    """The MERGE statement for nodes of ``label`` (checked against the allow-list)."""
    return f"UNWIND $rows AS row MERGE (n:{check_label(label)} {{id: row.id}}) SET n += row.props"


def rel_statement(rel_type: str, from_label: str, to_label: str) -> str:
    """The MERGE statement for ``rel_type`` relationships between two labels (all checked)."""
    return (
        _match_ends(from_label, to_label)
        + f"MERGE (a)-[r:{check_rel_type(rel_type)}]->(b) SET r += row.props"
    )


_KEY = re.compile(r"[a-z_][a-z0-9_]*\Z")


def _checked_keys(keys: Sequence[str]) -> tuple[str, ...]:
    """Property keys from :mod:`kg.schema`'s lists, checked to be plain identifiers for Cypher."""
    for key in keys:
        if not _KEY.match(key):
            raise StoreError(f"not a plain property key: {key!r}")
    return tuple(keys)


def _prop_map(keys: Sequence[str]) -> str:
    return ", ".join(f"{k}: row.props.{k}" for k in _checked_keys(keys))


def _sets(var: str, keys: Sequence[str]) -> str:
    return ", ".join(f"{var}.{k} = row.props.{k}" for k in _checked_keys(keys))


def create_nodes_statement(label: str, *, fresh: bool = False) -> str:
    """Create, whole, the ``label`` nodes of ``$rows`` not on the server yet; returns ``created``.

    Every property of :data:`kg.schema.NODE_PROPERTIES` is set from ``row.props`` (a missing one
    is null, which Cypher does not store). ``fresh``: for a load into a database that holds no kg
    node, without the per-row check that the node is not there yet.
    """
    label = check_label(label)
    props = "".join(f", {p}" for p in [_prop_map(NODE_PROPERTIES[label])] if p)
    guard = "" if fresh else f"OPTIONAL MATCH (n:{label} {{id: row.id}}) WITH row, n WHERE n IS NULL "
    return f"UNWIND $rows AS row {guard}CREATE (:{label} {{id: row.id{props}}}) RETURN count(*) AS created"


def update_nodes_statement(label: str) -> str:
    """MERGE the ``label`` nodes of ``$rows`` and set each listed property (absent ones are removed)."""
    label = check_label(label)
    sets = _sets("n", NODE_PROPERTIES[label])
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}})" + (f" SET {sets}" if sets else "")


def _match_ends(from_label: str, to_label: str) -> str:
    a, b = check_label(from_label), check_label(to_label)
    return f"UNWIND $rows AS row MATCH (a:{a} {{id: row.source}}) MATCH (b:{b} {{id: row.target}}) "


def create_rels_statement(rel_type: str, from_label: str, to_label: str, *, fresh: bool = False) -> str:
    """Create, whole, the ``rel_type`` relationships of ``$rows`` not on the server; returns ``created``.

    ``fresh``: for a load into a database that held no kg node when it began (so no relationship
    between its nodes can exist), without the per-row check."""
    r = check_rel_type(rel_type)
    props = _prop_map(EDGE_PROPERTIES[r])
    props = f" {{{props}}}" if props else ""
    guard = "" if fresh else f"OPTIONAL MATCH (a)-[x:{r}]->(b) WITH a, b, row, x WHERE x IS NULL "
    return (
        _match_ends(from_label, to_label) + f"{guard}CREATE (a)-[:{r}{props}]->(b) RETURN count(*) AS created"
    )


def update_rels_statement(rel_type: str, from_label: str, to_label: str) -> str:
    """MERGE the ``rel_type`` relationships of ``$rows`` and set each listed property."""
    r = check_rel_type(rel_type)
    sets = _sets("r", EDGE_PROPERTIES[r])
    return _match_ends(from_label, to_label) + f"MERGE (a)-[r:{r}]->(b)" + (f" SET {sets}" if sets else "")


def wipe_statement(label: str) -> str:
    """Delete up to ``$limit`` nodes of ``label`` with their relationships; returns ``deleted``."""
    return f"MATCH (n:{check_label(label)}) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted"


def probe_statement(label: str) -> str:
    """Whether any ``label`` node exists (one row, or none)."""
    return f"MATCH (n:{check_label(label)}) RETURN 1 AS found LIMIT 1"


def load_statements() -> dict[str, str]:
    """Every statement the loader can send, by name.

    Names: ``schema:N``, ``node:Label``, ``create:Label``, ``fresh:Label``, ``update:Label``,
    ``probe:Label``, ``rel:TYPE:From:To``, ``create:TYPE:From:To``, ``fresh:TYPE:From:To``,
    ``update:TYPE:From:To``, ``wipe:Label``, ``count:nodes|rels``.
    """
    from kg.cypher.run import schema_statements

    out = {f"schema:{i}": s for i, s in enumerate(schema_statements())}
    out |= {f"node:{label}": node_statement(label) for label in LABELS}
    out |= {f"create:{label}": create_nodes_statement(label) for label in LABELS}
    out |= {f"fresh:{label}": create_nodes_statement(label, fresh=True) for label in LABELS}
    out |= {f"probe:{label}": probe_statement(label) for label in LABELS}
    out |= {f"update:{label}": update_nodes_statement(label) for label in LABELS}
    for rel in REL_TYPES:
        for a, b in REL_ENDPOINTS[rel]:
            out[f"rel:{rel}:{a}:{b}"] = rel_statement(rel, a, b)
            out[f"create:{rel}:{a}:{b}"] = create_rels_statement(rel, a, b)
            out[f"fresh:{rel}:{a}:{b}"] = create_rels_statement(rel, a, b, fresh=True)
            out[f"update:{rel}:{a}:{b}"] = update_rels_statement(rel, a, b)
    out |= {f"wipe:{label}": wipe_statement(label) for label in LABELS}
    out["count:nodes"] = COUNT_NODES
    out["count:rels"] = COUNT_RELS
    return out


def _props(attrs: Mapping[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    """Properties to SET: nulls dropped (Neo4j stores no nulls), lists kept as lists, sorted keys."""
    return {
        k: list(v) if isinstance(v, list | tuple) else v
        for k, v in sorted(attrs.items())
        if k not in drop and v is not None
    }


def node_rows(g: nx.MultiDiGraph, label: str) -> list[dict[str, Any]]:
    """The ``$rows`` for :func:`node_statement`: ``{"id", "props"}`` per node of ``label``, sorted by id."""
    mine = [(str(n), a) for n, a in g.nodes(data=True) if a.get("label") == label]
    return [{"id": n, "props": _props(a, ("id", "label"))} for n, a in sorted(mine, key=lambda item: item[0])]


def rel_rows(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """The ``$rows`` for :func:`rel_statement`, grouped by (type, from label, to label), sorted."""
    labels = nx.get_node_attributes(g, "label")
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for src, dst, key, attrs in g.edges(keys=True, data=True):
        rel = str(attrs.get("type", key))
        groups[(rel, labels[src], labels[dst])].append(
            {"source": str(src), "target": str(dst), "props": _props(attrs, ("type",))}
        )
    return {k: sorted(v, key=lambda r: (r["source"], r["target"])) for k, v in sorted(groups.items())}


def batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """``rows`` in slices of ``size``."""
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def rows_fit(rows: list[dict[str, Any]], keys: Sequence[str]) -> bool:
    """Whether every row's properties are among ``keys`` (so the whole-record statements lose nothing)."""
    allowed = set(keys)
    return all(allowed.issuperset(row["props"]) for row in rows)


def partition(rows: list[dict[str, Any]], key: str, parts: int) -> list[list[dict[str, Any]]]:
    """Split ``rows`` into ``parts`` by a stable hash of ``row[key]``: equal keys land in the same part."""
    if parts == 1:
        return [rows]
    out: list[list[dict[str, Any]]] = [[] for _ in range(parts)]
    for row in rows:
        out[zlib.crc32(str(row[key]).encode()) % parts].append(row)
    return out


def hub_key(rows: list[dict[str, Any]]) -> str:
    """The endpoint shared by more rows (fewer distinct values): rows sharing it go to one worker."""
    return "target" if len({r["target"] for r in rows}) <= len({r["source"] for r in rows}) else "source"


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load wrote: rows sent per statement kind, batches, seconds, and the counts found afterwards."""

    nodes: dict[str, int]
    relationships: dict[str, int]
    batches: int
    seconds: float
    wiped: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    fresh: bool = False  # the database held no kg node: created without per-row existence checks

    @property
    def rows(self) -> int:
        """Total rows sent."""
        return sum(self.nodes.values()) + sum(self.relationships.values())


def _tiny() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("p1", label="Paper", title="It's", aliases=("a", "b"), date=None)
    return g
