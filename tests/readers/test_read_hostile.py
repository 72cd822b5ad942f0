"""Hostile files, one case each from issue 14: every good record survives, every bad one is reported.

The fuzz suite (test_fuzz.py) mixes these at random; here each is pinned by hand with the
exact line and reason the user sees.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from pathlib import Path

import pytest

from kg.cli import main
from kg.model import Paper, ReadFailure
from kg.readers import detect_format, read_files

ATOM_HEAD = (
    b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
    b'xmlns:arxiv="http://arxiv.org/schemas/atom">\n'
)


def _entry(i: int, title: str | bytes = b"") -> bytes:
    t = title.encode() if isinstance(title, str) else title or b"Paper %d" % i
    return b"<entry><id>http://arxiv.org/abs/2501.%05dv1</id><title>%s</title></entry>\n" % (i, t)


def _titles(items: tuple[Paper, ...]) -> list[str]:
    return [p.title for p in items]


def test_jsonl_bad_lines_cost_only_themselves(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(
        b'{"title": "A"}\n'
        b'{"title": "caf\xf9"}\n'  # not UTF-8
        b"\x00\n"  # a NUL byte
        b'{"title": "B"} trailing garbage\n'
        b'{"title": "C"}{"title": "D"}\n'  # two objects on one line
        b'{"title": "E"}\n'
    )
    result = read_files([path])
    assert _titles(result.papers) == ["A", "E"]
    assert [f.source.line for f in result.failures] == [2, 3, 4, 5]
    assert "not valid UTF-8 (byte 0xf9" in result.failures[0].reason
    assert all(f.source.file == str(path) for f in result.failures)


def test_deep_nesting_and_huge_numbers_are_failures(tmp_path: Path) -> None:
    path = tmp_path / "hostile.jsonl"
    deep = '{"x": ' + "[" * 5000 + "]" * 5000 + ', "title": "deep"}'
    huge = '{"title": "big", "upvotes": ' + "9" * 5000 + "}"
    path.write_text("\n".join(['{"title": "A"}', deep, huge, '{"title": "B"}']) + "\n", encoding="utf-8")
    result = read_files([path])
    assert _titles(result.papers) == ["A", "B"]
    assert [(f.source.line, f.reason) for f in result.failures] == [
        (2, "bad JSON: nested too deeply (Python's JSON parser stops near 1000 levels)"),
        (3, "bad JSON: a number of 5000 digits (the limit is 4300)"),
    ]


def test_lone_surrogates_and_nuls_are_sanitised(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text('{"title": "A \\ud800 z", "abstract": "x\\u0000y", "doi": "10.1234/\\udc80"}\n')
    assert main(["read", str(path), "--jsonl"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["title"] == "A \ufffd z" and row["abstract"] == "xy" and row["doi"] == "10.1234/\ufffd"


def test_a_first_record_over_64_kib_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge_first.jsonl"
    first = {"id": "2501.00001", "title": "Long", "abstract": "word " * 40000, "categories": "cs.CL"}
    path.write_text(json.dumps(first) + "\n" + json.dumps({"title": "Short"}) + "\n", encoding="utf-8")
    result = read_files([path])
    assert _titles(result.papers) == ["Long", "Short"] and not result.failures


def test_an_upvotes_key_does_not_make_a_generic_record_hf_daily(tmp_path: Path) -> None:
    path = tmp_path / "generic.jsonl"
    rec = {"title": "T", "abstract": "Abs", "authors": "Ann Lee; Bo Chen", "upvotes": 3, "doi": "10.1234/x"}
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert detect_format(str(path)) == "jsonl"
    (paper,) = read_files([path]).papers
    assert (paper.abstract, paper.authors, paper.doi) == ("Abs", ("Ann Lee", "Bo Chen"), "10.1234/x")


def test_openalex_with_an_upvotes_key_stays_openalex(tmp_path: Path) -> None:
    path = tmp_path / "works.jsonl"
    works = [
        {
            "id": f"https://openalex.org/W{i}",
            "title": f"Work {i}",
            "upvotes": 0,
            "abstract_inverted_index": {"Hello": [0], "world": [1]},
            "publication_date": "2024-01-02",
            "authorships": [{"author": {"display_name": "Ann Lee"}}],
        }
        for i in range(3)
    ]
    path.write_text("".join(json.dumps(w) + "\n" for w in works), encoding="utf-8")
    assert detect_format(str(path)) == "openalex"
    papers = read_files([path]).papers
    assert [(p.abstract, p.authors, p.date) for p in papers] == [
        ("Hello world", ("Ann Lee",), "2024-01-02")
    ] * 3


def test_a_record_that_does_not_fit_the_format_is_reported_not_emptied(tmp_path: Path) -> None:
    path = tmp_path / "daily.jsonl"
    good = {"paper": {"id": "2503.00001", "title": "Good", "summary": "S", "upvotes": 1}}
    odd = {"title": "Odd", "abstract": "kept elsewhere", "upvotes": 2}
    path.write_text(json.dumps(good) + "\n" + json.dumps(odd) + "\n", encoding="utf-8")
    result = read_files([path], format="hf_daily")
    assert _titles(result.papers) == ["Good"]
    (failure,) = result.failures
    assert failure.source.line == 2 and "does not fit format hf_daily" in failure.reason
    assert "'abstract'" in failure.reason


@pytest.mark.parametrize(
    ("name", "pack"),
    [
        ("gz", lambda b: gzip.compress(b) + b"trailing garbage"),
        ("bz2", lambda b: bz2.compress(b) + b"trailing garbage"),
        ("xz", lambda b: lzma.compress(b) + b"trailing garbage"),
        ("gz2", lambda b: gzip.compress(b[:40]) + gzip.compress(b[40:])),  # two members: all fine
    ],
)
def test_compressed_trailing_data(tmp_path: Path, name: str, pack: object) -> None:
    data = b"".join(b'{"title": "P%d"}\n' % i for i in range(50))
    path = tmp_path / f"papers.jsonl.{name}"
    path.write_bytes(pack(data))  # type: ignore[operator]
    result = read_files([path])
    assert _titles(result.papers) == [f"P{i}" for i in range(50)]
    if name == "gz2":
        assert not result.failures
    else:
        (failure,) = result.failures
        assert failure.source.line == 51 and "garbage after the end" in failure.reason


@pytest.mark.parametrize(
    "bad",
    [
        b"Unclosed <b>tag",
        b"Undefined &bomb; entity",
        b"Raw \x00 NUL",
        b"Char ref &#0; to NUL",
        b"Bad UTF-8 \xf9",
    ],
)
def test_one_malformed_atom_entry_loses_nothing_after_it(tmp_path: Path, bad: bytes) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(ATOM_HEAD + _entry(1) + _entry(2, bad) + _entry(3) + b"</feed>\n")
    result = read_files([path])
    assert _titles(result.papers)[0] == "Paper 1" and _titles(result.papers)[-1] == "Paper 3"
    assert len(result.papers) + len(result.failures) == 3


def test_atom_foreign_truncated_and_bomb_entries_are_reported(tmp_path: Path) -> None:
    bomb = b'<!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
    path = tmp_path / "feed.xml"
    path.write_bytes(
        bomb
        + ATOM_HEAD[22:]
        + _entry(1, b"Boom &b;")
        + b'<x:entry xmlns:x="urn:other"><x:title>Foreign</x:title></x:entry>\n'
        + b"<entry><title>Cut off\n"
        + _entry(4)
        + b"</feed>\n"
    )
    result = read_files([path])
    assert _titles(result.papers) == ["Boom &b;", "Paper 4"]  # the entity stays text, never expanded
    assert [(f.source.line, f.source.record) for f in result.failures] == [(4, 2), (5, 3)]
    assert "foreign namespace (urn:other)" in result.failures[0].reason
    assert "cut off by the next entry" in result.failures[1].reason


def test_csv_unterminated_quote_costs_only_its_row(tmp_path: Path) -> None:
    path = tmp_path / "papers.csv"
    path.write_text('title,abstract\nA,"never closed\nB,fine\nC,"multi\nline"\nD,ok\n', encoding="utf-8")
    result = read_files([path])
    assert _titles(result.papers) == ["B", "C", "D"]
    assert result.papers[1].abstract == "multi line"
    (failure,) = result.failures
    assert failure.source.line == 2 and "unbalanced quote" in failure.reason


def test_bibtex_junk_and_comments_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(
        "@comment{generated}\n@article{a, title={A}}\ngarbage between entries\n\n@article{b, title={B}}\n",
        encoding="utf-8",
    )
    result = read_files([path])
    assert _titles(result.papers) == ["A", "B"]
    assert [(f.source.line, f.reason[:20]) for f in result.failures] == [
        (1, "@comment block, not "),
        (3, "text outside any ent"),
    ]


def test_every_failure_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"title": "A"}\n\xff\n')
    (failure,) = read_files([path]).failures
    assert isinstance(failure, ReadFailure) and str(failure).startswith(f"{path}:2: not valid UTF-8")
