"""The explorer in a real headless Chromium, with the network blocked.

Each test opens a page written by kg.explorer.explorer, records every request the page makes and
every console/CSP message, and drives it with real mouse and keyboard events.
Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.explorer.explorer import explore
from kg.explorer.sample import synthetic_graph, tiny_graph

pytestmark = pytest.mark.browser

READY = "['data-kg-ready', 'data-kg-drawn'].every(a => document.documentElement.getAttribute(a))"


def open_page(browser: Any, html: str, path: Path) -> Any:
    """Write ``html`` to ``path``, open it offline, wait until drawn."""
    path.write_text(html, encoding="utf-8")
    page = browser.new_page()
    page.send("Runtime.enable")
    page.send("Log.enable")
    page.block_network()
    page.goto(path.as_uri())
    page.wait_for(READY)
    return page


def problems(page: Any) -> list[str]:
    """Console errors, uncaught exceptions and CSP violations the page reported."""
    out = []
    for ev in page.events:
        m, p = ev.get("method"), ev.get("params", {})
        if m == "Runtime.exceptionThrown":
            out.append(json.dumps(p)[:300])
        elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning"):
            out.append(json.dumps(p.get("args"))[:300])
        elif m == "Log.entryAdded" and p["entry"].get("level") in ("error", "warning"):
            out.append(p["entry"].get("text", "")[:300])
    return out


def offline_requests(page: Any, path: Path) -> list[str]:
    """Requests other than the page itself (must be none)."""
    return [u for u in page.requests() if u != path.as_uri()]


def node_index(page: Any, node_id: str) -> int:
    return int(page.evaluate(f"kgExplorer.data.nodes.findIndex(n => n.id === {json.dumps(node_id)})"))


def node_xy(page: Any, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    x, y = page.evaluate(
        f"(() => {{ const p = kgExplorer.position({json.dumps(node_id)}); "
        "const r = document.getElementById('kg-graph').getBoundingClientRect(); "
        "return [p.x + r.left, p.y + r.top]; })()"
    )
    return float(x), float(y)


def click_node(page: Any, node_id: str) -> None:
    """Zoom to the node, then click its centre with a real mouse event."""
    i = node_index(page, node_id)
    page.evaluate(f"kgExplorer.network.focus({i}, {{scale: 2.5, animation: false}}), 0")
    page.click(*node_xy(page, node_id))


def panel_node(page: Any) -> Any:
    return page.evaluate(
        "document.getElementById('kg-panel').hidden ? null : document.getElementById('kg-panel').dataset.node"
    )


def search(page: Any, text: str) -> None:
    page.evaluate(
        "document.getElementById('kg-search').value = ''; document.getElementById('kg-search').focus(), 0"
    )
    page.type_and_enter(text)


def view_centre_near(page: Any, node_id: str) -> bool:
    """Whether the node is at the centre of the drawing after a search (within 5 px)."""
    x, y = page.evaluate(
        f"(() => {{ const p = kgExplorer.position({json.dumps(node_id)}); "
        "const c = document.getElementById('kg-graph'); "
        "return [p.x - c.clientWidth / 2, p.y - c.clientHeight / 2]; })()"
    )
    return abs(x) < 5 and abs(y) < 5


def test_fixture_graph_offline_search_and_click(chromium: Any, tmp_path: Path, artifacts: Path) -> None:
    g = tiny_graph()
    path = tmp_path / "tiny.html"
    page = open_page(chromium, explore(g).html, path)
    try:
        assert offline_requests(page, path) == []
        assert problems(page) == []
        assert page.evaluate("kgExplorer.drawnNodeCount()") == g.number_of_nodes()
        search(page, "coco")
        assert page.evaluate(
            "kgExplorer.network.getSelectedNodes().map(i => kgExplorer.data.nodes[i].id)"
        ) == ["dataset:coco"]
        assert panel_node(page) == "dataset:coco"
        assert view_centre_near(page, "dataset:coco")
        click_node(page, "2501.00002")
        assert panel_node(page) == "2501.00002"
        assert page.evaluate("document.querySelector('#kg-panel h1').textContent") == "LoRA for Vision"
        marks = page.evaluate(
            "[...document.querySelectorAll('#kg-panel .abstract mark')].map(m => m.textContent)"
        )
        assert marks == ["LoRA", "ImageNet", "COCO"]
        links = page.evaluate("[...document.querySelectorAll('#kg-panel .links a')].map(a => a.href)")
        assert links == ["https://arxiv.org/abs/2501.00002"]
        page.screenshot(artifacts / "explorer-tiny-panel.png")
        assert offline_requests(page, path) == []
    finally:
        page.close()


def test_hostile_titles_never_execute(
    chromium: Any, hostile: Any, payload_strings: list[str], tmp_path: Path, artifacts: Path
) -> None:
    g = hostile
    path = tmp_path / "hostile.html"
    page = open_page(chromium, explore(g, max_nodes=1000).html, path)
    try:
        papers = sorted(n for n, d in g.nodes(data=True) if d["label"] == "Paper")
        drawn = sorted(n for n, d in g.nodes(data=True) if d["label"] != "Author")
        assert page.evaluate("kgExplorer.drawnNodeCount()") == len(drawn)
        for node in drawn:
            click_node(page, node)  # opens the panel: title, abstract with marks, authors, links
            assert panel_node(page) == node
            if node in papers:
                assert (
                    page.evaluate("document.querySelector('#kg-panel h1').textContent")
                    == g.nodes[node]["title"]
                )
            x, y = node_xy(page, node)
            page.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + 1, y=y + 1)  # hover: tooltip
        for bad in payload_strings:
            search(page, bad)
        hrefs = page.evaluate("[...document.querySelectorAll('a')].map(a => a.href)")
        assert all(h.startswith(("https://arxiv.org/abs/", "https://doi.org/")) for h in hrefs), hrefs
        assert page.evaluate("window.__pwned === undefined")
        assert page.evaluate("document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert problems(page) == []  # no CSP violation: nothing even tried to run
        assert offline_requests(page, path) == []
        page.screenshot(artifacts / "explorer-hostile.png")
    finally:
        page.close()


@pytest.mark.shared
def test_real_listing_offline(chromium: Any, listing: Any, artifacts: Path) -> None:
    """The explorer `kg build` wrote for the real Hugging Face listing."""
    g, path = listing
    page = open_page(chromium, path.read_text(encoding="utf-8"), path)
    try:
        drawable = [n for n, d in g.nodes(data=True) if d["label"] != "Author"]
        assert offline_requests(page, path) == []
        assert problems(page) == []
        assert page.evaluate("kgExplorer.drawnNodeCount()") == len(drawable)
        page.screenshot(artifacts / "explorer-listing-overview.png")
        papers = sorted(
            (n for n, d in g.nodes(data=True) if d["label"] == "Paper"), key=lambda n: -g.degree(n)
        )
        target = papers[0]
        title = g.nodes[target]["title"]
        search(page, title)
        assert panel_node(page) == target
        assert view_centre_near(page, target)
        page.evaluate("kgExplorer.network.fit({animation: false}), 0")
        other = papers[1]
        click_node(page, other)
        assert panel_node(page) == other
        assert page.evaluate("document.querySelector('#kg-panel h1').textContent") == g.nodes[other]["title"]
        page.screenshot(artifacts / "explorer-listing-panel.png")
        assert offline_requests(page, path) == []
    finally:
        page.close()


def test_paper_view_panel_lists_ranked_papers(chromium: Any, tmp_path: Path) -> None:
    g = tiny_graph()
    path = tmp_path / "paper.html"
    page = open_page(chromium, explore(g, paper="2501.00001").html, path)
    try:
        assert panel_node(page) == "2501.00001"  # the focus opens on load
        ranked = page.evaluate(
            "[...document.querySelectorAll('#kg-panel li')].map(li => li.textContent)"
            ".filter(t => t.includes('shared'))"
        )
        assert ranked == [
            "LoRA for Vision — 1 shared: ImageNet",
            "Detecting Objects with MoE — 1 shared: Mixture-of-Experts",
        ]
    finally:
        page.close()


def test_2000_nodes_open_and_respond(chromium: Any, tmp_path: Path, artifacts: Path) -> None:
    g = synthetic_graph(2000)
    path = tmp_path / "big.html"
    page = open_page(chromium, explore(g, max_nodes=2000).html, path)
    try:
        assert page.evaluate("kgExplorer.drawnNodeCount()") == 2000
        assert page.evaluate("kgExplorer.network.physics.options.enabled") is False
        page.screenshot(artifacts / "explorer-2000.png")
        search(page, "Entity 00003")
        assert panel_node(page) == "model:entity-00003"
        click_node(page, "2501.00010")
        assert panel_node(page) == "2501.00010"
        assert problems(page) == []
    finally:
        page.close()


def test_edge_tooltip_shows_evidence_and_filters_hide_types(chromium: Any, tmp_path: Path) -> None:
    g = tiny_graph()
    path = tmp_path / "tiny.html"
    page = open_page(chromium, explore(g).html, path)
    try:
        page.evaluate(
            "kgExplorer.network.focus(kgExplorer.data.nodes.findIndex(n => n.id === 'method:lora'), "
            "{scale: 2, animation: false}), 0"
        )
        (x1, y1), (x2, y2) = node_xy(page, "2501.00002"), node_xy(page, "method:lora")
        page.send("Input.dispatchMouseEvent", type="mouseMoved", x=(x1 + x2) / 2, y=(y1 + y2) / 2)
        page.wait_for("!document.getElementById('kg-tip').hidden", timeout=5)
        tip = page.evaluate("document.getElementById('kg-tip').textContent")
        assert tip.startswith("introduces LoRA for Vision → LoRA")
        assert "evidence We apply LoRA to ViT on ImageNet and COCO." in tip
        page.evaluate("document.querySelector('input[data-kind=Dataset]').click(), 0")
        hidden = page.evaluate("kgExplorer.network.body.data.nodes.get().filter(n => n.hidden).length")
        assert hidden == 2
        search(page, "coco")
        assert page.evaluate("document.getElementById('kg-search-status').textContent") == "no match"
    finally:
        page.close()
