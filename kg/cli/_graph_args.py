"""Options shared by the commands that read a graph file (``--graph``, ``--json``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["DEFAULT_GRAPH", "GRAPH_HELP", "add_graph_options", "add_parser", "print_json"]

DEFAULT_GRAPH = "kg-out/graph.json"
GRAPH_HELP = f"graph file, or the folder `kg build --out` wrote it to (default {DEFAULT_GRAPH})"


def add_parser(
    subparsers: Any, name: str, *, help: str, description: str, epilog: str
) -> argparse.ArgumentParser:
    """A sub-command parser whose epilog (the examples) keeps its line breaks."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def add_graph_options(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    """Add ``--graph FILE`` (default kg-out/graph.json) and, optionally, ``--json``."""
    parser.add_argument("--graph", metavar="FILE", default=DEFAULT_GRAPH, help=GRAPH_HELP)
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def print_json(data: Any) -> None:
    """Print ``data`` as indented, key-sorted JSON to stdout."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")
