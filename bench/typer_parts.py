"""The name typer's cost by part, timed inside the running pipeline (typer on).

    PYTHONPATH=$PWD python bench/typer_parts.py [--size 2000] [--offset 20000] [--corpus …]

A warm loop over the typer's inputs says little: inside the pipeline the typer's code, patterns and caches are
cold between abstracts, and each part costs two to five times what it costs in a loop (docs/evaluation.md,
"Session 18, the name typer's candidates"). This runs the fast extraction path (as :mod:`bench.ab_inproc`)
over ``size`` corpus records from ``offset`` with each part of the typer wrapped in a timer, and prints each
part's microseconds per abstract and its share of the extraction CPU: ``add_names`` (all of it), the candidate
scan ``name_spans``, inside it the ``_HIT`` pass and the per-run word tests ``_run_names`` (its cache hits and
misses counted), ``_may_join``; then ``context``, ``name_features`` and ``NameTyper.decide`` (scoring). The
timers read the thread's CPU time (so load on the machine does not count) and add about a microsecond a call;
the first 200 records only warm the caches.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ab_inproc import CORPUS, read

WARM = 200


class _Clock:
    """Nanoseconds and calls by part."""

    def __init__(self) -> None:
        self.ns: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def wrap(self, label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time_ns()
            try:
                return fn(*args, **kwargs)
            finally:
                self.ns[label] += time.thread_time_ns() - start
                self.calls[label] += 1

        return timed

    def clear(self) -> None:
        self.ns.clear()
        self.calls.clear()


class _Scan:
    """A stand-in for the ``_HIT`` pattern whose ``finditer`` is timed (the whole pass, as a list)."""

    def __init__(self, pattern: Any, clock: _Clock) -> None:
        self.pattern, self.clock = pattern, clock

    def finditer(self, text: str) -> Iterator[Any]:
        start = time.thread_time_ns()
        found = list(self.pattern.finditer(text))
        self.clock.ns["_HIT scan"] += time.thread_time_ns() - start
        self.clock.calls["_HIT scan"] += 1
        return iter(found)


@contextmanager
def timed_parts(clock: _Clock) -> Iterator[None]:
    """The typer's parts wrapped in ``clock``'s timers while inside; the originals put back after."""
    from kg.extract import component, name_features, name_typer

    saved: list[tuple[Any, str, Any]] = []

    def put(owner: Any, name: str, value: Any) -> None:
        saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, value)

    raw = name_features._run_names.__wrapped__
    cached = functools.lru_cache(maxsize=1 << 16)(clock.wrap("_run_names misses", raw))
    put(component, "add_names", clock.wrap("add_names", component.add_names))
    put(name_typer, "name_spans", clock.wrap("name_spans", name_typer.name_spans))
    put(name_features, "_HIT", _Scan(name_features._HIT, clock))
    put(name_features, "_run_names", clock.wrap("_run_names", cached))
    put(name_features, "_may_join", clock.wrap("_may_join", name_features._may_join))
    put(name_typer, "context", clock.wrap("context", name_typer.context))
    put(name_typer, "name_features", clock.wrap("name_features", name_typer.name_features))
    put(name_typer.NameTyper, "decide", clock.wrap("decide", name_typer.NameTyper.decide))
    try:
        yield
    finally:
        for owner, name, value in reversed(saved):
            setattr(owner, name, value)


def measure(texts: list[tuple[str, str, str]], warm: int = WARM) -> dict[str, Any]:
    """Each part's µs per abstract and share of the CPU of extracting ``texts`` (id, title, abstract; the
    first ``warm`` only warm the caches)."""
    from kg.extract import component, extractor

    clock = _Clock()
    with timed_parts(clock):
        run = extractor._runner(component.load_pipeline(names=True))
        for text in texts[:warm]:
            run(*text)
        clock.clear()
        start = time.process_time()
        for text in texts[warm:]:
            run(*text)
        took = time.process_time() - start
    n = max(1, len(texts) - warm)
    return {
        "abstracts": len(texts) - warm,
        "extraction_us_per_abstract": round(1e6 * took / n, 1),
        "parts": {
            label: {
                "us_per_abstract": round(ns / 1e3 / n, 1),
                "share": round(ns / 1e9 / took, 4) if took else 0.0,
                "calls_per_abstract": round(clock.calls[label] / n, 2),
            }
            for label, ns in clock.ns.most_common()
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=2000, help="abstracts timed")
    parser.add_argument("--offset", type=int, default=20000, help="the first record read")
    args = parser.parse_args()
    print(json.dumps(measure(read(args.corpus, args.offset, args.size + WARM)), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
