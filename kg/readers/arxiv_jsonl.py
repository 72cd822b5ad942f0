"""arXiv metadata JSON Lines (format ``arxiv_jsonl``): the OAI/Kaggle snapshot and the digest layout.

The Kaggle snapshot has ``abstract``, ``authors`` as one string, ``authors_parsed``,
``versions`` (the first ``created`` is the date) and ``update_date``; the digest layout
has ``summary`` and ``authors`` as a list and no date. Hard line breaks are collapsed.

>>> from kg.model import Source
>>> rec = {"id": "0704.0001", "title": "Calculation of\\n  prompt diphoton",
...        "abstract": "  A fully\\ndifferential ...",
...        "authors_parsed": [["Bal\\u00e1zs", "C.", ""], ["Berger", "E. L.", ""]],
...        "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}], "categories": "hep-ph"}
>>> p = arxiv_record(rec, Source("a.jsonl", 1, 1, "arxiv_jsonl"))
>>> p.id, p.title, p.abstract
('0704.0001', 'Calculation of prompt diphoton', 'A fully differential ...')
>>> p.authors, p.date, p.categories
(('C. Balázs', 'E. L. Berger'), '2007-04-02', ('hep-ph',))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import clean, iso_date, make_paper
from kg.readers.jsondoc import misplaced_abstract, read_json_records

__all__ = ["arxiv_record", "author_names", "read_arxiv_jsonl"]

FORMAT = "arxiv_jsonl"
_AUTHOR_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def author_names(rec: dict[str, Any]) -> list[str]:
    """Author names from ``authors_parsed`` (``[last, first, suffix]``), a list, or one string."""
    parsed = rec.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        return [" ".join(clean(x) for x in (p[1], p[0], *p[2:]) if clean(x)) for p in parsed]
    authors = rec.get("authors")
    if isinstance(authors, list):
        return [a.get("name", "") if isinstance(a, dict) else str(a) for a in authors]
    if isinstance(authors, str):
        return [a for a in _AUTHOR_SPLIT.split(clean(authors)) if a]
    return []


def _date(rec: dict[str, Any]) -> tuple[str | None, str | None]:
    versions = rec.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        created = versions[0].get("created")
        return iso_date(created), created
    for key in ("published", "date", "update_date"):
        if isinstance(rec.get(key), str):
            return iso_date(rec[key]), rec[key]
    return None, None


def arxiv_record(rec: dict[str, Any], src: Source) -> Paper | ReadFailure:
    """One arXiv metadata record as a paper."""
    date, date_text = _date(rec)
    cats = rec.get("categories") or ()
    return make_paper(
        src,
        title=rec.get("title"),
        abstract=rec.get("abstract") or rec.get("summary"),
        authors=author_names(rec),
        date=date,
        date_text=date_text,
        arxiv_id=rec.get("id") or rec.get("arxiv_id"),
        doi=rec.get("doi"),
        categories=cats.split() if isinstance(cats, str) else cats,
    )


def read_arxiv_jsonl(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read arXiv metadata JSON Lines (or a JSON list of such records)."""
    return read_json_records(
        path, FORMAT, arxiv_record, lambda rec: misplaced_abstract(rec, ("abstract", "summary"))
    )
