"""Mention-level P/R/F1 of the extractor on SciREX train, title + abstract of each paper.

    python bench/scirex_eval.py [--all-sections]

A small stand-in until ``kg evaluate --format scirex`` exists: SciREX ``ner`` spans (Method, Task,
Metric, Material -> Dataset) of the sentences in the first two sections (the title and the abstract,
or every section with ``--all-sections``) become :class:`~kg.extract.evaluate.GoldSentence` rows,
one document per paper, scored by :func:`kg.extract.evaluate.score`. Prints a JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.extract.evaluate import GoldSentence, detokenise, score

GOLD = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "labelled" / "scirex_train.jsonl.gz"
)
_TYPES = {"Method": "Method", "Task": "Task", "Metric": "Metric", "Material": "Dataset"}


def _ranges(doc: dict[str, Any], all_sections: bool) -> list[tuple[int, int]]:
    """Token ranges to score: every section, or the title (a short first section) and the abstract."""
    sections = [tuple(x) for x in doc["sections"]]
    if all_sections:
        return sections
    words = doc["words"]
    abstract = [
        (a, b) for a, b in sections if [w.lower() for w in words[a : a + 3]] == ["section", ":", "abstract"]
    ]
    title = [sections[0]] if sections and sections[0][1] - sections[0][0] <= 30 else []
    return title + abstract[:1] if abstract else []


def read_scirex(path: Path, all_sections: bool = False) -> Iterator[GoldSentence]:
    """Gold sentences of SciREX papers: title and abstract (papers without an abstract section are
    skipped: 49 of 306 have one), or every section with ``all_sections``."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            words = doc["words"]
            ranges = _ranges(doc, all_sections)
            for start, end in doc["sentences"]:
                if not any(a <= start and end <= b for a, b in ranges):
                    continue
                ner = tuple(
                    (_TYPES[kind], detokenise(" ".join(words[s:e])))
                    for s, e, kind in doc["ner"]
                    if start <= s and e <= end and kind in _TYPES
                )
                yield GoldSentence(str(doc["doc_id"]), detokenise(" ".join(words[start:end])), ner)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--all-sections", action="store_true")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"not found: {args.gold}", file=sys.stderr)
        return 1
    rows = score(list(read_scirex(args.gold, args.all_sections))).rows()
    out = {
        k: {m: {x: v[x] for x in ("p", "r", "f1", "pred", "gold")} for m, v in modes.items()}
        for k, modes in rows.items()
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
