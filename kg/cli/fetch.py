"""``kg fetch``: save a listing from Hugging Face, arXiv, OpenAlex or Semantic Scholar."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kg.cli._graph_args import add_parser
from kg.errors import ConfigError
from kg.sources.fetch import SOURCES, credentials, fetch_listing, open_http
from kg.sources.hf_daily import days
from kg.sources.http import DEFAULT_CACHE_DIR, HttpSettings

__all__ = ["add_http_options", "http_settings", "register"]

EPILOG = """examples:
  kg fetch hf-daily --date 2026-03-06 -o daily.json
  kg fetch hf-daily --since 2026-03-02 --until 2026-03-06 -o week.json
  kg fetch arxiv --query 'cat:cs.CL AND ti:benchmark' --max-results 300 -o cl.xml
  kg fetch arxiv --ids 2602.23229 2603.01234 -o two.xml
  kg fetch openalex --filter 'title.search:llm' --mailto me@org.example -o oa.json
  kg fetch s2 --ids ARXIV:2602.23229 DOI:10.18653/v1/N19-1423 -o s2.json
  kg fetch hf-daily --date 2026-03-06 -o daily.json --offline   # from the cache only

Every response is cached (default ~/.cache/kg/http, or $KG_HTTP_CACHE): a re-run, or a run
interrupted and started again, sends no request for what already arrived. Keys: --mailto or
$KG_MAILTO (OpenAlex polite pool), --api-key or $OPENALEX_API_KEY / $S2_API_KEY.
"""


def add_http_options(parser: argparse.ArgumentParser) -> None:
    """The HTTP layer's flags (shared with ``kg enrich``)."""
    g = parser.add_argument_group("HTTP")
    g.add_argument("--cache-dir", default=str(DEFAULT_CACHE_DIR), help="HTTP cache directory")
    g.add_argument("--offline", action="store_true", help="answer from the cache only; no request is sent")
    g.add_argument("--base-url", help="the source's API base URL (a mirror, or a test server)")
    g.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    g.add_argument("--retries", type=int, default=4, help="retries on 429/5xx/timeouts (default 4)")
    g.add_argument("--mailto", help="e-mail for OpenAlex's polite pool (default $KG_MAILTO)")
    g.add_argument("--api-key", help="API key (default $OPENALEX_API_KEY or $S2_API_KEY)")


def http_settings(args: argparse.Namespace) -> HttpSettings:
    """:class:`HttpSettings` from the parsed flags."""
    return HttpSettings(
        cache_dir=args.cache_dir, offline=args.offline, timeout=args.timeout, retries=args.retries
    )


def _dates(args: argparse.Namespace) -> list[str]:
    if args.source != "hf-daily":
        return []
    if bool(args.date) == bool(args.since) or (args.until and not args.since):
        raise ConfigError("hf-daily needs --date D, or --since D [--until D]")
    return days(args.since or args.date, args.until)


def _handler(args: argparse.Namespace) -> int:
    dates = _dates(args)
    creds = credentials(args.source, mailto=args.mailto, api_key=args.api_key)
    with open_http(args.source, http_settings(args), args.base_url) as http:
        result = fetch_listing(
            args.source, args.output, http, base=args.base_url, dates=dates, query=args.query,
            ids=args.ids or (), filter=args.filter, search=args.search, max_results=args.max_results,
            creds=creds, progress=None,
        )  # fmt: skip
    s = result.stats
    print(
        f"{result.records} records -> {result.path}; {s.requests} requests, {s.cached} from the cache,"
        f" {s.retries} retries",
        file=sys.stderr,
    )
    for pid in result.missing:
        print(f"  not found: {pid}", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    """Add ``kg fetch``."""
    p = add_parser(
        subparsers,
        "fetch",
        help="save a listing from a web source (cached, polite, resumable)",
        description="Fetch papers from a web API and write a listing file that kg build reads.",
        epilog=EPILOG,
    )
    p.add_argument("source", choices=sorted(SOURCES), help="the web source")
    p.add_argument("-o", "--output", required=True, help="the listing file to write")
    p.add_argument("--date", help="hf-daily: one day (YYYY-MM-DD)")
    p.add_argument("--since", help="hf-daily: first day")
    p.add_argument("--until", help="hf-daily: last day (default: --since)")
    p.add_argument("--query", help="arxiv: a search_query")
    p.add_argument("--ids", nargs="+", help="arxiv: arXiv ids; s2: ARXIV:…, DOI:… or S2 ids")
    p.add_argument("--filter", help="openalex: a works filter")
    p.add_argument("--search", help="openalex: a full-text search")
    p.add_argument(
        "--max-results", type=int, default=100, help="arxiv/openalex: at most this many (default 100)"
    )
    add_http_options(p)
    p.set_defaults(handler=_handler)
