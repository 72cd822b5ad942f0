"""Semantic Scholar Graph API papers (``GET {base}/graph/v1/paper/{id}?fields=…``).

Ids are ``ARXIV:2501.00001``, ``DOI:10.…``, ``CorpusId:…`` or S2 paper ids. One GET per paper
(the batch endpoint is a POST, which no HTTP cache keeps): with the cache, a re-run sends none.
An API key (``x-api-key`` header) raises the shared rate limit; without one S2 answers 429s
often, which the HTTP layer waits out. Unknown ids (404) are reported, not fatal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from kg.errors import FetchError
from kg.model import Paper
from kg.progress import Progress
from kg.sources.http import Http
from kg.sources.records import TITLE_THRESHOLD, Match, title_match

__all__ = ["BASE", "FIELDS", "INTERVAL", "fetch_s2", "s2_matches", "s2_paper"]

BASE = "https://api.semanticscholar.org"
INTERVAL = 1.0
"""Semantic Scholar grants one request a second to an API key (and shares a pool without one)."""
FIELDS = (
    "paperId,externalIds,title,abstract,year,publicationDate,authors,url,"
    "references.paperId,references.externalIds,references.title,references.year"
)


def s2_paper(
    http: Http, paper_id: str, *, base: str = BASE, api_key: str | None = None
) -> dict[str, Any] | None:
    """One paper record with its references, or None when S2 does not know the id (404)."""
    url = f"{base.rstrip('/')}/graph/v1/paper/{paper_id}"
    headers = {"x-api-key": api_key} if api_key else None
    try:
        rec = http.get_json(url, {"fields": FIELDS}, headers)
    except FetchError as err:
        if err.status == 404:
            return None
        raise
    if not isinstance(rec, dict) or "paperId" not in rec:
        http.forget(url, {"fields": FIELDS})
        raise FetchError("expected a Semantic Scholar paper record", url=url, status=200)
    return rec


def fetch_s2(
    http: Http,
    ids: Sequence[str],
    *,
    base: str = BASE,
    api_key: str | None = None,
    progress: bool | None = False,
) -> tuple[list[dict[str, Any]], list[str]]:
    """The records of these ids, and the ids Semantic Scholar does not know."""
    found: list[dict[str, Any]] = []
    missing: list[str] = []
    with Progress("s2 papers", total=len(ids), enabled=progress) as bar:
        for pid in ids:
            rec = s2_paper(http, pid, base=base, api_key=api_key)
            if rec is None:
                missing.append(pid)
            else:
                found.append(rec)
            bar.advance()
    return found, missing


def _by_title(
    http: Http, paper: Paper, base: str, api_key: str | None, threshold: float
) -> tuple[dict[str, Any] | None, float | None]:
    """S2's best title match (``/paper/search/match``), if close enough to the paper's title."""
    url = f"{base.rstrip('/')}/graph/v1/paper/search/match"
    headers = {"x-api-key": api_key} if api_key else None
    try:
        page = http.get_json(url, {"query": paper.title, "fields": FIELDS}, headers)
    except FetchError as err:
        if err.status == 404:  # "Title match not found"
            return None, None
        raise
    data = page.get("data") if isinstance(page, dict) else None
    if not isinstance(data, list) or not data or not isinstance(data[0], dict):
        return None, None
    hit = title_match(paper.title, [str(data[0].get("title") or "")], threshold)
    return (data[0], hit[1]) if hit else (None, None)


def s2_matches(
    http: Http,
    papers: Sequence[Paper],
    *,
    api_key: str | None = None,
    base: str = BASE,
    threshold: float = TITLE_THRESHOLD,
) -> Iterator[Match]:
    """Each paper's record at Semantic Scholar: by arXiv id, else DOI, else title match at ``threshold``."""
    for paper in papers:
        rec: dict[str, Any] | None = None
        score: float | None = None
        method = "none"
        for kind, value in (("arxiv", paper.arxiv_id), ("doi", paper.doi)):
            if rec is None and value:
                rec, method = s2_paper(http, f"{kind.upper()}:{value}", base=base, api_key=api_key), kind
        if rec is None:
            rec, score = _by_title(http, paper, base, api_key, threshold)
            method = "title" if rec is not None else "none"
        yield Match(paper.id, "s2", method, score, rec)
