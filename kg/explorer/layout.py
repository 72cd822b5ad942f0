"""Deterministic node positions for the explorer, computed in Python so the browser needs no physics.

Each connected component is laid out on its own, in three steps:

1. a connected *core* of its best-connected nodes (at most :data:`CORE_MAX`) gets a seeded
   Fruchterman–Reingold layout (:func:`networkx.spring_layout`, dense solver, no SciPy);
2. every other node hangs off one parent (its best-connected neighbour nearer the core),
   so each core node carries a *disk* of descendants arranged on sunflower spirals; the
   core's disks are pushed apart until none overlap (a small NumPy loop);
3. the disks are filled in, and the components are shelf-packed, largest first.

No two drawn shapes overlap (given their radii), so every node can be clicked; the same
input gives the same positions. About a second at 2,000 nodes.

>>> pos = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
>>> sorted(pos) == ["a", "b", "c"]
True
>>> pos == layout(["c", "b", "a"], [("b", "c"), ("a", "b")])
True
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping

import networkx as nx
import numpy as np

__all__ = ["ASPECT", "CORE_MAX", "GAP", "layout"]

CORE_MAX = 300
"""At most this many nodes of a component go through the force-directed solver (O(n²) per iteration)."""

GAP = 4.0
"""Minimum free space between two drawn nodes, in pixels."""

ASPECT = 1.46
"""Width / height the packed components aim at: the page's graph area (so the drawing fills it)."""

_GOLDEN = math.pi * (3 - math.sqrt(5))

Point = tuple[float, float]


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


def _children(g: nx.Graph, core: list[str]) -> dict[str, list[str]]:
    """A BFS forest from the core: each other node's parent is its best-connected neighbour one layer in."""
    depth = dict.fromkeys(core, 0)
    layer = list(core)
    kids: dict[str, list[str]] = {n: [] for n in g}
    while layer:
        nxt = sorted({m for n in layer for m in g[n] if m not in depth})
        for m in nxt:
            parent = min(
                (p for p in g[m] if depth.get(p) == depth[layer[0]]), key=lambda p: (-g.degree(p), p)
            )
            kids[parent].append(m)
        for m in nxt:
            depth[m] = depth[layer[0]] + 1
        layer = nxt
    return kids


def _rings(parent_r: float, child_r: list[float]) -> tuple[list[Point], float]:
    """Offsets for children of radii ``child_r`` (largest first) on concentric rings around a parent.

    Each ring is filled until its circumference is used, its children spread evenly; returns
    the offsets and the radius of the disk holding parent and children.

    >>> offsets, outer = _rings(10.0, [8.0] * 3)
    >>> len(offsets), round(outer, 1)
    (3, 30.0)
    """
    offsets: list[Point] = []
    i, inner, turn = 0, parent_r, 0.0
    while i < len(child_r):
        rho = inner + GAP + child_r[i]
        ring: list[float] = []
        used = 0.0
        while i < len(child_r):
            width = 2 * math.asin(min(1.0, (child_r[i] + GAP / 2) / rho))
            if ring and used + width > 2 * math.pi:
                break
            ring.append(width)
            used += width
            i += 1
        spare = (2 * math.pi - used) / len(ring)
        angle = turn
        for width in ring:
            angle += width / 2
            offsets.append((rho * math.cos(angle), rho * math.sin(angle)))
            angle += width / 2 + spare
        turn += _GOLDEN
        inner = rho + child_r[i - len(ring)]
    return offsets, inner


def _sorted_kids(m: str, kids: Mapping[str, list[str]], disk: Mapping[str, float]) -> list[str]:
    return sorted(kids[m], key=lambda c: (-disk[c], c))


def _disk(n: str, kids: Mapping[str, list[str]], radius: Mapping[str, float], out: dict[str, float]) -> float:
    """Radius of the disk holding ``n`` and all its descendants (memoised in ``out``)."""
    stack = [(n, False)]
    while stack:
        m, done = stack.pop()
        if not done:
            stack.append((m, True))
            stack.extend((c, False) for c in kids[m])
        elif kids[m]:
            out[m] = _rings(radius[m], [out[c] for c in _sorted_kids(m, kids, out)])[1]
        else:
            out[m] = radius[m]
    return out[n]


def _fill(
    n: str,
    at: Point,
    kids: Mapping[str, list[str]],
    radius: Mapping[str, float],
    disk: Mapping[str, float],
    pos: dict[str, Point],
) -> None:
    """Place ``n`` at ``at`` and its descendants on rings around it."""
    stack = [(n, at)]
    while stack:
        m, (x, y) = stack.pop()
        pos[m] = (x, y)
        cs = _sorted_kids(m, kids, disk)
        offsets, _ = _rings(radius[m], [disk[c] for c in cs])
        stack.extend((c, (x + dx, y + dy)) for c, (dx, dy) in zip(cs, offsets, strict=True))


