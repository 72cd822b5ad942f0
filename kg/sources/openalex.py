"""OpenAlex works (``GET {base}/works?filter=…&cursor=…``): cursor paging, JSON out.

OpenAlex asks for a ``mailto`` (the "polite pool") or an ``api_key``; both are sent as
parameters and kept out of the cache key. :func:`fetch_openalex` writes a JSON list of works,
which :mod:`kg.readers.openalex` reads; :func:`works_page` is the request every OpenAlex call uses.
"""

from __future__ import annotations

from typing import Any

from kg.errors import ConfigError, FetchError
from kg.progress import Progress
from kg.sources.http import Http

__all__ = ["BASE", "INTERVAL", "fetch_openalex", "works_page"]

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
