"""``kg explain`` says why an entity is kept apart from another of the same name (session 23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.build.job import build
from kg.cli import main
from kg.query.explain import explain


def _build(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    build([src], tmp_path)
    return tmp_path / "graph.json"


def _entity(graph: Path, paper: str, name: str) -> str:
    links = json.loads(graph.read_text())["links"]
    nodes = {n["id"]: n for n in json.loads(graph.read_text())["nodes"]}
    return next(e["target"] for e in links if e["source"] == paper and nodes[e["target"]].get("name") == name)


def test_a_paper_that_introduces_a_lexicon_name_is_told_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = _build(
        tmp_path,
        [
            {"id": "2501.00001", "title": "Attention Is All You Need",
             "abstract": "We propose the Transformer, a new simple network architecture based on attention."},
            {"id": "2501.00002", "title": "MT", "abstract": "We fine-tune a Transformer on WMT 2014."},
        ],
    )  # fmt: skip
    own = _entity(graph, "2501.00001", "Transformer")
    assert own != "method:transformer" and _entity(graph, "2501.00002", "Transformer") == "method:transformer"
    (why,) = explain(graph, own).apart
    assert "2501.00001 introduces its own Transformer" in why and "(method:transformer)" in why
    assert explain(graph, "method:transformer").apart == ()  # the lexicon's own entity needs no excuse
    assert main(["explain", own, "--graph", str(graph)]) == 0
    assert "  kept apart: 2501.00001 introduces its own Transformer" in capsys.readouterr().out
    assert main(["explain", own, "--graph", str(graph), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["apart"] == [why]


def test_a_coined_name_of_two_works_names_the_other_work(tmp_path: Path) -> None:
    graph = _build(
        tmp_path,
        [
            {"id": "2501.00001", "title": "Zorvex: Encoding Dexterous Robotic Manipulation Priors",
             "abstract": "We propose Zorvex."},
            {"id": "2501.00002", "title": "Zorvex: Multi-Agent Adaptive Planning with Long-Term Memory",
             "abstract": "We propose Zorvex."},
        ],
    )  # fmt: skip
    one, two = _entity(graph, "2501.00001", "Zorvex"), _entity(graph, "2501.00002", "Zorvex")
    assert one != two
    assert explain(graph, one).apart == (
        f"2501.00001 introduces Zorvex as its own work; other works' Zorvex are other entities ({two})",
    )


def test_a_name_with_the_same_id_letters_says_so(tmp_path: Path) -> None:
    graph = _build(
        tmp_path,
        [
            {"id": "2501.00001", "title": "Essays", "abstract": "We score essays on the ASAP dataset."},
            {"id": "2501.00002", "title": "More", "abstract": "We score essays on the ASAP++ dataset."},
        ],
    )
    plus = _entity(graph, "2501.00002", "ASAP++")
    base = _entity(graph, "2501.00001", "ASAP")
    assert plus.startswith(base + "-")
    assert explain(graph, plus).apart == (
        f"ASAP++ is not ASAP ({base}): the same id letters, so a short hash keeps the ids apart",
    )
