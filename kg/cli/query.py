"""``kg query``: run a shipped Cypher query (or any .cypher file) on the embedded graph or on Neo4j."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from kg.cli._graph_args import DEFAULT_GRAPH, GRAPH_HELP, add_parser

__all__ = ["register"]

EPILOG = """examples:
  kg query --list                                          # the query library, with descriptions
  kg query shared_datasets --param id=<paper id>            # embedded engine over kg-out/graph.json
  kg query shared_datasets --param id="Contrastive Captioners" --json  # or a title
  kg query top_entities --param type=method --param limit=10 --format csv
  kg query examples/papers_per_year.cypher --param since=2020 --graph kg-out/graph.json
  kg query search_entities --param q=imagenet --neo4j bolt://localhost:7687 --user neo4j --password secret

Parameters are typed by the query's header (// param NAME: TYPE [= DEFAULT]); values travel as
$parameters, never as query text. A parameter typed paper, entity, dataset, ... names a node: it
is looked up in the graph first, and one naming no such node is an error (exit 2), as is an
entity type that is not one or a month not written YYYY-MM. stderr says which node a name was read
as, when --param limit cut the answer, and "no rows" for an empty one. The embedded database is
cached in <graph dir>/.kg-cypher/.
"""


def _params(pairs: list[str]) -> dict[str, str]:
    from kg.errors import ConfigError

    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--param needs NAME=VALUE, got {pair!r}")
        out[key.strip()] = value
    return out


def _building(cache: Path) -> None:
    print(
        f"kg query: the first query since the build copies the graph into the embedded database ({cache}/):"
        " a minute or two for a large graph, then cached",
        file=sys.stderr,
    )


def _handler(args: argparse.Namespace) -> int:
    from kg.backends.run import run_query
    from kg.cypher.run import format_rows, list_queries, load_query

    if args.list or args.query is None:
        for q in list_queries():
            params = " ".join(f"{p.name}{'' if p.required else '=' + str(p.default)}" for p in q.params)
            print(f"{q.name:<24} {q.purpose}\n{'':<24} params: {params or '-'}")
        return 0
    rows = run_query(
        load_query(args.query),
        _params(args.param),
        graph=args.graph,
        neo4j=args.neo4j,
        user=args.user or os.environ.get("NEO4J_USER"),
        password=args.password if args.password is not None else os.environ.get("NEO4J_PASSWORD"),
        database=args.database,
        on_build=_building,
    )
    print(format_rows(rows, "json" if args.json else args.format))
    for note in rows.notes:
        print(note, file=sys.stderr)
    if rows.more:
        shown = len(rows.rows)
        print(f"the first {shown} rows; more match (--param limit=N shows more)", file=sys.stderr)
    elif not rows.rows:
        print("no rows", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    """Add the ``query`` sub-command."""
    p = add_parser(
        subparsers,
        "query",
        help="run a Cypher query from the library (or a .cypher file) on the graph or on Neo4j",
        description="Run NAME (a query of the library, see --list) or FILE.cypher with --param values.",
        epilog=EPILOG,
    )
    p.add_argument("query", nargs="?", metavar="NAME|FILE", help="query name or .cypher file")
    p.add_argument("--list", action="store_true", help="list the shipped queries and exit")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="a parameter")
    p.add_argument("--graph", metavar="FILE", default=DEFAULT_GRAPH, help=GRAPH_HELP)
    p.add_argument("--neo4j", metavar="URI", help="run on this Neo4j / Bolt server instead of the graph file")
    p.add_argument("--user", help="Neo4j user (default $NEO4J_USER or neo4j)")
    p.add_argument("--password", help="Neo4j password (default $NEO4J_PASSWORD)")
    p.add_argument("--database", help="Neo4j database (default: the server's default)")
    p.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format")
    p.add_argument("--json", action="store_true", help="same as --format json")
    p.set_defaults(handler=_handler)
