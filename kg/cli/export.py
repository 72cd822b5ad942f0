"""``kg export``: write a graph as GraphML, GEXF, node-link JSON, CSV or the neo4j-admin import set."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from kg.cli._graph_args import add_graph_options, add_parser
from kg.export import COMPOSE_IMPORT, EXPORT_FORMATS

__all__ = ["register"]

EPILOG = """examples:
  kg export --format graphml -o kg.graphml          # Cytoscape, Gephi, yEd
  kg export --format gexf -o kg.gexf                # Gephi
  kg export --format csv -o kg-csv/                 # nodes.csv + edges.csv
  kg export --format neo4j-admin -o docker/import --graph my-kg/graph.json
      # writes one header+data CSV pair per label and relationship type, and prints the
      # `neo4j-admin database import full ...` command to run in that folder (also saved as
      # docker/import/import-command.sh, which docker/compose.yaml's container runs; docs/neo4j.md)
"""


def _handler(args: argparse.Namespace) -> int:
    from kg.export import export_graph
    from kg.graph.io import load_graph

    result = export_graph(load_graph(args.graph), args.format, args.output, database=args.database)
    print(f"wrote {len(result.files)} file(s) to {args.output} ({result.format})", file=sys.stderr)
    if result.command:
        print(result.command)
        print(
            "run it in that folder (sh import-command.sh does), or with kg's container:\n  "
            + COMPOSE_IMPORT.format(dir=shlex.quote(str(Path(args.output).resolve()))),
            file=sys.stderr,
        )
    return 0


def register(subparsers: Any) -> None:
    """Add the ``export`` sub-command."""
    p = add_parser(
        subparsers,
        "export",
        help="export a graph to GraphML, GEXF, JSON, CSV or neo4j-admin import files",
        description="Write the graph in another format (csv and neo4j-admin write a directory).",
        epilog=EPILOG,
    )
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS, help="output format")
    p.add_argument(
        "-o", "--output", required=True, metavar="PATH", help="output file (directory for csv, neo4j-admin)"
    )
    add_graph_options(p, json_flag=False)
    p.add_argument(
        "--database", default="neo4j", help="database name in the neo4j-admin command (default neo4j)"
    )
    p.set_defaults(handler=_handler)
