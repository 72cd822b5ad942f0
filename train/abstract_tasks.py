"""Tasks the CC0 arXiv corpus names in its abstracts: a task lexicon mined without labels.

    python train/abstract_tasks.py             # print the candidates with their counts and verdicts
    python train/abstract_tasks.py --write     # write kg/extract/lexicon/tasks_abstracts.jsonl

The rule (docs/typing.md "Tasks the corpus names in its abstracts"): a lower-case phrase of 2-4 words
ending in a task head (:data:`kg.extract.task_phrases.TASK_HEADS`) whose words before the head pass
the context rule's word tests (:func:`kg.extract.task_words.plain_task_phrase`: no generic, evaluative or
adjective word before the head, no verb or plural) that

- occurs in at least ``--min-abstracts`` (10) corpus abstracts (the held-out papers left out),
- the corpus itself calls a task in at least ``--min-cues`` (2) papers: the title rule reads it as a
  task name in the title, or the context rule in the abstract ("X tasks", "the task of X", "tasks
  such as X") — frequency alone also finds descriptions ("answer generation", "error analysis"),
- is mostly written on its own: less than half of its abstracts write it as the tail of a longer
  phrase (one more modifier: "cloud segmentation" is mostly "point cloud segmentation"),
- no spelling of which is already a lexicon form (hyphens as spaces, a plural "s" ignored), that names
  no field and no model part (the title miner's lists, :mod:`train.title_tasks`), and
- is not in the reviewed rejections ``train/abstract_tasks_rejects.tsv`` (every candidate the rule
  keeps was read by the annotation guide; each rejection has its reason: a description, a fragment,
  a setting, a method).

Each becomes a lexicon task named by its commonest spelling, matched wherever an abstract writes it.
The held-out papers (the judged set, ``tests/fixtures/judged/judged_200.jsonl``, and the held parts
of the development fixtures, ``bench/reviews/dev_*held*.jsonl``) are left out of every count.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.judged import read_judged  # noqa: E402
from kg.extract.lexicon import ABSTRACT_DOMAIN, default_lexicon_paths, load_lexicon  # noqa: E402
from kg.extract.task_phrases import TASK_HEADS, task_candidates  # noqa: E402
from kg.extract.task_words import plain_task_phrase  # noqa: E402
from kg.ids import slug  # noqa: E402

sys.path.insert(0, str(ROOT / "train"))
from title_tasks import _FIELDS, _INTERNALS, corpus_texts  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
OUT = ROOT / "kg" / "extract" / "lexicon" / "tasks_abstracts.jsonl"
REJECTS = ROOT / "train" / "abstract_tasks_rejects.tsv"
MIN_ABSTRACTS = 10
MIN_CUES = 2
MAX_TAIL = 0.5
HEADS = TASK_HEADS
_WORD = re.compile(r"[A-Za-z0-9][\w'+]*(?:[-/][\w'+]+)*|[^\s\w]")
_LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


def key(name: str) -> str:
    """The spelling-free key of a name: lower case, hyphens as spaces.

    >>> key("Multi-Object  Tracking")
    'multi object tracking'
    """
    return " ".join(name.lower().replace("-", " ").split())


def held_out_ids() -> set[str]:
    """The papers no count may read: the judged set and the held parts of the dev fixtures."""
    ids = {p.id for p in read_judged(ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl")}
    for path in sorted((ROOT / "bench" / "reviews").glob("dev_*held*.jsonl")):
        ids |= {p.id for p in read_judged(path)}
    return ids


def read_rejects(path: Path = REJECTS) -> dict[str, str]:
    """``name -> reason`` of the reviewed rejections (a TSV with a header ``name<TAB>reason``)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["name"]: row["reason"] for row in csv.DictReader(fh, delimiter="\t")}


def phrases(abstract: str) -> set[str]:
    """The lower-case 2-4 word phrases ending in a head in ``abstract`` (as written).

    >>> sorted(phrases("We study keypoint tracking."))
    ['keypoint tracking', 'study keypoint tracking']
    """
    words = _WORD.findall(abstract)
    out = set()
    for j, word in enumerate(words):
        if word not in HEADS:
            continue
        for i in range(j - 1, max(-1, j - 4), -1):
            if not _LOWER_WORD.fullmatch(words[i]):
                break
            out.add(" ".join(words[i : j + 1]))
    return out


