"""Tasks the CC0 arXiv corpus names in its titles: a task lexicon mined without labels.

    python train/title_tasks.py                # print the mined tasks and their title counts
    python train/title_tasks.py --write        # write kg/extract/lexicon/tasks_titles.jsonl

The rule (docs/typing.md "Tasks the text itself calls tasks"): a lower-cased name that the title rule of
:mod:`kg.extract.task_phrases` reads as a task name ("… for Aerial Road Extraction") in the titles of at
least ``--min-titles`` (3) distinct corpus papers (the judged set's papers left out), that no lexicon
form already spells (hyphens as spaces, a plural "s" ignored), that is not a field or a general capacity
("urban planning", "language generation"), whose words are not a model's internals ("token compression",
"feature enhancement", "kv cache compression", "memory retrieval", "sparse retrieval": a technique on a
model's parts, not a task on data in the world) and contain no digit-only word ("3 d reconstruction").
Each becomes a lexicon task named by its commonest lower-case spelling, so it is matched wherever an
abstract writes it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.judged import read_judged  # noqa: E402
from kg.extract.lexicon import default_lexicon_paths, load_lexicon  # noqa: E402
from kg.extract.task_cues import MODEL_PARTS, title_task_names  # noqa: E402
from kg.ids import slug  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
JUDGED = ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl"
OUT = ROOT / "kg" / "extract" / "lexicon" / "tasks_titles.jsonl"
MIN_TITLES = 3
# Fields and general capacities, not tasks (the guide's "not entities": fields and domains).
_FIELDS = frozenset(
    {
        "urban planning",
        "language generation",
        "language understanding",
        "language translation",  # also mostly the tail of "sign language translation"
        "image understanding",
        "content generation",  # a capacity ("priors for content generation"): 4 of 12 links right
    }
)
_INTERNALS = MODEL_PARTS  # a model's parts: compressing, generating or enhancing them is a technique


def _key(name: str) -> str:
    return " ".join(name.lower().replace("-", " ").split())


def corpus_texts(corpus: Path, exclude: set[str]) -> Iterator[tuple[str, str]]:
    """``(title, abstract)`` of every corpus record not in ``exclude``, white space collapsed (the miners
    of this script and of ``train/abstract_tasks.py`` read the corpus through it)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] not in exclude:
                yield " ".join(row["title"].split()), " ".join((row.get("summary") or "").split())


def mine(corpus: Path, min_titles: int = MIN_TITLES) -> list[tuple[str, int]]:
    """``(name, titles)`` of the mined tasks, sorted by name."""
    exclude = {p.id for p in read_judged(JUDGED)}
    # not the file it writes, nor the abstract-task lexicon mined after it (train/abstract_tasks.py)
    later = (OUT, OUT.with_name("tasks_abstracts.jsonl"))
    lexicon = load_lexicon(tuple(p for p in default_lexicon_paths() if p not in later))
    forms = {_key(f) for e in lexicon.entries for f in e.forms}
    forms |= {f + "s" for f in forms}
    papers: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for title, abstract in corpus_texts(corpus, exclude):
        names = {_key(n): n.lower() for n in title_task_names(title, abstract)}
        papers.update(names.keys())
        for key, spelling in names.items():
            spellings[key][spelling] += 1
    out = []
    for key, count in papers.items():
        words = key.split()
        if count < min_titles or key in forms or key in _FIELDS or _INTERNALS & set(words):
            continue
        if any(re.fullmatch(r"\d+", w) for w in words):
            continue
        out.append((spellings[key].most_common(1)[0][0], count))
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min-titles", type=int, default=MIN_TITLES)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    mined = mine(args.corpus, args.min_titles)
    if not args.write:
        for name, count in mined:
            print(f"{count}\t{name}")
        print(f"{len(mined)} tasks", file=sys.stderr)
        return
    with OUT.open("w", encoding="utf-8") as out:
        for name, _ in sorted(mined, key=lambda m: slug(m[0])):
            row = {"id": slug(name), "type": "task", "name": name, "aliases": []}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(mined)} tasks -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
