"""Layout: deterministic, overlap-free, all nodes placed."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.explorer.layout import GAP, layout


def overlaps(pos: dict[str, tuple[float, float]], radius: dict[str, float]) -> list[tuple[str, str]]:
    ids = sorted(pos)
    return [
        (a, b)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if math.dist(pos[a], pos[b]) < radius[a] + radius[b] + GAP - 1.0
    ]


edges_strategy = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=150)


@settings(max_examples=40, deadline=None)
@given(edges=edges_strategy, extra=st.integers(0, 10))
def test_every_node_placed_none_overlapping_and_order_free(edges: list[tuple[int, int]], extra: int) -> None:
    nodes = sorted({f"n{a}" for e in edges for a in e} | {f"x{i}" for i in range(extra)})
    pairs = [(f"n{a}", f"n{b}") for a, b in edges]
    radius = {n: 6.0 + (int(n[1:]) % 5) for n in nodes}
    pos = layout(nodes, pairs, radius=radius)
    assert sorted(pos) == nodes
    assert overlaps(pos, radius) == []
    assert pos == layout(list(reversed(nodes)), [(b, a) for a, b in reversed(pairs)], radius=radius)


def test_star_puts_leaves_around_the_hub() -> None:
    nodes = ["hub", *[f"leaf{i:02d}" for i in range(30)]]
    pos = layout(nodes, [("hub", n) for n in nodes[1:]])
    hub = pos["hub"]
    dists = [math.dist(hub, pos[n]) for n in nodes[1:]]
    assert max(dists) < 120  # compact: all leaves within a few rings
    assert min(dists) >= 8 + 8 + GAP - 1


def test_empty_and_single() -> None:
    assert layout([], []) == {}
    assert list(layout(["a"], [])) == ["a"]


def test_positions_do_not_depend_on_the_string_hash_seed() -> None:
    """Node-set iteration order varies with PYTHONHASHSEED; the positions must not (regression)."""
    import subprocess
    import sys

    code = (
        "from kg.explorer.layout import layout\n"
        "nodes = [f'n{i}' for i in range(40)]\n"
        "edges = [(f'n{i}', f'n{(i * 7 + 3) % 40}') for i in range(40)] + [('x', 'y'), ('y', 'z')]\n"
        "print(sorted(layout(nodes + ['x', 'y', 'z'], edges).items()))\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outs) == 1


def test_a_crowded_several_line_label_keeps_its_first_line() -> None:
    """A community's three-line label would cover a more important community just below it; its
    first line fits, so the cluster keeps a name (and no label covers a shape it must not)."""
    from kg.explorer.labels import label_box, place_labels

    recs = [
        {"x": 0.0, "y": 60.0, "size": 10.0, "label": "Reward Modeling"},
        {"x": 0.0, "y": 0.0, "size": 10.0, "label": "GPT-4\nGPT-3.5\nMMLU"},
    ]
    place_labels(recs, [0, 1], viewport=(400.0, 400.0))
    assert recs[0]["label"] == "Reward Modeling" and recs[1]["label"] == "GPT-4"
    box = label_box(recs[1], recs[1]["font"])
    assert box[3] < recs[0]["y"] - recs[0]["size"]  # clear of the more important shape


def test_a_crowded_paper_label_falls_back_to_its_name_before_the_colon() -> None:
    """A ranked paper's long title would cover a more important entity label just beside it; the
    paper's own name (before the colon) fits, so the node is still named on the canvas."""
    from kg.explorer.labels import place_labels

    recs = [
        {"x": 0.0, "y": 0.0, "size": 10.0, "label": "Low-Rank Adaptation"},
        {"x": 150.0, "y": -15.0, "size": 10.0, "label": "ChartSage: Instruction Tuning…"},
    ]
    place_labels(recs, [0, 1], viewport=(400.0, 400.0))
    assert recs[0]["label"] == "Low-Rank Adaptation"
    assert recs[1]["label"] == "ChartSage"


@settings(max_examples=40, deadline=None)
@given(
    points=st.lists(st.tuples(st.integers(-400, 400), st.integers(-300, 300)), min_size=2, max_size=25),
    pairs=st.lists(st.tuples(st.integers(0, 24), st.integers(0, 24), st.integers(1, 5)), max_size=60),
)
def test_edge_labels_never_cover_a_node_a_node_label_or_each_other(
    points: list[tuple[int, int]], pairs: list[tuple[int, int, int]]
) -> None:
    """Edge labels (what two papers share) are kept only where they are clear; the strongest first."""
    from kg.explorer.labels import label_box, label_width, place_edge_labels, place_labels

    nodes = [
        {"x": float(x), "y": float(y), "size": 8.0, "label": f"Paper {i}"} for i, (x, y) in enumerate(points)
    ]
    edges = [
        {"from": a, "to": b, "weight": w, "shared": [f"Method {a}-{b}", "ImageNet", "COCO", "GLUE"][:w]}
        for a, b, w in pairs
        if a < len(nodes) and b < len(nodes) and a != b
    ]
    place_labels(nodes, list(range(len(nodes))))
    place_edge_labels(nodes, edges)
    boxes = [(n["x"] - 8, n["y"] - 8, n["x"] + 8, n["y"] + 8) for n in nodes]
    boxes += [label_box(n, n["font"]) for n in nodes if n["label"]]
    labelled = [e for e in edges if e.get("label")]
    for e in labelled:
        a, b = nodes[e["from"]], nodes[e["to"]]
        mx, my, half = (a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2, label_width(e["label"], e["font"]) / 2
        box = (mx - half, my - 0.675 * e["font"], mx + half, my + 0.675 * e["font"])
        assert not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in boxes)
        boxes.append(box)
    if edges and not labelled:  # nothing fitted: then the strongest edge had no room either
        assert "label" not in max(edges, key=lambda e: e["weight"])


def test_the_strongest_edge_is_labelled_first_and_a_crowded_one_says_less() -> None:
    from kg.explorer.labels import place_edge_labels

    nodes = [
        {"x": float(x), "y": float(y), "size": 8.0, "label": ""}
        for x, y in [(0, 0), (400, 0), (0, 12), (400, 12)]
    ]
    weak = {"from": 2, "to": 3, "weight": 1, "shared": ["GRPO"]}
    strong = {"from": 0, "to": 1, "weight": 4, "shared": ["DPO", "PPO", "RLHF", "KTO"]}
    place_edge_labels(nodes, [weak, strong], viewport=(820.0, 560.0))
    assert strong["label"] == "DPO, PPO, RLHF +1" and "label" not in weak


def test_no_projection_label_covers_a_paper() -> None:
    """In the projection every node is a paper, none more important than another: a label that would
    cover another paper's shape is shortened or left out (its title shows on hover and in the panel)."""
    from kg.explorer.html import page_data
    from kg.explorer.labels import label_box
    from kg.explorer.sample import synthetic_graph
    from kg.explorer.views import projection_view

    g = synthetic_graph(150)
    nodes = page_data(g, projection_view(g))["nodes"]
    assert sum(1 for n in nodes if n["label"]) >= 5
    for n in (n for n in nodes if n["label"]):
        x0, y0, x1, y1 = label_box(n, n["font"])
        covered = [
            o["id"]
            for o in nodes
            if o is not n
            and x0 < o["x"] + o["size"]
            and o["x"] - o["size"] < x1
            and y0 < o["y"] + o["size"]
            and o["y"] - o["size"] < y1
        ]
        assert covered == [], (n["label"], covered)
