"""Benchmark the readers on the arXiv corpus: time and peak memory (numbers go in notes, not tests).

Usage::

    .venv/bin/python bench/read.py [--data ../shared/data/arxiv_cs_2025_2026.jsonl.gz]
        [--repeat 3] [--profile]

Each measurement runs in a fresh subprocess so that its peak RSS is its own; CPU time
(user + system) is reported beside wall time because the wall time of a shared machine
depends on its load:

* ``stream``: ``kg.readers.iter_files`` over the file, counting records (constant memory);
* ``read_files``: read everything and merge duplicates (what ``kg build`` does);
* ``cli``: ``kg read FILE --jsonl > /dev/null`` end to end, as a user runs it;
* ``cli --no-merge``: the streaming CLI path.

It also checks that ``kg read FILE --jsonl`` prints 74,728 lines for the reference corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
KG = [sys.executable, "-m", "kg"]

_CHILD = """
import json, resource, sys, time
from kg.readers import iter_files, read_files
mode, path = sys.argv[1], sys.argv[2]
t = time.perf_counter()
if mode == "stream":
    n = sum(1 for _ in iter_files([path]))
else:
    n = len(read_files([path]).papers)
ru = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"n": n, "s": time.perf_counter() - t, "cpu": ru.ru_utime + ru.ru_stime,
                  "mb": ru.ru_maxrss / 1024}))
"""


def _library(mode: str, data: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, mode, str(data)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _cli(data: Path, *extra: str) -> dict[str, float]:
    """Run ``kg read`` under ``/usr/bin/time`` (its own peak RSS); count the lines it prints."""
    t = time.perf_counter()
    proc = subprocess.run(
        ["/usr/bin/time", "-f", "%M %U %S", *KG, "read", str(data), "--jsonl", *extra],
        capture_output=True,
        check=True,
    )
    seconds = time.perf_counter() - t
    peak_kb, user, system = proc.stderr.decode().strip().splitlines()[-1].split()
    return {
        "n": proc.stdout.count(b"\n"),
        "s": seconds,
        "cpu": float(user) + float(system),
        "mb": int(peak_kb) / 1024,
    }


def _profile(data: Path) -> None:
    from kg.readers import read_files

    prof = cProfile.Profile()
    prof.enable()
    read_files([data])
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of read_files instead")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    if args.profile:
        _profile(args.data)
        return 0
    runs = {
        "stream (iter_files)": lambda: _library("stream", args.data),
        "read_files (merge)": lambda: _library("read", args.data),
        "kg read --jsonl": lambda: _cli(args.data),
        "kg read --jsonl --no-merge": lambda: _cli(args.data, "--no-merge"),
    }
    for name, run in runs.items():
        results = [run() for _ in range(args.repeat)]
        secs = statistics.median(r["s"] for r in results)
        n = int(results[0]["n"])
        cpu = statistics.median(r["cpu"] for r in results)
        print(
            f"{name:<28} {n:>7} papers  wall {secs:6.2f} s  cpu {cpu:6.2f} s (medians of {args.repeat})  "
            f"{n / secs:7.0f} papers/s  peak {max(r['mb'] for r in results):5.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
