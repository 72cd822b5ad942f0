"""``kg load``: load a graph file into Neo4j (or another Bolt server) in batched, idempotent writes."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from kg.cli._graph_args import DEFAULT_GRAPH, GRAPH_HELP, add_parser

__all__ = ["register"]

EPILOG = """examples:
  docker compose -f docker/compose.yaml up -d               # Neo4j 5 on bolt://localhost:7687
  export NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=kg-password
  kg load kg-out/graph.json                                 # constraints, then nodes, then relationships
  kg load kg-out/graph.json --neo4j bolt://db:7687 --user neo4j --password secret --batch-size 5000
  kg load kg-out/graph.json --wipe --yes                    # delete kg nodes first, without asking
  kg load kg-out/graph.json --workers 2                     # two sessions in parallel

Loading twice leaves the same counts. For very large graphs the bulk path is
`kg export --format neo4j-admin` followed by `neo4j-admin database import`.
"""


def _confirm(uri: str, yes: bool) -> None:
    from kg.errors import ConfigError

    if yes:
        return
    if not sys.stdin.isatty():
        raise ConfigError(
            "--wipe deletes every kg node on the server; refusing without a terminal", hint="add --yes"
        )
    answer = input(f"Delete every kg node (Paper, Dataset, …, Author) at {uri} before loading? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise ConfigError("wipe not confirmed; nothing was loaded")


def _handler(args: argparse.Namespace) -> int:
    from kg.backends.neo4j import load_file
    from kg.progress import Progress

    uri = args.neo4j or os.environ.get("NEO4J_URI") or "bolt://localhost:7687"
    if args.wipe:
        _confirm(uri, args.yes)
    with Progress("loading") as bar:
        report = load_file(
            args.graph,
            uri,
            user=args.user or os.environ.get("NEO4J_USER"),
            password=args.password if args.password is not None else os.environ.get("NEO4J_PASSWORD"),
            database=args.database,
            batch_size=args.batch_size,
            wipe=args.wipe,
            progress=bar.advance,
            workers=args.workers,
            on_total=lambda n: setattr(bar, "total", n),
        )
    nodes = ", ".join(f"{k} {v}" for k, v in report.nodes.items() if v)
    rels = ", ".join(f"{k} {v}" for k, v in report.relationships.items() if v)
    print(
        f"loaded {args.graph} into {uri}: {report.rows} rows in {report.batches} batches, "
        f"{report.seconds:.1f} s"
    )
    print(f"  nodes: {nodes or 'none'}")
    print(f"  relationships: {rels or 'none'}")
    if report.wiped:
        print(f"  wiped first: {report.wiped} nodes")
    print(
        f"  server now holds {report.counts['nodes']} nodes, {report.counts['relationships']} relationships"
    )
    return 0


def register(subparsers: Any) -> None:
    """Add the ``load`` sub-command."""
    p = add_parser(
        subparsers,
        "load",
        help="load a graph file into Neo4j over Bolt (idempotent, batched)",
        description=(
            "Load GRAPH into Neo4j: constraints first, then UNWIND $rows batches per label and type "
            "(create what is missing, MERGE the rest)."
        ),
        epilog=EPILOG,
    )
    p.add_argument(
        "graph",
        nargs="?",
        default=DEFAULT_GRAPH,
        metavar="GRAPH",
        help=GRAPH_HELP,
    )
    p.add_argument("--neo4j", metavar="URI", help="Bolt URI (default $NEO4J_URI or bolt://localhost:7687)")
    p.add_argument("--user", help="user (default $NEO4J_USER or neo4j)")
    p.add_argument("--password", help="password (default $NEO4J_PASSWORD)")
    p.add_argument("--database", help="database name (default: the server's default)")
    p.add_argument(
        "--batch-size", type=int, default=2000, metavar="N", help="rows per transaction (default 2000)"
    )
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="parallel sessions (default 1; 2 helps when the server has spare cores)",
    )
    p.add_argument(
        "--wipe", action="store_true", help="delete every kg node on the server first (asks first)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask before --wipe")
    p.set_defaults(handler=_handler)
