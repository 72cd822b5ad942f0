"""Extraction CPU of this kg against another kg, interleaved: a ratio that a noisy machine still measures.

    git archive 2e74907 kg | tar -x -C /tmp/before       # the other kg: a directory holding its kg/
    python bench/ab_extract.py --before /tmp/before [--rounds 6] [--size 3000] [--step 10000]

Round ``r`` extracts the corpus records ``[r * step, r * step + size)`` in one process with each kg, each
run in a fresh subprocess whose ``PYTHONPATH`` is that kg's directory; the order alternates between rounds,
so a machine that speeds up or slows down does so for both sides. The first 50 records of a round warm the
caches and are not timed. Prints one JSON object: each run's CPU milliseconds per abstract
(``time.process_time``), the medians, the median of the per-round ratios (this kg / the other) and each
side's mention count. On a shared machine wall-clock rates swing by a fifth between runs of one program
(``bench/extract.py``); the interleaved ratio moves by a few percent.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
WARM = 50


def worker(corpus: Path, offset: int, size: int) -> dict[str, object]:
    """Time the extraction of ``size`` records from ``offset`` with the kg this process imports."""
    from extract import read_corpus  # bench/extract.py, importing the kg this process imports

    import kg
    from kg.extract import extract_papers, load_pipeline

    papers = read_corpus(corpus, size + WARM, offset)
    load_pipeline()
    list(extract_papers(papers[:WARM], processes=1))
    cpu = time.process_time()
    mentions = sum(len(found) for _, found in extract_papers(papers[WARM:], processes=1))
    cpu = time.process_time() - cpu
    timed = len(papers) - WARM
    here = str(Path(kg.__file__).parent)
    return {"kg": here, "ms": 1000 * cpu / timed, "abstracts": timed, "mentions": mentions}


def in_fresh_process(root: Path, script: str, argv: list[str]) -> dict[str, object]:
    """The JSON a worker (``script`` with ``argv``) prints from a fresh subprocess that imports the kg in
    ``root``; its ``kg`` field, the package it imported, must be ``root``'s."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, script, *argv], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    if Path(str(result["kg"])).parent != root:
        raise SystemExit(f"the run meant for {root} imported {result['kg']}")
    return result


def run(root: Path, corpus: Path, offset: int, size: int) -> dict[str, object]:
    """One timed run in a fresh subprocess that imports the kg in ``root``."""
    return in_fresh_process(root, __file__, ["--worker", str(offset), str(size), "--corpus", str(corpus)])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", type=Path, help="a directory holding the other kg package (its kg/)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--size", type=int, default=3000, help="abstracts timed per run")
    parser.add_argument("--step", type=int, default=10000, help="records between the rounds' first records")
    parser.add_argument("--worker", type=int, nargs=2, help=argparse.SUPPRESS)  # internal: offset, size
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        print(json.dumps(worker(args.corpus, *args.worker)))
        return 0
    if args.before is None or not (args.before / "kg" / "__init__.py").exists():
        print("--before must name a directory holding a kg package (kg/__init__.py)", file=sys.stderr)
        return 2
    sides = {"this": ROOT, "before": args.before.resolve()}
    runs: dict[str, list[dict[str, object]]] = {"this": [], "before": []}
    for r in range(args.rounds):
        order = ("before", "this") if r % 2 == 0 else ("this", "before")
        for side in order:
            runs[side].append(run(sides[side], args.corpus, r * args.step, args.size))
    ms = {side: [float(str(x["ms"])) for x in found] for side, found in runs.items()}
    ratios = [a / b for a, b in zip(ms["this"], ms["before"], strict=True)]
    out = {
        "abstracts_per_run": args.size,
        "rounds": args.rounds,
        "ms_per_abstract": {side: [round(v, 3) for v in values] for side, values in ms.items()},
        "median_ms_per_abstract": {side: round(statistics.median(values), 3) for side, values in ms.items()},
        "ratios": [round(v, 3) for v in ratios],
        "median_ratio": round(statistics.median(ratios), 3),
        "mentions": {side: sum(int(str(x["mentions"])) for x in found) for side, found in runs.items()},
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
