"""Why papers share no entity: the papers outside measure (c) of ``bench/merges.py``, by kind.

Usage (numbers go in notes, not in tests)::

    .venv/bin/python bench/share_gaps.py DIR
    .venv/bin/python bench/share_gaps.py DIR --sample 75600 --size 60 [--kind none] \\
        --exclude /tmp/pool_read.jsonl --exclude /tmp/pool_held.jsonl > sample.txt

``DIR`` is a ``kg build --out`` directory (only its ``graph.json`` is read). Measure (c) counts a
paper when one of its dataset / benchmark / method / model entities (USES or INTRODUCES) is linked
from 2 to 1% of all papers. Every other paper falls in exactly one kind, read off its links:

- ``none``: no link to an entity of those four types at all;
- ``used-singleton``: it uses an entity no other paper links (a resolution gap, or a rare name);
- ``own``: its only such links are names it introduces that no other paper links;
- ``own+over``: the same plus entities above the 1% cap;
- ``over``: only entities above the cap.

The report also gives (c) under other definitions (a 2% or 5% cap, no cap, tasks counted), to show
what a target on (c) asks of the links. ``--sample`` prints a random sample of the papers outside
(c) (of one ``--kind``, or all), with each paper's links and their entities' paper counts, for
reading by hand (docs/evaluation.md, "Session 17, corpus sharing").
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

SHARE_TYPES = frozenset({"dataset", "benchmark", "method", "model"})
LINKS = ("USES", "INTRODUCES")
KINDS = ("none", "used-singleton", "own", "own+over", "over")

Link = tuple[str, str, str, str]  # (paper, entity, link type, text)


def load(out: Path) -> tuple[dict[str, dict[str, Any]], list[Link]]:
    """Nodes by id and the USES / INTRODUCES links ``(paper, entity, type, text)`` of a build."""
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    links = [
        (e["source"], e["target"], e["type"], e.get("text") or "")
        for e in graph["links"]
        if e["type"] in LINKS
    ]
    return nodes, links


def papers_of(nodes: dict[str, dict[str, Any]]) -> list[str]:
    return sorted(nid for nid, n in nodes.items() if n.get("label") == "Paper")


def entity_papers(
    nodes: dict[str, dict[str, Any]], links: list[Link], types: frozenset[str] = SHARE_TYPES
) -> dict[str, set[str]]:
    """The papers linking each entity of ``types``."""
    out: dict[str, set[str]] = defaultdict(set)
    for src, dst, _, _ in links:
        if nodes.get(dst, {}).get("type") in types:
            out[dst].add(src)
    return out


def share(
    nodes: dict[str, dict[str, Any]],
    links: list[Link],
    types: frozenset[str] = SHARE_TYPES,
    cap: float = 0.01,
) -> float:
    """Measure (c) with the entity types and the cap (share of all papers) given.

    >>> nodes = {p: {"label": "Paper"} for p in "abc"} | {"m": {"type": "method"}, "t": {"type": "task"}}
    >>> links = [("a", "m", "USES", ""), ("b", "m", "USES", "")]
    >>> links += [("b", "t", "USES", ""), ("c", "t", "USES", "")]
    >>> round(share(nodes, links, cap=1.0), 3), share(nodes, links, SHARE_TYPES | {"task"}, cap=1.0)
    (0.667, 1.0)
    """
    papers = papers_of(nodes)
    sharing: set[str] = set()
    for pids in entity_papers(nodes, links, types).values():
        if 2 <= len(pids) <= cap * len(papers):
            sharing |= pids
    return len(sharing) / len(papers) if papers else 0.0


def kinds(nodes: dict[str, dict[str, Any]], links: list[Link], cap: float = 0.01) -> dict[str, str]:
    """The kind (module docstring) of every paper outside measure (c).

    >>> nodes = {p: {"label": "Paper"} for p in "abcdef"} | {e: {"type": "method"} for e in "mnou"}
    >>> links = [("a", "m", "USES", ""), ("b", "m", "USES", ""), ("c", "n", "INTRODUCES", ""),
    ...          ("d", "o", "USES", ""), ("e", "u", "INTRODUCES", ""), ("e", "m", "USES", "")]
    >>> sorted(kinds(nodes, links, cap=1.0).items())
    [('c', 'own'), ('d', 'used-singleton'), ('f', 'none')]
    """
    papers = papers_of(nodes)
    limit = cap * len(papers)
    ents = entity_papers(nodes, links)
    by_paper: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for src, dst, typ, _ in links:
        if dst in ents:
            by_paper[src].append((dst, typ))
    out: dict[str, str] = {}
    for pid in papers:
        sizes = [(len(ents[e]), typ) for e, typ in by_paper.get(pid, ())]
        if any(2 <= n <= limit for n, _ in sizes):
            continue
        if not sizes:
            out[pid] = "none"
        elif any(n == 1 and typ == "USES" for n, typ in sizes):
            out[pid] = "used-singleton"
        elif all(n > limit for n, _ in sizes):
            out[pid] = "over"
        else:
            out[pid] = "own+over" if any(n > limit for n, _ in sizes) else "own"
    return out


def _excluded(paths: list[Path]) -> set[str]:
    ids: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(str(json.loads(line)["id"]))
    return ids


def print_sample(
    nodes: dict[str, dict[str, Any]], links: list[Link], out_kinds: dict[str, str], args: argparse.Namespace
) -> None:
    skip = _excluded(args.exclude)
    pool = sorted(p for p, k in out_kinds.items() if p not in skip and (args.kind is None or k == args.kind))
    chosen = random.Random(args.sample).sample(pool, min(args.size, len(pool)))
    ents = entity_papers(nodes, links)
    by_paper: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_paper[link[0]].append(link)
    for i, pid in enumerate(chosen):
        paper = nodes[pid]
        print(f"=== [{i}] {pid} ({out_kinds[pid]})  {paper.get('title')}\n{paper.get('abstract')}")
        for _, dst, typ, text in sorted(by_paper.get(pid, ())):
            etype = nodes.get(dst, {}).get("type", "")
            print(f"   {typ[:5]} {etype:9} n={len(ents.get(dst, ()))} {dst} text={text!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--sample", type=int, help="print a random sample of the papers outside (c), this seed")
    ap.add_argument("--size", type=int, default=60)
    ap.add_argument("--kind", choices=KINDS)
    ap.add_argument("--exclude", type=Path, action="append", default=[], help="JSONL of paper ids to skip")
    args = ap.parse_args(argv)
    nodes, links = load(args.dir)
    out_kinds = kinds(nodes, links)
    if args.sample is not None:
        print_sample(nodes, links, out_kinds, args)
        return 0
    n = len(papers_of(nodes))
    print(f"papers {n}; outside (c) {len(out_kinds)} ({len(out_kinds) / n:.4f})")
    counts = Counter(out_kinds.values())
    for kind in KINDS:
        print(f"  {kind:15} {counts[kind]:6} ({counts[kind] / n:.4f} of all papers)")
    tasks = SHARE_TYPES | {"task"}
    for label, types, cap in (
        ("(c) as defined", SHARE_TYPES, 0.01),
        ("cap 2%", SHARE_TYPES, 0.02),
        ("cap 5%", SHARE_TYPES, 0.05),
        ("no cap", SHARE_TYPES, 1.0),
        ("tasks counted", tasks, 0.01),
    ):
        print(f"{label:16} {share(nodes, links, types, cap):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
