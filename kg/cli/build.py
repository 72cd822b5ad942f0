"""``kg build``: the main job — read listings, extract, resolve, build the graph and the explorer."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kg.build.job import BuildResult, entity_counts
from kg.cli._graph_args import add_parser, print_json
from kg.explorer.jobs import build
from kg.internals import gc_paused

__all__ = ["format_summary", "register"]

EPILOG = """examples:
  kg build examples/daily_papers.txt --year 2025          # -> kg-out/graph.json, kg-out/explorer.html
  kg build papers.jsonl --out my-kg --processes 2         # papers.jsonl from `kg read ... --jsonl`
  kg build new_listing.txt --out my-kg                    # adds the new papers to my-kg (incremental)
  kg build examples/daily_papers.txt --year 2025 --aliases examples/aliases.txt --out aliased --rebuild \
      --no-explorer --strict

An alias file is text, one rule a line: "A = B = C" merges (A canonical), "A != B" splits.
--strict exits 1 when any record was skipped (the graph is still written).

Building into a directory that already holds a graph adds the inputs to it (only new or changed
papers are extracted); --rebuild starts again from the given inputs only.
"""


def format_summary(r: BuildResult) -> str:
    """The human summary printed to stderr after a build."""
    s = r.summary
    ents = entity_counts(s)
    links = ", ".join(f"{k} {v}" for k, v in s.edges) or "none"
    lines = [
        f"{r.papers_read} papers read, {len(r.failures)} skipped;"
        f" {r.papers_new} new or changed, {r.papers_extracted} extracted",
        f"graph: {r.graph_path} ({'updated' if r.changed else 'unchanged'})",
        f"  papers: {s.n_papers}",
        f"  entities: {sum(ents.values())} ({', '.join(f'{k} {v}' for k, v in ents.items()) or 'none'})",
        f"  links: {sum(n for _, n in s.edges)} ({links})",
    ]
    lines += [f"  skipped: {f}" for f in r.failures[:5]]
    if len(r.failures) > 5:
        lines.append(f"  ... and {len(r.failures) - 5} more skipped")
    if r.explorer_path:
        lines.append(f"explorer: {r.explorer_path}")
    lines += [f"note: {n}" for n in r.notes]
    lines.append(f"time: {r.seconds:.1f} s")
    return "\n".join(lines)


def _handler(args: argparse.Namespace) -> int:
    with gc_paused():  # a build's millions of long-lived records make the cyclic GC's passes costly
        result = _run(args)
    print(format_summary(result), file=sys.stderr)
    if args.json:
        print_json(result.to_dict())
    return 1 if args.strict and result.failures else 0


def _run(args: argparse.Namespace) -> BuildResult:
    return build(
        args.inputs,
        args.out,
        format=args.format,
        year=args.year,
        aliases=args.aliases,
        processes=args.processes,
        rebuild=args.rebuild,
        explorer=not args.no_explorer,
        progress=None,
        model=args.model,
    )


def register(subparsers: Any) -> None:
    """Add the ``build`` sub-command."""
    p = add_parser(
        subparsers,
        "build",
        help="read listings and build (or add to) the knowledge graph and its explorer",
        description="Read, extract, resolve and build: writes DIR/graph.json and DIR/explorer.html.",
        epilog=EPILOG,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="listing files (any supported format, .gz ok)")
    p.add_argument("--out", metavar="DIR", default="kg-out", help="output directory (default kg-out/)")
    p.add_argument("--format", metavar="F", help="force a reader format instead of detecting it")
    p.add_argument("--year", type=int, metavar="Y", help="year for dates printed without one")
    p.add_argument("--aliases", metavar="FILE", help="alias file forcing entity merges / splits")
    p.add_argument("--processes", type=int, default=1, metavar="N", help="extraction processes (default 1)")
    p.add_argument("--rebuild", action="store_true", help="start from these inputs only, not adding to DIR")
    p.add_argument("--no-explorer", action="store_true", help="do not write DIR/explorer.html")
    p.add_argument("--json", action="store_true", help="also print the summary as JSON to stdout")
    p.add_argument("--strict", action="store_true", help="exit 1 if any record was skipped")
    p.add_argument(
        "--no-model",
        dest="model",
        action="store_false",
        help="without the trained mention source (rules and lexicon only; docs/evaluation.md)",
    )
    p.add_argument("--model", action="store_true", default=True, help="the trained source on (the default)")
    p.set_defaults(handler=_handler)
