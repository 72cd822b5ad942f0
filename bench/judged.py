"""Score kg's links on the hand-judged set: link precision, estimated recall per type, role accuracy.

    python bench/judged.py                          # builds the 200 judged papers with this kg
    python bench/judged.py --graph kg-out/graph.json  # or scores a bigger build (e.g. the corpus)
    python bench/judged.py --no-model               # the same without the trained mention source
    python bench/judged.py --json                   # the numbers as JSON
    python bench/judged.py --errors                 # also list every wrong link and every miss

The judged papers' records are copied from ``../shared/data/arxiv_cs_2025_2026.jsonl.gz`` into a
temporary JSONL and built with ``kg.build.job.build`` (``--rebuild``, no explorer); with ``--graph``
the given graph is read instead and its links of the 200 papers are scored. Matching rules:
``kg.extract.judged``. The judged set is a held-out measuring instrument: do not tune on it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from kg.build.job import build
from kg.extract.judged import (
    JudgedPaper,
    JudgedScores,
    check_fixture,
    links_from_graph,
    read_judged,
    read_texts,
    score,
)
from kg.graph.io import load_graph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
FIXTURE = ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl"


def build_sample(corpus: Path, ids: set[str], work: Path, *, model: bool = True) -> Path:
    """Build the judged papers' corpus records with this kg; returns the graph.json path."""
    listing = work / "judged.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh, listing.open("w", encoding="utf-8") as out:
        for line in fh:
            if json.loads(line)["id"] in ids:
                out.write(line)
    build([listing], work / "out", rebuild=True, model=model)
    return work / "out" / "graph.json"


def table(result: dict[str, Any]) -> str:
    """The scores as a plain-text table."""
    head = f"{'type':<8}{'links':>7}{'correct':>9}{'prec':>7}{'gold':>7}{'found':>7}{'recall':>8}"
    rows = [head]
    for name, row in [*result["by_type"].items(), ("overall", result["overall"])]:
        p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        r = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        rows.append(
            f"{name:<8}{row['links']:>7}{row['correct']:>9}{p:>7}{row['gold']:>7}{row['found']:>7}{r:>8}"
        )
    roles = result["roles"]
    rows.append(
        f"roles: {roles['introduced_right']}/{roles['introduced_links']} introduced links right "
        f"(accuracy {roles['role_accuracy']}); introduced recall {roles['introduced_found']}/"
        f"{roles['gold_introduced']} = {roles['introduced_recall']}"
    )
    rows.append("verdicts: " + ", ".join(f"{k} {v}" for k, v in result["verdicts"].items()))
    return "\n".join(rows)


def errors(papers: list[JudgedPaper], scores: JudgedScores) -> str:
    """Every link that is not correct, every right link with the wrong role, and every gold entity no
    correct link found."""
    lines = []
    for verdict, link, gold in scores.verdicts:
        if verdict != "correct":
            what = f" (gold {gold.text!r} {gold.type})" if gold else ""
            lines.append(
                f"{verdict:<13}{link.paper_id} {link.text!r} -> {link.type}:{link.name!r} {link.role}{what}"
            )
    lines += [  # a right link with the wrong role: "role:intro" the gold says used, "role:used" introduced
        f"{'role:' + link.role[:5]:<13}{link.paper_id} {link.text!r} -> {link.type}:{link.name!r}"
        f" (gold {gold.role})"
        for verdict, link, gold in scores.verdicts
        if verdict == "correct" and gold and link.role != gold.role
    ]
    found = {(link.paper_id, g.text) for v, link, g in scores.verdicts if v == "correct" and g}
    for paper in papers:
        lines += [
            f"{'missed':<13}{paper.id} {g.text!r} {g.type} {g.role}"
            for g in paper.entities
            if (paper.id, g.text) not in found
        ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    parser.add_argument("--graph", type=Path, help="score this graph.json instead of building the sample")
    parser.add_argument(
        "--no-model", dest="model", action="store_false", help="build without the trained mention source"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--errors", action="store_true", help="list wrong links and misses")
    args = parser.parse_args()
    papers = read_judged(args.fixture)
    ids = [p.id for p in papers]
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found (the judged text lives there)", file=sys.stderr)
        return 2
    problems = check_fixture(papers, read_texts(args.corpus, ids))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        graph_path = args.graph or build_sample(args.corpus, set(ids), Path(tmp), model=args.model)
        links = links_from_graph(load_graph(graph_path), ids)
    scores = score(papers, links)
    result = scores.to_dict()
    print(json.dumps(result, indent=1) if args.json else table(result))
    if args.errors:
        print(errors(papers, scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
