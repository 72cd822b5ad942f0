"""Hugging Face ``api/daily_papers`` JSON (format ``hf_daily``): a list of items, one item, or JSONL.

Each item wraps a ``paper`` object (arXiv id, authors, ``summary``, ``publishedAt``,
``upvotes``, ``organization``); a bare paper object is accepted too.

>>> from kg.model import Source
>>> item = {"paper": {"id": "2602.23229", "title": "LMMs as Classifiers", "summary": "Which model?",
...         "authors": [{"name": "Marco Garosi"}], "publishedAt": "2026-02-26T17:08:18.000Z", "upvotes": 10,
...         "organization": {"name": "MHUGLab", "fullname": "Multimedia and Human Understanding Group"}}}
>>> p = daily_record(item, Source("d.json", None, 1, "hf_daily"))
>>> p.id, p.authors, p.date, p.upvotes, p.organization
('2602.23229', ('Marco Garosi',), '2026-02-26', 10, 'Multimedia and Human Understanding Group')
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import iso_date, make_paper, to_int
from kg.readers.generic import split_authors
from kg.readers.jsondoc import misplaced_abstract, read_json_records

__all__ = ["daily_record", "read_hf_daily"]

FORMAT = "hf_daily"


def _org(*candidates: Any) -> str | None:
    for org in candidates:
        if isinstance(org, dict):
            return str(org.get("fullname") or org.get("name") or "") or None
        if isinstance(org, str) and org:
            return org
    return None


def _fits(item: dict[str, Any]) -> str | None:
    paper = item["paper"] if isinstance(item.get("paper"), dict) else item
    return misplaced_abstract(paper, ("summary",))


def daily_record(item: dict[str, Any], src: Source) -> Paper | ReadFailure:
    """One daily-papers item (or bare paper object) as a paper."""
    paper = item["paper"] if isinstance(item.get("paper"), dict) else item
    authors = paper.get("authors") or []
    if isinstance(authors, str):
        authors = split_authors(authors)
    published = paper.get("publishedAt") or item.get("publishedAt")
    return make_paper(
        src,
        title=paper.get("title") or item.get("title"),
        abstract=paper.get("summary") or item.get("summary"),
        authors=[a.get("name", "") if isinstance(a, dict) else a for a in authors],
        date=iso_date(published),
        date_text=published,
        upvotes=to_int(paper.get("upvotes", item.get("upvotes"))),
        organization=_org(paper.get("organization"), item.get("organization")),
        arxiv_id=paper.get("id"),
        url=f"https://huggingface.co/papers/{paper['id']}" if paper.get("id") else None,
    )


def read_hf_daily(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read a Hugging Face daily-papers API response."""
    return read_json_records(path, FORMAT, daily_record, _fits)
