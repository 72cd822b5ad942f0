"""Task names the CC0 arXiv corpus states the aim of: candidates for the task lexicon, mined without labels.

    python train/aims_tasks.py                 # print the candidates with their counts and verdicts

The form (docs/typing.md rule 248): a sentence that opens with a short lower-case noun phrase and says what
it aims at names a task the field works on ("Dataset distillation aims to generate compact synthetic
datasets", "Motion retargeting seeks to transfer …", "The goal of graph coarsening is to …"). The context
rule reads such a subject only when its last word is a task head (:data:`kg.extract.task_phrases.CONTEXT_HEADS`);
tasks with other heads ("distillation", "unlearning", "retargeting", "pansharpening", "anti-spoofing") are
missed wherever the abstract writes them. A candidate is a subject of 1-4 words

- stated as such an aim in at least ``--min-abstracts`` (4) corpus abstracts (the held-out papers and both
  dev pools left out),
- whose first word is no determiner, pronoun or evaluative word, with no function word, digit or capital
  inside (not a name), and no lexicon form already spells (hyphens as spaces, a plural "s" ignored).

Every candidate is then read by the annotation guide (a task a paper works on, not a field, a setting, a
method or a phenomenon); the kept ones are added to ``kg/extract/lexicon/tasks.jsonl`` by hand, each with
the count printed here (docs/evaluation.md, session 16, task links round 14).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.judged import read_judged  # noqa: E402
from kg.extract.lexicon import default_lexicon_paths, load_lexicon  # noqa: E402
from kg.extract.task_words import FUNCTION_WORDS  # noqa: E402

sys.path.insert(0, str(ROOT / "train"))
from abstract_tasks import held_out_ids, key  # noqa: E402
from title_tasks import corpus_texts  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
POOLS = (Path("/tmp/pool_read.jsonl"), Path("/tmp/pool_held.jsonl"))
MIN_ABSTRACTS = 4
_AIM = re.compile(
    r"(?:^|(?<=[.!?] ))(?:The (?:goal|objective|aim|purpose) of )?"
    r"(?P<np>[A-Za-z][\w'-]*(?: [a-z][\w'-]*){0,3})(?: \([^()]{1,20}\))?"
    r" (?:aims|seeks|strives) (?:to|at)\b|"
    r"(?:^|(?<=[.!?] ))The (?:goal|objective|aim|purpose) of (?P<np2>[a-z][\w'-]*(?: [a-z][\w'-]*){0,3})"
    r"(?: \([^()]{1,20}\))? is to\b"
)
_NOT_FIRST = frozenset(
    """this our the a an it its we these their such each any recent existing current prior previous
    traditional conventional most many some they his her that which there here however""".split()
)


def subjects(abstract: str) -> set[str]:
    """The lower-cased noun phrases ``abstract`` states the aim of.

    >>> sorted(subjects("Dataset distillation aims to generate data. This work aims to help."))
    ['dataset distillation']
    """
    out = set()
    for match in _AIM.finditer(abstract):
        phrase = match.group("np") or match.group("np2")
        words = phrase.lower().split()
        if words[0] in _NOT_FIRST or FUNCTION_WORDS & set(words[1:]):
            continue
        if any(ch.isdigit() for ch in phrase) or any(ch.isupper() for ch in phrase[1:]):
            continue
        out.add(" ".join(words))
    return out


def mine(corpus: Path, min_abstracts: int = MIN_ABSTRACTS) -> list[tuple[str, int]]:
    """``(name, abstracts)`` of the candidates, commonest first."""
    exclude = held_out_ids()
    for pool in POOLS:
        if pool.exists():
            exclude |= {p.id for p in read_judged(pool)}
    lexicon = load_lexicon(default_lexicon_paths())
    taken = {key(f) for e in lexicon.entries for f in e.forms}
    counts: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for _, abstract in corpus_texts(corpus, exclude):
        for phrase in subjects(abstract):
            counts[key(phrase)] += 1
            spellings[key(phrase)][phrase] += 1
    out = []
    for name, n in counts.most_common():
        if n >= min_abstracts and name not in taken and name.removesuffix("s") not in taken:
            out.append((spellings[name].most_common(1)[0][0], n))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min-abstracts", type=int, default=MIN_ABSTRACTS)
    args = parser.parse_args()
    for name, n in mine(args.corpus, args.min_abstracts):
        print(f"{n}\t{name}")


if __name__ == "__main__":
    main()
