"""``kg query`` and ``kg load`` end to end (in-process ``kg.cli.main``, real engines)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cypher_support import DATABASE, PASSWORD, ArcadeServer, free_port, sample_graph, write_graph

from kg.cli import main
from kg.cypher.run import list_queries


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_graph(sample_graph(), tmp_path_factory.mktemp("cli") / "graph.json")


def test_list_shows_every_query(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for q in list_queries():
        assert q.name in out and q.purpose in out


def test_query_json_and_csv(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["query", "top_entities", "--graph", str(graph_file), "--param", "type=dataset", "-p", "limit=2"]
    assert main([*args, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"id": "dataset:imagenet", "name": "ImageNet", "papers": 3},
        {"id": "dataset:coco", "name": "COCO", "papers": 2},
    ]
    assert main([*args, "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        ["id", "name", "papers"],
        ["dataset:imagenet", "ImageNet", "3"],
        ["dataset:coco", "COCO", "2"],
    ]


def test_query_table(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "shared_datasets", "--graph", str(graph_file), "--param", "id=2402.00002"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["paper", "title", "shared", "names"]
    assert lines[2].startswith("2404.00004") and "Detection with transformers" in lines[2]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["query", "no_such"], "unknown query: 'no_such'"),
        (["query", "shared_datasets"], "needs parameter $id"),
        (["query", "top_entities", "-p", "limit=many"], "$limit must be int"),
        (["query", "top_entities", "-p", "oops"], "--param needs NAME=VALUE"),
        (["query", "top_entities", "-p", "type=widget"], "$type must be an entity type (dataset, benchmark"),
        (["query", "trending_entities", "-p", "since=2024", "-p", "until=2024-04"], "$since must be a month"),
    ],
)
def test_query_errors_exit_2(
    graph_file: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--graph", str(graph_file)]) == 2
    assert message in capsys.readouterr().err


def test_query_a_file_the_engine_cannot_run(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "labels.cypher"
    bad.write_text("MATCH (n) RETURN [x IN labels(n) WHERE x <> 'Paper'] AS l\n")
    assert main(["query", str(bad), "--graph", str(graph_file)]) == 2
    assert "embedded engine cannot run this query" in capsys.readouterr().err


@pytest.mark.bolt
def test_load_and_query_over_bolt(
    arcade: ArcadeServer,
    graph_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    common = ["--neo4j", arcade.uri, "--user", "root", "--database", DATABASE]
    assert (
        main(["load", str(graph_file), *common, "--wipe", "--yes", "--batch-size", "5", "--workers", "2"])
        == 0
    )
    out = capsys.readouterr().out
    assert "server now holds 21 nodes, 36 relationships" in out
    args = ["query", "top_entities", *common, "-p", "type=dataset", "-p", "limit=2", "--format", "json"]
    assert main(args) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["dataset:imagenet", "dataset:coco"]
    assert main(["query", "shared_datasets", *common, "-p", "id=2401.00001", "--json"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    assert main(["query", "shared_datasets", *common, "-p", "id=2599.99999"]) == 2
    assert "no paper with id '2599.99999'" in capsys.readouterr().err


def test_wipe_without_terminal_needs_yes(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", str(graph_file), "--neo4j", "bolt://127.0.0.1:1", "--wipe"]) == 2
    assert "add --yes" in capsys.readouterr().err


def test_load_to_nowhere_names_the_uri(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uri = f"bolt://127.0.0.1:{free_port()}"
    assert main(["load", str(graph_file), "--neo4j", uri, "--password", "x"]) == 2
    err = capsys.readouterr().err
    assert uri in err and "hint:" in err


def test_query_says_what_it_cut_and_which_node_a_name_named(
    graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    g = ["--graph", str(graph_file)]
    assert main(["query", "top_entities", *g, "-p", "type=Dataset", "-p", "limit=1"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines()[2].startswith("dataset:imagenet")
    assert "the first 1 rows; more match (--param limit=N shows more)" in captured.err
    assert main(["query", "shared_datasets", *g, "-p", "id=Detection with transformers"]) == 0
    note = "$id 'Detection with transformers' is 2404.00004 (Detection with transformers)"
    assert note in capsys.readouterr().err
    assert main(["query", "shared_datasets", *g, "-p", "id=2405.00005", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and captured.err.strip() == "no rows"


def test_the_first_query_says_why_it_waits(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    graph = write_graph(sample_graph(), tmp_path / "graph.json")
    args = ["query", "top_entities", "--graph", str(graph), "-p", "limit=1"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "first query since the build copies the graph into the embedded database" in err
    assert str(tmp_path / ".kg-cypher") in err
    assert main(args) == 0  # cached: no word about it
    assert "embedded database" not in capsys.readouterr().err