def _scale(p: np.ndarray, d: np.ndarray, step: float) -> float:
    """A zoom for solver output ``p`` at which most disks (radii ``d``) already clear their neighbours."""
    dist = np.sqrt(((p[:, None, :] - p[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(dist, np.inf)
    ratio = (d[:, None] + d[None, :] + GAP) / np.maximum(dist, 1e-6)
    return max(step, float(np.median(ratio.max(1))))


def _push_apart(p: np.ndarray, d: np.ndarray, rounds: int = 200) -> np.ndarray:
    """Move disks (centres ``p``, radii ``d``) apart until no two overlap (or ``rounds`` run out)."""
    for _ in range(rounds):
        diff = p[:, None, :] - p[None, :, :]
        dist = np.sqrt((diff**2).sum(-1))
        need = d[:, None] + d[None, :] + GAP
        np.fill_diagonal(need, 0.0)
        over = np.clip(need - dist, 0.0, None)
        if over.max() < 0.5:
            break
        safe = np.where(dist > 1e-9, dist, 1.0)
        unit = diff / safe[..., None]
        tie = dist <= 1e-9
        if tie.any():  # coincident centres: separate along a fixed direction by index order
            sign = np.sign(np.arange(len(p))[:, None] - np.arange(len(p))[None, :])
            unit[tie] = np.stack([sign[tie], np.zeros(int(tie.sum()))], axis=-1)
        p = p + 0.5 * (unit * over[..., None]).sum(1)
    return p


def _induced(g: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """The subgraph on ``nodes`` with nodes and edges in sorted order.

    ``nx.Graph(g.subgraph(nodes))`` iterates the node *set*, whose order depends on the process's
    string hash seed; the solver's seeded start positions follow node order, so the order must not.
    """
    keep = sorted(nodes)
    h = nx.Graph()
    h.add_nodes_from(keep)
    h.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in g.subgraph(keep).edges()))
    return h


def _component(g: nx.Graph, seed: int, step: float, radius: Mapping[str, float]) -> dict[str, Point]:
    """Positions of one connected component, centred near (0, 0)."""
    core = sorted(g) if len(g) <= CORE_MAX else _core(g, CORE_MAX)
    kids = _children(g, core)
    disk: dict[str, float] = {}
    for c in core:
        _disk(c, kids, radius, disk)
    if len(core) >= 2:
        raw = nx.spring_layout(_induced(g, core), seed=seed, iterations=60, method="force")
        d = np.array([disk[c] for c in core])
        p0 = np.array([raw[c] for c in core], dtype=float)
        p = _push_apart(p0 * _scale(p0, d, step), d)
        centres = {c: (float(x), float(y)) for c, (x, y) in zip(core, p, strict=True)}
    else:
        centres = {core[0]: (0.0, 0.0)}
    pos: dict[str, Point] = {}
    for c in core:
        _fill(c, centres[c], kids, radius, disk, pos)
    return pos


def _pack(parts: list[dict[str, Point]], radius: Mapping[str, float]) -> dict[str, Point]:
    """Shelf-pack component layouts (largest first) into rows about as wide as the largest one."""
    boxes = []
    for part in parts:
        x0 = min(x - radius[n] for n, (x, _) in part.items())
        y0 = min(y - radius[n] for n, (_, y) in part.items())
        x1 = max(x + radius[n] for n, (x, _) in part.items())
        y1 = max(y + radius[n] for n, (_, y) in part.items())
        boxes.append((x0, y0, x1 - x0 + 3 * GAP, y1 - y0 + 3 * GAP))
    area = sum(b[2] * b[3] for b in boxes)
    width = max(max(b[2] for b in boxes), math.sqrt(area * ASPECT))
    out: dict[str, Point] = {}
    x = y = row_h = 0.0
    for part, (x0, y0, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for k, (px, py) in part.items():
            out[k] = (px - x0 + x, py - y0 + y)
        x, row_h = x + w, max(row_h, h)
    return out


def layout(
    nodes: Iterable[str],
    edges: Iterable[tuple[str, str]],
    *,
    seed: int = 7,
    step: float = 30.0,
    radius: Mapping[str, float] | None = None,
) -> dict[str, Point]:
    """Positions (pixels, rounded to 0.1) for ``nodes``; the same input in any order gives the same output.

    ``radius`` (default 8 px each) is each node's drawn size; no two nodes end up closer than
    the sum of their radii plus about :data:`GAP`. ``step`` is the least spread of a core.
    """
    g = nx.Graph()
    g.add_nodes_from(sorted(set(nodes)))
    g.add_edges_from(sorted({(min(e), max(e)) for e in edges if e[0] != e[1]}))
    if g.number_of_nodes() == 0:
        return {}
    sizes = {n: 8.0 for n in g} | {n: float(r) for n, r in (radius or {}).items() if n in g}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    parts = [_component(_induced(g, c), seed, step, sizes) for c in comps]
    pos = _pack(parts, sizes)
    return {k: (round(v[0], 1), round(v[1], 1)) for k, v in sorted(pos.items())}
