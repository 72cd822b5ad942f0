"""Semantic Scholar Graph API papers (``GET {base}/graph/v1/paper/{id}?fields=…``).

Ids are ``ARXIV:2501.00001``, ``DOI:10.…``, ``CorpusId:…`` or S2 paper ids. One GET per paper
(the batch endpoint is a POST, which no HTTP cache keeps): with the cache, a re-run sends none.
An API key (``x-api-key`` header) raises the shared rate limit; without one S2 answers 429s
often, which the HTTP layer waits out. Unknown ids (404) are reported, not fatal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.errors import FetchError
from kg.progress import Progress
from kg.sources.http import Http

__all__ = ["BASE", "FIELDS", "INTERVAL", "fetch_s2", "s2_paper"]

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
