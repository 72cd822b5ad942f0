"""GraphML (Cytoscape, Gephi, yEd) and GEXF (Gephi) files of a kg graph, written and read back exactly.

See :mod:`kg.export` for what each format holds.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import networkx as nx

from kg.errors import GraphError
from kg.schema import EDGE_PROPERTIES, NODE_PROPERTIES, STYLE

__all__ = ["read_gexf", "read_graphml", "write_gexf", "write_graphml"]


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
