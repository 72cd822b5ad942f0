"""A fake web API on 127.0.0.1 for the sources' tests: scripted replies, misbehaving on purpose.

``api.on(path, params, *replies)`` answers the GET of ``path`` whose query (less ``mailto``
and ``api_key``) equals ``params`` with the replies in turn (the last one repeats);
``api.route(path, fn)`` answers any query of ``path`` with ``fn(params) -> Reply``. Every request
is logged, so tests count what reached the server.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

SOURCES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"


@dataclass
class Reply:
    """One scripted answer: status, body, headers; ``delay`` seconds before answering;
    ``cut`` sends fewer body bytes than Content-Length says and drops the connection."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    cut: bool = False


def json_reply(data: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode(), {"Content-Type": "application/json"})


def _key(path: str, params: dict[str, str]) -> str:
    kept = sorted((k, v) for k, v in params.items() if k not in ("mailto", "api_key"))
    return path + "?" + "&".join(f"{k}={v}" for k, v in kept)


class FakeApi:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Reply]] = {}
        self.routes: dict[str, Callable[[dict[str, str]], Reply]] = {}
        self.log: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.lock = threading.Lock()
        self.base = ""

    def on(self, path: str, params: dict[str, Any], *replies: Reply) -> None:
        self.scripts[_key(path, {k: str(v) for k, v in params.items()})] = list(replies)

    def route(self, path: str, fn: Callable[[dict[str, str]], Reply]) -> None:
        self.routes[path] = fn

    def hits(self, path: str | None = None) -> int:
        return sum(1 for p, _, _ in self.log if path is None or p == path)

    def answer(self, path: str, params: dict[str, str]) -> Reply:
        with self.lock:
            script = self.scripts.get(_key(path, params))
            if script:
                return script.pop(0) if len(script) > 1 else script[0]
        if path in self.routes:
            return self.routes[path](params)
        return json_reply({"error": "not found"}, 404)


def _handler(api: FakeApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            with api.lock:
                api.log.append((parts.path, params, dict(self.headers)))
            reply = api.answer(parts.path, params)
            if reply.delay:
                time.sleep(reply.delay)
            self.send_response(reply.status)
            for k, v in reply.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(reply.body) + (50 if reply.cut else 0)))
            self.end_headers()
            try:
                self.wfile.write(reply.body)
                self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                return
            if reply.cut:
                self.close_connection = True

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


class Clock:
    """A fake clock whose sleep only advances time (and records each wait)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(round(seconds, 3))
        self.now += seconds
