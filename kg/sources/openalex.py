"""OpenAlex works (``GET {base}/works?filter=…&cursor=…``): cursor paging, JSON out.

OpenAlex asks for a ``mailto`` (the "polite pool") or an ``api_key``; both are sent as
parameters and kept out of the cache key. :func:`fetch_openalex` writes a JSON list of works,
which :mod:`kg.readers.openalex` reads; :func:`works_page` is the request every OpenAlex call uses.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kg.errors import ConfigError, FetchError
from kg.model import Paper
from kg.progress import Progress
from kg.sources.http import Http
from kg.sources.records import TITLE_THRESHOLD, Match, title_match

__all__ = ["BASE", "INTERVAL", "fetch_openalex", "openalex_matches", "openalex_works", "works_page"]

BASE = "https://api.openalex.org"
INTERVAL = 0.1
"""OpenAlex allows 10 requests a second (and 100,000 a day)."""


def works_page(http: Http, base: str, params: dict[str, Any], credentials: dict[str, str]) -> dict[str, Any]:
    """One page of ``/works``; :class:`FetchError` (and nothing cached) when it has no ``results`` list."""
    url = f"{base.rstrip('/')}/works"
    full = {**params, **credentials}
    page = http.get_json(url, full)
    if not isinstance(page, dict) or not isinstance(page.get("results"), list):
        http.forget(url, full)
        raise FetchError("expected an OpenAlex page with a results list", url=url, status=200)
    return page


def fetch_openalex(
    http: Http,
    *,
    filter: str | None = None,
    search: str | None = None,
    max_results: int = 200,
    per_page: int = 200,
    credentials: dict[str, str] | None = None,
    base: str = BASE,
    progress: bool | None = False,
) -> list[dict[str, Any]]:
    """Works matching ``filter`` / ``search``, following ``meta.next_cursor`` until done."""
    if not filter and not search:
        raise ConfigError("openalex needs --filter or --search")
    works: list[dict[str, Any]] = []
    cursor: str | None = "*"
    used: set[str] = set()
    with Progress("openalex works", total=max_results, enabled=progress) as bar:
        while cursor and len(works) < max_results:
            params = {"filter": filter, "search": search, "per-page": per_page, "cursor": cursor}
            page = works_page(http, base, params, credentials or {})
            if not page["results"]:
                break
            works += page["results"]
            bar.advance(len(page["results"]))
            used.add(cursor)
            cursor = (page.get("meta") or {}).get("next_cursor")
            if cursor in used:
                raise FetchError(f"the cursor loops ({cursor!r} came back)", url=f"{base}/works", status=200)
    return works[:max_results]


# -- enrichment: match papers, read their references ----------------------------------------------

_SELECT = "id,doi,display_name,publication_year,referenced_works"
_BATCH = 50  # OpenAlex takes up to 100 values in one OR filter; 50 keeps URLs short


def _doi(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return value.lower().removeprefix("https://doi.org/")


def _lookup_doi(paper: Paper) -> str | None:
    return f"10.48550/arxiv.{paper.arxiv_id}".lower() if paper.arxiv_id else paper.doi


def openalex_matches(
    http: Http,
    papers: Sequence[Paper],
    *,
    credentials: dict[str, str] | None = None,
    base: str = BASE,
    threshold: float = TITLE_THRESHOLD,
) -> Iterator[Match]:
    """Each paper's work at OpenAlex: by DOI (an arXiv id as its ``10.48550/arxiv.`` DOI) in batches,
    else by title search accepted at ``threshold``; unmatched papers get method ``none``."""
    creds = credentials or {}
    by_doi = [p for p in papers if _lookup_doi(p)]
    found: dict[str, Match] = {}
    for i in range(0, len(by_doi), _BATCH):
        batch = by_doi[i : i + _BATCH]
        want = {_lookup_doi(p): p for p in batch}
        params = {
            "filter": "doi:" + "|".join(sorted(d for d in want if d)),
            "per-page": _BATCH,
            "select": _SELECT,
        }
        for work in works_page(http, base, params, creds)["results"]:
            paper = want.get(_doi(work.get("doi")))
            if paper is not None:
                found[paper.id] = Match(
                    paper.id, "openalex", "arxiv" if paper.arxiv_id else "doi", None, work
                )
        yield from (found[p.id] for p in batch if p.id in found)
    for paper in papers:
        if paper.id not in found:
            yield _by_title(http, paper, creds, base, threshold)


def _by_title(http: Http, paper: Paper, creds: dict[str, str], base: str, threshold: float) -> Match:
    params = {"search": paper.title, "per-page": 5, "select": _SELECT}
    results = works_page(http, base, params, creds)["results"]
    hit = title_match(paper.title, [str(w.get("display_name") or "") for w in results], threshold)
    if hit is None:
        return Match(paper.id, "openalex", "none")
    return Match(paper.id, "openalex", "title", hit[1], results[hit[0]])


def openalex_works(
    http: Http, ids: Sequence[str], *, credentials: dict[str, str] | None = None, base: str = BASE
) -> list[dict[str, Any]]:
    """The records (id, display_name, publication_year) of these works (``W…`` ids), 50 at a time."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(ids), _BATCH):
        params = {
            "filter": "openalex:" + "|".join(ids[i : i + _BATCH]),
            "per-page": _BATCH,
            "select": "id,display_name,publication_year",
        }
        out += works_page(http, base, params, credentials or {})["results"]
    return out