def count(corpus: Path) -> tuple[Counter[str], Counter[str], dict[str, Counter[str]]]:
    """``(abstracts, cues, spellings)``: per key, the abstracts writing it, the papers calling it a task
    (title or context rule) and its spellings."""
    exclude = held_out_ids()
    abstracts: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for title, abstract in corpus_texts(corpus, exclude):
        found = {key(p): p for p in phrases(abstract)}
        abstracts.update(found.keys())
        for k, spelling in found.items():
            spellings[k][spelling] += 1
        text = f"{title}\n\n{abstract}"
        # the shipped file was mined without rules 530-532 (a title name read whole, its parts)
        cues.update({key(c.name) for c in task_candidates(text, len(title), whole=False)})
    return abstracts, cues, spellings


def verdict(name: str, abstracts: Counter[str], cues: Counter[str], taken: set[str]) -> str:
    """Why the rule drops the candidate key ``name``, or "" when it keeps it."""
    words = name.split()
    if not plain_task_phrase(words) or _INTERNALS & set(words) or name in _FIELDS:
        return "shape"
    if name in taken or name.removesuffix("s") in taken:
        return "lexicon"
    if abstracts[name] < MIN_ABSTRACTS:
        return "rare"
    if cues[name] < MIN_CUES:
        return "no task cue"
    longer = sum(c for k, c in _longer(name, abstracts))
    if longer >= MAX_TAIL * abstracts[name]:
        return "tail"
    return ""


_BY_TAIL: dict[str, list[tuple[str, int]]] = {}


def _longer(name: str, abstracts: Counter[str]) -> list[tuple[str, int]]:
    """The candidates one modifier longer than ``name`` ("point cloud segmentation" for "cloud
    segmentation"), whose first word is a modifier."""
    if not _BY_TAIL:
        for k, c in abstracts.items():
            words = k.split()
            if len(words) >= 3 and plain_task_phrase(words[:1] + words[-1:]):
                _BY_TAIL.setdefault(" ".join(words[1:]), []).append((k, c))
    return _BY_TAIL.get(name, [])


def mine(corpus: Path) -> list[tuple[str, int, int, str]]:
    """``(name, abstracts, cues, verdict)`` of every candidate with enough abstracts and cues."""
    lexicon = load_lexicon(tuple(p for p in default_lexicon_paths() if p != OUT))
    taken = {key(f) for e in lexicon.entries for f in e.forms}
    abstracts, cues, spellings = count(corpus)
    rejects = read_rejects()
    out = []
    for name in sorted(abstracts):
        if abstracts[name] < MIN_ABSTRACTS or cues[name] < MIN_CUES:
            continue
        why = verdict(name, abstracts, cues, taken)
        spelling = spellings[name].most_common(1)[0][0]
        if not why and spelling in rejects:
            why = "rejected: " + rejects[spelling]
        out.append((spelling, abstracts[name], cues[name], why))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--write", action="store_true", help=f"write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    mined = mine(args.corpus)
    if not args.write:
        for name, n_abstracts, n_cues, why in mined:
            print(f"{n_abstracts}\t{n_cues}\t{why or 'KEEP'}\t{name}")
        kept = sum(1 for m in mined if not m[3])
        print(f"{kept} tasks kept of {len(mined)} candidates", file=sys.stderr)
        return
    rows = entries([(name, n) for name, n, _, why in mined if not why])
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} tasks -> {OUT}", file=sys.stderr)


def entries(kept: list[tuple[str, int]]) -> list[dict[str, object]]:
    """Lexicon rows of the kept ``(name, abstracts)``: spellings that differ only by hyphens and spaces
    ("multi-class" / "multiclass") are one task named by its commonest spelling, the others aliases.

    >>> entries([("multiclass classification", 22), ("multi-class classification", 41)])
    [{'id': 'multi-class-classification', 'type': 'task', 'name': 'multi-class classification', \
'aliases': ['multiclass classification'], 'domain': 'abstract-task'}]
    """
    groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for name, n in kept:
        groups[re.sub(r"[-\s]", "", name)].append((-n, name))
    rows = []
    for spellings in groups.values():
        names = [name for _, name in sorted(spellings)]
        row = {"id": slug(names[0]), "type": "task", "name": names[0], "aliases": names[1:]}
        rows.append({**row, "domain": ABSTRACT_DOMAIN})  # kg.extract.lexicon: such a task yields
    return sorted(rows, key=lambda r: str(r["id"]))


if __name__ == "__main__":
    main()
