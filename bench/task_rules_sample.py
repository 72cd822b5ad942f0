"""Print the task rules' mentions (title.task, context.task) on a seeded sample of fresh corpus papers.

    python bench/task_rules_sample.py --seed 11005 --size 600 > hits.tsv

The sample is ``random.Random(seed).sample`` over the corpus records with an abstract whose id is not in
the held-out judged set (``/work/issues/judged_ids.txt`` style list, default: the judged fixture's ids),
sorted by id. Each mention of :mod:`kg.extract.task_phrases` is printed as ``<id>|<text>``, its rule, its
role and a window of its sentence: the key and rule columns of ``bench/reviews/tasks_seed1100*.tsv``,
whose second column is the hand judgement (``Task:used`` or ``spurious``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from kg.extract.extractor import extract_text
from kg.extract.judged import read_judged

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
JUDGED = ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl"
RULES = ("title.task", "context.task")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=600)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    exclude = {p.id for p in read_judged(JUDGED)}
    rows = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] not in exclude and (r.get("summary") or "").strip():
                rows.append((r["id"], r["title"], r["summary"]))
    for pid, title, abstract in sorted(random.Random(args.seed).sample(rows, args.size)):
        for m in extract_text(abstract, title=title):
            if m.rule in RULES:
                at = m.sentence.find(m.text)
                window = m.sentence[max(0, at - 70) : at + len(m.text) + 40].replace("\n", " ")
                print(f"{pid}|{m.text}\t{m.rule}\t{m.role}\t..{window}..".replace("\n", " "))


if __name__ == "__main__":
    main()
