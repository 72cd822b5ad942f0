"""Tables of a kg graph: plain CSV, and the header + data CSVs and command of ``neo4j-admin database import``.

See :mod:`kg.export` for what each format holds.
"""

from __future__ import annotations

import csv
import json
import os
import shlex
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GraphError
from kg.schema import check_label, check_rel_type

__all__ = ["COMPOSE_IMPORT", "neo4j_type", "write_csv", "write_neo4j_admin"]

_ARRAY_DELIMITERS = (";", "|", "\u001f")


# ---------------------------------------------------------------------------------------------
# CSV


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_rows(path: Path, header: list[str] | None, rows: Iterable[list[Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        if header is not None:
            w.writerow(header)
        w.writerows(rows)
    return path


def write_csv(g: nx.MultiDiGraph, directory: str | os.PathLike[str]) -> tuple[Path, ...]:
    """Write ``nodes.csv`` and ``edges.csv`` (sorted; lists as JSON, nulls empty) into ``directory``."""
    out = Path(directory)
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d} - {"label"})
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d} - {"type"})
    nodes = (
        [n, d.get("label", ""), *(_cell(d.get(k)) for k in node_keys)]
        for n, d in sorted(g.nodes(data=True), key=lambda item: item[0])
    )
    edges = (
        [u, v, k, *(_cell(d.get(key)) for key in edge_keys)]
        for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    )
    return (
        _write_rows(out / "nodes.csv", ["id", "label", *node_keys], nodes),
        _write_rows(out / "edges.csv", ["source", "target", "type", *edge_keys], edges),
    )


# ---------------------------------------------------------------------------------------------
# neo4j-admin import


def neo4j_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type for a column's values ('' = string).

    >>> neo4j_type([1, None, 3]), neo4j_type([0.5, 1]), neo4j_type([["a"]]), neo4j_type(["x", None])
    (':int', ':double', ':string[]', '')
    """
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return ":boolean"
    if kinds and kinds <= {int}:
        return ":int"
    if kinds and kinds <= {int, float}:
        return ":double"
    if kinds == {list}:
        return ":string[]"
    return ""


def _array_delimiter(g: nx.MultiDiGraph) -> str:
    items = {
        str(x)
        for attrs in (*(d for _, d in g.nodes(data=True)), *(d for _, _, d in g.edges(data=True)))
        for v in attrs.values()
        if isinstance(v, list)
        for x in v
    }
    for delim in _ARRAY_DELIMITERS:
        if not any(delim in x for x in items):
            return delim
    raise GraphError("every array delimiter occurs in some list value; cannot export for neo4j-admin")


def _neo4j_cell(value: Any, delim: str) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return delim.join(str(x) for x in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def _groups(items: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for key, item in items:
        out.setdefault(key, []).append(item)
    return out


def _typed_header(fixed: list[str], rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    keys = sorted({k for d in rows for k in d})
    return keys, [*fixed, *(f"{k}{neo4j_type(d.get(k) for d in rows)}" for k in keys)]


def write_neo4j_admin(
    g: nx.MultiDiGraph, directory: str | os.PathLike[str], *, database: str = "neo4j"
) -> tuple[tuple[Path, ...], str]:
    """Write the neo4j-admin CSV set into ``directory``; returns the files and the import command.

    Per label ``<Label>_header.csv`` (``id:ID,:LABEL,<prop>[:type]…``) and ``<Label>.csv``; per
    relationship type ``<TYPE>_header.csv`` (``:START_ID,:END_ID,:TYPE,<prop>[:type]…``) and
    ``<TYPE>.csv``. Arrays use ``;`` unless a value contains it (then ``|``; the command says which).
    """
    out = Path(directory)
    delim = _array_delimiter(g)
    files: list[Path] = []
    args: list[str] = []
    by_label = _groups(
        (check_label(d["label"]), (n, d)) for n, d in sorted(g.nodes(data=True), key=lambda x: x[0])
    )
    for label, members in sorted(by_label.items()):
        props = [{k: v for k, v in d.items() if k != "label"} for _, d in members]
        keys, header = _typed_header(["id:ID", ":LABEL"], props)
        rows = (
            [n, label, *(_neo4j_cell(p.get(k), delim) for k in keys)]
            for (n, _), p in zip(members, props, strict=True)
        )
        pair = (
            _write_rows(out / f"{label}_header.csv", header, []),
            _write_rows(out / f"{label}.csv", None, rows),
        )
        files.extend(pair)
        args.append(f"--nodes={label}={_q(pair[0])},{_q(pair[1])}")
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    by_type = _groups((check_rel_type(k), (u, v, d)) for u, v, k, d in edges)
    for rel, members in sorted(by_type.items()):
        props = [{k: v for k, v in d.items() if k != "type"} for _, _, d in members]
        keys, header = _typed_header([":START_ID", ":END_ID", ":TYPE"], props)
        rows = (
            [u, v, rel, *(_neo4j_cell(p.get(k), delim) for k in keys)]
            for (u, v, _), p in zip(members, props, strict=True)
        )
        pair = (
            _write_rows(out / f"{rel}_header.csv", header, []),
            _write_rows(out / f"{rel}.csv", None, rows),
        )
        files.extend(pair)
        args.append(f"--relationships={rel}={_q(pair[0])},{_q(pair[1])}")
    options = [
        f"--array-delimiter={shlex.quote(delim if delim != chr(31) else 'U+001F')}",
        "--multiline-fields=true",
    ]
    command = " ".join(["neo4j-admin database import full", shlex.quote(database), *options, *args])
    files.append(_write_command(out / "import-command.sh", command))
    return tuple(files), command


def _q(path: Path) -> str:
    """A file of the import set, named relative to the set's directory (where the command runs)."""
    return shlex.quote(path.name)


COMPOSE_IMPORT = (
    "KG_IMPORT={dir} docker compose -f docker/compose.yaml run --rm --no-deps neo4j"
    " sh /import/import-command.sh"
)
"""How ``docker/compose.yaml``'s container runs the import set in ``{dir}`` (mounted at ``/import``)."""


def _write_command(path: Path, command: str) -> Path:
    lines: Iterator[str] = iter(
        [
            "#!/bin/sh",
            "# Import this graph into an empty Neo4j 5 database (the database must not be running).",
            "# The file paths are relative to this folder; the script runs from here. With kg's container",
            "# (docker/compose.yaml mounts $KG_IMPORT at /import), from the repository root, before `up`:",
            "#   " + COMPOSE_IMPORT.format(dir="<this folder>"),
            "# With a local Neo4j: sh import-command.sh (neo4j-admin on PATH, or set NEO4J_ADMIN).",
            "# Then start Neo4j and create the constraints in cypher/schema.cypher (docs/neo4j.md).",
            'cd "$(dirname "$0")" || exit 1',
            'NEO4J_ADMIN="${NEO4J_ADMIN:-neo4j-admin}"',
            "exec " + command.replace("neo4j-admin ", '"$NEO4J_ADMIN" ', 1),
        ]
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
