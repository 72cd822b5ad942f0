"""The output contract: JSONL keys, evidence that is never invented, order, determinism, parallelism."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.extract import extract_paper, extract_papers, extract_text
from kg.model import ENTITY_TYPES, ROLES, Mention, Paper, Source

MENTION_KEYS = [
    "type", "name", "entity_id", "role", "text", "start", "end", "field", "sentence", "confidence", "source",
    "rule",
]  # fmt: skip
PAPER_KEYS = [
    "id", "title", "abstract", "authors", "n_authors", "date", "date_text", "upvotes", "organization",
    "arxiv_id", "doi", "url", "references", "source",
]  # fmt: skip
DOCS = [
    "We introduce GlorpBench, a benchmark for agents, and evaluate Qwen2.5-72B on it.",
    "",
    "Neural Radiance Fields (NeRF) and Gaussian Splatting (GS) render scenes; GS is fast.",
    "Experiments on CIFAR-10 and ImageNet-1k with ResNet-50 show 2% gains in top-1 accuracy.",
]


def check_evidence(paper: Paper, mentions: list[Mention]) -> None:
    for m in mentions:
        field_text = paper.title if m.field == "title" else paper.abstract
        assert field_text[m.start : m.end] == m.text
        assert m.text and m.text in m.sentence
        assert m.sentence in field_text
        assert m.type in ENTITY_TYPES and m.role in ROLES
        assert m.entity_id.startswith(m.type + ":") or m.source != "pattern"


def test_lines_mode_jsonl_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.txt"
    path.write_text("\n".join(DOCS) + "\n", encoding="utf-8")
    assert main(["extract", "--format", "lines", str(path), "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["paper"]["id"] for r in rows] == ["1", "2", "3", "4"]
    assert [r["paper"]["abstract"] for r in rows] == DOCS
    for row in rows:
        assert list(row) == ["paper", "mentions"]
        assert list(row["paper"]) == PAPER_KEYS
        for m in row["mentions"]:
            assert list(m) == MENTION_KEYS
            assert row["paper"]["abstract"][m["start"] : m["end"]] == m["text"]
    assert rows[1]["mentions"] == []
    names = {m["text"]: m["name"] for m in rows[2]["mentions"]}
    assert names["GS"] == names["Gaussian Splatting"]


def test_cli_output_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.txt"
    path.write_text("\n".join(DOCS * 3) + "\n", encoding="utf-8")
    outputs = []
    for _ in range(2):
        assert main(["extract", "--format", "lines", str(path), "--jsonl"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


def test_cli_summary_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "docs.txt"
    path.write_text(DOCS[0], encoding="utf-8")
    assert main(["extract", "--format", "lines", str(path)]) == 0
    assert capsys.readouterr().out.startswith("1 papers, ")
    assert main(["extract", "--format", "lines", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_title_and_abstract_offsets() -> None:
    src = Source(file="x")
    paper = Paper(id="p", title="Zapdos-VL: A Model", source=src, abstract="We train Zapdos-VL on CIFAR-10.")
    ms = extract_paper(paper)
    assert {(m.field, m.text) for m in ms} >= {("title", "Zapdos-VL"), ("abstract", "Zapdos-VL")}
    assert {m.paper_id for m in ms} == {"p"}
    check_evidence(paper, ms)


def test_processes_preserve_order_and_results() -> None:
    src = Source(file="x")
    papers = [Paper(id=str(i), title=f"T{i}", source=src, abstract=DOCS[i % len(DOCS)]) for i in range(40)]
    one = list(extract_papers(papers, processes=1))
    two = list(extract_papers(papers, processes=2, batch_size=7))
    assert [p.id for p, _ in two] == [p.id for p in papers]
    assert one == two


WORDS = st.sampled_from(
    ["We", "introduce", "propose", "FooBench", "Qwen2.5-72B", "(", ")", "CIFAR-10", "ImageNet", "on", "and",
     "evaluate", "the", "dataset", "Neural", "Radiance", "Fields", "(NeRF)", ",", ".", ":", "é", "GS++", "\n"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(WORDS, max_size=8), st.sampled_from([" ", "  ", ""]))
def test_text_is_always_at_start_end(words: list[str], title: list[str], sep: str) -> None:
    paper = Paper(id="p", title=sep.join(title), source=Source(file="x"), abstract=sep.join(words))
    check_evidence(paper, extract_paper(paper))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_breaks_the_invariant(text: str) -> None:
    ms = extract_text(text)
    for m in ms:
        assert text[m.start : m.end] == m.text


@pytest.mark.shared
def test_real_listing_every_mention_is_evidence(shared_data: Path) -> None:
    readers = pytest.importorskip("kg.readers")
    if not hasattr(readers, "read_files"):
        pytest.skip("kg.readers.read_files not available yet")
    papers = readers.read_files([shared_data / "hf_papers_page.txt"]).papers
    assert len(papers) == 49
    results = list(extract_papers(papers))
    for paper, ms in results:
        check_evidence(paper, ms)
    assert sum(1 for _, ms in results if ms) >= 45
