"""``kg similar``: papers that share datasets / methods (or other entities) with a paper."""

from __future__ import annotations

import argparse
from typing import Any

from kg.cli._graph_args import add_graph_options, add_parser, print_json
from kg.query.similarity import DEFAULT_METRIC, DEFAULT_VIA, METRICS, Neighbour

__all__ = ["format_neighbours", "register"]

EPILOG = """examples:
  kg similar "LoRA-Drop" -k 5                     # by title, or distinctive words of one
  kg similar <paper id> --via all                 # by id: also an arXiv id (2503.11731v2) or a DOI
  kg similar "Tiny Experts" --via dataset,benchmark --metric adamic_adar --json
  kg similar "LoRA-Drop" --via citation           # bibliographic coupling + co-citation (kg enrich first)
  kg similar "LoRA-Drop" --via dataset,method,citation   # content and citations ranked together

A reference that matches no paper well, or several equally, is refused with the closest titles.

The score (--metric specific, the default) sums, over the shared --via entities, how specific
each is: log(papers / papers linking it), half as much again when the other paper names it in its
title; hub entities (more than 1% of the papers, and 50: CNN, GPT-4o, question answering) are
left out. The shared entities listed are the reasons (the ones that counted). --metric jaccard
ranks by the overlap of the two papers' --via entities, adamic_adar by the sum of 1/log(papers)
over the shared ones. With "citation" in --via, the ranking is the cosine of what the papers cite
and who cites them plus the entity Jaccard (needs CITES edges: kg enrich DIR --citations); the
shared references and common citers are the reasons.
"""


def format_neighbours(paper_id: str, title: str, neighbours: list[Neighbour]) -> str:
    """The text form: one ranked line per neighbour and the shared entities under it."""
    lines = [f"{paper_id}  {title}"]
    if not neighbours:
        lines.append("  no paper shares these entities with it")
    for i, n in enumerate(neighbours, 1):
        lines.append(f"{i:>3}. {n.score:.3f}  {n.paper_id}  {n.title}")
        if n.shared:
            lines.append("       shared: " + "; ".join(f"{e.type} {e.name}" for e in n.shared))
        if n.references:
            lines.append(f"       both cite ({len(n.references)}): " + ", ".join(n.references[:8]))
        if n.citers:
            lines.append(f"       cited together by ({len(n.citers)}): " + ", ".join(n.citers[:8]))
    return "\n".join(lines)


def _handler(args: argparse.Namespace) -> int:
    from kg.api import open_graph

    kg = open_graph(args.graph)
    pid = kg.lookup(args.paper, "paper")
    neighbours = kg.similar_papers(pid, via=args.via, metric=args.metric, k=args.k)
    if args.json:
        print_json([n.to_dict() for n in neighbours])
    else:
        print(format_neighbours(pid, kg.paper(pid).title, neighbours))
    return 0


def register(subparsers: Any) -> None:
    """Add the ``similar`` sub-command."""
    p = add_parser(
        subparsers,
        "similar",
        help="papers sharing specific datasets, benchmarks, methods, models or tasks with a paper, ranked",
        description="Rank the papers that share --via entities with PAPER (an id, arXiv id, DOI or title).",
        epilog=EPILOG,
    )
    p.add_argument("paper", metavar="PAPER", help="paper id, arXiv id, DOI, title or distinctive words")
    add_graph_options(p)
    p.add_argument(
        "--via",
        default=",".join(DEFAULT_VIA),
        help=f"entity types to compare, or all, and/or citation (default {','.join(DEFAULT_VIA)})",
    )
    p.add_argument(
        "--metric",
        choices=METRICS,
        default=None,
        help=f"score (default {DEFAULT_METRIC}; with citation in --via: cosine + jaccard)",
    )
    p.add_argument("-k", type=int, default=10, help="number of neighbours (default 10)")
    p.set_defaults(handler=_handler)
