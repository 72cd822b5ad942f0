"""Merging duplicates across sources and resolving references."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Paper, Source
from kg.readers import merge_papers, read_files

R = "readers"


def _p(pid: str, title: str, file: str = "a", **kw: object) -> Paper:
    return Paper(id=pid, title=title, source=Source(file, 1, 1, "jsonl"), **kw)  # type: ignore[arg-type]


def test_the_same_paper_from_five_sources_becomes_one(fixtures: Path) -> None:
    files = ["hf_daily.json", "atom.xml", "arxiv_digest.jsonl", "openalex_page.json", "s2_page.json"]
    result = read_files([fixtures / R / f for f in files])
    ids = [p.id for p in result.papers]
    assert len(ids) == len(set(ids))
    sparse = next(p for p in result.papers if p.id == "2503.00001")
    assert sparse.source.file.endswith("hf_daily.json")  # where it first appeared
    assert (sparse.upvotes, sparse.organization, sparse.doi, sparse.date) == (
        42,
        "Meta Research",
        "10.1234/sparse.2025",
        "2025-03-01",
    )
    assert (
        sparse.abstract
        == "Mixture-of-Experts layers in ViT-B/16 improve ImageNet-1k accuracy on several benchmarks."
    )
    assert sparse.categories == ("cs.CV", "cs.LG")
    routing = next(p for p in result.papers if p.title == "Routing Tokens to Experts")
    assert routing.id == "10.5555/route.1"  # OpenAlex (no DOI) and S2 (DOI) records joined by title
    assert routing.id in sparse.references  # the OpenAlex W200 reference now points at it
    assert "openalex:W200" not in sparse.references


def test_merge_without_merge_keeps_duplicates(fixtures: Path) -> None:
    files = [fixtures / R / "atom.xml", fixtures / R / "arxiv_digest.jsonl"]
    assert len(read_files(files, merge=False).papers) == 4
    assert len(read_files(files).papers) == 3


def test_different_arxiv_ids_with_one_title_stay_apart() -> None:
    a = _p("2501.00001", "Introduction", arxiv_id="2501.00001")
    b = _p("2501.00002", "Introduction", arxiv_id="2501.00002")
    c = _p("h:x", "introduction!")
    merged = merge_papers([a, b, c])
    assert [p.id for p in merged] == ["2501.00001", "2501.00002"]


def test_transitive_matches_join_three_records() -> None:
    a = _p("2501.00001", "Old Title", arxiv_id="2501.00001")
    b = _p("10.1/abcd", "New Title", doi="10.1/abcd")
    c = _p("2501.00001", "New title", arxiv_id="2501.00001", doi="10.1/abcd")
    (merged,) = merge_papers([a, b, c])
    assert (merged.id, merged.arxiv_id, merged.doi) == ("2501.00001", "2501.00001", "10.1/abcd")


def test_what_wins_does_not_depend_on_order() -> None:
    records = [
        _p("h:1", "Deep Nets", "a", abstract="short", upvotes=3, date="2025-03-02", date_text="Mar 2"),
        _p(
            "2501.00001",
            "Deep nets",
            "b",
            arxiv_id="2501.00001",
            abstract="a longer abstract",
            authors=("A", "B"),
            n_authors=2,
        ),
        _p("h:1", "deep nets", "c", organization="Meta AI", upvotes=9, date="2025-01-05", date_text="Jan 5"),
    ]
    outcomes = set()
    for perm in itertools.permutations(records):
        (m,) = merge_papers(list(perm))
        outcomes.add((m.id, m.title, m.abstract, m.authors, m.upvotes, m.organization, m.date, m.date_text))
    assert outcomes == {
        ("2501.00001", "Deep Nets", "a longer abstract", ("A", "B"), 9, "Meta AI", "2025-01-05", "Jan 5")
    }


def test_citations_become_references_of_citing_papers_in_the_set() -> None:
    cited = _p("10.1/cited", "Cited", doi="10.1/cited", cited_by=("s2:zz", "2501.00009"))
    citing = _p("h:c", "Citing", alt_ids=("s2:zz",))
    outsider = _p("2501.00007", "Other", arxiv_id="2501.00007", references=("10.1/cited", "2501.00007"))
    merged = {p.title: p for p in merge_papers([cited, citing, outsider])}
    assert merged["Citing"].references == ("10.1/cited",)
    assert merged["Other"].references == ("10.1/cited",)  # self-reference dropped
    assert merged["Cited"].references == ()


def test_merging_is_idempotent_and_incremental(fixtures: Path) -> None:
    names = [
        "arxiv_digest.jsonl",
        "arxiv_kaggle.jsonl",
        "atom.xml",
        "hf_daily.json",
        "hf_page_variants.txt",
        "openalex_page.json",
        "refs.bib",
        "s2_page.json",
    ]
    files = [fixtures / R / n for n in names]
    everything = list(read_files(files).papers)
    assert merge_papers(everything) == everything
    first = read_files(files[:4]).papers
    rest = read_files(files[4:], merge=False).papers
    assert merge_papers([*first, *rest]) == everything  # building A then B equals A and B together


@settings(max_examples=80, deadline=None)
@given(
    picks=st.lists(
        st.tuples(
            st.integers(0, 3),  # which paper
            st.booleans(),  # arXiv id known
            st.booleans(),  # DOI known
            st.text("ab ", max_size=12),  # abstract
            st.one_of(st.none(), st.integers(0, 99)),  # upvotes
            st.sampled_from(["", "!", " (v2)"]),  # title variant
        ),
        min_size=1,
        max_size=8,
    ),
    seed=st.randoms(use_true_random=False),
)
def test_merged_content_does_not_depend_on_input_order(picks: list[tuple], seed: random.Random) -> None:
    records = [
        _p(
            "x",
            f"Paper number {k}{variant if variant != ' (v2)' else ''}",
            f"f{i}",
            arxiv_id=f"2501.0000{k}" if ax else None,
            doi=f"10.1000/p{k}" if doi else None,
            abstract=abstract,
            upvotes=up,
        )
        for i, (k, ax, doi, abstract, up, variant) in enumerate(picks)
    ]
    shuffled = records[:]
    seed.shuffle(shuffled)

    def content(papers: list[Paper]) -> set[tuple[object, ...]]:
        return {(p.id, p.title, p.abstract, p.upvotes, p.arxiv_id, p.doi) for p in papers}

    merged = merge_papers(records)
    assert content(merge_papers(shuffled)) == content(merged)
    assert len(merged) == len({k for k, *_ in picks})
