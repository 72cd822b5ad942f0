"""``kg evaluate``: precision / recall / F1 of the extractor on a labelled file.

Examples::

    kg evaluate --gold ../shared/data/labelled/scier_train.jsonl --format scier --by-document
    kg evaluate --gold tdmsci_train.conll --format tdmsci --json
    kg evaluate --gold scirex_train.jsonl.gz --format scirex --mode rules
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["register"]

GOLD_FORMATS = ("scier", "scierc", "scirex", "tdmsci")  # kg.extract.evaluate.FORMATS; a test keeps them equal

EXAMPLE = """examples:
  kg evaluate --gold scier_train.jsonl --format scier        # table of P/R/F1 per type, sentence by sentence
  kg evaluate --gold scier_train.jsonl --format scier --by-document   # a document's sentences as one text
  kg evaluate --gold tdmsci_train.conll --format tdmsci --json
  kg evaluate --gold scirex_train.jsonl.gz --format scirex   # mention level, then paper level (result links)
  kg evaluate --gold scirex_train.jsonl.gz --format scirex --mode rules   # without the trained model

Types are compared coarsely (dataset+benchmark -> Dataset, method+model -> Method, task, metric);
"exact" = same text after detokenisation (case and spaces ignored); "normalised" = also ignoring a
leading "the", a trailing "(ACRONYM)" or head word ("dataset", "corpus"); "partial" = one contains the other.
Rows "fine:<type>" give the precision of each predicted type. SciREX also gets "paper" rows: a gold
entity of the paper's result links is found when a predicted mention of its type has its name or one of its
coreferent mentions' text; precision counts distinct predicted names against those forms.
--mode: both (rules + lexicon + the trained phrase model, and the name typer when it is on by default:
kg's default), rules (no trained source), model (the phrase model alone), no-names (both without the name
typer), names (both with the name typer).
"""


def register(subparsers: Any) -> None:
    """Add the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score the extractor on a labelled file (SciER, SciERC, SciREX, TDMSci)",
        description="Mention-level precision, recall and F1 per entity type.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--gold", required=True, help="labelled file")
    parser.add_argument("--format", required=True, choices=GOLD_FORMATS, help="gold file format")
    parser.add_argument(
        "--by-document", action="store_true", help="extract a document's sentences as one text"
    )
    parser.add_argument(
        "--mode",
        choices=("rules", "both", "model", "no-names", "names"),
        default="both",
        help="mention sources (default both)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Score and print."""
    from kg.extract.evaluate import SCHEMES, read_gold, score, score_papers  # spaCy loads only when needed

    gold = read_gold(args.gold, args.format)
    rows = score(gold, SCHEMES[args.format], by_document=args.by_document, mode=args.mode).rows()
    if args.format == "scirex":
        papers = score_papers(args.gold, by_document=args.by_document, mode=args.mode)
        rows.update({f"paper:{kind}": modes for kind, modes in papers.items()})
    if args.json:
        print(json.dumps(rows, indent=2, sort_keys=True))
        return 0
    out = sys.stdout
    out.write(f"{'type':<16}{'match':<11}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}\n")
    for kind, modes in rows.items():
        for mode, r in modes.items():
            recall = f"{r['r']:>7.3f}" if r["gold"] else f"{'-':>7}"
            f1 = f"{r['f1']:>7.3f}" if r["gold"] else f"{'-':>7}"
            out.write(f"{kind:<16}{mode:<11}{r['p']:>7.3f}{recall}{f1}{r['pred']:>7}{r['gold']:>7}\n")
    return 0
