"""``kg fetch``: one web source to one listing file that the readers understand.

>>> sorted(SOURCES)
['arxiv', 'hf-daily', 'openalex', 's2']
>>> credentials("openalex", mailto="me@example.org", api_key=None, env={})
{'mailto': 'me@example.org'}
>>> credentials("s2", mailto=None, api_key=None, env={"S2_API_KEY": "k"})
{'api_key': 'k'}
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx

from kg.atomic import write_bytes_atomic
from kg.errors import ConfigError
from kg.sources import arxiv, hf_daily, openalex, s2
from kg.sources.http import Http, HttpSettings, HttpStats

__all__ = ["SOURCES", "FetchResult", "credentials", "fetch_listing", "open_http"]

SOURCES: dict[str, tuple[str, float]] = {
    "hf-daily": (hf_daily.BASE, hf_daily.INTERVAL),
    "arxiv": (arxiv.BASE, arxiv.INTERVAL),
    "openalex": (openalex.BASE, openalex.INTERVAL),
    "s2": (s2.BASE, s2.INTERVAL),
}
"""Each source's default base URL and the seconds it asks between requests."""
_ENV: dict[str, dict[str, tuple[str, ...]]] = {
    "openalex": {"mailto": ("KG_MAILTO", "OPENALEX_MAILTO"), "api_key": ("OPENALEX_API_KEY",)},
    "s2": {"api_key": ("S2_API_KEY", "SEMANTIC_SCHOLAR_API_KEY")},
}


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What :func:`fetch_listing` wrote: the file, how many records, ids not found, HTTP counts."""

    path: Path
    records: int
    missing: tuple[str, ...]
    stats: HttpStats


def credentials(
    source: str, *, mailto: str | None, api_key: str | None, env: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The ``mailto`` / ``api_key`` a source takes: from the flags, else from the environment."""
    env = os.environ if env is None else env
    given = {"mailto": mailto, "api_key": api_key}
    out: dict[str, str] = {}
    for name, names in _ENV.get(source, {}).items():
        value = given[name] or next((env[n] for n in names if env.get(n)), None)
        if value:
            out[name] = value
    return out


def _check(source: str) -> tuple[str, float]:
    if source not in SOURCES:
        raise ConfigError(f"unknown source: {source!r}", hint=f"use one of {', '.join(sorted(SOURCES))}")
    return SOURCES[source]


def open_http(
    source: str,
    settings: HttpSettings,
    base: str | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Callable[[float], object] | None = None,
) -> Http:
    """An :class:`Http` that waits the source's interval between requests to its host."""
    default, interval = _check(source)
    host = httpx.URL(base or default).host
    settings = replace(settings, intervals={**settings.intervals, host: interval})
    return (
        Http(settings, transport=transport)
        if sleep is None
        else Http(settings, transport=transport, sleep=sleep)
    )


def _dump(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def fetch_listing(
    source: str,
    out: str | os.PathLike[str],
    http: Http,
    *,
    base: str | None = None,
    dates: Sequence[str] = (),
    query: str | None = None,
    ids: Sequence[str] = (),
    filter: str | None = None,
    search: str | None = None,
    max_results: int = 100,
    creds: Mapping[str, str] | None = None,
    progress: bool | None = False,
) -> FetchResult:
    """Fetch from ``source`` and write the listing to ``out`` (atomically, only once all arrived)."""
    base = base or _check(source)[0]
    missing: list[str] = []
    if source == "hf-daily":
        items = hf_daily.fetch_hf_daily(http, list(dates), base=base, progress=progress)
        body, n = _dump(items), len(items)
    elif source == "arxiv":
        body = arxiv.fetch_arxiv(
            http, query=query, ids=ids, max_results=max_results, base=base, progress=progress
        )
        n = body.count(b"<entry")
    elif source == "openalex":
        works = openalex.fetch_openalex(
            http, filter=filter, search=search, max_results=max_results,
            credentials=dict(creds or {}), base=base, progress=progress,
        )  # fmt: skip
        body, n = _dump(works), len(works)
    else:
        if not ids:
            raise ConfigError("s2 needs --ids")
        key = (creds or {}).get("api_key")
        records, missing = s2.fetch_s2(http, ids, base=base, api_key=key, progress=progress)
        body, n = _dump(records), len(records)
    write_bytes_atomic(out, body)
    return FetchResult(Path(out), n, tuple(missing), http.stats)
