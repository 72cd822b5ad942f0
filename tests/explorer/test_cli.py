"""`kg explore` end to end on a saved graph file, and the query view on the embedded engine."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.cli import main
from kg.cli.explore import parse_params
from kg.errors import ConfigError
from kg.explorer.explorer import explore
from kg.explorer.sample import tiny_graph
from kg.graph.io import save_graph


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    save_graph(tiny_graph(), path)
    return path


def nodes_in(page: Path) -> list[str]:
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page.read_text(), re.S)
    assert found
    return [n["id"] for n in json.loads(found.group(1))["nodes"]]


def test_overview_paper_entity_projection(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.html"
    assert main(["explore", str(graph_file), "-o", str(out)]) == 0
    assert len(nodes_in(out)) == 10
    assert "wrote" in capsys.readouterr().err
    assert (
        main(["explore", str(graph_file), "--paper", "2501.00001", "--via", "dataset", "-o", str(out)]) == 0
    )
    assert nodes_in(out) == ["2501.00001", "2501.00002", "dataset:imagenet"]
    assert main(["explore", str(graph_file), "--entity", "moe", "-o", str(out)]) == 0
    assert nodes_in(out) == ["2501.00001", "2501.00003", "method:mixture-of-experts"]
    assert main(["explore", str(graph_file), "--projection", "--max-nodes", "2", "-o", str(out)]) == 0
    assert len(nodes_in(out)) == 2


def test_errors_exit_2_with_a_message(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.html"
    assert main(["explore", str(graph_file), "--paper", "nope", "-o", str(out)]) == 2
    assert "no paper matches 'nope'" in capsys.readouterr().err
    assert main(["explore", str(graph_file), "--via", "planet", "--projection", "-o", str(out)]) == 2
    assert main(["explore", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
    assert not out.exists()
    with pytest.raises(SystemExit):  # argparse: one focus only
        main(["explore", str(graph_file), "--paper", "a", "--entity", "b", "-o", str(out)])


def test_query_view_draws_the_rows_and_what_links_them(graph_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.html"
    args = [
        "explore",
        str(graph_file),
        "--query",
        "shared_datasets",
        "--param",
        "id=2501.00002",
        "-o",
        str(out),
    ]
    assert main(args) == 0
    drawn = nodes_in(out)
    assert {"2501.00002", "2501.00001", "2501.00003", "dataset:imagenet", "dataset:coco"} <= set(drawn)
    in_memory = explore(tiny_graph(), query="shared_datasets", params={"id": "2501.00002"})
    assert in_memory.n_nodes == len(drawn)


def test_query_view_says_which_paper_a_title_named_and_what_its_limit_cut(graph_file: Path) -> None:
    for source in (graph_file, None):  # the cached engine and the in-memory one
        named = {"id": "LoRA for Vision", "limit": 1}
        cut = explore(tiny_graph(), query="shared_datasets", params=named, graph_file=source)
        assert "$id 'LoRA for Vision' is 2501.00002 (LoRA for Vision)." in cut.note
        assert "More rows match than its limit (1): raise --param limit." in cut.note
        whole = explore(tiny_graph(), query="shared_datasets", params={"id": "2501.00002"}, graph_file=source)
        assert "$id" not in whole.note and "More rows" not in whole.note


def test_params_keep_ids_as_text() -> None:
    assert parse_params(["id=2503.11731", "limit=3", "name=a=b"]) == {
        "id": "2503.11731",
        "limit": 3,
        "name": "a=b",
    }
    with pytest.raises(ConfigError):
        parse_params(["novalue"])
