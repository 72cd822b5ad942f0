"""Explorer benchmark: build time, file size, first paint and time to interactive in headless Chromium.

Run:  .venv/bin/python bench/explorer.py [--sizes 500,2000,5000] [--repeat 3]

For each size it builds a synthetic paper–entity graph of exactly N nodes (about 2.4 edges
per node, skewed entity popularity: kg.explorer.sample.synthetic_graph), renders the overview
with max_nodes=N, opens it in headless Chromium with the network blocked, and records
(median over --repeat fresh tabs, milliseconds from navigation start):

- fcp: the browser's first-contentful-paint;
- graph_drawn: vis-network's first `afterDrawing` (the graph is on screen);
- interactive: the page script has finished (search, clicks, filters are wired);
- select: one click's work (select + highlight neighbourhood + open the side panel).

Results go to stdout and bench/results/explorer.json (gitignored). Target: first paint <= 2 s at 2,000 nodes.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _cdp() -> Any:
    spec = importlib.util.spec_from_file_location("kg_bench_cdp", ROOT / "tests" / "explorer" / "cdp.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _measure(browser: Any, path: Path, probe: str) -> dict[str, float]:
    page = browser.new_page()
    try:
        page.block_network()
        page.goto(path.as_uri(), timeout=120)
        page.wait_for("document.documentElement.getAttribute('data-kg-drawn')", timeout=120)
        out: dict[str, float] = page.evaluate(
            "(() => { const p = performance.getEntriesByName('first-contentful-paint')[0];"
            " const t = kgExplorer.timing;"
            " return {fcp: p ? p.startTime : -1, graph_drawn: t.firstDraw, interactive: t.interactive}; })()"
        )
        out["select"] = page.evaluate(
            f"(() => {{ const t = performance.now(); kgExplorer.select({json.dumps(probe)}); "
            "return performance.now() - t; })()"
        )
        requests = [u for u in page.requests() if u != path.as_uri()]
        if requests:
            raise SystemExit(f"the page made network requests: {requests}")
        return out
    finally:
        page.close()


def run(sizes: list[int], repeat: int) -> list[dict[str, Any]]:
    """Measure every size; return one result dict per size."""
    from kg.explorer.explorer import explore
    from kg.explorer.sample import synthetic_graph

    cdp = _cdp()
    binary = cdp.install_chromium()
    if not binary:
        raise SystemExit("no Chromium: apt-get install -y chromium")
    browser = cdp.Browser(binary)
    results = []
    try:
        with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
            for n in sizes:
                g = synthetic_graph(n)
                t0 = time.perf_counter()
                ex = explore(g, max_nodes=n)
                build_s = time.perf_counter() - t0
                path = Path(tmp) / f"explorer-{n}.html"
                ex.save(path)
                runs = [_measure(browser, path, "2501.00000") for _ in range(repeat)]
                row: dict[str, Any] = {
                    "nodes": ex.n_nodes,
                    "edges": ex.n_edges,
                    "python_build_s": round(build_s, 2),
                    "file_mb": round(path.stat().st_size / 1e6, 2),
                }
                for key in ("fcp", "graph_drawn", "interactive", "select"):
                    row[f"{key}_ms"] = round(statistics.median(r[key] for r in runs), 1)
                results.append(row)
                print(json.dumps(row), flush=True)
    finally:
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    results = run([int(s) for s in args.sizes.split(",")], args.repeat)
    out = ROOT / "bench" / "results" / "explorer.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    heads = ("nodes", "edges", "build s", "MB", "FCP ms", "drawn ms", "ready ms", "click ms")
    print(" ".join(f"{h:>9}" for h in heads))
    keys = (
        "nodes",
        "edges",
        "python_build_s",
        "file_mb",
        "fcp_ms",
        "graph_drawn_ms",
        "interactive_ms",
        "select_ms",
    )
    for r in results:
        print(" ".join(f"{r[k]:>9}" for k in keys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
