"""Labels placed in Python with the layout: readable at the page's default zoom, never overlapping.

The page opens fitted to the drawing, so the default zoom is known from the layout's extent
and the graph area the page is designed for (:data:`VIEWPORT`). Each label gets a font size
that reads as :data:`SCREEN_FONT` pixels at that zoom, and its box (centred under its node,
where vis-network draws it) is estimated generously. Labels are then taken greedily in
priority order (the focus, then what the view ranks highest) and a label is drawn only when
its box is clear of every label already kept and of every more important node (a label of several
lines, such as a community's top entities, may be kept as its first line); the others show their
name on hover and in the panel. Edge labels (what two papers share, in the projection) come last:
:func:`place_edge_labels` keeps one at its edge's midpoint only where it is clear of every node,
node label and edge label already kept.

>>> recs = [{"x": 0.0, "y": 0.0, "size": 8.0, "label": "ImageNet"},
...         {"x": 4.0, "y": 2.0, "size": 8.0, "label": "ImageNet-1k"}]
>>> place_labels(recs, [0, 1])
>>> [r["label"] for r in recs]
['ImageNet', '']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, MutableMapping, Sequence
from typing import Any

__all__ = [
    "EDGE_FONT",
    "SCREEN_FONT",
    "VIEWPORT",
    "edge_label_forms",
    "fit_scale",
    "label_box",
    "label_width",
    "place_edge_labels",
    "place_labels",
    "spread",
]

VIEWPORT = (820.0, 560.0)
"""The graph area (pixels) the page is designed for: a laptop window with both side panels open."""

SCREEN_FONT = 13.0
"""Label size in screen pixels at the default zoom."""

EDGE_FONT = 10.0
"""Edge label size in screen pixels at the default zoom."""

_CHAR = 0.62  # average glyph width / font size for vis-network's default sans-serif, generously
_LINE = 1.35  # label box height / font size
_MARGIN = 3.0  # vis-network draws a label this far below the shape
_SHORT = 16  # characters of the shortest form a crowded label is cut to
_BELOW = 0.5  # font sizes kept free under a node label's estimated box: Chromium draws a one-line label
# of font f from about 0.7 f to 1.7 f below the shape, lower than label_box's estimate

Box = tuple[float, float, float, float]


def _extent(recs: Sequence[MutableMapping[str, Any]]) -> tuple[float, float, float, float]:
    x0 = min(r["x"] - r["size"] for r in recs)
    x1 = max(r["x"] + r["size"] for r in recs)
    y0 = min(r["y"] - r["size"] for r in recs)
    y1 = max(r["y"] + r["size"] for r in recs) + 2 * SCREEN_FONT  # the lowest labels
    return x0, y0, max(x1 - x0, 1.0), max(y1 - y0, 1.0)


def fit_scale(recs: Sequence[MutableMapping[str, Any]], viewport: tuple[float, float] = VIEWPORT) -> float:
    """The zoom at which vis-network's fit shows every node in ``viewport`` (at most 1: vis-network's
    fit never zooms in further)."""
    if not recs:
        return 1.0
    _, _, w, h = _extent(recs)
    return min(1.0, viewport[0] / w, viewport[1] / h)


def spread(recs: Sequence[MutableMapping[str, Any]], viewport: tuple[float, float] = VIEWPORT) -> None:
    """Stretch a drawing smaller than ``viewport`` (positions only, not sizes) until it fills it."""
    shown = [r for r in recs if not r.get("hidden")]
    if len(shown) < 2:
        return
    x0, y0, w, h = _extent(shown)
    k = min(4.0, 0.96 * viewport[0] / w, 0.96 * viewport[1] / h)
    if k > 1.0:
        cx, cy = x0 + w / 2, y0 + h / 2
        for r in recs:
            r["x"], r["y"] = round(cx + k * (r["x"] - cx), 1), round(cy + k * (r["y"] - cy), 1)


def label_width(text: str, font: float) -> float:
    """A generous estimate of the drawn width of ``text`` at ``font`` (canvas units)."""
    return _CHAR * font * len(text) + 0.6 * font


def label_box(rec: MutableMapping[str, Any], font: float) -> Box:
    """The box (x0, y0, x1, y1) a label of ``font`` canvas units takes under its node."""
    lines = str(rec["label"]).split("\n")
    width = max(label_width(line, font) for line in lines)
    top = rec["y"] + rec["size"] + _MARGIN
    return (rec["x"] - width / 2, top, rec["x"] + width / 2, top + _LINE * font * len(lines))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Grid:
    """Boxes bucketed by cell, so a query looks only at its neighbours."""

    def __init__(self, cell: float) -> None:
        self.cell = cell
        self.cells: dict[tuple[int, int], list[tuple[int, Box]]] = {}

    def _keys(self, b: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(math.floor(b[0] / c), math.floor(b[2] / c) + 1):
            for j in range(math.floor(b[1] / c), math.floor(b[3] / c) + 1):
                yield (i, j)

    def add(self, owner: int, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append((owner, b))

    def hits(self, owner: int, b: Box) -> bool:
        return any(
            o != owner and _overlaps(b, other) for k in self._keys(b) for o, other in self.cells.get(k, ())
        )


def place_labels(
    recs: Sequence[MutableMapping[str, Any]],
    priority: Sequence[int],
    viewport: tuple[float, float] = VIEWPORT,
    *,
    keep_clear: Sequence[int] = (),
) -> None:
    """Set each record's ``font`` (canvas units) and blank the ``label`` of those that would collide.

    ``priority`` lists record indices, most important first (records not in it come after,
    in order). A label may cover the shapes of less important nodes (drawn with a halo, it
    stays legible), never those of more important ones, of ``keep_clear``, nor another label.
    """
    shown = [r for r in recs if not r.get("hidden")]
    font = SCREEN_FONT / fit_scale(shown or recs, viewport)
    nodes = _Grid(font * 6)
    labels = _Grid(font * 6)
    for i in keep_clear:  # no label may cover these shapes
        r = recs[i]
        nodes.add(i, (r["x"] - r["size"], r["y"] - r["size"], r["x"] + r["size"], r["y"] + r["size"]))
    order = list(dict.fromkeys([*priority, *range(len(recs))]))
    for i in order:
        r = recs[i]
        r["font"] = round(font, 2)
        if r.get("hidden"):  # hidden nodes keep their labels for when they are shown
            continue
        s = r["size"]
        nodes.add(i, (r["x"] - s, r["y"] - s, r["x"] + s, r["y"] + s))  # more important than what follows
        if not r.get("label"):
            continue
        for text in _fallbacks(str(r["label"])):  # a several-line label may still fit as its first line
            r["label"] = text
            box = label_box(r, font)
            if not (labels.hits(i, box) or nodes.hits(i, box)):
                labels.add(i, box)
                break
        else:
            r["label"] = ""


def _fallbacks(label: str) -> list[str]:
    """The label, then shorter forms of it to try where it does not fit: its first line alone when
    it has several; a paper title's name before its colon ("ChartSage: Instruction Tuning…" ->
    "ChartSage"); its first 16 characters.

    >>> _fallbacks("GPT-4\\nMMLU"), _fallbacks("COCO")
    (['GPT-4\\nMMLU', 'GPT-4'], ['COCO'])
    >>> _fallbacks("ChartSage: Instruction Tuning…")
    ['ChartSage: Instruction Tuning…', 'ChartSage', 'ChartSage: Inst…']
    """
    first = label.split("\n", 1)[0]
    forms = [label, first]
    head = first.split(": ", 1)[0]
    if 2 < len(head) < len(first):
        forms.append(head)
    if len(first) > _SHORT:
        forms.append(first[: _SHORT - 1].rstrip() + "…")
    return list(dict.fromkeys(forms))


def edge_label_forms(shared: Sequence[str]) -> list[str]:
    """What an edge's label may say, longest first: up to three shared names (and how many more),
    then the first name and the count of the others, then that name cut short.

    >>> edge_label_forms(["DPO", "PPO", "RLHF", "GRPO"])
    ['DPO, PPO, RLHF +1', 'DPO +3']
    >>> edge_label_forms(["Mixture-of-Experts Routing Networks"])
    ['Mixture-of-Experts Routing Networks', 'Mixture-of-Expe…']
    """
    if not shared:
        return []
    more = len(shared) - 3
    forms = [", ".join(shared[:3]) + (f" +{more}" if more > 0 else "")]
    rest = f" +{len(shared) - 1}" if len(shared) > 1 else ""
    forms.append(shared[0] + rest)
    if len(shared[0]) > _SHORT:
        forms.append(shared[0][: _SHORT - 1].rstrip() + "…" + rest)
    return list(dict.fromkeys(forms))


def place_edge_labels(
    nodes: Sequence[MutableMapping[str, Any]],
    edges: Sequence[MutableMapping[str, Any]],
    viewport: tuple[float, float] = VIEWPORT,
) -> None:
    """Give the strongest edges that share names a ``label`` (and its ``font``) at their midpoint.

    Call after :func:`place_labels`. Edges are taken by weight (then in order); an edge keeps the
    first of :func:`edge_label_forms` whose box is clear of every drawn node, every node label and
    every edge label kept before it, else none (it shows what it shares on hover and in the panel).

    >>> nodes = [{"x": 0.0, "y": 0.0, "size": 8.0, "label": ""},
    ...          {"x": 300.0, "y": 0.0, "size": 8.0, "label": ""},
    ...          {"x": 0.0, "y": 10.0, "size": 8.0, "label": ""},
    ...          {"x": 300.0, "y": 10.0, "size": 8.0, "label": ""}]
    >>> edges = [{"from": 0, "to": 1, "weight": 2, "shared": ["DPO", "PPO"]},
    ...          {"from": 2, "to": 3, "weight": 1, "shared": ["GRPO"]}]
    >>> place_labels(nodes, [0, 1, 2, 3]); place_edge_labels(nodes, edges)
    >>> [e.get("label") for e in edges]
    ['DPO, PPO', None]
    """
    shown = [r for r in nodes if not r.get("hidden")]
    if not shown:
        return
    scale = fit_scale(shown, viewport)
    font = EDGE_FONT / scale
    taken = _Grid(SCREEN_FONT / scale * 6)
    for r in shown:
        s = r["size"]
        taken.add(-1, (r["x"] - s, r["y"] - s, r["x"] + s, r["y"] + s))
        if r.get("label"):
            lf = float(r.get("font") or SCREEN_FONT / scale)
            x0, y0, x1, y1 = label_box(r, lf)
            taken.add(-1, (x0, y0, x1, y1 + _BELOW * lf))
    order = sorted(range(len(edges)), key=lambda k: (-float(edges[k].get("weight") or 1), k))
    for k in order:
        e = edges[k]
        e.pop("label", None)
        a, b = nodes[e["from"]], nodes[e["to"]]
        if a.get("hidden") or b.get("hidden"):
            continue
        mx, my = (a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2
        for text in edge_label_forms(e.get("shared") or ()):
            half = label_width(text, font) / 2
            box = (mx - half, my - _LINE * font / 2, mx + half, my + _LINE * font / 2)
            if not taken.hits(k, box):
                taken.add(k, box)
                e["label"], e["font"] = text, round(font, 2)
                break
