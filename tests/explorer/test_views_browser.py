"""The views in real Chromium: labels never overlap at the default zoom (views up to 150 nodes), the
drawing fills the graph area, the paper view greys nothing and highlights a ranked paper on hover,
communities open on click, the entity panel tells its story, and hostile text never runs."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.explorer.explorer import explore
from kg.explorer.sample import synthetic_graph, tiny_graph

from .test_browser import offline_requests, open_page, problems

pytestmark = pytest.mark.browser

# label boxes that intersect, the drawing's extent as a share of the graph area, the label size on screen
METRICS = """(() => {
  const boxes = kgExplorer.labelBoxes(), net = kgExplorer.network, box = document.getElementById('kg-graph');
  const all = boxes.concat(kgExplorer.edgeLabelBoxes());
  let overlaps = 0;
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
    const a = all[i], b = all[j];
    if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) overlaps++;
  }
  let x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
  net.body.nodeIndices.forEach(id => {
    const n = net.body.nodes[id];
    if (n.options.hidden) return;
    const p = net.canvasToDOM({x: n.x, y: n.y}), r = n.options.size * net.getScale();
    x0 = Math.min(x0, p.x - r); y0 = Math.min(y0, p.y - r);
    x1 = Math.max(x1, p.x + r); y1 = Math.max(y1, p.y + r);
  });
  boxes.forEach(b => {
    const a = net.canvasToDOM({x: b[0], y: b[1]}), c = net.canvasToDOM({x: b[2], y: b[3]});
    x0 = Math.min(x0, a.x); y0 = Math.min(y0, a.y); x1 = Math.max(x1, c.x); y1 = Math.max(y1, c.y);
  });
  const fonts = boxes.map(b => net.body.nodes[b[4]].options.font.size * net.getScale());
  return {labels: boxes.length, edgeLabels: all.length - boxes.length, overlaps: overlaps,
          fillW: (x1 - x0) / box.clientWidth,
          fillH: (y1 - y0) / box.clientHeight, inside: x0 >= 0 && y0 >= 0 && x1 <= box.clientWidth &&
          y1 <= box.clientHeight, minFont: Math.min(...fonts)};
})()"""


def _views() -> list[tuple[str, nx.MultiDiGraph, dict[str, Any]]]:
    small, mid = synthetic_graph(60), synthetic_graph(150)
    hub_paper = max((n for n in mid if n.startswith("2501.")), key=mid.degree)
    return [
        ("tiny-overview", tiny_graph(), {}),
        ("tiny-paper", tiny_graph(), {"paper": "2501.00001"}),
        ("tiny-entity", tiny_graph(), {"entity": "ImageNet"}),
        ("overview-60", small, {}),
        ("overview-150", mid, {}),
        ("paper-150", mid, {"paper": hub_paper, "max_nodes": 150}),
        ("entity-150", mid, {"entity": "Entity 00001", "max_nodes": 150}),
        ("communities", synthetic_graph(600), {"max_nodes": 150}),
        ("projection-60", small, {"projection": True}),
    ]


@pytest.mark.parametrize("name", [v[0] for v in _views()])
def test_labels_never_overlap_and_the_drawing_fills_the_area(
    chromium: Any, tmp_path: Path, artifacts: Path, name: str
) -> None:
    _, g, options = next(v for v in _views() if v[0] == name)
    ex = explore(g, **options)
    assert ex.n_nodes <= 600
    page = open_page(chromium, ex.html, tmp_path / f"{name}.html")
    try:
        m = page.evaluate(METRICS)
        page.screenshot(artifacts / f"view-{name}.png")
        visible = page.evaluate(
            "kgExplorer.network.body.nodeIndices.filter(i => "
            "!kgExplorer.network.body.nodes[i].options.hidden).length"
        )
        if visible <= 150:
            assert m["overlaps"] == 0, m
        assert m["labels"] >= min(3, visible), m  # something is labelled
        if ex.kind == "projection":  # what papers share is written on some edges, clear of every label
            assert m["edgeLabels"] >= 1, m
        assert m["minFont"] >= 10, m  # readable at the default zoom
        assert m["inside"], m  # nothing drawn off screen
        assert max(m["fillW"], m["fillH"]) >= 0.75, m  # the drawing fills the area in one direction
        assert problems(page) == []
        assert offline_requests(page, tmp_path / f"{name}.html") == []
    finally:
        page.close()


def test_paper_view_greys_nothing_and_hover_highlights_a_ranked_paper(chromium: Any, tmp_path: Path) -> None:
    g = tiny_graph()
    page = open_page(chromium, explore(g, paper="2501.00001").html, tmp_path / "paper.html")
    try:
        colours = "kgExplorer.network.body.data.nodes.get().map(n => n.color.background)"
        drawn = page.evaluate("kgExplorer.data.draw.nodes.map(n => n.color.background)")
        assert page.evaluate(colours) == drawn  # nothing dimmed on load
        assert not any(c.startswith("rgba(200,200,200") for c in drawn)
        rows = page.evaluate("[...document.querySelectorAll('#kg-panel .ranked')].map(r => r.dataset.node)")
        assert rows == ["2501.00002", "2501.00003"]
        row = page.evaluate(
            "(() => { const b = document.querySelector('#kg-panel .ranked').getBoundingClientRect(); "
            "return [b.left + 5, b.top + b.height / 2]; })()"
        )
        page.send("Input.dispatchMouseEvent", type="mouseMoved", x=row[0], y=row[1])
        kept = page.evaluate(
            "kgExplorer.network.body.data.nodes.get()"
            ".filter(n => !String(n.color.background).startsWith('rgba(200'))"
            ".map(n => kgExplorer.data.nodes[n.id].id).sort()"
        )
        assert kept == ["2501.00001", "2501.00002", "dataset:imagenet"]
        assert page.evaluate(
            "kgExplorer.network.getSelectedNodes().map(i => kgExplorer.data.nodes[i].id)"
        ) == ["2501.00002"]
        page.send("Input.dispatchMouseEvent", type="mouseMoved", x=5, y=5)
        assert page.evaluate(colours) == drawn
        # closer = more shared: the ranked papers sit outside the entity ring
        xy = dict(page.evaluate("kgExplorer.data.nodes.map(n => [n.id, [n.x, n.y]])"))
        fx, fy = xy["2501.00001"]
        dist = {n: ((x - fx) ** 2 + (y - fy) ** 2) ** 0.5 for n, (x, y) in xy.items()}
        assert max(dist["dataset:imagenet"], dist["method:mixture-of-experts"]) < min(
            dist["2501.00002"], dist["2501.00003"]
        )
    finally:
        page.close()


def test_communities_open_on_click_and_search_reveals_members(chromium: Any, tmp_path: Path) -> None:
    g = synthetic_graph(600)
    ex = explore(g, max_nodes=150)
    assert ex.kind == "communities"
    page = open_page(chromium, ex.html, tmp_path / "communities.html")
    try:
        visible = (
            "kgExplorer.network.body.nodeIndices"
            ".filter(i => !kgExplorer.network.body.nodes[i].options.hidden).length"
        )
        before = page.evaluate(visible)
        n_comm = page.evaluate("kgExplorer.data.nodes.filter(n => n.kind === 'Community').length")
        assert before == n_comm >= 2
        first = page.evaluate("kgExplorer.data.nodes.find(n => n.kind === 'Community').id")
        page.evaluate(
            f"kgExplorer.network.focus(kgExplorer.data.nodes.findIndex(n => n.id === '{first}'), "
            "{scale: 1.5, animation: false}), 0"
        )
        x, y = page.evaluate(
            f"(() => {{ const p = kgExplorer.position('{first}'); "
            "const r = document.getElementById('kg-graph').getBoundingClientRect(); "
            "return [p.x + r.left, p.y + r.top]; })()"
        )
        page.click(x, y)
        opened = page.evaluate(visible)
        assert opened > before
        assert page.evaluate("document.getElementById('kg-panel').dataset.node") == first
        x, y = page.evaluate(  # the panel opened and took width: the community moved
            f"(() => {{ const p = kgExplorer.position('{first}'); "
            "const r = document.getElementById('kg-graph').getBoundingClientRect(); "
            "return [p.x + r.left, p.y + r.top]; })()"
        )
        page.click(x, y)  # a second click folds it again
        assert page.evaluate(visible) == before
        hidden_paper = page.evaluate("kgExplorer.data.nodes.find(n => n.kind === 'Paper' && n.hidden).name")
        assert page.evaluate(f"kgExplorer.search({json.dumps(hidden_paper)})")
        assert page.evaluate(visible) > before
        assert problems(page) == []
    finally:
        page.close()


def test_entity_panel_tells_who_introduced_it_its_adoption_and_what_is_used_with_it(
    chromium: Any, tmp_path: Path
) -> None:
    g = tiny_graph()
    page = open_page(chromium, explore(g, entity="LoRA").html, tmp_path / "entity.html")
    try:
        heads = page.evaluate("[...document.querySelectorAll('#kg-panel h2')].map(h => h.textContent)")
        story = ["Introduced by", "Adoption (papers per month)", "Used with"]
        assert [h for h in heads if h in story] == story
        assert page.evaluate("document.querySelectorAll('#kg-panel .chart .bar').length") == len(
            {g.nodes[p]["month"] for p in g.pred["method:lora"]}
        )
        intro = page.evaluate(
            "[...document.querySelectorAll('#kg-panel h2')].find(h => h.textContent === 'Introduced by')"
            ".nextElementSibling.querySelector('li').textContent"
        )
        assert intro.startswith("LoRA for Vision")
    finally:
        page.close()


def test_a_long_adoption_chart_runs_evenly_fits_and_opens_on_its_latest_months(
    chromium: Any, tmp_path: Path
) -> None:
    from kg.explorer.sample import add_entity, add_mention, add_paper

    g = nx.MultiDiGraph(kg_format=1, kg_version="0.1.0")
    lora = add_entity(g, "method", "LoRA")
    months = [f"{y}-{m:02d}" for y in (2023, 2024, 2025, 2026) for m in range(1, 13) if m % 5][:30]
    for i, month in enumerate(months):  # every fifth month has no paper
        for j in range(1 + i % 4):
            pid = f"2601.{i:03d}{j}"
            add_paper(g, pid, f"Paper {i} {j}", "", f"{month}-15")
            add_mention(g, pid, lora)
    page = open_page(chromium, explore(g, entity="LoRA").html, tmp_path / "long.html")
    try:
        page.wait_for("!!document.querySelector('#kg-panel .chart .m[style*=hidden]')")  # fitted
        geometry = page.evaluate(
            "(() => { const c = document.querySelector('#kg-panel .chart'), r = c.getBoundingClientRect();"
            " const cols = [...c.children].map(x => x.getBoundingClientRect());"
            " const labels = [...c.querySelectorAll('.m')].filter(m => m.style.visibility !== 'hidden')"
            "   .map(m => { const b = m.getBoundingClientRect(); return [b.left, b.right, m.textContent]; });"
            " return {top: r.top, right: r.right, cols: cols.map(b => [b.top, b.right]), labels,"
            "   scroll: c.scrollWidth - c.clientWidth}; })()"
        )
        assert len(geometry["cols"]) == 36  # 2023-01 .. 2025-12, the six months without a paper included
        assert all(top >= geometry["top"] for top, _ in geometry["cols"])  # no bar or count cut at the top
        assert geometry["cols"][-1][1] <= geometry["right"]  # the latest month is in view
        labels = geometry["labels"]
        assert labels[-1][2] == "25-12" and len(labels) >= 3
        assert all(a[1] <= b[0] for a, b in pairwise(labels))  # labels never overlap
        assert problems(page) == []
    finally:
        page.close()


@pytest.mark.parametrize("view", ["paper", "entity", "communities"])
def test_hostile_text_never_runs_in_any_view(chromium: Any, hostile: Any, tmp_path: Path, view: str) -> None:
    g = hostile
    if view == "paper":
        ex = explore(g, paper="2501.00001")
    elif view == "entity":
        ex = explore(g, entity="ImageNet")
    else:
        ex = explore(g, max_nodes=5)
    path = tmp_path / f"hostile-{view}.html"
    page = open_page(chromium, ex.html, path)
    try:
        for i in range(min(40, ex.n_nodes)):
            page.evaluate(f"kgExplorer.select(kgExplorer.data.nodes[{i}].id), 0")
        if view == "paper":
            page.evaluate(
                "[...document.querySelectorAll('#kg-panel .ranked')].slice(0, 5).forEach(r => "
                "r.dispatchEvent(new MouseEvent('mouseenter'))), 0"
            )
        hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
        assert all(h.startswith(("https://arxiv.org/abs/", "https://doi.org/")) for h in hrefs), hrefs
        assert page.evaluate("window.__pwned === undefined")
        assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert problems(page) == []
        assert offline_requests(page, path) == []
    finally:
        page.close()
