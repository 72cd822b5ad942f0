"""Benchmark and same-output check: the embedded database ``kg query`` builds on its first query.

  # wall time of the first query's wait (load graph.json + copy into LadybugDB), median of --runs:
  PYTHONPATH=. .venv/bin/python bench/embedded_copy.py --graph G/graph.json --runs 3
  # every table (rows sorted: the engine scans in parallel) and every shipped query's rows -> a file:
  PYTHONPATH=. .venv/bin/python bench/embedded_copy.py --graph G/graph.json --dump /tmp/rows.txt

Run ``--dump`` with PYTHONPATH on the before tree and on the after tree and compare the files
(``cmp``): the same bytes mean the same rows and values (a query's collected lists are
sorted: the engine collects in a different order from run to run on the same database).
Timings print one JSON line per run and one with the medians; CPU seconds are the process's
own (less bound to the machine's load).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "cypher"))

from cypher_support import query_params  # noqa: E402

from kg.backends.embedded import EmbeddedSession, build_database  # noqa: E402
from kg.cypher.run import bind_params, list_queries  # noqa: E402
from kg.graph.io import load_graph  # noqa: E402
from kg.schema import LABELS, REL_TYPES  # noqa: E402


def timed_build(graph: Path) -> dict[str, float]:
    """Load the graph file and build its database in a fresh folder: wall and CPU seconds."""
    with tempfile.TemporaryDirectory(prefix="kg-bench-db-") as tmp:
        t0, c0 = time.perf_counter(), time.process_time()
        g = load_graph(graph)
        t1 = time.perf_counter()
        build_database(g, Path(tmp) / "db.lbug")
        t2, c2 = time.perf_counter(), time.process_time()
    return {"load_s": t1 - t0, "copy_s": t2 - t1, "total_s": t2 - t0, "cpu_s": c2 - c0}


def _param_sets(g: Any, seeds: range) -> list[dict[str, dict[str, Any]]]:
    by_label: dict[str, list[str]] = {}
    for n, attrs in g.nodes(data=True):
        by_label.setdefault(attrs["label"], []).append(n)
    out = []
    for seed in seeds:
        rng = random.Random(seed)
        labels = [x for x in ("Dataset", "Method", "Benchmark", "Model") if x in by_label]
        out.append(
            query_params(
                lambda label, rng=rng: rng.choice(by_label.get(label) or by_label["Paper"]),
                q_entity=rng.choice(["net", "bench", "image", "llama", "graph"]),
                q_paper=rng.choice(["diffusion", "agent", "reason", "graph"]),
                entity_label=rng.choice(labels),
                limit=1000,
            )
        )
    return out


def _unordered(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A query row with its lists sorted: ``collect()`` order varies from run to run on one database."""
    return tuple(sorted(v, key=repr) if isinstance(v, list) else v for v in row)


def dump(graph: Path, out: Path, seeds: range) -> None:
    """Write every table (rows sorted) and every shipped query's rows for ``seeds`` to ``out``."""
    g = load_graph(graph)
    params = _param_sets(g, seeds)
    with tempfile.TemporaryDirectory(prefix="kg-bench-db-") as tmp:
        db = build_database(g, Path(tmp) / "db.lbug")
        with EmbeddedSession(db) as s, out.open("w", encoding="utf-8") as f:
            for label in LABELS:
                rows = s.run(f"MATCH (n:{label}) RETURN n.*", {})
                f.write(f"# table {label} {rows.columns}\n" + "".join(sorted(f"{r!r}\n" for r in rows.rows)))
            for rel in REL_TYPES:
                rows = s.run(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id, b.id, r.*", {})
                f.write(f"# rel {rel} {rows.columns}\n" + "".join(sorted(f"{r!r}\n" for r in rows.rows)))
            for q in list_queries(ROOT / "cypher"):
                for i, p in enumerate(params):
                    rows = s.run(q.text, bind_params(q, p[q.name]))
                    f.write(f"# query {q.name} set {i}: {len(rows.rows)} rows\n")
                    f.write("".join(f"{_unordered(r)!r}\n" for r in rows.rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--seeds", type=int, default=5, help="parameter sets per query in --dump")
    args = ap.parse_args()
    if args.dump:
        dump(args.graph, args.dump, range(args.seeds))
        return
    runs = []
    for _ in range(args.runs):
        runs.append(timed_build(args.graph))
        print(json.dumps({k: round(v, 2) for k, v in runs[-1].items()}), flush=True)
    medians = {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}
    print(json.dumps({"median": medians, "runs": len(runs)}))


if __name__ == "__main__":
    main()
