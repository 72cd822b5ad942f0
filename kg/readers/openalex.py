"""OpenAlex works (format ``openalex``): one work, a list, an API page with ``results``, or JSONL.

The abstract is rebuilt from ``abstract_inverted_index``; ``referenced_works`` become
references ``openalex:W…`` (merging maps them to in-set paper ids); the work's own
OpenAlex id is kept in ``alt_ids``. An arXiv id is taken from an arxiv.org location.

>>> rebuild_abstract({"world": [1], "Hello": [0], "again": [3]})
'Hello world again'
>>> from kg.model import Source
>>> w = {"id": "https://openalex.org/W1", "doi": "https://doi.org/10.7717/PeerJ.4375",
...      "display_name": "A work",
...      "publication_date": "2018-02-13", "referenced_works": ["https://openalex.org/W2"],
...      "authorships": [{"author": {"display_name": "H. Piwowar"}}]}
>>> p = work_record(w, Source("w.json", None, 1, "openalex"))
>>> p.id, p.date, p.authors, p.references, p.alt_ids
('10.7717/peerj.4375', '2018-02-13', ('H. Piwowar',), ('openalex:W2',), ('openalex:W1',))
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import arxiv_id_from, iso_date, make_paper
from kg.readers.jsondoc import misplaced_abstract, read_json_records

__all__ = ["openalex_id", "read_openalex", "rebuild_abstract", "work_record"]

FORMAT = "openalex"


def rebuild_abstract(index: Any) -> str:
    """The abstract text from an inverted index ``{word: [positions]}`` (gaps are skipped)."""
    if not isinstance(index, dict):
        return ""
    at = {pos: word for word, positions in index.items() for pos in positions if isinstance(pos, int)}
    return " ".join(at[pos] for pos in sorted(at))


def openalex_id(value: Any) -> str | None:
    """``"https://openalex.org/W123"`` -> ``"openalex:W123"``."""
    if not isinstance(value, str) or not value.strip():
        return None
    return "openalex:" + value.strip().rstrip("/").rsplit("/", 1)[-1]


def _arxiv(work: dict[str, Any]) -> str | None:
    for loc in work.get("locations") or []:
        if isinstance(loc, dict):
            for key in ("landing_page_url", "pdf_url"):
                url = loc.get(key)
                if isinstance(url, str) and "arxiv.org/" in url:
                    return arxiv_id_from(url)
    return None


def work_record(work: dict[str, Any], src: Source) -> Paper | ReadFailure:
    """One OpenAlex work as a paper."""
    authors = [(a.get("author") or {}).get("display_name", "") for a in work.get("authorships") or []]
    date = work.get("publication_date")
    year = work.get("publication_year")
    return make_paper(
        src,
        title=work.get("title") or work.get("display_name"),
        abstract=rebuild_abstract(work.get("abstract_inverted_index")),
        authors=authors,
        date=iso_date(date),
        date_text=date or (str(year) if year else None),
        arxiv_id=_arxiv(work),
        doi=work.get("doi") or (work.get("ids") or {}).get("doi"),
        url=work.get("id"),
        references=[r for r in map(openalex_id, work.get("referenced_works") or []) if r],
        alt_ids=[r for r in (openalex_id(work.get("id")),) if r],
    )


def read_openalex(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read OpenAlex works."""
    return read_json_records(
        path, FORMAT, work_record, lambda rec: misplaced_abstract(rec, ("abstract_inverted_index",))
    )
