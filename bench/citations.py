"""Benchmark citations on the arXiv corpus with synthetic references: enrich-merge, graph size, queries.

Usage (numbers go in notes, not in tests)::

    .venv/bin/python bench/citations.py [--data ../shared/data/arxiv_cs_2025_2026.jsonl.gz]
        [--work /tmp/kg-bench-cites] [--holdout 600] [--refs 40] [--seed 0] [--queries 500] [--reuse]

The corpus has no references, so each paper gets synthetic ones (seeded): a heavy-tailed count
(log-normal, mean ``--refs``), a quarter to earlier corpus papers (older ones more often) and the
rest to external works drawn from a Zipf-like popularity over a pool, so a few works are cited by
thousands of papers and most by a handful.

1. ``build``: ``kg build`` of the corpus (``--no-explorer``; kept with ``--reuse``).
2. ``merge``: every paper but the last ``--holdout`` (the latest day) gets its citation rows and
   the cited works' titles stored, then :func:`kg.build.citations._apply` merges them into the store and
   writes the graph file (``external=True``: Work nodes) — the time to merge a whole corpus's
   references through the incremental engine, and the graph's size.
3. ``day``: :func:`kg.build.citations.enrich` for the held-out day, its OpenAlex answers served by an
   in-process transport (the same JSON a server sends; no network): fetching, matching and the
   incremental merge of one day's references (target: <= 5 s). The copied state is synced to
   disk before the clock starts.
4. ``queries``: bibliographic coupling, co-citation, cited-by neighbours and citation similarity
   in Python on the loaded graph (over its citation index, built once and timed apart), and
   ``bibliographic_coupling`` / ``co_cited`` / ``cited_by_neighbours`` on the embedded engine,
   for ``--queries`` random papers (seed 0; Cypher on the first fifth): p50 / p95 in ms
   (target p95 <= 50 ms). ``--no-queries`` stops after the day.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"

from kg.build.cache import BuildCache  # noqa: E402
from kg.build.citation_table import CitationTable  # noqa: E402
from kg.build.citations import _apply, enrich  # noqa: E402
from kg.build.job import build  # noqa: E402
from kg.build.state import state_key  # noqa: E402
from kg.sources.http import Http, HttpSettings  # noqa: E402
from kg.sources.records import Citations, Work  # noqa: E402


def corpus_ids(data: Path) -> list[str]:
    opener = gzip.open if data.suffix == ".gz" else open
    with opener(data, "rt", encoding="utf-8") as fh:
        return [json.loads(line)["id"] for line in fh]


def synthetic(ids: list[str], refs: int, seed: int, pool: int) -> dict[str, tuple[str, ...]]:
    """Paper id -> its references: ``openalex:P<i>`` (corpus paper i) or ``openalex:W<n>`` (external)."""
    rng = random.Random(seed)
    sigma = 0.8
    mu = math.log(refs) - sigma**2 / 2
    out: dict[str, tuple[str, ...]] = {}
    for i, pid in enumerate(ids):
        n = min(int(rng.lognormvariate(mu, sigma)), 1000)
        chosen: set[str] = set()
        for _ in range(n):
            if i > 0 and rng.random() < 0.25:
                chosen.add(f"openalex:P{int(i * (1 - rng.random() ** 0.5))}")  # older papers more often
            else:
                chosen.add(f"openalex:W{int(pool * rng.random() ** 3)}")  # Zipf-like popularity
        out[pid] = tuple(sorted(chosen))
    return out


def work_id(i: int) -> str:
    return f"openalex:P{i}"


def seed_rows(cache_path: Path, ids: list[str], refs: dict[str, tuple[str, ...]], holdout: int) -> None:
    index = {pid: i for i, pid in enumerate(ids)}
    with BuildCache(cache_path) as cache:
        stored = set(cache.ids())
        table = CitationTable(cache.db)
        rows = [
            Citations(pid, "openalex", "arxiv", None, work_id(index[pid]), refs[pid])
            for pid in ids[:-holdout]
            if pid in stored
        ]
        table.put(rows)
        works = {r for rs in refs.values() for r in rs if r.startswith("openalex:W")}
        table.put_works(Work(w, f"External work {w[10:]}", 2000 + int(w[10:]) % 25) for w in sorted(works))
        cache.commit()


def transport(ids: list[str], refs: dict[str, tuple[str, ...]]) -> httpx.MockTransport:
    """OpenAlex's ``/works`` for the synthetic corpus: ``doi:`` batches (arXiv DOIs) and ``openalex:`` ids."""
    by_doi = {f"10.48550/arxiv.{pid}".lower(): i for i, pid in enumerate(ids)}

    def answer(request: httpx.Request) -> httpx.Response:
        flt = request.url.params.get("filter", "")
        results: list[dict[str, Any]] = []
        if flt.startswith("doi:"):
            for doi in flt[4:].split("|"):
                i = by_doi.get(doi)
                if i is not None:
                    w = [f"https://openalex.org/{r[9:]}" for r in refs[ids[i]]]
                    results.append({"id": f"https://openalex.org/P{i}", "doi": f"https://doi.org/{doi}",
                                    "display_name": "", "referenced_works": w})  # fmt: skip
        elif flt.startswith("openalex:"):
            results = [{"id": f"https://openalex.org/{w}", "display_name": f"External work {w[1:]}",
                        "publication_year": 2020} for w in flt[9:].split("|")]  # fmt: skip
        return httpx.Response(200, json={"meta": {"next_cursor": None}, "results": results})

    return httpx.MockTransport(answer)


