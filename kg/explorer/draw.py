"""How a view is drawn: positions, view-specific colours and sizes, and the labels kept.

:func:`arrange` is the one step between the view's node records and the pyvis network: the
paper view gets its radial drawing (:mod:`kg.explorer.paper`), every other view the general
layout (:mod:`kg.explorer.layout`); an entity focus gets its story (:mod:`kg.explorer.entity`);
then labels are placed (:mod:`kg.explorer.labels`): the nodes' first, then the edges' where room is
left.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

import networkx as nx

from kg.explorer.entity import entity_story
from kg.explorer.labels import SCREEN_FONT, label_width, place_edge_labels, place_labels, spread
from kg.explorer.layout import layout
from kg.explorer.overview import community_positions
from kg.explorer.paper import radial_positions, style_paper_view
from kg.explorer.views import View

__all__ = ["LABEL_ROOM", "arrange"]

LABEL_ROOM = 12.0
"""Space kept around each drawn shape for its label (pixels)."""


def _is_radial(view: View) -> bool:
    """A one-hop paper view: only the focus, its entities and the papers sharing them."""
    if view.kind != "paper" or not view.focus:
        return False
    ents = {e.target for e in view.edges if e.source == view.focus}
    return set(view.nodes) <= {view.focus, *ents, *(r.paper for r in view.ranking)}


def _priority(view: View, recs: Sequence[Mapping[str, Any]], index: Mapping[str, int]) -> list[int]:
    """Which labels matter most: the focus, the entities (by degree), the ranked papers, the rest."""
    focus = [index[view.focus]] if view.focus is not None and view.focus in index else []
    ranked = [index[r.paper] for r in view.ranking if r.paper in index]
    by_degree = sorted(range(len(recs)), key=lambda i: (recs[i]["kind"] == "Paper", -recs[i]["deg"], i))
    entities = [i for i in by_degree if recs[i]["kind"] != "Paper"]
    if view.kind == "paper":  # the shared entities are the point; the focus title is in the panel
        return [*entities, *focus, *ranked, *by_degree]
    return [*focus, *entities, *ranked, *by_degree]


def arrange(
    g: nx.MultiDiGraph,
    view: View,
    recs: Sequence[MutableMapping[str, Any]],
    edges: Sequence[MutableMapping[str, Any]] = (),
    *,
    seed: int = 7,
) -> dict[str, Any]:
    """Give every record its ``x``, ``y``, ``font`` (and the view's colours and sizes); blank the
    labels that would collide; label the ``edges`` that share names where there is room. Returns
    what the page adds to its legend (``scale``)."""
    index = {r["id"]: i for i, r in enumerate(recs)}
    extra: dict[str, Any] = {}
    if view.kind == "paper":
        extra["scale"] = style_paper_view(view, recs)
    if view.kind == "entity" and view.focus is not None and view.focus in index:
        recs[index[view.focus]]["story"] = entity_story(g, view.focus, index)
    room = {r["id"]: r["size"] + LABEL_ROOM for r in recs}
    if view.kind == "communities":
        pos = community_positions(view, room, seed=seed)
    elif _is_radial(view):
        widths = {r["id"]: label_width(r["label"], SCREEN_FONT) for r in recs}
        pos = radial_positions(view, room, widths)
    else:
        pos = layout(view.nodes, [(e.source, e.target) for e in view.edges], seed=seed, radius=room)
    for r in recs:
        r["x"], r["y"] = pos[r["id"]]
    spread(recs)
    # no label covers the focus or a community; in the projection (papers only, none more important than
    # another) no label covers any paper
    clear = [
        i
        for i, r in enumerate(recs)
        if r["id"] == view.focus or r["kind"] == "Community" or view.kind == "projection"
    ]
    place_labels(recs, _priority(view, recs, index), keep_clear=clear)
    place_edge_labels(recs, edges)
    return extra
