"""Benchmark the main job on the arXiv corpus: full build, incremental day, graph file, similar_papers.

Usage (numbers go in notes, not in tests)::

    .venv/bin/python bench/build.py [--data ../shared/data/arxiv_cs_2025_2026.jsonl.gz]
        [--processes 2] [--holdout 600] [--work /tmp/kg-bench] [--profile] [--no-explorer]
        [--reuse] [--profile-day]

Phases, each in a fresh subprocess so that peak memory is per phase:

1. ``full``: ``kg.build.job.build`` of the whole corpus into an empty directory.
2. ``base`` + ``day``: build the corpus without its last ``--holdout`` records (the corpus
   has no dates; it is a daily digest in publication order, so its tail is the latest day's
   papers), then time adding those records — the incremental update; the resulting graph file
   must be byte-identical to the full build's. To save an hour of extraction, the base
   directory starts from the full build's cache with the held-out papers and their cached
   mentions deleted, which is exactly the state a base build leaves.
3. ``similar``: load the full graph and time ``similar_papers`` for 1,000 random papers (seed 0).

``--reuse`` keeps the ``full`` build already in ``--work`` and a snapshot of the base directory
(``--work/base-snapshot``, made on first use), so only the incremental day (and the unchanged
re-run) is timed: seconds instead of minutes. The full build's extraction must still match the
extractor (same fingerprint), else the held-out day is extracted with other code than the full
build was. So the full phase records the extractor fingerprint in ``--work/fingerprint.txt`` and,
when the extractor has changed since, ``--reuse`` phases pretend it has not (``extractor_pinned``
in the report): the cache stays valid and the timing is of the same work.
``--profile-day`` cProfiles the day phase.
Each build phase runs as ``kg build`` runs it (the cyclic GC paused, :func:`kg.internals.gc_paused`)
and reports wall ``seconds`` and ``cpu_seconds`` (``time.process_time``).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import json
import pstats
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"


def _peak_mb() -> float:
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def _split(data: Path, work: Path, holdout: int) -> tuple[Path, Path]:
    with gzip.open(data, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    base, day = work / "base.jsonl", work / "day.jsonl"
    base.write_text("\n".join(lines[:-holdout]) + "\n", encoding="utf-8")
    day.write_text("\n".join(lines[-holdout:]) + "\n", encoding="utf-8")
    return base, day


def phase_build(
    inputs: list[str], out: str, processes: int, explorer: bool, profile: bool, pinned: str | None = None
) -> dict[str, object]:
    """One ``build`` call, as ``kg build`` makes it (the cyclic GC paused); returns its summary,
    time and peak memory."""
    import kg.build.job
    from kg.explorer.jobs import build
    from kg.internals import gc_paused

    if pinned:
        setattr(kg.build.job, "extractor_fingerprint", lambda extra_files=(), **_: pinned)  # noqa: B010

    t, cpu = time.perf_counter(), time.process_time()
    with gc_paused():  # what the CLI does: 0.1.0's build() paused the GC itself, main's leaves it to the CLI
        if profile:
            prof = cProfile.Profile()
            result = prof.runcall(build, inputs, out, processes=processes, explorer=explorer)
            stats = pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative")
            stats.print_stats(30)
        else:
            result = build(inputs, out, processes=processes, explorer=explorer)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    graph = Path(out) / "graph.json"
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "peak_mb": round(_peak_mb(), 1),
        "papers": result.summary.n_papers,
        "extracted": result.papers_extracted,
        "timings": {k: round(v, 2) for k, v in result.timings},
        "graph_mb": round(graph.stat().st_size / 2**20, 1),
        "graph_sha256": hashlib.sha256(graph.read_bytes()).hexdigest(),
        "nodes": dict(result.summary.nodes),
        "edges": dict(result.summary.edges),
    }


def phase_similar(graph: str, n: int, seed: int) -> dict[str, object]:
    """Load time and similar_papers latency (p50 / p95 / max, ms) for ``n`` random papers."""
    from kg.api import open_graph
    from kg.query.similarity import METRICS

    t = time.perf_counter()
    kg = open_graph(graph)
    load_s = time.perf_counter() - t
    papers = sorted(n for n, label in kg.nx.nodes(data="label") if label == "Paper")
    sample = random.Random(seed).sample(papers, min(n, len(papers)))
    out: dict[str, object] = {"load_seconds": round(load_s, 2), "peak_mb": round(_peak_mb(), 1)}
    for metric in METRICS:
        times, empty = [], 0
        for pid in sample:
            t = time.perf_counter()
            res = kg.similar_papers(pid, metric=metric)
            times.append((time.perf_counter() - t) * 1000)
            empty += not res
        q = statistics.quantiles(times, n=100)
        out[metric] = {
            "p50_ms": round(q[49], 2),
            "p95_ms": round(q[94], 2),
            "max_ms": round(max(times), 2),
            "no_neighbours": empty,
        }
    return out


def _run_phase(args: list[str]) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"phase {args[:2]} failed")
    if "--profile" in args:
        sys.stderr.write(proc.stderr[-12000:])
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def _seed_base_cache(full: Path, incr: Path, day: Path) -> None:
    """Copy the full build's cache into ``incr`` minus the held-out papers and their mentions."""
    import shutil
    import sqlite3

    incr.mkdir(parents=True, exist_ok=True)
    shutil.copy(full / "kg-cache.sqlite", incr / "kg-cache.sqlite")
    ids = [json.loads(line)["id"].split("v")[0] for line in day.read_text("utf-8").splitlines() if line]
    db = sqlite3.connect(incr / "kg-cache.sqlite")
    marks = ",".join("?" * len(ids))
    db.execute(f"DELETE FROM mentions WHERE key IN (SELECT key FROM papers WHERE id IN ({marks}))", ids)
    db.execute(f"DELETE FROM papers WHERE id IN ({marks})", ids)
    db.execute("DELETE FROM meta WHERE key IN ('summary', 'graph_sha', 'state', 'store_state')")
    db.commit()
    db.close()


