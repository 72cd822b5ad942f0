"""The corpus-mined names (bench/corpus_names.jsonl, an extra lexicon from bench/mine_names.py) and the
"-Bench" variant type: what they link, what they must not link, and the rule the shipped file obeys."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.extract.shapes import variant_type

ROOT = Path(__file__).resolve().parents[2]
CORPUS_NAMES = ROOT / "bench" / "corpus_names.jsonl"


def _rows() -> list[dict[str, Any]]:
    lines = CORPUS_NAMES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def _linked(text: str, extra: tuple[Path, ...] = (CORPUS_NAMES,)) -> dict[str, tuple[str, str]]:
    return {m.text: (m.entity_id, m.type) for m in extract_text(text, model=False, extra_lexicons=extra)}


def test_a_reused_corpus_name_is_linked_without_any_cue_only_with_the_extra_lexicon() -> None:
    text = "LoongFlow outperforms leading baselines (e.g., OpenEvolve, ShinkaEvolve) by 60%."
    assert _linked(text).get("ShinkaEvolve") == ("method:corpus-shinkaevolve", "method")
    assert "ShinkaEvolve" not in _linked(text, ())  # not shipped: the default lexicon lacks it


def test_a_corpus_name_is_matched_case_sensitively_and_never_inside_a_longer_name() -> None:
    found = _linked("We compare the gsfixer heuristic with GSFixer-XL and FlowEdit-style editing.")
    assert "gsfixer" not in found
    assert all(not eid.startswith("method:corpus-") for eid, _ in found.values()), found


def test_the_shipped_file_obeys_the_mining_rule(repo_script: Callable[[str, str], ModuleType]) -> None:
    mine = repo_script("bench", "mine_names")
    rows = _rows()
    assert len(rows) > 100
    taken = {f.lower() for e in load_lexicon(default_lexicon_paths()).entries for f in (e.name, *e.aliases)}
    for row in rows:
        name = row["name"]
        assert row["id"].startswith("corpus-") and row["case_sensitive"] is True
        assert row["type"] in {"dataset", "benchmark", "method", "model"}
        assert mine.distinctive(name), name
        parts = {name.lower(), *(p.lower() for p in re.split(r"[-/]", name))}
        assert not parts & taken, name  # never a form (or a part) of a curated entry
        for alias in row.get("aliases", []):  # only spellings of the same letters, one token
            assert " " not in alias and mine._fold(alias) == mine._fold(name), (name, alias)


def _graph(papers: dict[str, str], introduced: dict[str, tuple[str, str, list[str]]]) -> dict[str, Any]:
    nodes: list[dict[str, Any]] = [
        {"id": p, "label": "Paper", "title": t, "abstract": ""} for p, t in papers.items()
    ]
    links = []
    for eid, (kind, name, by) in introduced.items():
        nodes.append({"id": eid, "type": kind, "name": name, "aliases": []})
        links += [{"source": p, "target": eid, "type": "INTRODUCES"} for p in by]
    return {"nodes": nodes, "links": links}


def test_mining_keeps_a_name_one_paper_introduces_and_another_reuses(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    mine = repo_script("bench", "mine_names")
    papers = {"p1": "Zorblex: a method", "p2": "Beating Zorblex and QuuxNet", "p3": "QuuxNet: again"}
    papers |= {f"u{i}": "We use Flimflux here" for i in range(11)} | {"f0": "Flimflux: introduced"}
    graph = _graph(
        papers,
        {
            "method:zorblex": ("method", "Zorblex", ["p1"]),  # no capital inside: not distinctive
            "method:quuxnet": ("method", "QuuxNet", ["p3", "p2"]),  # introduced twice: ambiguous
            "method:flimflux": ("method", "Flimflux", ["f0"]),
            "model:snarkgpt": ("model", "SnarkGPT", ["p1"]),  # reused by nobody
        },
    )
    assert mine.mine(graph) == []
    papers |= {"p4": "SnarkGPT: ours", "p5": "compared with SnarkGPT"}
    graph = _graph(papers, {"model:snarkgpt": ("model", "SnarkGPT", ["p4"])})
    assert mine.mine(graph) == [
        {"id": "corpus-snarkgpt", "type": "model", "name": "SnarkGPT", "case_sensitive": True}
    ]


def test_mining_drops_a_name_more_than_ten_abstracts_write(
    repo_script: Callable[[str, str], ModuleType],
) -> None:
    mine = repo_script("bench", "mine_names")
    papers = {"p0": "TorchLite: a library"} | {f"u{i}": f"built in TorchLite {i}" for i in range(10)}
    graph = _graph(papers, {"method:torchlite": ("method", "TorchLite", ["p0"])})
    assert mine.mine(graph) == []
    del papers["u9"]
    graph = _graph(papers, {"method:torchlite": ("method", "TorchLite", ["p0"])})
    assert [r["name"] for r in mine.mine(graph)] == ["TorchLite"]


@pytest.mark.parametrize(
    ("name", "base", "expected"),
    [
        ("GraphRAG-Bench", "method", "benchmark"),
        ("ImgEdit-Bench", "dataset", "dataset"),
        ("Qwen2.5-7B", "model", "model"),
        ("FineWeb-Edu-10B", "dataset", "dataset"),
        ("ViT-Base", "method", "method"),
    ],
)
def test_variant_type(name: str, base: str, expected: str) -> None:
    assert variant_type(name, base) == expected


def test_a_bench_variant_of_a_method_is_a_benchmark() -> None:
    found = _linked("We evaluate GraphRAG models on GraphRAG-Bench.", ())
    assert found["GraphRAG-Bench"][1] == "benchmark"
    assert found["GraphRAG"][1] == "method"
