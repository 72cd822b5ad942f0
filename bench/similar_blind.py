"""Blind lists for judging ``kg similar``: random papers, two metrics' top-k pooled and shuffled.

    python bench/similar_blind.py --graph kg-out/graph.json --seed 80680 --papers 10 --out /tmp/blind

Writes ``<out>.txt`` (each paper's title, then the pooled candidates' titles in a shuffled order, the
metric hidden) and ``<out>_key.json`` (which list each candidate came from: ``J`` the old default,
Jaccard over datasets, benchmarks, methods and models; ``S`` the default). Judge the text file, then
tally with the key (bench/reviews/sim22_lead_seed80680.tsv was made so).
"""

from __future__ import annotations

import argparse
import json
import random

from kg.api import open_graph

OLD_VIA = ("dataset", "benchmark", "method", "model")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--graph", required=True)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--papers", type=int, default=10)
    ap.add_argument("-k", type=int, default=3)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    g = open_graph(args.graph)
    nodes = g.nx.nodes
    papers = sorted(n for n, a in g.nx.nodes(data=True) if a.get("label") == "Paper")
    rng = random.Random(args.seed)
    drawn: list[tuple[str, list[str], list[str]]] = []
    while len(drawn) < args.papers:
        p = rng.choice(papers)
        if sum(1 for e in g.nx.succ[p] if nodes[e].get("type") in OLD_VIA) < 3:
            continue
        old = [n.paper_id for n in g.similar_papers(p, k=args.k, metric="jaccard", via=OLD_VIA)]
        drawn.append((p, old, [n.paper_id for n in g.similar_papers(p, k=args.k)]))
    key: dict[str, str] = {}
    lines: list[str] = []
    for p, old, new in drawn:
        pooled = list(dict.fromkeys(old + new))
        rng.shuffle(pooled)
        lines.append(f"## {p} {nodes[p]['title'][:120]}")
        for q in pooled:
            key[f"{p} {q}"] = ("J" if q in old else "-") + ("S" if q in new else "-")
            lines.append(f"    {q} {nodes[q]['title'][:110]}")
    with open(f"{args.out}.txt", "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(f"{args.out}_key.json", "w", encoding="utf-8") as fh:
        json.dump(key, fh, indent=0, sort_keys=True)


if __name__ == "__main__":
    main()
