"""Undated arXiv papers still place in time: month and year come from the identifier."""

from __future__ import annotations

from pathlib import Path

from kg.api import trend
from kg.graph.build import build_graph
from kg.model import Mention, Paper, Source


def _paper(arxiv_id: str, date: str | None = None) -> Paper:
    return Paper(
        id=arxiv_id,
        title=f"Paper {arxiv_id}",
        source=Source("f.jsonl", format="arxiv_jsonl"),
        arxiv_id=arxiv_id,
        date=date,
    )


def _uses(paper_id: str) -> Mention:
    return Mention(
        paper_id=paper_id,
        type="dataset",
        name="ImageNet",
        entity_id="dataset:imagenet",
        role="used",
        text="ImageNet",
        start=0,
        end=8,
        field="abstract",
        sentence="ImageNet.",
        confidence=0.9,
        source="lexicon",
    )


def test_month_falls_back_to_the_arxiv_id_and_feeds_trends_and_first_seen() -> None:
    papers = [_paper("2503.00001"), _paper("2503.00002"), _paper("2506.00003", date="2025-07-02")]
    g = build_graph(papers, [_uses(p.id) for p in papers])
    assert g.nodes["2503.00001"]["month"] == "2025-03" and g.nodes["2503.00001"]["year"] == 2025
    assert g.nodes["2503.00001"]["date"] is None  # no day is invented
    assert g.nodes["2506.00003"]["month"] == "2025-07"  # a real date wins over the identifier
    assert trend(g, "dataset:imagenet", by="month") == [("2025-03", 2), ("2025-07", 1)]
    assert g.nodes["dataset:imagenet"]["first_seen"] == "2025-03"


def test_a_bibtex_export_places_in_time_from_its_month_and_year(tmp_path: Path) -> None:
    from kg.api import describe
    from kg.cli.stats import format_stats
    from kg.readers import read_files

    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@article{a, title = {Residual Nets}, year = 2016, month = jun}\n"
        "@article{b, title = {Lone Year}, year = {2021}}\n"
        "@article{c, title = {No Year}}\n",
        encoding="utf-8",
    )
    papers = read_files([bib]).papers
    by_title = {p.title: p.id for p in papers}
    g = build_graph(papers, [_uses(p.id) for p in papers])
    residual, lone, none = (g.nodes[by_title[t]] for t in ("Residual Nets", "Lone Year", "No Year"))
    assert (residual["date"], residual["month"], residual["year"]) == (None, "2016-06", 2016)
    assert (lone["date"], lone["month"], lone["year"]) == (None, None, 2021)  # no month is invented
    assert (none["month"], none["year"]) == (None, None)
    assert trend(g, "dataset:imagenet", by="year") == [("2016", 1), ("2021", 1)]
    assert g.nodes["dataset:imagenet"]["first_seen"] == "2016-06"
    d = describe(g)
    assert d["months"]["without"] == 2 and d["years"] == {"first": 2016, "last": 2021, "without": 1}
    assert "\nyears: 2016 .. 2021 (1 paper without a year)\n" in format_stats(d)


def test_a_csv_listing_dates_its_papers_without_guessing_day_order(tmp_path: Path) -> None:
    from kg.readers import read_files

    csv = tmp_path / "papers.csv"
    csv.write_text(
        "title,abstract,date\nA,x,2024/05/03\nB,x,3 May 2024\nC,x,May 2024\nD,x,03.05.2024\nE,x,2024/5\n",
        encoding="utf-8",
    )
    papers = read_files([csv]).papers
    g = build_graph(papers, [])
    got = [(p.title, p.date, g.nodes[p.id]["month"], g.nodes[p.id]["year"]) for p in papers]
    assert got == [
        ("A", "2024-05-03", "2024-05", 2024),
        ("B", "2024-05-03", "2024-05", 2024),
        ("C", None, "2024-05", 2024),
        ("D", None, None, 2024),  # day and month could be either way round: the year only
        ("E", None, "2024-05", 2024),
    ]
