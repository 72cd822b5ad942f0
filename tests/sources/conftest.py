"""Fixtures of the sources' tests: the fake web API (fake_api), a fake clock, an Http on a temp cache."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # fake_api is importable from the tests

from fake_api import Clock, FakeApi, _handler

from kg.sources.http import Http, HttpSettings


@pytest.fixture
def api() -> Iterator[FakeApi]:
    fake = FakeApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_http(tmp_path: Path, clock: Clock) -> Callable[..., Http]:
    """``make_http(**settings)``: an Http over a cache in tmp_path, with the fake clock."""
    made: list[Http] = []

    def make(**options: Any) -> Http:
        settings = HttpSettings(**{"cache_dir": tmp_path / "http", "timeout": 2.0, **options})
        http = Http(settings, sleep=clock.sleep, clock=clock)
        made.append(http)
        return http

    yield make  # type: ignore[misc]
    for http in made:
        http.close()
