"""Hostile sizes in the explorer (issue 14): a 1 MB title is clipped where it is shown in passing
(heading, footer note, node label, tooltip) and kept whole in the side panel; the graph stays in view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.explorer.explorer import explore
from kg.explorer.sample import tiny_graph

from .test_browser import open_page

pytestmark = pytest.mark.browser

HUGE = "Enormous title " * 70_000  # ~1 MB


def test_a_one_megabyte_title_does_not_push_the_graph_out_of_view(chromium: Any, tmp_path: Path) -> None:
    g = tiny_graph()
    g.nodes["2501.00001"]["title"] = HUGE
    page = open_page(chromium, explore(g, paper="2501.00001").html, tmp_path / "huge.html")
    try:
        sizes = page.evaluate(
            "(() => { const r = document.getElementById('kg-graph').getBoundingClientRect();"
            " return [r.height, innerHeight, document.getElementById('kg-note').textContent.length,"
            " document.getElementById('kg-title').textContent.length,"
            " Math.max(...kgExplorer.data.nodes.map((n, i) =>"
            " String(kgExplorer.network.body.data.nodes.get(i).label || '').length))]; })()"
        )
        height, window_height, note, title, label = sizes
        assert height > window_height / 2, sizes  # the graph keeps most of the window
        assert note <= 400 and title <= 400 and label <= 120, sizes
        whole = page.evaluate("document.querySelector('#kg-panel h1').textContent.length")
        assert whole == len(HUGE)  # the panel shows the title whole
    finally:
        page.close()
