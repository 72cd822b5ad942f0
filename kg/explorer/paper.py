"""The paper view's drawing: the focus at the centre, its shared entities around it, and the papers
sharing them placed by score (closer = more shared), coloured by date and sized by how much they share.

>>> from kg.explorer.sample import tiny_graph
>>> from kg.explorer.views import paper_view
>>> g = tiny_graph()
>>> v = paper_view(g, "2501.00001")
>>> pos = radial_positions(v, {n: 10.0 for n in v.nodes})
>>> pos["2501.00001"]
(0.0, 0.0)
>>> all(abs(pos[e][0]) + abs(pos[e][1]) > 0 for e in ("dataset:imagenet", "method:mixture-of-experts"))
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, MutableMapping, Sequence
from typing import Any

from kg.explorer.layout import GAP
from kg.explorer.views import View

__all__ = ["DATE_COLOURS", "date_scale", "radial_positions", "style_paper_view"]

DATE_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")
"""Oldest to newest (a sequential blue scale, dark = recent)."""

Point = tuple[float, float]
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def date_scale(dates: Sequence[str | None]) -> tuple[str, dict[str, str]]:
    """A colour per year (per month when all share a year, per day when all share a month).

    >>> date_scale(["2024-03-01", "2025-01-02", None])
    ('Year', {'2024': '#c6dbef', '2025': '#08306b'})
    >>> date_scale(["2025-01-02", "2025-02-03"])[0]
    'Month'
    """
    known = [d for d in dates if d]
    if not known:
        return "Year", {}
    title, width = next(
        ((t, w) for t, w in (("Year", 4), ("Month", 7)) if len({d[:w] for d in known}) > 1), ("Day", 10)
    )
    keys = sorted({d[:width] for d in known})
    n = len(DATE_COLOURS)
    step = (n - 1) / max(1, len(keys) - 1)
    return title, {k: DATE_COLOURS[min(n - 1, round(i * step))] for i, k in enumerate(keys)}


def _ring_angles(items: Sequence[str]) -> dict[str, float]:
    return {e: 2 * math.pi * k / max(1, len(items)) - math.pi / 2 for k, e in enumerate(items)}


class _Disks:
    """Placed disks, bucketed by cell, to find a free spot quickly."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[float, float, float]]] = {}

    def free(self, x: float, y: float, r: float) -> bool:
        i, j = int(x // self.cell), int(y // self.cell)
        reach = int(r // self.cell) + 2
        return all(
            (x - a) ** 2 + (y - b) ** 2 >= (r + c + GAP) ** 2
            for di in range(-reach, reach + 1)
            for dj in range(-reach, reach + 1)
            for a, b, c in self.cells.get((i + di, j + dj), ())
        )

    def add(self, x: float, y: float, r: float) -> None:
        self.cells.setdefault((int(x // self.cell), int(y // self.cell)), []).append((x, y, r))


def _slot(disks: _Disks, a: float, rho: float, r: float, ring_step: float) -> Point:
    """The free spot nearest angle ``a`` on the ring ``rho`` (or on the next rings out)."""
    while True:
        step = (2 * r + GAP) / rho
        for k in range(int(math.pi / step) + 1):
            for s in (1, -1) if k else (1,):
                x, y = rho * math.cos(a + s * k * step), rho * math.sin(a + s * k * step)
                if disks.free(x, y, r):
                    return x, y
        rho += ring_step


def radial_positions(
    view: View, radius: Mapping[str, float], label_width: Mapping[str, float] | None = None
) -> dict[str, Point]:
    """Positions for a one-hop paper view: focus at (0, 0), entities on a ring, papers outside them
    on rings whose distance grows as their number of shared entities falls, each at the free spot
    nearest the entities it shares.

    ``radius`` is each node's drawn radius plus room for its label; ``label_width`` (at the
    default zoom) widens the entity ring so that most entity labels fit side by side.
    """
    focus = view.focus or view.nodes[0]
    score = {r.paper: len(r.shared) for r in view.ranking if r.paper in radius}
    sharing = {p: [e.target for e in view.edges if e.source == p and e.target in radius] for p in score}
    ents = sorted(
        {e.target for e in view.edges if e.source == focus},
        key=lambda e: (-sum(1 for es in sharing.values() if e in es), e),
    )
    widths = label_width or {}
    around = sum(max(2 * radius[e], 0.8 * widths.get(e, 0.0)) + GAP for e in ents)
    ring = max(60.0, around / (2 * math.pi), radius[focus] * 2 + 40)
    angle = _ring_angles(ents)
    big = max(radius.values())
    disks = _Disks(2 * big + GAP)
    pos: dict[str, Point] = {focus: (0.0, 0.0)}
    pos |= {e: (ring * math.cos(a), ring * math.sin(a)) for e, a in angle.items()}
    for n, (x, y) in pos.items():
        disks.add(x, y, radius[n])
    top = max(score.values(), default=1)
    step = 2 * big + GAP
    for k, p in enumerate(sorted(score, key=lambda p: (-score[p], p))):
        vec = [(math.cos(angle[e]), math.sin(angle[e])) for e in sharing[p] if e in angle]
        sx, sy = sum(v[0] for v in vec), sum(v[1] for v in vec)
        a = math.atan2(sy, sx) if abs(sx) + abs(sy) > 1e-6 else 2 * math.pi * k / max(1, len(score))
        pos[p] = _slot(disks, a, ring + radius[p] + big + GAP + step * (top - score[p]), radius[p], step)
        disks.add(*pos[p], radius[p])
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in sorted(pos.items())}


def style_paper_view(view: View, recs: Sequence[MutableMapping[str, Any]]) -> dict[str, Any]:
    """Colour the papers by date and size them by how much they share; returns the colour legend."""
    score = {r.paper: len(r.shared) for r in view.ranking}
    papers = [r for r in recs if r["kind"] == "Paper"]
    iso = {r["id"]: str(r.get("date") or "") for r in papers if _ISO.match(str(r.get("date") or ""))}
    title, colours = date_scale(list(iso.values()))
    width = {"Year": 4, "Month": 7, "Day": 10}[title]
    for r in papers:
        key = iso.get(r["id"], "")[:width]
        if key in colours:
            r["color"] = colours[key]
        if r["id"] == view.focus:
            r["size"] = 22.0
        elif r["id"] in score:
            r["size"] = round(7.0 + 3.0 * min(score[r["id"]], 5), 1)
            r["score"] = score[r["id"]]
    return {"title": f"Papers by {title.lower()}", "items": [[k, c] for k, c in colours.items()]}
