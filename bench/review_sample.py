"""Read kg's links on a seeded random sample of corpus abstracts, as a researcher would, and tally judgements.

    python bench/review_sample.py --seed 7 --size 60 > review.txt          # print papers and links
    python bench/review_sample.py --seed 7 --size 60 --judgements j.tsv    # tally a judged sample

The sample is ``random.Random(seed).sample`` over the corpus records (``../shared/data/
arxiv_cs_2025_2026.jsonl.gz``) whose arXiv id is not in any ``--exclude`` fixture (repeatable) nor in
the hand-judged fixture ``tests/fixtures/judged/judged_200.jsonl``: held-out papers that must never
be read while working on rules). The sample is built with kg's library build (:func:`kg.build.job.build`,
into a temporary directory, no explorer), so the links printed are those of a real graph: entity
name and type after resolution, the edge's role, its evidence text and the rule that found it.

Every link is printed with a key ``<arxiv id>|<evidence text>``. A judgement file has one line per
link, ``key<TAB>verdict``, the truth about the link whatever kg made of it:

- ``<Coarse>:<role>``  a real name, its coarse type (``Data``, ``Method``, ``Task``, ``Metric``,
  ``Org``) and the role it should have (``used`` / ``introduced``): ``Method:introduced``;
- ``spurious``  the phrase names nothing (or only a generic class, a quantity, an ordinary word);
- ``entity``    a real name linked to another entity (a wrong lexicon alias).

A third, optional column names the error class of a wrong link (``part``, ``span``, ``class``,
``generic``, ``ordinary``, ``count``, ``url``…: why the phrase is not that entity); ``--judgements``
tallies them. ``--papers FILE`` (one arXiv id a line) restricts the tally to those papers: the part
of a sample held back while rules were written.

``--judgements`` prints link precision (links with the right entity and coarse type / judged links),
introduced precision (introduced links that are right and should be introduced / introduced links),
introduced recall among the judged links, and the errors by cause and by rule.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

from kg.build.job import build
from kg.extract.judged import read_judged
from kg.extract.judged_match import COARSE

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
JUDGED = ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl"  # held out: never sampled here


def sample_records(
    corpus: Path, seed: int, size: int, exclude: set[str], contains: tuple[str, ...] = ()
) -> list[dict[str, Any]]:
    """``size`` corpus records drawn with ``seed``, none of them in ``exclude``, sorted by id (``contains``:
    only records whose title or abstract holds one of these strings; all of them when fewer than ``size``)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    pool = [r for r in records if r.get("id") not in exclude and (r.get("summary") or "").strip()]
    if contains:
        pool = [r for r in pool if any(s in r.get("title", "") + r["summary"] for s in contains)]
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))), key=lambda r: r["id"])


