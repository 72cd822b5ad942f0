"""Export a kg graph for other tools: GraphML, GEXF, node-link JSON, CSV, and the neo4j-admin import set.

- ``graphml`` (Cytoscape, Gephi, yEd) and ``gexf`` (Gephi): list values are JSON-encoded
  strings and null values are left out; :func:`read_graphml` / :func:`read_gexf` undo both,
  giving back the graph exactly. In both the node ``label`` is the paper title / entity name
  (what Gephi and Cytoscape show), kg's label (Paper, Dataset …) is the attribute ``kg_label``,
  and every edge has its own id (in sorted edge order). GraphML keeps the
  relationship type as ``type`` (key ids ``d0`` … so a node and an edge attribute of the same
  name never share an id); GEXF names it ``kg_type``, gives mention offsets as ``char_start`` /
  ``char_end`` (it reserves ``start`` / ``end`` for time) and each node a ``viz`` colour (the
  explorer's, per label) and size (grows with the degree).
- ``json``: the graph file itself (node-link JSON, see :func:`kg.graph.io.save_graph`).
- ``csv``: a directory with ``nodes.csv`` (``id``, ``label``, then every property) and
  ``edges.csv`` (``source``, ``target``, ``type``, then every property); lists as JSON.
- ``neo4j-admin``: a directory with one header + data CSV pair per label and per relationship
  type, for ``neo4j-admin database import full``; :attr:`ExportResult.command` is the command,
  with file paths relative to that directory (run it there: ``import-command.sh`` does, and
  ``docker/compose.yaml`` mounts the directory at ``/import``; see docs/neo4j.md). Ids live in
  one global id space (``id:ID``; kg ids are unique across labels), so relationship files need
  no per-label id space.

>>> import tempfile, pathlib
>>> from kg.graph.demo import demo_graph
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> g = demo_graph()
>>> _ = export_graph(g, "graphml", out / "g.graphml")
>>> back = read_graphml(out / "g.graphml")
>>> dict(back.nodes(data=True)) == dict(g.nodes(data=True))
True
>>> r = export_graph(g, "neo4j-admin", out / "neo4j")
>>> (out / "neo4j" / "Paper_header.csv").read_text().split(",")[:4]
['id:ID', ':LABEL', 'abstract', 'arxiv_id']
>>> r.command.split(" --")[0]
'neo4j-admin database import full neo4j'
"""

from __future__ import annotations

import csv
import html
import json
import os
import shlex
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from kg.errors import ConfigError, GraphError
from kg.graph.io import save_graph
from kg.schema import EDGE_PROPERTIES, NODE_PROPERTIES, STYLE, check_label, check_rel_type

__all__ = [
    "COMPOSE_IMPORT",
    "EXPORT_FORMATS",
    "ExportResult",
    "export_graph",
    "neo4j_type",
    "read_gexf",
    "read_graphml",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_neo4j_admin",
]

EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv", "neo4j-admin")
_ARRAY_DELIMITERS = (";", "|", "\u001f")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The files an export wrote and, for ``neo4j-admin``, the import command to run."""

    format: str
    files: tuple[Path, ...]
    command: str | None = None


def export_graph(
    g: nx.MultiDiGraph, format: str, path: str | os.PathLike[str], *, database: str = "neo4j"
) -> ExportResult:
    """Write ``g`` in ``format`` (one of :data:`EXPORT_FORMATS`) to ``path``.

    ``path`` is a file for graphml / gexf / json and a directory for csv / neo4j-admin.
    """
    out = Path(path)
    if format == "graphml":
        write_graphml(g, out)
    elif format == "gexf":
        write_gexf(g, out)
    elif format == "json":
        save_graph(g, out)
    elif format == "csv":
        return ExportResult(format, write_csv(g, out))
    elif format == "neo4j-admin":
        files, command = write_neo4j_admin(g, out, database=database)
        return ExportResult(format, files, command)
    else:
        raise ConfigError(
            f"unknown export format: {format!r}", hint=f"use one of {', '.join(EXPORT_FORMATS)}"
        )
    return ExportResult(format, (out,))


# ---------------------------------------------------------------------------------------------
# GraphML and GEXF


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    """Drop nulls, JSON-encode lists (the XML formats have neither)."""
    return {
        k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v)
        for k, v in attrs.items()
        if v is not None
    }


def _json_keys(g: nx.MultiDiGraph) -> str:
    keys = {k for _, d in g.nodes(data=True) for k, v in d.items() if isinstance(v, list)}
    keys |= {k for _, _, d in g.edges(data=True) for k, v in d.items() if isinstance(v, list)}
    return ",".join(sorted(keys))


def _flat_graph(g: nx.MultiDiGraph, node_map: Any = None, edge_map: Any = None) -> nx.MultiDiGraph:
    flat = nx.MultiDiGraph(
        **{k: v for k, v in g.graph.items() if v is not None}, kg_json_attributes=_json_keys(g)
    )
    for n, d in sorted(g.nodes(data=True), key=lambda item: item[0]):
        attrs = _flat(d)
        flat.add_node(n, **(node_map(attrs) if node_map else attrs))
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    for i, (u, v, _, d) in enumerate(edges):
        attrs = _flat(d)
        flat.add_edge(u, v, key=f"e{i}", **(edge_map(attrs) if edge_map else attrs))
    return flat


def _restore(read: nx.Graph, node_map: Any = None, edge_map: Any = None) -> nx.MultiDiGraph:
    """Rebuild the kg graph from what an XML reader gave: decode JSON lists, restore schema nulls."""
    graph = dict(read.graph)
    json_keys = set(filter(None, str(graph.pop("kg_json_attributes", "")).split(",")))
    for k in ("node_default", "edge_default", "mode"):
        graph.pop(k, None)
    g = nx.MultiDiGraph(**graph)

    def decode(attrs: dict[str, Any]) -> dict[str, Any]:
        return {k: (json.loads(v) if k in json_keys else v) for k, v in attrs.items()}

    for n, d in read.nodes(data=True):
        attrs = decode(node_map(dict(d)) if node_map else dict(d))
        for prop in NODE_PROPERTIES.get(attrs.get("label", ""), ()):
            attrs.setdefault(prop, None)
        g.add_node(str(n), **attrs)
    edges = (
        read.edges(keys=True, data=True)
        if read.is_multigraph()
        else ((u, v, None, d) for u, v, d in read.edges(data=True))
    )
    for u, v, _, d in edges:
        attrs = decode(edge_map(dict(d)) if edge_map else dict(d))
        rel = attrs.get("type")
        if rel is None:
            raise GraphError(
                "exported edge without a relationship type", hint="was the file written by kg export?"
            )
        for prop in EDGE_PROPERTIES.get(rel, ()):
            attrs.setdefault(prop, None)
        g.add_edge(str(u), str(v), key=rel, **attrs)
    return g


def _node_label(attrs: dict[str, Any]) -> dict[str, Any]:
    """The name shown by Gephi / Cytoscape as ``label``; kg's label (Paper, Dataset …) as ``kg_label``."""
    out = dict(attrs)
    out["kg_label"] = out.pop("label", "")
    out["label"] = str(attrs.get("name") or attrs.get("title") or "")
    return out


def _from_node_label(attrs: dict[str, Any]) -> dict[str, Any]:
    attrs.pop("label", None)
    attrs.pop("viz", None)
    attrs["label"] = attrs.pop("kg_label")
    return attrs


def write_graphml(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write GraphML: unique edge ids, node ``label`` = name, ``kg_label`` = kg's label; lists as
    JSON strings; nulls left out."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(_flat_graph(g, _node_label), path)


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` back into the kg graph."""
    read = nx.read_graphml(path, edge_key_type=str, force_multigraph=True)
    return _restore(read, _from_node_label)


_GEXF_EDGE_RENAMES = {"type": "kg_type", "start": "char_start", "end": "char_end"}


def _gexf_edge(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {_GEXF_EDGE_RENAMES.get(k, k): v for k, v in attrs.items()}
    return {**out, "label": attrs["type"]}


def _from_gexf_edge(attrs: dict[str, Any]) -> dict[str, Any]:
    back = {v: k for k, v in _GEXF_EDGE_RENAMES.items()}
    for k in ("id", "label", "key"):
        attrs.pop(k, None)
    return {back.get(k, k): v for k, v in attrs.items()}


def _with_viz(flat: nx.MultiDiGraph, g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Give each node Gephi's ``viz`` colour (the explorer's colour for its label) and size."""
    from kg.explorer.html import node_size

    for n, d in flat.nodes(data=True):
        kind = d["kg_label"] if d["kg_label"] in STYLE else "Paper"
        colour = STYLE[kind][0]
        r, gr, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        d["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": node_size(kind, g.degree(n))}
    return flat


def write_gexf(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write GEXF 1.2 for Gephi (see the module docstring for the renamed attributes).

    The graph attributes (``kg_format`` …) go into ``<meta><description>`` as JSON; the
    file carries no modification date, so the same graph always gives the same bytes.
    """
    flat = _with_viz(_flat_graph(g, _node_label, _gexf_edge), g)
    meta = html.escape(json.dumps(flat.graph, sort_keys=True, ensure_ascii=False), quote=False)
    lines = ["<?xml version='1.0' encoding='utf-8'?>"]
    for line in nx.generate_gexf(flat):
        if line.lstrip().startswith("<meta "):
            line = line[: line.index("<meta")] + "<meta>"
        lines.append(line)
        if line.lstrip().startswith("<creator>"):
            lines.append(line[: line.index("<creator>")] + f"<description>{meta}</description>")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_gexf(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GEXF file written by :func:`write_gexf` back into the kg graph."""
    read = nx.read_gexf(path, node_type=str)
    desc = ElementTree.parse(path).getroot().find("{*}meta/{*}description")
    read.graph = json.loads(desc.text or "{}") if desc is not None else {}
    return _restore(read, _from_node_label, _from_gexf_edge)


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
