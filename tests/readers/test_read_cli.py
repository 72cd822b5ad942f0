"""``kg read`` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.model import PAPER_FIELDS

R = "readers"


def test_jsonl_output_is_the_contract(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(fixtures / R / "hf_page_variants.txt"), "--year", "2024", "--jsonl"]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 6
    assert all(list(row) == list(PAPER_FIELDS) for row in rows)
    assert rows[1]["organization"] == "Meta Research" and rows[1]["date"] == "2024-11-13"
    assert rows[0]["source"] == {
        "file": str(fixtures / R / "hf_page_variants.txt"),
        "line": 13,
        "record": 1,
        "format": "hf_page",
    }
    assert err == "6 papers read\n"


def test_output_is_deterministic_and_utf8(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["read", str(fixtures / R / "refs.bib"), str(fixtures / R / "atom.xml"), "--jsonl"]
    main(args)
    first = capsys.readouterr().out
    main(args)
    assert capsys.readouterr().out == first
    assert "Schölkopf" in first  # ensure_ascii=False


def test_skipped_records_are_summarised_on_stderr(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(fixtures / R / "arxiv_digest.jsonl"), "--jsonl"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    path = fixtures / R / "arxiv_digest.jsonl"
    assert err.splitlines() == [
        "2 papers read, 2 skipped:",
        f"  {path}:4: record has no title",
        f"  {path}:5: bad JSON: Expecting ',' delimiter: line 2 column 1 (char 42)",
    ]


def test_strict_exits_1_on_any_skipped_record(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(fixtures / R / "arxiv_digest.jsonl"), "--strict", "--jsonl"]) == 1
    assert main(["read", str(fixtures / R / "arxiv_kaggle.jsonl"), "--strict", "--jsonl"]) == 0


def test_nothing_read_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(f'{{"abstract": "no title {i}"}}\n' for i in range(15)), encoding="utf-8")
    assert main(["read", str(path), "--jsonl"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "0 papers read, 15 skipped:"
    assert len(err) == 12 and err[-1] == "  … and 5 more"


def test_input_errors_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"kg read: error: {tmp_path / 'missing.txt'}: no such file"


def test_forcing_the_wrong_format_exits_2(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(fixtures / R / "s2_page.json"), "--format", "bibtex"]) == 2
    assert "does not fit: the content looks like s2" in capsys.readouterr().err


def test_map_option_and_bad_map(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(fixtures / R / "custom.jsonl")
    assert main(["read", path, "--map", "title=paper.name", "--map", "abstract=paper.text", "--jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["Sparse Experts for Vision", "Compilers for Agents"]
    assert main(["read", path, "--map", "title"]) == 2
    assert "--map expects FIELD=COLUMN" in capsys.readouterr().err


def test_no_merge_keeps_duplicates(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(fixtures / R / "atom.xml"), str(fixtures / R / "arxiv_digest.jsonl")]
    main(["read", *files, "--jsonl"])
    assert len(capsys.readouterr().out.splitlines()) == 3
    main(["read", *files, "--jsonl", "--no-merge"])
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_table_output(fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(fixtures / R / "atom.xml")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["id", "date", "title"]
    assert lines[1].split()[:3] == ["2503.00001", "2025-03-01", "Sparse"]


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["read", "--help"])
    assert "kg read examples/daily_papers.txt" in capsys.readouterr().out
