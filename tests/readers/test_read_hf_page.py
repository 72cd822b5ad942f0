"""The Hugging Face page reader on its variants (own fixture) and on the real page (../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Paper
from kg.readers import parse_page, read_files

VARIANTS = "readers/hf_page_variants.txt"

# title, n_authors, organization, date (year=2024), date_text, upvotes, line
EXPECTED = [
    ("Cross-Lingual Alignment Without Paired Data", 4, None, "2023-01-16", "Jan 16, 2023", None, 13),
    (
        "What Instruction Tuning Changes Inside Language Models",
        None,
        "Meta Research",
        "2024-11-13",
        "Nov 13",
        2,
        21,
    ),
    ("RoboLong: A Benchmark for Long-Horizon Manipulation", None, None, None, None, None, 29),
    ("Learned Sparse Attention for Long Contexts", 12, None, "2024-08-14", "Aug 14, 2024", 25, 33),
    ("Do Upvotes Predict Citations?", 1, None, "2024-02-29", "Feb 29", None, 41),
    ("From Course Notes to Tutors", 3, None, "2024-09-30", "Sep 30", None, 49),
]


def _rows(papers: tuple[Paper, ...]) -> list[tuple[object, ...]]:
    return [
        (p.title, p.n_authors, p.organization, p.date, p.date_text, p.upvotes, p.source.line) for p in papers
    ]


def test_every_variant_with_a_year(fixtures: Path) -> None:
    result = read_files([fixtures / VARIANTS], year=2024)
    assert result.failures == ()
    assert _rows(result.papers) == EXPECTED
    assert [p.source.record for p in result.papers] == [1, 2, 3, 4, 5, 6]
    assert {p.source.format for p in result.papers} == {"hf_page"}
    assert result.papers[3].abstract.startswith("Sparse attention patterns learned from data")
    assert result.papers[3].abstract.endswith("PG-19 and arXiv.")


def test_dates_without_a_year_stay_text_only(fixtures: Path) -> None:
    papers = read_files([fixtures / VARIANTS]).papers
    assert [(p.date, p.date_text) for p in papers] == [
        ("2023-01-16", "Jan 16, 2023"),
        (None, "Nov 13"),
        (None, None),
        ("2024-08-14", "Aug 14, 2024"),
        (None, "Feb 29"),
        (None, "Sep 30"),
    ]


def test_an_impossible_day_in_the_given_year_has_no_date(fixtures: Path) -> None:
    leap = read_files([fixtures / VARIANTS], year=2025).papers[4]
    assert (leap.title, leap.date, leap.date_text) == ("Do Upvotes Predict Citations?", None, "Feb 29")


def test_crlf_and_trailing_chrome_read_the_same(fixtures: Path, tmp_path: Path) -> None:
    text = (fixtures / VARIANTS).read_text(encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_bytes((text + "\n\nSystem theme\n\nCompany\nTOS\nPrivacy\n").replace("\n", "\r\n").encode())
    result = read_files([page], year=2024)
    assert result.failures == ()
    assert [row[:6] for row in _rows(result.papers)] == [row[:6] for row in EXPECTED]


def test_text_between_papers_is_reported_not_lost(fixtures: Path) -> None:
    lines = (fixtures / VARIANTS).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[20:20] = ["Load more\n", "\n"]  # a block of its own after the first paper
    items = list(parse_page(lines, "p.txt", year=2024))
    failures = [i for i in items if not isinstance(i, Paper)]
    assert len([i for i in items if isinstance(i, Paper)]) == 6
    assert len(failures) == 1 and "Load more" in failures[0].reason


def test_metadata_with_only_a_title_before_it_is_a_failure() -> None:
    text = "Lonely Title\n\n  • 2 authors\n·\nMar 1\n"
    items = list(parse_page(text.splitlines(True), "p.txt"))
    assert len(items) == 1 and not isinstance(items[0], Paper)
    assert "no abstract" in items[0].reason and items[0].source.line == 1


@pytest.mark.shared
def test_the_real_page_has_exactly_49_papers(shared_data: Path) -> None:
    result = read_files([shared_data / "hf_papers_page.txt"])
    assert result.failures == ()
    papers = {p.title: p for p in result.papers}
    assert len(result.papers) == len(papers) == 49
    first = result.papers[0]
    assert first.title == "Computational Assessment of Hyperpartisanship in News Titles"
    assert first.abstract.startswith("We first adopt a human-guided machine learning framework")
    assert first.abstract.endswith("is observed for societal issues.")
    assert (first.n_authors, first.date, first.date_text, first.upvotes) == (
        4,
        "2023-01-16",
        "Jan 16, 2023",
        None,
    )
    org = papers[
        "Don't Waste It: Guiding Generative Recommenders with Structured Human Priors via Multi-head Decoding"
    ]
    assert (org.organization, org.n_authors, org.date, org.date_text, org.upvotes) == (
        "Meta Research",
        None,
        None,
        "Nov 13",
        2,
    )
    bare = papers["Uncovering the Computational Ingredients of Human-Like Representations in LLMs"]
    assert (bare.n_authors, bare.date_text, bare.upvotes, bare.organization) == (None, None, None, None)
    assert len(bare.abstract) == 1922
    assert papers["Tool Learning with Foundation Models"].n_authors == 41
    assert (
        papers["Programming Every Example: Lifting Pre-training Data Quality like Experts at Scale"].upvotes
        == 4
    )
    upvoted = papers[
        "Fine-tuning Large Language Models with Human-inspired Learning Strategies in Medical "
        "Question Answering"
    ]
    assert (upvoted.date, upvoted.upvotes) == ("2024-08-14", 2)
    assert papers["Debate Helps Weak-to-Strong Generalization"].date_text == "Jan 21"
    assert result.papers[-1].title == "Model Breadcrumbs: Scaling Multi-Task Model Merging with Sparse Masks"
    assert sum(p.upvotes is not None for p in result.papers) == 6
    assert sum(p.date is None for p in result.papers) == 11


@pytest.mark.shared
def test_the_real_page_with_a_year_dates_every_paper_with_metadata(shared_data: Path) -> None:
    papers = read_files([shared_data / "hf_papers_page.txt"], year=2025).papers
    assert [p.title for p in papers if p.date is None] == [
        "Uncovering the Computational Ingredients of Human-Like Representations in LLMs"
    ]
    assert papers[1].date == "2025-01-17"


def test_the_bundled_example_reads_cleanly() -> None:
    example = Path(__file__).resolve().parents[2] / "examples" / "daily_papers.txt"
    result = read_files([example], year=2025)
    assert result.failures == ()
    assert len(result.papers) == 24
    assert sum(p.organization is not None for p in result.papers) == 3
    assert sum(p.n_authors is None and p.organization is None for p in result.papers) == 1
    assert {p.date_text for p in result.papers} >= {"Mar 4", "Feb 27, 2025"}