def links(records: list[dict[str, Any]], model: bool = True) -> dict[str, list[dict[str, Any]]]:
    """Each paper's links (arXiv id -> edges with entity name and type), from a real build
    (``model=False``: without the trained mention source)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sample.jsonl"
        listing.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        result = build([listing], Path(tmp) / "out", model=model)
        graph = json.loads(result.graph_path.read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    out: dict[str, list[dict[str, Any]]] = {}
    for edge in graph.get("edges", graph.get("links", [])):
        if edge.get("type") not in ("INTRODUCES", "USES"):
            continue
        paper, entity = nodes[edge["source"]], nodes[edge["target"]]
        key = paper.get("arxiv_id") or paper["id"]
        out.setdefault(key, []).append({**edge, "name": entity.get("name"), "etype": entity.get("type")})
    for edges in out.values():
        edges.sort(key=lambda e: (e["field"] != "title", e["start"], e["text"]))
    return out


def show(records: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> None:
    """Print each paper and its links."""
    for r in records:
        print("=" * 100)
        print(f"{r['id']}  {' '.join(r['title'].split())}")
        print(textwrap.fill(" ".join(r["summary"].split()), 100))
        for e in found.get(r["id"], []):
            role = "INTRO" if e["type"] == "INTRODUCES" else "used "
            print(
                f"  {r['id']}|{e['text']}\t{role} {e['etype']:<12} {e['name']!r:<40} "
                f"[{e['found_by']}/{e['rule']} {e.get('confidence')}]"
            )


def read_verdicts(judgements: Path) -> tuple[dict[str, str], dict[str, str]]:
    """``key -> verdict`` and ``key -> error class`` (the optional third column)."""
    verdicts: dict[str, str] = {}
    classes: dict[str, str] = {}
    for line in judgements.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, verdict, *rest = line.split("\t")
            verdicts[key.strip()] = verdict.strip()
            if rest and rest[0].strip():
                classes[key.strip()] = rest[0].strip()
    return verdicts, classes


def tally(found: dict[str, list[dict[str, Any]]], judgements: Path) -> None:
    """Precision of links (overall and per predicted coarse type) and of introduced links, and the
    errors by cause, by error class and by rule."""
    verdicts, classes = read_verdicts(judgements)
    counts: Counter[str] = Counter()
    by_rule: Counter[tuple[str, str]] = Counter()
    by_class: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = {}
    intro = intro_ok = should = should_ok = unjudged = 0
    for pid, edges in sorted(found.items()):
        for e in edges:
            key = f"{pid}|{e['text']}"
            verdict = verdicts.get(key, "")
            if verdict not in ("spurious", "entity") and verdict.count(":") != 1:
                unjudged += 1
                print(f"unjudged: {pid}|{e['text']}", file=sys.stderr)
                continue
            coarse, _, truth = verdict.partition(":")
            role = "introduced" if e["type"] == "INTRODUCES" else "used"
            if not truth:
                cause = verdict
            elif coarse != COARSE.get(e["etype"]):
                cause = "type"
            else:
                cause = "ok" if truth == role else f"role:{role}"
            counts[cause] += 1
            wrong = cause in ("spurious", "type", "entity")
            per_type.setdefault(COARSE.get(e["etype"], "?"), Counter())["wrong" if wrong else "right"] += 1
            if wrong:
                by_class[classes.get(key, f"type:{coarse}" if cause == "type" else cause)] += 1
            if cause != "ok":
                by_rule[(cause, e["rule"])] += 1
            verdict = truth if cause in ("ok", f"role:{role}") else ""
            intro += role == "introduced"
            intro_ok += role == verdict == "introduced"
            should += verdict == "introduced"
            should_ok += role == verdict == "introduced"
    total = sum(counts.values())
    right = total - counts["spurious"] - counts["type"] - counts["entity"]
    print(f"links judged {total} (unjudged {unjudged}); link precision {right / max(total, 1):.3f}")
    print(
        f"introduced links {intro}, right {intro_ok}: introduced precision {intro_ok / max(intro, 1):.3f}; "
        f"introduced recall among judged links {should_ok}/{should} = {should_ok / max(should, 1):.3f}"
    )
    print("causes:", dict(sorted(counts.items())))
    for coarse, n in sorted(per_type.items()):
        judged = sum(n.values())
        print(f"  {coarse:<7} precision {n['right'] / max(judged, 1):.3f} ({n['right']}/{judged})")
    print("wrong links by class:", dict(sorted(by_class.items(), key=lambda x: (-x[1], x[0]))))
    for (cause, rule), n in sorted(by_rule.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {cause:<16} {rule:<22} {n}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="also leave out this JSONL fixture's ids"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size", type=int, default=60)
    parser.add_argument("--judgements", type=Path, help="tally a judgement file instead of printing")
    parser.add_argument(
        "--no-model", dest="model", action="store_false", help="build without the trained mention source"
    )
    parser.add_argument("--found-by", help="only the links of this source (model, lexicon …) or rule")
    parser.add_argument("--papers", type=Path, help="tally only these arXiv ids (one a line)")
    args = parser.parse_args()
    exclude = {p.id for path in (JUDGED, *args.exclude) if path.exists() for p in read_judged(path)}
    records = sample_records(args.corpus, args.seed, args.size, exclude)
    found = links(records, args.model)
    if args.found_by:
        found = {k: [e for e in v if args.found_by in (e["found_by"], e["rule"])] for k, v in found.items()}
    if args.papers:
        keep = set(args.papers.read_text(encoding="utf-8").split())
        found = {pid: edges for pid, edges in found.items() if pid in keep}
    if args.judgements:
        tally(found, args.judgements)
    else:
        show(records, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