def main() -> None:
    """Run every phase and print one JSON report."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DATA)
    p.add_argument("--processes", type=int, default=2)
    p.add_argument("--holdout", type=int, default=600, help="records in the 'extra day' (default 600)")
    p.add_argument("--work", type=Path, default=Path("/tmp/kg-bench"))
    p.add_argument("--profile", action="store_true", help="cProfile the full build (top 30 to stderr)")
    p.add_argument("--no-explorer", action="store_true")
    p.add_argument("--reuse", action="store_true", help="keep the full build and base snapshot in --work")
    p.add_argument("--profile-day", action="store_true", help="cProfile the incremental day (stderr)")
    p.add_argument("--no-similar", action="store_true", help="skip the similar_papers phase")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--fingerprint", help=argparse.SUPPRESS)
    p.add_argument("rest", nargs="*", help=argparse.SUPPRESS)
    a = p.parse_args()
    explorer = not a.no_explorer
    if a.phase == "build":
        *inputs, out = a.rest
        print(json.dumps(phase_build(inputs, out, a.processes, explorer, a.profile, a.fingerprint)))
        return
    if a.phase == "similar":
        print(json.dumps(phase_similar(a.rest[0], 1000, 0)))
        return
    if not a.data.exists():
        raise SystemExit(f"{a.data} not found (the benchmark needs ../shared/data)")
    a.work.mkdir(parents=True, exist_ok=True)
    full, incr, snapshot = a.work / "full", a.work / "incr", a.work / "base-snapshot"
    reuse = a.reuse and (full / "graph.json").exists()
    subprocess.run(["rm", "-rf", str(incr), *([] if reuse else [str(full), str(snapshot)])], check=True)
    base, day = (a.work / "base.jsonl", a.work / "day.jsonl")
    if not (reuse and base.exists() and day.exists()):
        base, day = _split(a.data, a.work, a.holdout)
    common = ["--processes", str(a.processes), *(["--no-explorer"] if not explorer else [])]
    report: dict[str, object] = {"holdout": a.holdout, "reused_full_build": reuse}
    prof = ["--profile"] if a.profile else []
    from kg.build.cache import extractor_fingerprint

    recorded = a.work / "fingerprint.txt"
    if reuse:
        sha = hashlib.sha256((full / "graph.json").read_bytes()).hexdigest()
        report["full"] = {"graph_sha256": sha}
        pinned = recorded.read_text("utf-8").strip() if recorded.exists() else extractor_fingerprint()
        if pinned != extractor_fingerprint():
            common += ["--fingerprint", pinned]
        report["extractor_pinned"] = pinned != extractor_fingerprint()
    else:
        report["full"] = _run_phase(["--phase", "build", *common, *prof, str(a.data), str(full)])
        recorded.write_text(extractor_fingerprint(), "utf-8")  # what the full build extracted with
    if reuse and snapshot.exists():  # -a keeps mtimes: the recorded graph hash stays valid
        subprocess.run(["cp", "-a", str(snapshot), str(incr)], check=True)
    else:
        _seed_base_cache(full, incr, day)
        report["base"] = _run_phase(["--phase", "build", *common, str(base), str(incr)])
        subprocess.run(["rm", "-rf", str(snapshot)], check=True)
        subprocess.run(["cp", "-a", str(incr), str(snapshot)], check=True)
    day_prof = ["--profile"] if a.profile_day else []
    report["day"] = _run_phase(["--phase", "build", *common, *day_prof, str(day), str(incr)])
    full_sha = report["full"]["graph_sha256"]  # type: ignore[index]
    report["incremental_equals_full"] = report["day"]["graph_sha256"] == full_sha  # type: ignore[index]
    report["unchanged_rerun"] = _run_phase(["--phase", "build", *common, str(day), str(a.work / "incr")])
    if not a.no_similar:
        report["similar"] = _run_phase(["--phase", "similar", str(full / "graph.json")])
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
