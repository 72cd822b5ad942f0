"""The explorer in Jupyter: ``kg.explore`` stays callable, a KnowledgeGraph or a networkx graph is
accepted, the text output is one line, and a real notebook (nbclient + ipykernel) renders the
page in its HTML output — drawn in Chromium inside the sandboxed iframe."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.api import KnowledgeGraph
from kg.explorer.explorer import Explorer, explore
from kg.explorer.sample import tiny_graph


def test_kg_explore_stays_callable_after_any_import() -> None:
    """In a fresh interpreter: import the explorer's modules first, then call ``kg.explore``
    three times, with more imports between the calls."""
    code = (
        "import kg.explorer.explorer, kg.explorer, kg\n"
        "from kg.explorer.sample import tiny_graph\n"
        "a = kg.explore(tiny_graph())\n"
        "import kg.explorer.views, kg.explorer.html\n"
        "b = kg.explore(tiny_graph(), paper='2501.00001')\n"
        "from kg import explore\n"
        "c = explore(tiny_graph(), entity='ImageNet')\n"
        "print(a.kind, b.kind, c.kind, kg.explore is explore)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["overview", "paper", "entity", "True"]
    code_lazy = (
        "import kg\nfrom kg.explorer.sample import tiny_graph\n"
        "print(kg.explore(tiny_graph()).kind, kg.explore(tiny_graph()).kind)\n"
    )
    out = subprocess.run([sys.executable, "-c", code_lazy], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["overview", "overview"]


def test_explore_accepts_a_knowledge_graph_or_any_networkx_graph() -> None:
    g = tiny_graph()
    kgraph = KnowledgeGraph(g)
    want = explore(g, paper="2501.00001").html
    assert explore(kgraph, paper="2501.00001").html == want
    assert kgraph.explore(paper="2501.00001").html == want
    # an undirected simple copy (what many networkx users make) gives the same page
    assert explore(nx.Graph(g), paper="2501.00001").html == want
    # a subgraph of kg's graph, e.g. a neighbourhood
    sub = kgraph.neighbourhood("dataset:imagenet", hops=1)
    assert explore(sub).n_nodes == sub.number_of_nodes() - sum(
        1 for _, d in sub.nodes(data=True) if d["label"] == "Author"
    )
    with pytest.raises(Exception, match="cannot explore a list"):
        explore([1, 2])


def test_text_repr_is_short() -> None:
    ex = explore(tiny_graph(), paper="2501.00001")
    assert (
        repr(ex) == "<Explorer paper view, 5 nodes, 4 edges: "
        "'Papers sharing dataset/benchmark/method/model/task with Sparse Mixtur…'>"
    )
    assert len(repr(ex)) < 200 < len(ex.html)


def _notebook(graph_file: Path) -> Any:
    import nbformat

    cells = [
        f"import kg\nfrom kg.api import open_graph\ng = open_graph({str(graph_file)!r})",
        "kg.explore(g, paper='2501.00001')",
        "g.explore(entity='ImageNet')",
        "import kg.explorer.explorer\nkg.explore(g.nx)",
    ]
    return nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    pytest.importorskip("ipykernel")
    nbclient = pytest.importorskip("nbclient")
    from kg.graph.io import save_graph

    tmp = tmp_path_factory.mktemp("nb")
    save_graph(tiny_graph(), tmp / "graph.json")
    nb = _notebook(tmp / "graph.json")
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": tmp}}
    ).execute()
    return nb


def test_notebook_runs_and_each_output_is_one_line_plus_the_page(executed: Any) -> None:
    outputs = [cell.outputs for cell in executed.cells]
    assert outputs[0] == []
    for cell_out, kind in zip(outputs[1:], ("paper", "entity", "overview"), strict=True):
        (out,) = cell_out
        assert out.output_type == "execute_result"
        text = out.data["text/plain"]
        assert text.startswith(f"<Explorer {kind} view, ") and "\n" not in text and len(text) < 200
        page = out.data["text/html"]
        assert page.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in page
    size = len(json.dumps(executed))
    pages = sum(len(c.outputs[0].data["text/html"]) for c in executed.cells[1:])
    assert size < pages * 1.05  # the text outputs add nothing of note


def _session_eval(page: Any, session: str, expression: str) -> Any:
    """``Runtime.evaluate`` in an attached target (flat session) and its JSON value."""
    msg_id = next(page.ids)
    params = {"expression": expression, "returnByValue": True}
    page.ws.send(
        json.dumps({"id": msg_id, "sessionId": session, "method": "Runtime.evaluate", "params": params})
    )
    deadline = time.monotonic() + 30
    while True:
        message = page._recv(deadline)
        if message.get("id") == msg_id:
            return message.get("result", {}).get("result", {}).get("value")
        if "method" in message:
            page.events.append(message)


@pytest.mark.browser
def test_notebook_html_output_draws_in_chromium(executed: Any, chromium: Any, tmp_path: Path) -> None:
    """Open the paper view's HTML output (the iframe) in Chromium; the page inside draws its graph."""
    out = executed.cells[1].outputs[0].data["text/html"]
    path = tmp_path / "output.html"
    path.write_text(f"<!DOCTYPE html><html><body>{out}</body></html>", encoding="utf-8")
    page = chromium.new_page()
    try:
        # the sandboxed iframe runs in its own process: attach to it as a target of its own
        page.send("Target.setAutoAttach", autoAttach=True, waitForDebuggerOnStart=False, flatten=True)
        page.block_network()
        page.goto(path.as_uri())
        attached = page.wait_event("Target.attachedToTarget")["params"]
        assert attached["targetInfo"]["type"] == "iframe"
        expression = (
            "document.documentElement.getAttribute('data-kg-drawn') && "
            "[kgExplorer.drawnNodeCount(), document.getElementById('kg-panel').dataset.node]"
        )
        deadline, drawn = time.monotonic() + 30, None
        while time.monotonic() < deadline and not drawn:
            drawn = _session_eval(page, attached["sessionId"], expression)
            time.sleep(0.1)
        assert drawn == [5, "2501.00001"]
        srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', out).group(1))  # type: ignore[union-attr]
        assert srcdoc == explore(tiny_graph(), paper="2501.00001").html
        assert [u for u in page.requests() if u != path.as_uri()] == []
    finally:
        page.close()


def test_explorer_is_a_frozen_record() -> None:
    ex = explore(tiny_graph())
    assert isinstance(ex, Explorer)
    with pytest.raises(AttributeError):
        ex.kind = "x"  # type: ignore[misc]
