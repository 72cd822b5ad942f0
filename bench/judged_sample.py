"""Reproduce the hand-judged sample: 200 corpus records drawn with a fixed seed.

    python bench/judged_sample.py                # prints the 200 arXiv ids, one a line
    python bench/judged_sample.py --check        # also checks the fixture against the corpus

The draw is ``random.Random(20261205).sample`` over the line indices of the records of
``../shared/data/arxiv_cs_2025_2026.jsonl.gz`` that have a non-empty abstract (all 74,728 do);
the ids are printed sorted. ``--check`` verifies that ``tests/fixtures/judged/judged_200.jsonl``
holds exactly these papers, that their title+abstract hashes still match and that every judged
surface is an exact substring of its paper's title or abstract. Exits 1 on any problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.extract.judged import SAMPLE_SIZE, SEED, check_fixture, read_judged, read_texts, sample_ids

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
FIXTURE = ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE)
    parser.add_argument(
        "--check", action="store_true", help="check the fixture against the sample and corpus"
    )
    args = parser.parse_args()
    ids = sample_ids(args.corpus, args.seed, args.size)
    print("\n".join(ids))
    if not args.check:
        return 0
    papers = read_judged(FIXTURE)
    problems = check_fixture(papers, read_texts(args.corpus, ids))
    if [p.id for p in papers] != ids:
        problems.append("the fixture's papers are not the sample (or not sorted by id)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
