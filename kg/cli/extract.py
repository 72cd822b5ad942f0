"""``kg extract``: entity mentions per paper, resolved to canonical entities.

Examples::

    kg extract papers.txt --jsonl
    kg extract --format lines abstracts.txt --jsonl
    kg extract listing.jsonl --aliases my_aliases.txt --processes 2 --jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from kg.model import mention_to_dict, paper_to_dict

__all__ = ["register"]

EXAMPLE = """examples:
  kg extract examples/daily_papers.txt --year 2025 --jsonl    # one {"paper": …, "mentions": […]} per paper
  kg extract --format lines examples/abstracts.txt --jsonl     # one document per line (id = line number)
  kg extract examples/daily_papers.txt --aliases examples/aliases.txt   # merges (A = B), splits (A != B)
"""


def register(subparsers: Any) -> None:
    """Add the ``extract`` sub-command."""
    parser = subparsers.add_parser(
        "extract",
        help="extract typed, resolved entity mentions from paper listings",
        description="Extract datasets, benchmarks, methods, models, tasks, metrics and organisations "
        "from titles and abstracts, resolved to canonical entities.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="listing files (any format kg read takes)")
    parser.add_argument(
        "--format", default=None, help="force the input format; 'lines' = one document a line"
    )
    parser.add_argument("--year", type=int, default=None, help="year for listing dates printed without one")
    parser.add_argument(
        "--aliases", type=Path, default=None, help="alias file: 'A = B' merges, 'A != B' splits"
    )
    parser.add_argument("--lexicon", type=Path, action="append", default=[], help="extra lexicon JSONL file")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--jsonl", action="store_true", help="print one JSON object per paper")
    parser.add_argument(
        "--no-model",
        dest="model",
        action="store_false",
        help="without the trained mention source (rules and lexicon only; docs/evaluation.md)",
    )
    parser.add_argument(
        "--model", action="store_true", default=True, help="the trained source on (the default)"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Run the extraction and print JSONL or a summary."""
    from kg.resolve.listing import extract_files  # spaCy loads only when a command needs it
    from kg.resolve.resolver import load_aliases

    aliases = load_aliases(args.aliases) if args.aliases else None
    result = extract_files(
        args.inputs,
        format=args.format,
        year=args.year,
        aliases=aliases,
        processes=args.processes,
        extra_lexicons=args.lexicon,
        model=args.model,
    )
    out = sys.stdout
    if args.jsonl:
        for paper, mentions in result.docs:
            row = {"paper": paper_to_dict(paper), "mentions": [mention_to_dict(m) for m in mentions]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        n_mentions = sum(len(ms) for _, ms in result.docs)
        by_type = Counter(e.type for e in result.entities.values())
        kinds = ", ".join(f"{t} {n}" for t, n in sorted(by_type.items()))
        out.write(f"{len(result.docs)} papers, {n_mentions} mentions, {len(result.entities)} entities")
        out.write(f" ({kinds})\n" if kinds else "\n")
    if result.failures:
        print(f"{len(result.failures)} record(s) skipped: {result.failures[0]}", file=sys.stderr)
    return 0
