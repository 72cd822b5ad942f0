"""A tiny progress reporter: a live bar on a terminal, silence when piped.

>>> import io
>>> out = io.StringIO()
>>> with Progress("reading", total=3, stream=out) as bar:
...     for _ in range(3):
...         bar.advance()
>>> out.getvalue()  # not a terminal: nothing is drawn
''
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Counts work done; draws ``label [####....] n/total  rate/s`` on a TTY at most 10 times a second."""

    def __init__(
        self,
        label: str,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        enabled: bool | None = None,
    ) -> None:
        self.label = label
        self.total = total
        self.done = 0
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = isatty() if enabled is None else enabled
        self._start = time.perf_counter()
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        """Record ``n`` more units of work and redraw if due."""
        self.done += n
        if self.enabled:
            now = time.perf_counter()
            if now - self._last >= 0.1:
                self._last = now
                self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self._start, 1e-9)
        if self.total:
            filled = int(30 * min(self.done / self.total, 1.0))
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}"
        else:
            bar = f"{self.done}"
        self.stream.write(f"\r{self.label} {bar}  {rate:,.0f}/s ")
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.enabled:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()
