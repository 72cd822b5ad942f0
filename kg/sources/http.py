"""The one HTTP layer every web source goes through: cache, politeness, retries.

- **Cache**: every successful GET is kept on disk (a :mod:`hishel` SQLite store, by method and
  URL less the credentials, whatever the server's caching headers say), as soon as its body has
  arrived. Re-running a fetch therefore sends no request for what it already has, an interrupted
  fetch resumes where it stopped, and ``offline=True`` answers from the cache only.
- **Politeness**: at most one request per ``interval`` seconds per host (arXiv asks for 3 s).
- **Retries**: on 429 and 503 after the server's ``Retry-After`` (seconds or an HTTP date), on
  other 5xx, timeouts and network errors after an exponential backoff; then :class:`FetchError`.
- **Bad answers**: a body that does not parse is removed from the cache and reported with its URL.

The clock and ``sleep`` are injectable so tests run the waits instantly.

>>> import httpx, tempfile
>>> def answer(request):
...     return httpx.Response(200, json={"page": request.url.params["page"]})
>>> http = Http(HttpSettings(cache_dir=tempfile.mkdtemp()), transport=httpx.MockTransport(answer))
>>> url = "https://example.org/api"
>>> http.get_json(url, {"page": 1}), http.get_json(url, {"page": 1})
({'page': '1'}, {'page': '1'})
>>> http.stats
HttpStats(requests=1, cached=1, retries=0)
>>> http.close()
"""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from hishel import SqliteStorage
from hishel.httpx import CacheTransport

from kg import __version__
from kg.errors import FetchError

__all__ = ["DEFAULT_CACHE_DIR", "Http", "HttpSettings", "HttpStats", "retry_after"]

DEFAULT_CACHE_DIR = Path(os.environ.get("KG_HTTP_CACHE", Path.home() / ".cache" / "kg" / "http"))
_SECRET_PARAMS = frozenset({"api_key", "mailto"})  # never part of a cache key
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class HttpSettings:
    """How the HTTP layer behaves. ``intervals`` maps a host to its minimum seconds between requests."""

    cache_dir: str | os.PathLike[str] = DEFAULT_CACHE_DIR
    offline: bool = False
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 1.0
    max_wait: float = 300.0
    intervals: Mapping[str, float] = field(default_factory=dict)
    user_agent: str = f"kg/{__version__} (+https://github.com/kg)"


@dataclass(frozen=True, slots=True)
class HttpStats:
    """Requests sent to servers, answers taken from the cache, and retries made."""

    requests: int
    cached: int
    retries: int


class _Offline(Exception):
    """Raised by the network transport when the layer may not use the network."""


class _Network(httpx.BaseTransport):
    """The transport behind the cache: waits out each host's interval, counts what it sends."""

    def __init__(self, owner: Http, inner: httpx.BaseTransport) -> None:
        self.owner = owner
        self.inner = inner
        self.last: dict[str, float] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        owner = self.owner
        if owner.settings.offline:
            raise _Offline(str(request.url))
        host = request.url.host
        gap = owner.settings.intervals.get(host, 0.0)
        if host in self.last and gap > 0:
            wait = self.last[host] + gap - owner.clock()
            if wait > 0:
                owner.sleep(wait)
        self.last[host] = owner.clock()
        owner.requests += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date), or None.

    >>> retry_after("7"), retry_after(None), retry_after("soon")
    (7.0, None, None)
    >>> retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def _url(url: str, params: Mapping[str, Any] | None) -> httpx.URL:
    return httpx.URL(url, params={k: v for k, v in (params or {}).items() if v is not None})


def _shown(url: httpx.URL) -> str:
    """The URL as reported in errors: without the API key."""
    return str(url.copy_with(params=[(k, v) for k, v in url.params.multi_items() if k != "api_key"]))


def cache_key(url: httpx.URL) -> str:
    """The cache key of a GET: its URL without credentials (``api_key``, ``mailto``)."""
    params = [(k, v) for k, v in url.params.multi_items() if k not in _SECRET_PARAMS]
    plain = url.copy_with(params=params)
    return hashlib.sha256(f"GET {plain}".encode()).hexdigest()


class Http:
    """A cached, polite, retrying HTTP client (see the module docstring). Close it when done."""

    def __init__(
        self,
        settings: HttpSettings | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], object] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or HttpSettings()
        self.sleep, self.clock = sleep, clock
        self.requests = self.cached = self.retries = 0
        cache_dir = Path(self.settings.cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        self._storage = SqliteStorage(database_path=cache_dir / "http-cache.sqlite", max_size=None)
        network = _Network(self, transport or httpx.HTTPTransport())
        self._client = httpx.Client(
            transport=CacheTransport(next_transport=network, storage=self._storage),
            timeout=self.settings.timeout,
            headers={"User-Agent": self.settings.user_agent},
            follow_redirects=True,
        )

    @property
    def stats(self) -> HttpStats:
        """What this client has done so far."""
        return HttpStats(self.requests, self.cached, self.retries)

    def close(self) -> None:
        """Close the connections and the cache."""
        self._client.close()

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> bytes:
        """The body of a successful GET (from the cache when it is there); :class:`FetchError` else."""
        full = _url(url, params)
        key = cache_key(full)
        failure: FetchError | None = None
        for attempt in range(self.settings.retries + 1):
            if failure is not None:
                self.retries += 1
            wait, failure, body = self._try(full, key, headers, attempt)
            if body is not None:
                return body
            assert failure is not None
            if not failure.retry or attempt == self.settings.retries:
                break
            self.sleep(min(wait, self.settings.max_wait))
        assert failure is not None
        raise failure

    def _try(
        self, url: httpx.URL, key: str, headers: Mapping[str, str] | None, attempt: int
    ) -> tuple[float, FetchError | None, bytes | None]:
        """One attempt: ``(seconds to wait before the next, the failure, the body)``."""
        backoff = self.settings.backoff * 2**attempt
        where = _shown(url)
        try:
            resp = self._client.get(url, headers=headers, extensions={"caching": {"key": key}})
        except _Offline:
            hint = "run it once without --offline to fill the cache"
            return 0.0, FetchError("not in the cache (offline)", url=where, hint=hint), None
        except httpx.TimeoutException:
            return backoff, FetchError("timed out", url=where, retry=True), None
        except httpx.TransportError as err:
            return backoff, FetchError(f"network error: {err}", url=where, retry=True), None
        if resp.extensions.get("caching", {}).get("from_cache"):
            self.cached += 1
        if resp.status_code == 200:
            return 0.0, None, resp.content
        status = resp.status_code
        if status in _RETRY_STATUS:
            told = retry_after(resp.headers.get("Retry-After")) if status in (429, 503) else None
            wait = told if told is not None else backoff
            return wait, FetchError(f"HTTP {status}", url=where, status=status, retry=True), None
        return 0.0, FetchError(f"HTTP {status}", url=where, status=status), None

    def forget(self, url: str, params: Mapping[str, Any] | None = None) -> None:
        """Remove a cached answer (one that turned out not to be data)."""
        for entry in self._storage.get_entries(cache_key(_url(url, params))):
            self._storage.remove_entry(entry.id)

    def get_json(
        self, url: str, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> Any:
        """The parsed JSON body of a GET; a body that is not JSON is forgotten and reported."""
        body = self.get(url, params, headers)
        try:
            return json.loads(body)
        except ValueError as err:
            self.forget(url, params)
            where = _shown(_url(url, params))
            raise FetchError(f"the response is not valid JSON ({err})", url=where, status=200) from None
