"""Deterministic node positions for the explorer, computed in Python so the browser needs no physics.

Each connected component is laid out on its own: its best-connected nodes (all of
them if few, else up to :data:`CORE_MAX`) get a seeded Fruchterman–Reingold layout
(:func:`networkx.spring_layout`, dense solver, no SciPy), and every other node goes on a
small sunflower spiral around the centre of its already-placed neighbours. The
components are then shelf-packed, largest first. This costs about a second at 5,000
nodes and gives the same positions every run.

>>> pos = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"]
True
>>> pos == layout(["c", "b", "a"], [("b", "c"), ("a", "b")])
True
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

__all__ = ["CORE_MAX", "layout"]

CORE_MAX = 300
"""At most this many nodes go through the force-directed solver (it is O(n²) per iteration)."""

_GOLDEN = math.pi * (3 - math.sqrt(5))


def _core(g: nx.Graph, limit: int) -> list[str]:
    """Up to ``limit`` nodes grown from the best-connected one, always taking the best-connected
    neighbour next, so the core is connected (a disconnected core would be torn apart by the solver)."""
    rank = {n: (-g.degree(n), n) for n in g}
    start = min(g, key=rank.__getitem__)
    core = {start}
    frontier = [rank[m] for m in g[start]]
    heapq.heapify(frontier)
    while frontier and len(core) < limit:
        _, n = heapq.heappop(frontier)
        if n in core:
            continue
        core.add(n)
        for m in g[n]:
            if m not in core:
                heapq.heappush(frontier, rank[m])
    return sorted(core)


def _place_rest(g: nx.Graph, pos: dict[str, tuple[float, float]], order: Sequence[str], step: float) -> None:
    children: dict[tuple[float, float], int] = {}
    pending = [n for n in order if n not in pos]
    while pending:
        progress = False
        later: list[str] = []
        for n in pending:
            anchors = sorted(pos[m] for m in g[n] if m in pos)
            if not anchors:
                later.append(n)
                continue
            cx = sum(a[0] for a in anchors) / len(anchors)
            cy = sum(a[1] for a in anchors) / len(anchors)
            k = children.get((cx, cy), 0) + 1
            children[(cx, cy)] = k
            r = step * (1.2 + 0.55 * math.sqrt(k))
            pos[n] = (cx + r * math.cos(k * _GOLDEN), cy + r * math.sin(k * _GOLDEN))
            progress = True
        if not progress:
            pos.update(dict.fromkeys(later, (0.0, 0.0)))  # not reached within a connected component
            return
        pending = later


def _component(g: nx.Graph, seed: int, step: float) -> dict[str, tuple[float, float]]:
    """Positions of one connected component, centred on (0, 0)."""
    n = g.number_of_nodes()
    pos: dict[str, tuple[float, float]] = {}
    core = sorted(g) if n <= CORE_MAX else _core(g, CORE_MAX)
    if len(core) >= 2:
        sub = nx.Graph(g.subgraph(core))
        span = step * 1.1 * math.sqrt(n) + step
        raw = nx.spring_layout(sub, seed=seed, iterations=60, method="force")
        pos = {node: (float(raw[node][0]) * span, float(raw[node][1]) * span) for node in core}
    else:
        pos[min(g, key=lambda m: (-g.degree(m), m))] = (0.0, 0.0)
    _place_rest(g, pos, sorted(g, key=lambda m: (-g.degree(m), m)), step)
    cx = sum(p[0] for p in pos.values()) / len(pos)
    cy = sum(p[1] for p in pos.values()) / len(pos)
    return {k: (v[0] - cx, v[1] - cy) for k, v in pos.items()}


def _pack(parts: list[dict[str, tuple[float, float]]], step: float) -> dict[str, tuple[float, float]]:
    """Shelf-pack component layouts (largest first) into rows about as wide as the largest one."""
    boxes = []
    for part in parts:
        xs, ys = [p[0] for p in part.values()], [p[1] for p in part.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + 2 * step, max(ys) - min(ys) + 2 * step))
    area = sum(b[2] * b[3] for b in boxes)
    width = max(max(b[2] for b in boxes), math.sqrt(area) * 1.2)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for part, (x0, y0, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, (px, py) in part.items():
            out[k] = (px - x0 + x + step, py - y0 + y + step)
        x, row_h = x + w, max(row_h, h)
    return out


def _spread(pos: dict[str, tuple[float, float]], radius: Mapping[str, float]) -> dict[str, tuple[float, float]]:
    """Scale the layout up until its bounding box offers each node about 4x its own footprint."""
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    area = max((max(xs) - min(xs)) * (max(ys) - min(ys)), 1.0)
    need = 4.0 * sum((2 * radius.get(n, 8.0) + 3) ** 2 for n in pos)
    factor = max(1.0, math.sqrt(need / area))
    return {n: (x * factor, y * factor) for n, (x, y) in pos.items()}


def _separate(
    pos: dict[str, tuple[float, float]], order: Sequence[str], radius: Mapping[str, float], gap: float
) -> dict[str, tuple[float, float]]:
    """Move nodes (in ``order``) to the nearest free spot on a spiral so no two drawn shapes overlap."""
    rmax = max(radius.get(n, 0.0) for n in order)
    cell = max(8.0, 2 * min(radius.get(n, 8.0) for n in order) + gap)
    reach = math.ceil((2 * rmax + gap) / cell)
    grid: dict[tuple[int, int], list[str]] = {}
    out: dict[str, tuple[float, float]] = {}

    def free(x: float, y: float, r: float) -> bool:
        cx, cy = math.floor(x / cell), math.floor(y / cell)
        for i in range(cx - reach, cx + reach + 1):
            for j in range(cy - reach, cy + reach + 1):
                for m in grid.get((i, j), ()):
                    mx, my = out[m]
                    if (mx - x) ** 2 + (my - y) ** 2 < (r + radius.get(m, 0.0) + gap) ** 2:
                        return False
        return True

    for n in order:
        x0, y0 = pos[n]
        r = radius.get(n, 0.0)
        x, y, k = x0, y0, 0
        while not free(x, y, r):
            k += 1
            d = (r + gap) * 0.6 * math.sqrt(k)
            x, y = x0 + d * math.cos(k * _GOLDEN), y0 + d * math.sin(k * _GOLDEN)
        out[n] = (x, y)
        grid.setdefault((math.floor(x / cell), math.floor(y / cell)), []).append(n)
    return out


def layout(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str]],
    *,
    seed: int = 7,
    step: float = 30.0,
    radius: Mapping[str, float] | None = None,
) -> dict[str, tuple[float, float]]:
    """Positions (pixels, rounded to 0.1) for ``nodes``; the same input in any order gives the same output.

    ``step`` is the typical distance between neighbours, in pixels; ``radius`` (default 8 px
    each) is the drawn size of each node: no two nodes end up closer than the sum of their radii
    plus 3 px, so every node can be clicked.
    """
    g = nx.Graph()
    g.add_nodes_from(sorted(set(nodes)))
    g.add_edges_from(sorted({(min(e), max(e)) for e in edges if e[0] != e[1]}))
    if g.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    parts = [_component(nx.Graph(g.subgraph(c)), seed, step) for c in comps]
    sizes = {n: 8.0 for n in g} | dict(radius or {})
    pos = _spread(_pack(parts, step), sizes)
    pos = _separate(pos, sorted(g, key=lambda m: (-sizes[m], -g.degree(m), m)), sizes, 3.0)
    return {k: (round(v[0], 1), round(v[1], 1)) for k, v in sorted(pos.items())}
