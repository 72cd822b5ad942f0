"""The drawn network, assembled with pyvis's :class:`~pyvis.network.Network` API.

:func:`assemble` turns the page's node and edge records (with their Python layout) into a pyvis
``Network``: one ``add_node`` per node with its shape, colour, size, position and label, one
``add_edge`` per edge with its style. The explorer page embeds that network's ``nodes`` and
``edges`` (vis-network options, plain JSON) in kg's own template from ``viz/`` — not pyvis's
template, which loads its scripts from a CDN and puts a node's ``title`` into the page as HTML.
:func:`to_pyvis` gives notebook users the same network keyed by kg ids, to restyle with pyvis;
its hover titles are HTML-escaped text, so even pyvis's own template shows them as text.

>>> from kg.explorer.explorer import explore
>>> from kg.explorer.sample import tiny_graph
>>> net = explore(tiny_graph(), paper="2501.00001").to_pyvis()
>>> sorted(net.get_nodes())[:2], net.num_edges()
(['2501.00001', '2501.00002'], 4)
>>> net.get_node("2501.00001")["x"] == 0.0 and net.get_node("2501.00001")["physics"]
False
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from pyvis.network import Network

__all__ = ["EDGE_STYLE", "assemble", "draw_data", "to_pyvis"]

EDGE_STYLE: dict[str, tuple[str, list[int] | bool, bool]] = {
    "INTRODUCES": ("#5a5f66", False, True),
    "USES": ("#b8bcc2", False, False),
    "PUBLISHED_BY": ("#2a9d8f", [4, 4], True),
    "SHARES": ("#7f9cc0", False, False),
    "CONTAINS": ("#c9c9d6", [2, 4], False),
}
"""Colour, dashes and arrow per relationship type (the legend shows the same)."""

_TEXT = "#30343a"
_HALO = "#fbfbfa"


def _node_options(rec: Mapping[str, Any], colours: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    fill, shape = colours.get(rec["kind"], ("#888888", "dot"))
    fill = rec.get("color") or fill
    font_size = rec.get("font") or (12 if rec["kind"] == "Paper" else 15)
    return {
        "shape": shape,
        "color": {
            "background": fill,
            "border": "#ffffff",
            "highlight": {"background": fill, "border": "#1f2328"},
        },
        "size": rec["size"],
        "x": rec["x"],
        "y": rec["y"],
        "physics": False,
        "borderWidth": 1.5,
        "hidden": bool(rec.get("hidden")),
        # labels are placed in Python (rec["lx"], rec["ly"]); vis-network draws none of its own
        "font": {"size": font_size, "color": _TEXT, "strokeWidth": 3, "strokeColor": _HALO},
    }


def _edge_options(rec: Mapping[str, Any]) -> dict[str, Any]:
    colour, dashes, arrow = EDGE_STYLE.get(rec["type"], ("#c8c8c8", False, False))
    colour = rec.get("color") or colour
    shares = rec["type"] == "SHARES"
    width = min(8.0, 0.8 + 1.2 * float(rec.get("weight") or 1)) if shares else (1.6 if arrow else 1.0)
    out: dict[str, Any] = {
        "color": {"color": colour, "highlight": "#1f2328", "opacity": 0.9},
        "dashes": dashes,
        "width": round(width, 2),
        "arrows": {"to": {"enabled": arrow, "scaleFactor": 0.45}},
    }
    if rec.get("label"):  # placed in Python (kg.explorer.labels.place_edge_labels)
        out["label"] = rec["label"]
        out["font"] = {"size": rec["font"]}
    return out


def assemble(
    nodes: Sequence[Mapping[str, Any]],
    edges: Sequence[Mapping[str, Any]],
    colours: Mapping[str, tuple[str, str]],
    *,
    ids: Sequence[Any] | None = None,
    titles: bool = False,
) -> Network:
    """A pyvis ``Network`` of the page's records (positions fixed, physics off).

    Nodes are keyed by their index in ``nodes`` (what the page uses) or by ``ids``; with
    ``titles`` each gets an HTML-escaped hover title. ``colours`` maps a kind to (colour, shape).
    """
    key = list(ids) if ids is not None else list(range(len(nodes)))
    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    net.toggle_physics(False)
    for k, rec in zip(key, nodes, strict=True):
        extra = {"title": html.escape(f"{rec['kind']}: {rec['name']}")} if titles else {}
        net.add_node(k, label=rec["label"] or " ", **_node_options(rec, colours), **extra)
    for rec in edges:
        net.add_edge(key[rec["from"]], key[rec["to"]], **_edge_options(rec))
    return net


def draw_data(net: Network) -> dict[str, list[dict[str, Any]]]:
    """The network's vis-network node and edge options, as the page embeds them (with ids)."""
    edges = [{"id": i, **e} for i, e in enumerate(net.edges)]
    return {"nodes": [dict(n) for n in net.nodes], "edges": edges}


def to_pyvis(data: Mapping[str, Any], colours: Mapping[str, tuple[str, str]]) -> Network:
    """The explorer page's network (``Explorer.data``) as a pyvis ``Network`` keyed by kg ids;
    ``colours`` maps a kind to (colour, shape)."""
    nodes = data.get("nodes") or []
    return assemble(nodes, data.get("edges") or [], colours, ids=[n["id"] for n in nodes], titles=True)
