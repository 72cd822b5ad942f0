"""``kg stats``: counts of a graph — nodes by label, links by type, dates, top entities."""

from __future__ import annotations

import argparse
from typing import Any

from kg.cli._graph_args import add_graph_options, add_parser, print_json

__all__ = ["format_stats", "register"]

EPILOG = """examples:
  kg stats                                  # the graph in kg-out/graph.json
  kg stats --graph my-kg/graph.json --json
"""


def _papers(n: int, adjective: str = "") -> str:
    """``n`` papers in words: "1 undated paper", "2 undated papers"."""
    return f"{n} {adjective}{'paper' if n == 1 else 'papers'}"


def format_stats(d: dict[str, Any]) -> str:
    """The text form of :func:`kg.api.describe`."""
    lines = [f"nodes: {sum(d['nodes'].values())}"]
    lines += [f"  {label}: {n}" for label, n in d["nodes"].items()]
    lines.append(f"links: {sum(d['edges'].values())}")
    lines += [f"  {rel}: {n}" for rel, n in d["edges"].items()]
    dates, months = d["dates"], d["months"]
    if dates["first"] is None and months["first"] is not None:  # arXiv ids give months, not days
        lines.append("dates: by month only (no paper gives a day)")
    elif dates["first"] is None:
        lines.append(f"dates: none ({_papers(dates['undated'], 'undated ')})")
    else:
        lines.append(f"dates: {dates['first']} .. {dates['last']} ({_papers(dates['undated'], 'undated ')})")
    without = _papers(months["without"])
    lines.append(f"months: {months['first']} .. {months['last']} ({without} without a month)")
    years = d.get("years", {})
    if years.get("first") is not None and years["without"] < months["without"]:  # year-only papers
        without = _papers(years["without"])
        lines.append(f"years: {years['first']} .. {years['last']} ({without} without a year)")
    for etype, ranked in d["top"].items():
        lines.append(f"top {etype}: " + ", ".join(f"{name} ({n})" for name, n in ranked))
    return "\n".join(lines)


def _handler(args: argparse.Namespace) -> int:
    from kg.api import open_graph

    d = open_graph(args.graph).describe(top=args.top)
    if args.json:
        print_json(d)
    else:
        print(format_stats(d))
    return 0


def register(subparsers: Any) -> None:
    """Add the ``stats`` sub-command."""
    p = add_parser(
        subparsers,
        "stats",
        help="show counts of a graph: papers, entities by type, links by type, top entities",
        description="Summarise a graph file written by `kg build`.",
        epilog=EPILOG,
    )
    add_graph_options(p)
    p.add_argument("--top", type=int, default=5, metavar="K", help="top entities per type (default 5)")
    p.set_defaults(handler=_handler)
