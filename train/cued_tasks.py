"""Task names the CC0 arXiv corpus calls tasks though their last word is no task head: candidates for the task
lexicon, mined without labels (docs/typing.md "Task links round 14").

    python train/cued_tasks.py                   # print the candidates: cue abstracts, abstracts, name

The context rule reads a phrase the text calls a task only when it ends in a task head
(:data:`kg.extract.task_phrases.CONTEXT_HEADS`); established tasks with other last words ("image fusion",
"virtual try-on", "concept erasure", "long-context reasoning") are missed wherever an abstract writes them.
A candidate is a lower-case phrase of 2-4 words, no function word in it, no spelling of which is already a
lexicon form (hyphens as spaces, a plural "s" ignored), that at least ``--min-cues`` (5) corpus abstracts
call a task: "X task(s)", "task(s) of / such as / like / including X", or a sentence opening "X aims / seeks
to" (the held-out papers and both dev pools left out). Printed with the abstracts writing it at all (a
substring count). Most candidates are descriptions ("complex reasoning", "various downstream"), fields
("computer vision", "medical imaging") or capacities; each kept one was read against the annotation guide
and its corpus sentences, then added to ``kg/extract/lexicon/tasks.jsonl`` by hand and judged on held-back
seeds (docs/evaluation.md, session 16, task links round 14).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.judged import read_judged  # noqa: E402
from kg.extract.lexicon import default_lexicon_paths, load_lexicon  # noqa: E402
from kg.extract.task_phrases import CONTEXT_HEADS  # noqa: E402
from kg.extract.task_words import FUNCTION_WORDS  # noqa: E402

sys.path.insert(0, str(ROOT / "train"))
from abstract_tasks import held_out_ids, key  # noqa: E402
from title_tasks import corpus_texts  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
POOLS = (Path("/tmp/pool_read.jsonl"), Path("/tmp/pool_held.jsonl"))
MIN_CUES = 5
_W = r"[a-z][a-z0-9'-]*"
_CUES = (
    re.compile(rf"\b((?:{_W} ){{1,3}})tasks?\b"),
    re.compile(rf"\btasks? (?:of|such as|like|including) ((?:{_W} ){{1,3}}{_W})"),
    re.compile(rf"(?:^|[.!?] )((?:{_W} ){{0,3}}{_W}) (?:aims|seeks) to\b", re.IGNORECASE),
)


def cued(abstract: str) -> set[str]:
    """The phrases ``abstract`` calls a task whose last word is no task head (lower case).

    >>> sorted(cued("Image fusion aims to merge images. We study virtual try-on tasks."))
    ['image fusion', 'study virtual try-on', 'virtual try-on']
    """
    out = set()
    for pattern in _CUES:
        for match in pattern.finditer(abstract):
            words = match.group(1).lower().split()
            for k in range(len(words) - 1):
                tail = words[k:]
                if FUNCTION_WORDS.isdisjoint(tail) and tail[-1] not in CONTEXT_HEADS | {"task", "tasks"}:
                    out.add(" ".join(tail))
    return out


def mine(corpus: Path, min_cues: int = MIN_CUES) -> list[tuple[str, int, int]]:
    """``(name, cue abstracts, abstracts)`` of the candidates, most cued first."""
    exclude = held_out_ids()
    for pool in POOLS:
        if pool.exists():
            exclude |= {p.id for p in read_judged(pool)}
    taken = {key(f) for e in load_lexicon(default_lexicon_paths()).entries for f in e.forms}
    cues: Counter[str] = Counter()
    texts = []
    for _, abstract in corpus_texts(corpus, exclude):
        texts.append(abstract.lower())
        cues.update(cued(abstract))
    names = [n for n, c in cues.items() if c >= min_cues and key(n) not in taken]
    names = [n for n in names if key(n).removesuffix("s") not in taken]
    return sorted(((n, cues[n], sum(n in t for t in texts)) for n in names), key=lambda r: (-r[1], r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min-cues", type=int, default=MIN_CUES)
    args = parser.parse_args()
    for name, n_cues, n_abstracts in mine(args.corpus, args.min_cues):
        print(f"{n_cues}\t{n_abstracts}\t{name}")


if __name__ == "__main__":
    main()
