"""``kg explain``: why each name of an entity belongs to it (lexicon, acronym, fuzzy score, alias file)."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from kg.cli._graph_args import add_graph_options, add_parser, print_json

__all__ = ["register"]

EPILOG = """examples:
  kg explain ImageNet                            # each name of ImageNet and the reason it is there
  kg explain "Direct Preference Optimization" --graph my-kg/graph.json --json
  kg explain ImageNet --aliases examples/aliases.txt   # the alias file the build used
"""


def _handler(args: argparse.Namespace) -> int:
    from kg.query.explain import explain
    from kg.resolve.resolver import load_aliases

    rules = load_aliases(args.aliases) if args.aliases else None
    result = explain(args.graph, args.name, aliases=rules)
    if args.json:
        print_json(dataclasses.asdict(result))
        return 0
    count = len(result.names)
    print(f"{result.entity}  {result.name} ({result.type}): {count} {'name' if count == 1 else 'names'}")
    for n in result.names:
        print(f"  {n.text}\t{n.reason}: {n.detail}")
    for why in result.apart:
        print(f"  kept apart: {why}")
    return 0


def register(subparsers: Any) -> None:
    """Add the ``explain`` sub-command."""
    p = add_parser(
        subparsers,
        "explain",
        help="show why each name of an entity belongs to it",
        description="Find ENTITY (an id or a name) in a built graph; give the reason for each of its names.",
        epilog=EPILOG,
    )
    p.add_argument("name", metavar="ENTITY", help="entity id or name")
    add_graph_options(p)
    p.add_argument("--aliases", metavar="FILE", help="the alias file the build used")
    p.set_defaults(handler=_handler)
