"""The graph commands: build, stats, similar, neighbours, export (run through kg.cli.main, in process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import build_parser, main
from kg.graph.demo import demo_graph
from kg.graph.io import save_graph

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
COMMANDS = ("build", "stats", "similar", "neighbours", "export")


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    save_graph(demo_graph(), path)
    return path


def test_every_command_has_an_example() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        epilog = sub.choices[name].epilog  # type: ignore[attr-defined]
        assert epilog and "examples:" in epilog and f"kg {name}" in epilog, name


def test_build_summary_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["build", str(FIX / "listing_a.jsonl"), "--out", str(out), "--no-explorer", "--json"]) == 0
    captured = capsys.readouterr()
    assert "5 papers read, 0 skipped" in captured.err and "links:" in captured.err
    data = json.loads(captured.out)
    assert data["papers_total"] == 5 and data["nodes"]["Paper"] == 5 and data["explorer"] is None
    assert (out / "graph.json").exists() and not (out / "explorer.html").exists()


def test_build_error_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")]) == 2
    assert "kg build: error:" in capsys.readouterr().err


def test_stats(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--graph", str(graph_file)]) == 0
    text = capsys.readouterr().out
    assert "Paper: 5" in text and "top dataset: COCO (2), ImageNet-1k (2)" in text
    assert main(["stats", "--graph", str(graph_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["edges"]["USES"] == 13


def test_stats_gives_the_months_of_papers_known_by_arxiv_id_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "digest.jsonl"
    rows = [
        {"id": "2504.00002", "title": "Second", "summary": "We evaluate on MNIST.", "authors": ["B. B"]},
        {"id": "2503.00001", "title": "First", "summary": "We evaluate on MNIST.", "authors": ["A. A"]},
    ]
    listing.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    assert main(["build", str(listing), "--out", str(tmp_path / "out"), "--no-explorer"]) == 0
    capsys.readouterr()
    assert main(["stats", "--graph", str(tmp_path / "out")]) == 0
    text = capsys.readouterr().out
    assert "dates: by month only (no paper gives a day)" in text and "None" not in text
    assert "months: 2025-03 .. 2025-04 (0 papers without a month)" in text


def test_stats_counts_one_paper_in_the_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "one.jsonl"
    listing.write_text(json.dumps({"title": "Alone", "summary": "We evaluate on MNIST."}) + "\n", "utf-8")
    assert main(["build", str(listing), "--out", str(tmp_path / "out"), "--no-explorer"]) == 0
    capsys.readouterr()
    assert main(["stats", "--graph", str(tmp_path / "out")]) == 0
    text = capsys.readouterr().out
    assert "(1 undated paper)" in text and "(1 paper without a month)" in text


@pytest.mark.parametrize(
    "command",
    [
        ["stats", "--json"],
        ["similar", "Contrastive detection with COCO", "--json"],
        ["neighbours", "COCO", "--json"],
        ["query", "top_entities", "--format", "json"],
    ],
)
def test_graph_option_takes_the_build_folder(
    graph_file: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--graph", str(graph_file)]) == 0
    by_file = capsys.readouterr().out
    assert main([*command, "--graph", str(graph_file.parent)]) == 0
    assert capsys.readouterr().out == by_file and by_file.strip()


def test_similar_by_title_json(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similar", "Contrastive detection with COCO", "--graph", str(graph_file), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["paper_id"] for r in rows] == ["2501.00001", "2502.00003"]
    assert set(rows[0]) == {"paper_id", "title", "score", "shared"}
    assert {s["name"] for s in rows[0]["shared"]} == {"ImageNet-1k", "contrastive learning"}


def test_similar_text_and_unknown_paper(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["similar", "2502.00004", "--graph", str(graph_file), "-k", "1", "--metric", "adamic_adar"]) == 0
    )
    out = capsys.readouterr().out
    assert "2503.00005" in out and "shared: dataset SQuAD; method RLHF" in out
    assert main(["similar", "no such paper at all", "--graph", str(graph_file)]) == 2
    assert "hint:" in capsys.readouterr().err


def test_missing_graph_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--graph", str(tmp_path / "nope.json")]) == 2
    assert "kg build" in capsys.readouterr().err


def test_neighbours(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["neighbours", "SQuAD", "--graph", str(graph_file), "--hops", "1", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["center"] == "dataset:squad"
    assert [n["id"] for n in d["nodes"]] == ["2502.00004", "2503.00005", "dataset:squad"]
    assert main(["neighbours", "dataset:squad", "--graph", str(graph_file), "--types", "paper,method"]) == 0
    assert "method (2):" in capsys.readouterr().out


def test_export_neo4j_admin_prints_command(
    tmp_path: Path, graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "neo"
    assert main(["export", "--format", "neo4j-admin", "-o", str(out), "--graph", str(graph_file)]) == 0
    assert capsys.readouterr().out.startswith("neo4j-admin database import full neo4j ")
    assert (out / "Paper_header.csv").exists()
    assert (
        main(["export", "--format", "gexf", "-o", str(tmp_path / "g.gexf"), "--graph", str(graph_file)]) == 0
    )
    assert (tmp_path / "g.gexf").read_text("utf-8").startswith("<?xml")
