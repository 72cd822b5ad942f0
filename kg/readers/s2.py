"""Semantic Scholar Graph API papers (format ``s2``): one paper, a list, a ``data`` page, or JSONL.

References become the paper's ``references`` (arXiv id, else DOI, else ``s2:<paperId>``).
Citations are not emitted as papers of their own (they would swamp the listing with
title-only records); they are kept in ``cited_by``, and when a citing paper is itself
in the read set, merging adds this paper to *its* references — so a CITES link appears
exactly when both ends were read.

>>> from kg.model import Source
>>> rec = {"paperId": "2d56", "externalIds": {"DOI": "10.1093/MIND/LIX.236.433"},
...        "title": "Computing Machinery",
...        "year": 1950, "publicationDate": "1950-10-01", "authors": [{"name": "A. Turing"}],
...        "references": [{"paperId": "348f", "externalIds": {"ArXiv": "2101.00001v1"}}],
...        "citations": [{"citingPaper": {"paperId": "6199", "externalIds": {}}}]}
>>> p = s2_record(rec, Source("s.json", None, 1, "s2"))
>>> p.id, p.references, p.cited_by, p.alt_ids
('10.1093/mind/lix.236.433', ('2101.00001',), ('s2:6199',), ('s2:2d56',))
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import arxiv_id_from, doi_from, iso_date, make_paper
from kg.readers.jsondoc import misplaced_abstract, read_json_records

__all__ = ["read_s2", "ref_id", "s2_record"]

FORMAT = "s2"


def ref_id(paper: Any) -> str | None:
    """The id kg gives a referenced/citing S2 paper: arXiv id, else DOI, else ``s2:<paperId>``."""
    if not isinstance(paper, dict):
        return None
    for key in ("citedPaper", "citingPaper"):  # the /references and /citations endpoint shapes
        if isinstance(paper.get(key), dict):
            paper = paper[key]
    ext = paper.get("externalIds") or {}
    ax = arxiv_id_from(ext.get("ArXiv"))
    doi = doi_from(ext.get("DOI"))
    pid = paper.get("paperId")
    return ax or doi or (f"s2:{pid}" if pid else None)


def _refs(items: Any) -> list[str]:
    return [r for r in map(ref_id, items or []) if r]


def s2_record(rec: dict[str, Any], src: Source) -> Paper | ReadFailure:
    """One Semantic Scholar paper as a paper."""
    ext = rec.get("externalIds") or {}
    year = rec.get("year")
    date = rec.get("publicationDate")
    return make_paper(
        src,
        title=rec.get("title"),
        abstract=rec.get("abstract"),
        authors=[a.get("name", "") for a in rec.get("authors") or [] if isinstance(a, dict)],
        date=iso_date(date),
        date_text=date or (str(year) if year else None),
        arxiv_id=ext.get("ArXiv"),
        doi=ext.get("DOI"),
        url=rec.get("url"),
        references=_refs(rec.get("references")),
        cited_by=_refs(rec.get("citations")),
        alt_ids=[f"s2:{rec['paperId']}"] if rec.get("paperId") else [],
    )


def read_s2(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read Semantic Scholar Graph API paper JSON."""
    return read_json_records(path, FORMAT, s2_record, lambda rec: misplaced_abstract(rec, ("abstract",)))
