"""Extraction CPU of this kg against another kg in ONE process, alternating batches of 50 abstracts.

    git archive main kg | tar -x -C /tmp/before        # the other kg: a directory holding its kg/
    python bench/ab_inproc.py --before /tmp/before [--size 3000] [--offset 20000] [--names on]

``--names`` / ``--before-names`` (on, off, default) switch each side's name typer; ``--before`` may be
this tree itself: with ``--names on --before-names off`` the ratio is the name typer's cost.

:mod:`bench.ab_extract` runs each side in its own process, seconds apart; on a machine shared by many
jobs the load changes between runs and its per-round ratios swing from 0.8 to 1.15. Here both kgs are
imported into one process (the first one's modules set aside, spaCy's registry entries for kg's factory
and tokenizer dropped before the second import) and take turns on batches of 50 abstracts, order
alternating, so both see the same load. Prints each side's CPU ms per abstract, the ratio of the totals,
the median of the per-batch ratios (this / other) and whether every mention was the same.

The cyclic garbage collector is kept out of the timing: it is off while a batch runs and a full
collection runs between batches, untimed. Left on, a generation-2 pass over both loaded kgs is charged
to whichever side triggers it, and the totals read ~0.90 or ~1.08 for two copies of one tree (session
19, speed round 4c); ``--gc`` leaves it on, as before.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import importlib
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import catalogue

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
BATCH = 50
Runner = Callable[[str, str, str], list[object]]


def load(root: Path, names: bool | None = None) -> Runner:
    """kg's fast ``(paper_id, title, abstract) -> mentions`` runner, imported from ``root`` (``names``: the
    name typer on or off; None: that kg's default)."""
    for name in [n for n in sys.modules if n == "kg" or n.startswith("kg.")]:
        del sys.modules[name]  # the other kg's modules live on in its runner's globals
    for key in [k for k in catalogue.REGISTRY if "kg_entities" in k or "kg.fast_tokenizer.v1" in k]:
        del catalogue.REGISTRY[key]
    sys.path.insert(0, str(root))
    try:
        extractor = importlib.import_module("kg.extract.extractor")
        component = importlib.import_module("kg.extract.component")
    finally:
        sys.path.remove(str(root))
    if not str(extractor.__file__).startswith(str(root)):
        raise SystemExit(f"meant to import {root}, imported {extractor.__file__}")
    run: Runner = extractor._runner(component.load_pipeline(names=names))
    return run


def read(corpus: Path, offset: int, size: int) -> list[tuple[str, str, str]]:
    """``size`` records from ``offset``: id, title, abstract (arXiv line breaks collapsed)."""
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if number <= offset:
                continue
            if len(out) >= size:
                break
            row = json.loads(line)
            out.append((row["id"], " ".join(row["title"].split()), " ".join(row["summary"].split())))
    return out


def rows(found: list[list[object]]) -> list[list[tuple[object, ...]]]:
    """Mentions as plain tuples (each kg has its own Mention class)."""
    return [[tuple(getattr(m, f) for f in m.__slots__) for m in ms] for ms in found]  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", type=Path, required=True, help="a directory holding the other kg")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=3000, help="abstracts timed")
    parser.add_argument("--offset", type=int, default=20000, help="the first record read")
    switch = {"default": None, "on": True, "off": False}
    parser.add_argument(
        "--names", choices=switch, default="default", help="this kg's name typer: on, off or its default"
    )
    parser.add_argument(
        "--before-names", choices=switch, default="default", help="the other kg's name typer (as --names)"
    )
    parser.add_argument("--gc", action="store_true", help="leave the garbage collector on while timing")
    args = parser.parse_args()
    runs = {
        "before": load(args.before.resolve(), switch[args.before_names]),
        "this": load(ROOT, switch[args.names]),
    }
    texts = read(args.corpus, args.offset, args.size + BATCH)
    for run in runs.values():  # warm the caches
        for text in texts[:BATCH]:
            run(*text)
    cpu = dict.fromkeys(runs, 0.0)
    ratios, same = [], True
    for b in range(BATCH, len(texts), BATCH):
        batch, took, got = texts[b : b + BATCH], {}, {}
        for side in ("before", "this") if b // BATCH % 2 else ("this", "before"):
            if not args.gc:
                gc.collect()
                gc.disable()
            start = time.process_time()
            got[side] = [runs[side](*text) for text in batch]
            took[side] = time.process_time() - start
            gc.enable()
            cpu[side] += took[side]
        ratios.append(took["this"] / took["before"])
        same = same and rows(got["this"]) == rows(got["before"])
    timed = len(texts) - BATCH
    out = {
        "abstracts": timed,
        "ms_per_abstract": {side: round(1000 * v / timed, 3) for side, v in cpu.items()},
        "total_ratio": round(cpu["this"] / cpu["before"], 3),
        "median_batch_ratio": round(statistics.median(ratios), 3),
        "identical_mentions": same,
    }
    print(json.dumps(out, indent=2))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
