"""Hugging Face Daily Papers: ``GET {base}/api/daily_papers?date=YYYY-MM-DD``, one request per day.

The items are written as they come (a JSON list), which :mod:`kg.readers.hf_daily` reads.

>>> days("2026-03-02", "2026-03-04")
['2026-03-02', '2026-03-03', '2026-03-04']
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kg.errors import ConfigError, FetchError
from kg.progress import Progress
from kg.sources.http import Http

__all__ = ["BASE", "INTERVAL", "days", "fetch_hf_daily"]

BASE = "https://huggingface.co"
INTERVAL = 0.5
"""Seconds between requests: the endpoint is public and unauthenticated; stay gentle."""


def days(since: str, until: str | None = None) -> list[str]:
    """Every ISO date from ``since`` to ``until`` (inclusive; default: ``since`` only)."""
    try:
        first = dt.date.fromisoformat(since)
        last = dt.date.fromisoformat(until) if until else first
    except ValueError as err:
        raise ConfigError(f"not a date: {err}", hint="use YYYY-MM-DD") from None
    if last < first:
        raise ConfigError(f"--until {until} is before --since {since}")
    return [(first + dt.timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]


def fetch_hf_daily(
    http: Http, dates: list[str], *, base: str = BASE, progress: bool | None = False
) -> list[dict[str, Any]]:
    """The daily-papers items of each date, in date order (a day with no papers adds none)."""
    url = f"{base.rstrip('/')}/api/daily_papers"
    items: list[dict[str, Any]] = []
    with Progress("hf-daily days", total=len(dates), enabled=progress) as bar:
        for day in dates:
            page = http.get_json(url, {"date": day})
            if not isinstance(page, list) or not all(isinstance(i, dict) for i in page):
                http.forget(url, {"date": day})
                raise FetchError("expected a list of daily-paper items", url=f"{url}?date={day}", status=200)
            items.extend(page)
            bar.advance()
    return items
