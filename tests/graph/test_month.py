"""Undated arXiv papers still place in time: month and year come from the identifier."""

from __future__ import annotations

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
