"""Property tests: generated pages round-trip through the page reader; malformed input never crashes."""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Paper, ReadFailure
from kg.readers import parse_page, read_files

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CHROME = (
    "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
    "byAK and the research community\n\nMar 4\n\n"
)
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

word = st.text(string.ascii_letters + string.digits + "-'", min_size=1, max_size=10).filter(
    lambda w: w[0].isalnum()
)
title_st = (
    st.lists(word, min_size=1, max_size=15)
    .map(" ".join)
    .filter(lambda t: not (t.split()[0][:3] in MONTHS and len(t.split()) <= 4))
)
abstract_st = st.lists(word, min_size=20, max_size=60).map(" ".join).map(lambda t: t + ".")
handle_st = st.text(string.ascii_lowercase + string.digits + "-", min_size=2, max_size=10).filter(
    lambda h: h[0].isalnum()
)
org_st = st.tuples(
    handle_st,
    st.lists(
        st.sampled_from(["Meta", "Research", "AI", "Lab", "Google", "DeepMind"]), min_size=1, max_size=3
    ).map(" ".join),
)


@dataclass(frozen=True)
class Spec:
    title: str
    abstract: str
    n_authors: int | None
    org: tuple[str, str] | None
    month: int
    day: int
    year: int | None
    upvotes: int | None
    has_meta: bool


spec_st = st.builds(
    Spec,
    title=title_st,
    abstract=abstract_st,
    n_authors=st.integers(1, 500),
    org=st.one_of(st.none(), org_st),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
    year=st.one_of(st.none(), st.integers(1990, 2030)),
    upvotes=st.one_of(st.none(), st.integers(0, 5000)),
    has_meta=st.booleans(),
)


def render(specs: list[Spec]) -> str:
    out = [CHROME]
    for s in specs:
        out.append(f"{s.title}\n\n{s.abstract}\n\n")
        if s.has_meta:
            who = f"  • {s.n_authors} authors" if s.org is None else f"{s.org[0]} {s.org[1]}"
            date = f"{MONTHS[s.month - 1]} {s.day}" + (f", {s.year}" if s.year else "")
            out.append(f"{who}\n·\n{date}{f' {s.upvotes}' if s.upvotes is not None else ''}\n\n")
    return "".join(out).rstrip("\n")


def expected(s: Spec, year: int | None) -> tuple[object, ...]:
    if not s.has_meta:
        return (s.title, s.abstract, None, None, None, None, None)
    y = s.year or year
    date = f"{y:04d}-{s.month:02d}-{s.day:02d}" if y else None
    text = f"{MONTHS[s.month - 1]} {s.day}" + (f", {s.year}" if s.year else "")
    n = s.n_authors if s.org is None else None
    org = s.org[1] if s.org else None
    return (s.title, s.abstract, n, org, date, text, s.upvotes)


@SETTINGS
@given(specs=st.lists(spec_st, min_size=1, max_size=8), year=st.one_of(st.none(), st.integers(2000, 2030)))
def test_generated_pages_round_trip(specs: list[Spec], year: int | None) -> None:
    items = list(parse_page(render(specs).splitlines(keepends=True), "gen.txt", year=year))
    assert all(isinstance(i, Paper) for i in items), [i for i in items if isinstance(i, ReadFailure)]
    got = [(p.title, p.abstract, p.n_authors, p.organization, p.date, p.date_text, p.upvotes) for p in items]
    assert got == [expected(s, year) for s in specs]


junk_line = st.one_of(
    st.text(max_size=80),
    st.builds(
        json.dumps,
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=20),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(
                    st.sampled_from(
                        [
                            "title",
                            "abstract",
                            "authors",
                            "id",
                            "doi",
                            "paper",
                            "data",
                            "results",
                            "summary",
                            "referenced_works",
                            "externalIds",
                            "references",
                            "citations",
                            "upvotes",
                            "x",
                        ]
                    ),
                    inner,
                    max_size=5,
                )
            ),
            max_leaves=12,
        ),
    ),
)


def _read_all(path: Path, fmt: str | None) -> list[Paper | ReadFailure]:
    try:
        result = read_files([path], format=fmt, merge=False)
    except InputError:
        return []  # a whole-file problem, reported as one clear error
    return [*result.papers, *result.failures]


@SETTINGS
@given(
    lines=st.lists(junk_line, min_size=1, max_size=12),
    fmt=st.sampled_from([None, "jsonl", "openalex", "s2", "hf_daily", "arxiv_jsonl"]),
)
def test_malformed_json_lines_never_crash_and_are_reported(
    tmp_path: Path, lines: list[str], fmt: str | None
) -> None:
    clean = [
        ln.replace("\r", " ")
        .replace("\n", " ")
        .replace("\x0b", " ")
        .replace("\x0c", " ")
        .replace("\x1c", " ")
        .replace("\x1d", " ")
        .replace("\x1e", " ")
        .replace("\x85", " ")
        .replace("\u2028", " ")
        .replace("\u2029", " ")
        for ln in lines
    ]
    path = tmp_path / "fuzz.jsonl"
    path.write_text("{}\n" + "\n".join(clean) + "\n", encoding="utf-8")
    items = _read_all(path, fmt)
    if items:
        reported = {i.source.line for i in items}
        assert reported >= {n for n, ln in enumerate(["{}", *clean], 1) if ln.strip()}


@SETTINGS
@given(rows=st.lists(st.lists(st.text(max_size=15), min_size=1, max_size=5), min_size=1, max_size=8))
@example(rows=[["@A{"]])  # a cell that looks like a BibTeX entry under a CSV header row
@example(rows=[[","]])  # only delimiters: a blank row, no record
def test_malformed_csv_never_crashes(tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "fuzz.csv"
    body = "\n".join(",".join(r) for r in rows)
    path.write_text("title,abstract,authors\n" + body + "\n", encoding="utf-8")
    items = _read_all(path, "csv")
    assert all(isinstance(i, Paper | ReadFailure) for i in items)
    # a row of only commas and blanks ("," -> two empty cells) is a blank row, skipped by design
    if any(c.replace(",", "").strip() for r in rows for c in r) and '"' not in body:
        assert items


@SETTINGS
@given(
    entries=st.lists(
        st.tuples(st.sampled_from(["article", "inproceedings", "misc", "book"]), st.text(max_size=60)),
        min_size=1,
        max_size=6,
    )
)
def test_malformed_bibtex_never_crashes_and_every_entry_is_reported(
    tmp_path: Path, entries: list[tuple[str, str]]
) -> None:
    path = tmp_path / "fuzz.bib"
    text = "".join(
        f"@{kind}{{key{i},\n  title = {{{body.replace(chr(10), ' ')}}}\n}}\n\n"
        for i, (kind, body) in enumerate(entries)
    )
    path.write_text(text, encoding="utf-8")
    items = _read_all(path, "bibtex")
    entry_lines = {i.source.line for i in items if i.source.record is not None}
    assert entry_lines == {4 * n + 1 for n in range(len(entries))}
    # a stray brace closes an entry early: what follows is reported as text outside any entry
    assert all("outside any entry" in i.reason for i in items if i.source.record is None)


@SETTINGS
@given(
    blocks=st.lists(
        st.one_of(st.text(max_size=120), st.sampled_from(["·", "  • 3 authors", "Mar 4 2"])), max_size=20
    )
)
def test_random_page_text_never_crashes(blocks: list[str]) -> None:
    items = list(parse_page("\n\n".join(blocks).splitlines(keepends=True), "fuzz.txt", year=2025))
    assert all(isinstance(i, Paper | ReadFailure) for i in items)
