"""``kg read``: print the papers of listing files (one JSON object a line with ``--jsonl``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from typing import Any

from kg.model import Paper, ReadFailure, paper_to_dict
from kg.readers import FORMATS, iter_files, parse_mapping, read_files

__all__ = ["handler", "register"]

EPILOG = """examples:
  kg read examples/daily_papers.txt --year 2025 --jsonl > papers.jsonl
  kg read arxiv.jsonl.gz works.json refs.bib --jsonl > merged.jsonl   # several formats, duplicates merged
  kg read export.csv --map title=paper_title --map abstract=summary

Formats are detected from the content (gzip/bz2/xz too); --format forces one.
Output order: file order, then record order; a merged duplicate sits where it first
appeared. Summary and skipped records go to stderr. Exit 0 when papers were read,
1 when none could be read or (with --strict) when any record was skipped, 2 on an
unreadable file or bad option."""

MAX_SHOWN = 10


def register(subparsers: Any) -> None:
    """Add the ``read`` sub-command."""
    p = subparsers.add_parser(
        "read",
        help="read listing files and print their papers",
        description="Read paper listings (HF page text, HF daily JSON, arXiv Atom/JSONL, OpenAlex, "
        "Semantic Scholar, BibTeX, JSONL/CSV) and print one record per paper.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="listing files (any supported format, .gz ok)")
    p.add_argument(
        "--format", choices=sorted(FORMATS), metavar="F", help="force a format: " + ", ".join(FORMATS)
    )
    p.add_argument("--year", type=int, metavar="Y", help="year for listing dates printed without one")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="column of a paper field (jsonl/csv)",
    )
    p.add_argument("--strict", action="store_true", help="exit 1 if any record was skipped")
    p.add_argument(
        "--no-merge", action="store_true", help="keep duplicate records (and stream: constant memory)"
    )
    p.add_argument(
        "--jsonl", action="store_true", help="print one JSON object per paper (the kg read contract)"
    )
    p.set_defaults(handler=handler)


def _line(paper: Paper, jsonl: bool) -> str:
    if jsonl:
        return json.dumps(paper_to_dict(paper), ensure_ascii=False)
    title = paper.title if len(paper.title) <= 70 else paper.title[:69] + "…"
    return f"{paper.id:<26} {paper.date or '-':<10} {title}"


def _summary(n_papers: int, n_failed: int, shown: list[ReadFailure]) -> None:
    head = f"{n_papers} paper{'s' if n_papers != 1 else ''} read"
    print(head + (f", {n_failed} skipped:" if n_failed else ""), file=sys.stderr)
    for failure in shown:
        print(f"  {failure}", file=sys.stderr)
    if n_failed > len(shown):
        print(f"  … and {n_failed - len(shown)} more", file=sys.stderr)


def handler(args: argparse.Namespace) -> int:
    """Read, print papers to stdout and the summary to stderr."""
    mapping = parse_mapping(args.map) or None
    options = {"format": args.format, "year": args.year, "mapping": mapping}
    items: Iterable[Paper | ReadFailure]
    if args.no_merge:
        items = iter_files(args.files, **options)
    else:
        result = read_files(args.files, **options)
        items = [*result.failures, *result.papers]
    out = sys.stdout
    if not args.jsonl:
        print(f"{'id':<26} {'date':<10} title", file=out)
    n_papers = n_failed = 0
    shown: list[ReadFailure] = []
    for item in items:
        if isinstance(item, ReadFailure):
            n_failed += 1
            if len(shown) < MAX_SHOWN:
                shown.append(item)
        else:
            n_papers += 1
            out.write(_line(item, args.jsonl) + "\n")
    out.flush()
    _summary(n_papers, n_failed, shown)
    return 1 if n_papers == 0 or (args.strict and n_failed) else 0