def note(report: dict[str, Any], key: str) -> None:
    """Print one phase's numbers as soon as they are known (stderr), before the final report."""
    print(json.dumps({key: report[key]}, sort_keys=True), file=sys.stderr, flush=True)


def pct(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in times)
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2)}


def _timed(fn: Any, sample: list[str]) -> dict[str, float]:
    times = []
    for p in sample:
        t = time.perf_counter()
        fn(p)
        times.append(time.perf_counter() - t)
    return pct(times)


def queries(graph_path: Path, n: int) -> dict[str, Any]:
    from kg.backends.embedded import EmbeddedSession, cached_database
    from kg.cypher.run import bind_params, load_query
    from kg.graph.io import load_graph
    from kg.query.citation_index import citation_index
    from kg.query.citations import bibliographic_coupling, citation_similar, cited_by_neighbours, co_cited

    t = time.perf_counter()
    g = load_graph(graph_path)
    out: dict[str, Any] = {"load_graph_s": round(time.perf_counter() - t, 1)}
    t = time.perf_counter()
    ix = citation_index(g)  # once per graph, as KnowledgeGraph keeps it
    out["citation_index_s"] = round(time.perf_counter() - t, 2)
    papers = sorted(p for p, label in g.nodes(data="label") if label == "Paper")
    sample = random.Random(0).sample(papers, min(n, len(papers)))
    out["python_coupling"] = _timed(lambda p: bibliographic_coupling(g, p, index=ix), sample)
    out["python_cocited"] = _timed(lambda p: co_cited(g, p, index=ix), sample)
    out["python_cited_by_neighbours"] = _timed(lambda p: cited_by_neighbours(g, p, index=ix), sample)
    out["python_similar_citation"] = _timed(lambda p: citation_similar(g, p, (), index=ix), sample)
    t = time.perf_counter()
    db = cached_database(graph_path)
    out["embedded_db_build_s"] = round(time.perf_counter() - t, 1)
    with EmbeddedSession(db) as s:
        for name in ("bibliographic_coupling", "co_cited", "cited_by_neighbours"):
            q = load_query(name)
            run = lambda p, q=q: s.run(q.text, bind_params(q, {"id": p}))  # noqa: E731
            out[f"cypher_{name}"] = _timed(run, sample[: max(1, n // 5)])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "kg-bench-cites")
    ap.add_argument("--holdout", type=int, default=600)
    ap.add_argument("--refs", type=int, default=40)
    ap.add_argument("--pool", type=int, default=300_000, help="external works to draw from")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--queries", type=int, default=500)
    ap.add_argument("--reuse", action="store_true", help="keep the build and the merged state in --work")
    ap.add_argument("--no-queries", action="store_true", help="stop after the day's enrichment")
    ap.add_argument("--limit", type=int, help="only the first N records (a quick check of the bench)")
    args = ap.parse_args()
    if args.limit:
        args.work.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.data, "rt", encoding="utf-8") as fh:
            head = [next(fh) for _ in range(args.limit)]
        args.data = args.work / "subset.jsonl"
        args.data.write_text("".join(head), encoding="utf-8")
    report: dict[str, Any] = {}
    built, out = args.work / "built", args.work / "kg"
    if not (args.reuse and (built / "kg-cache.sqlite").exists()):
        t = time.perf_counter()
        build([str(args.data)], built, rebuild=True)
        report["build_s"] = round(time.perf_counter() - t, 1)
    ids = corpus_ids(args.data)
    refs = synthetic(ids, args.refs, args.seed, args.pool)
    report["references"] = sum(map(len, refs.values()))
    http = Http(HttpSettings(cache_dir=args.work / "http"), transport=transport(ids, refs))
    merged = args.work / "merged"
    shutil.rmtree(args.work / "http", ignore_errors=True)  # every run fetches its day through the transport
    shutil.rmtree(out, ignore_errors=True)
    if args.reuse and (merged / "merge.json").exists():  # the state before the day, kept by a run before
        shutil.copytree(merged, out)
        report.update(json.loads((merged / "merge.json").read_text()))
    else:
        shutil.copytree(built, out)
        seed_rows(out / "kg-cache.sqlite", ids, refs, args.holdout)
        with BuildCache(out / "kg-cache.sqlite") as cache:
            table = CitationTable(cache.db)
            done = sorted(table.enriched("openalex"))
            t = time.perf_counter()
            _apply(cache, table, "openalex", done, True, http, None, {}, None, None, t)
            report["merge_s"] = round(time.perf_counter() - t, 1)
            report["merged_papers"] = len(done)
        shutil.rmtree(merged, ignore_errors=True)
        shutil.copytree(out, merged)
        (merged / "merge.json").write_text(
            json.dumps({k: report[k] for k in ("merge_s", "merged_papers")}), encoding="utf-8"
        )
    note(report, "merge_s")
    size = (out / "graph.json").stat().st_size
    with sqlite3.connect(out / "kg-cache.sqlite") as db:
        report["graph"] = {
            "file_mb": round(size / 1e6, 1),
            "nodes": dict(db.execute("SELECT label, count(*) FROM g_nodes GROUP BY label ORDER BY label")),
            "edges": dict(db.execute("SELECT typ, count(*) FROM g_edges GROUP BY typ ORDER BY typ")),
        }
    os.sync()  # the copied state on disk first, as a graph built the day before is: its write-back
    # would otherwise share the disk with the day's own writes and fsyncs
    t = time.perf_counter()
    day = enrich(out, http, external=True)
    report["day"] = {"seconds": round(time.perf_counter() - t, 2), "fetched": day.fetched,
                     "papers_updated": day.updated, "requests": http.stats.requests,
                     "timings": {k: round(v, 2) for k, v in day.timings}}  # fmt: skip
    http.close()
    note(report, "day")
    report["state_key_matches"] = state_key(None) == BuildCache(out / "kg-cache.sqlite").get_meta(
        "store_state"
    )
    if not args.no_queries:
        report["queries"] = queries(out / "graph.json", args.queries)
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
