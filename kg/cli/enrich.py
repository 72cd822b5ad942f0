"""``kg enrich``: add citations to a built graph from OpenAlex or Semantic Scholar."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kg.build.citations import CITATION_SOURCES
from kg.cli._graph_args import add_parser, print_json
from kg.cli.fetch import add_http_options, http_settings
from kg.errors import ConfigError
from kg.explorer.jobs import enrich
from kg.sources.fetch import credentials, open_http
from kg.sources.records import TITLE_THRESHOLD

__all__ = ["register"]

EPILOG = """examples:
  kg enrich kg-out --citations                          # OpenAlex; CITES edges between the graph's papers
  kg enrich kg-out --citations --external --mailto me@org.example   # also Work nodes for cited works
  kg enrich kg-out --citations --source s2 --api-key $S2_API_KEY
  kg enrich kg-out --citations --offline                # from the HTTP cache only

Only papers not yet enriched from the source are fetched; how each paper was matched (arXiv id,
DOI, title search above --title-threshold, or not at all) is kept in kg-out/kg-cache.sqlite.
"""


def _handler(args: argparse.Namespace) -> int:
    if not args.citations:
        raise ConfigError("nothing to add", hint="kg enrich DIR --citations")
    creds = credentials(args.source, mailto=args.mailto, api_key=args.api_key)
    with open_http(args.source, http_settings(args), args.base_url) as http:
        result = enrich(
            args.dir, http, source=args.source, external=args.external, aliases=args.aliases,
            base=args.base_url, creds=creds, threshold=args.title_threshold,
            explorer=not args.no_explorer, progress=None,
        )  # fmt: skip
        stats = http.stats
    if args.json:
        print_json({**result.to_dict(), "requests": stats.requests, "cached": stats.cached})
        return 0
    cites = dict(result.summary.edges).get("CITES", 0)
    matched = ", ".join(f"{k} {v}" for k, v in result.methods.items()) or "none"
    lines = [
        f"{result.fetched} papers fetched from {args.source}"
        f" ({stats.requests} requests, {stats.cached} cached); matched by: {matched}",
        f"{result.updated} papers updated, {result.works} Work nodes added; CITES edges: {cites}",
        f"graph: {result.graph_path} ({'updated' if result.changed else 'unchanged'})",
    ]
    print("\n".join(lines), file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    """Add ``kg enrich``."""
    p = add_parser(
        subparsers,
        "enrich",
        help="add citations to a built graph (OpenAlex or Semantic Scholar)",
        description="Match the graph's papers at a web source and add CITES edges (and Work nodes).",
        epilog=EPILOG,
    )
    p.add_argument("dir", help="the directory kg build wrote (holds kg-cache.sqlite)")
    p.add_argument("--citations", action="store_true", help="add citations (the one enrichment so far)")
    p.add_argument("--source", choices=CITATION_SOURCES, default="openalex", help="default openalex")
    p.add_argument("--external", action="store_true", help="cited works outside the graph become Work nodes")
    p.add_argument("--aliases", help="the alias file the graph was built with")
    p.add_argument(
        "--title-threshold", type=float, default=TITLE_THRESHOLD,
        help=f"accept a title-search match at this rapidfuzz ratio or above (default {TITLE_THRESHOLD:g})",
    )  # fmt: skip
    p.add_argument("--no-explorer", action="store_true", help="do not rewrite explorer.html")
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    add_http_options(p)
    p.set_defaults(handler=_handler)
