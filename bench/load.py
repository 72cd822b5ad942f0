"""Benchmark: Bolt load rate into ArcadeDB (batch-size sweep) and embedded query latency per shipped query.

Usage:
  .venv/bin/python bench/load.py --graph /tmp/kg-arxiv/graph.json            # the 74,728-paper graph
  .venv/bin/python bench/load.py --synthetic 20000                           # no graph file needed
  .venv/bin/python bench/load.py --graph G --batch-sizes 1000,5000 --runs 200 --skip-bolt
  .venv/bin/python bench/load.py --graph G --batch-sizes 2000 --workers 1,2 --skip-embedded
  .venv/bin/python bench/load.py --graph G --batch-sizes 2000 --workers 1 --skip-embedded --warm

Prints one JSON object per measurement (and a summary table on stderr). Numbers go in notes, not tests.
Targets (issue 5): >= 20,000 rows/s over Bolt; embedded p95 <= 100 ms for the neighbourhood queries.
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

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "cypher"))

from cypher_support import DATABASE, ArcadeServer, free_port, query_params  # noqa: E402

from kg.backends.embedded import EmbeddedSession, build_database  # noqa: E402
from kg.backends.neo4j import load_graph_into, wipe_graph  # noqa: E402
from kg.cypher.run import bind_params, list_queries  # noqa: E402
from kg.schema import ENTITY_LABELS  # noqa: E402


def emit(record: dict[str, Any]) -> None:
    print(json.dumps(record), flush=True)


def synthetic_graph(n_papers: int, seed: int = 0) -> nx.MultiDiGraph:
    """A schema-conformant graph shaped like the arXiv one: ~5 entity links per paper, Zipf popularity."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(kg_format=1)
    n_ents = max(50, n_papers // 4)
    ents = []
    for i in range(n_ents):
        label = ENTITY_LABELS[i % len(ENTITY_LABELS)]
        eid = f"{label.lower()}:e{i}"
        g.add_node(eid, label=label, name=f"{label} {i}", type=label.lower(), aliases=[f"E{i}"], n_papers=0)
        ents.append(eid)
    weights = [1 / (i + 1) for i in range(n_ents)]
    for p in range(n_papers):
        pid = f"25{p:08d}"
        date = f"2025-{1 + p % 12:02d}-{1 + p % 28:02d}"
        g.add_node(
            pid, label="Paper", title=f"Paper {p} on topic {p % 97}", date=date, year=2025, month=date[:7]
        )
        for eid in set(rng.choices(ents, weights=weights, k=5)):
            rel = "INTRODUCES" if rng.random() < 0.1 else "USES"
            g.add_edge(
                pid, eid, key=rel, type=rel, text="x", field="abstract", start=0, end=1, confidence=0.9
            )
        if p > 10 and rng.random() < 0.2:
            g.add_edge(pid, f"25{rng.randrange(p):08d}", key="CITES", type="CITES")
    return g


def nodes_by_label(g: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Connected node ids per label, sorted (so a seeded pick is reproducible)."""
    by_label: dict[str, list[str]] = {}
    for n, a in sorted(g.nodes(data=True), key=lambda item: item[0]):
        if g.degree(n):
            by_label.setdefault(a["label"], []).append(n)
    return by_label


def sample_params(by_label: dict[str, list[str]], rng: random.Random) -> dict[str, dict[str, Any]]:
    """One random, realistic parameter set per query (a paper with entities, an entity with papers…)."""

    def pick(label: str) -> str:
        nodes = by_label.get(label) or ["none"]
        return nodes[rng.randrange(len(nodes))]

    labels = [x for x in ("Dataset", "Method", "Benchmark", "Model") if x in by_label] or ["Paper"]
    return query_params(
        pick,
        q_entity=rng.choice(["net", "bench", "image", "llama", "graph"]),
        q_paper=rng.choice(["diffusion", "agent", "reason", "graph"]),
        entity_label=rng.choice(labels),
        limit=25,
    )


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def bench_embedded(g: nx.MultiDiGraph, runs: int, seed: int) -> None:
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        t0 = time.perf_counter()
        db = build_database(g, Path(tmp) / "db.lbug")
        emit({"bench": "embedded_build", "seconds": round(time.perf_counter() - t0, 2)})
        rng = random.Random(seed)
        by_label = nodes_by_label(g)
        heavy = {"dataset_method_pairs", "citing_shared_datasets", "top_entities", "trending_entities"}
        with EmbeddedSession(db) as session:
            for q in list_queries():
                n = max(5, runs // 10) if q.name in heavy else runs
                times, rows = [], 0
                for _ in range(n):
                    params = bind_params(q, sample_params(by_label, rng)[q.name])
                    t = time.perf_counter()
                    rows += len(session.run(q.text, params).rows)
                    times.append((time.perf_counter() - t) * 1000)
                emit({
                    "bench": "embedded_query", "query": q.name, "runs": n,
                    "p50_ms": round(statistics.median(times), 2), "p95_ms": round(pct(times, 0.95), 2),
                    "max_ms": round(max(times), 2), "mean_rows": round(rows / n, 1),
                })  # fmt: skip


def bench_bolt(g: nx.MultiDiGraph, batch_sizes: list[int], workers: list[int], warm: bool = False) -> None:
    """A first load into an empty server, then a reload (every row there), per batch size and workers.

    ``warm``: then wipe and load again on the same server, whose JVM has compiled its hot code by
    then (a long-running server's case; each cold run pays 17-20 CPU-s of JIT compilation)."""
    rows = g.number_of_nodes() + g.number_of_edges()
    for size in batch_sizes:
        for n in workers:
            with tempfile.TemporaryDirectory(prefix="kg-arcade-") as tmp:
                server = ArcadeServer(Path(tmp), free_port(), free_port())
                server.start()
                driver = server.driver()
                try:
                    t = time.perf_counter()
                    report = load_graph_into(driver, g, database=DATABASE, batch_size=size, workers=n)
                    seconds = time.perf_counter() - t
                    t = time.perf_counter()
                    again = load_graph_into(driver, g, database=DATABASE, batch_size=size, workers=n)
                    reload_s = time.perf_counter() - t
                    record = {
                        "bench": "bolt_load", "server": "arcadedb", "batch_size": size, "workers": n,
                        "rows": rows, "seconds": round(seconds, 1), "rows_per_s": round(rows / seconds),
                        "reload_seconds": round(reload_s, 1), "reload_rows_per_s": round(rows / reload_s),
                        "counts": report.counts, "idempotent": again.counts == report.counts,
                        "fresh": report.fresh,
                    }  # fmt: skip
                    if warm:
                        with driver.session(database=DATABASE) as session:
                            wipe_graph(session, 5000)
                        t = time.perf_counter()
                        third = load_graph_into(driver, g, database=DATABASE, batch_size=size, workers=n)
                        record["warm_rows_per_s"] = round(rows / (time.perf_counter() - t))
                        record["warm_counts_equal"] = third.counts == report.counts
                    emit(record)
                finally:
                    driver.close()
                    server.stop()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--graph", help="graph file (kg build … --out DIR gives DIR/graph.json)")
    ap.add_argument("--synthetic", type=int, default=0, metavar="N", help="use a synthetic graph of N papers")
    ap.add_argument("--batch-sizes", default="500,2000,5000", help="Bolt batch sizes to sweep")
    ap.add_argument("--workers", default="1,2", help="parallel loader sessions to sweep (kg load --workers)")
    ap.add_argument("--runs", type=int, default=200, help="runs per query (heavy global queries: runs/10)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip-bolt", action="store_true")
    ap.add_argument("--warm", action="store_true", help="also wipe and load again on the same (warm) server")
    ap.add_argument("--skip-embedded", action="store_true")
    args = ap.parse_args()
    t = time.perf_counter()
    if args.graph:
        from kg.graph.io import load_graph

        g = load_graph(args.graph)
    else:
        g = synthetic_graph(args.synthetic or 20000, args.seed)
    emit({
        "bench": "graph", "source": args.graph or f"synthetic:{args.synthetic or 20000}",
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "load_s": round(time.perf_counter() - t, 1),
    })  # fmt: skip
    if not args.skip_embedded:
        bench_embedded(g, args.runs, args.seed)
    if not args.skip_bolt:
        sizes = [int(x) for x in args.batch_sizes.split(",")]
        bench_bolt(g, sizes, [int(x) for x in args.workers.split(",")], warm=args.warm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
