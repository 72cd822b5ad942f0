"""Candidate lower-case method and task names for the lexicon, with the counts that justify them.

    python bench/mine_lexicon.py > /tmp/candidates.tsv
    python bench/mine_lexicon.py --min-corpus 100 --top 400

Sources (all licence-compatible for choosing shipped entries):
- SciREX train (Apache-2.0): Method and Task mention texts, counted by the number of papers;
- TDMSci train (Apache-2.0): TASK mention texts, counted by sentences;
- the CC0 arXiv corpus: phrases of 1-4 lower-case words whose last word is a method or task head word
  (``kg.extract.shapes.HEAD_TYPES`` plus ``EXTRA_HEADS``), and the number of abstracts each
  candidate occurs in.

A candidate is printed when it is written in lower case, is not generic (``generic.txt``), is not
already a lexicon form, and occurs in at least ``--min-corpus`` abstracts. Columns: corpus abstracts,
SciREX papers (Method / Task), TDMSci sentences, suggested type, phrase. The curation rule applied to
this list by hand (see docs/typing.md) is: keep a phrase when it occurs in >= 100 corpus abstracts
(or >= 30 and is labelled in >= 2 SciREX papers or TDMSci sentences) and names a recognised research
task or a recognised learning paradigm / technique, not a description ("proposed method"), a field
("machine learning") or a class of models ("language models").
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from kg.extract.evaluate import detokenise
from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.extract.shapes import HEAD_TYPES, is_generic

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Heads of established terms that HEAD_TYPES leaves out (not type cues on their own).
EXTRA_HEADS = frozenset(
    ["reasoning", "engineering", "editing", "unlearning", "discovery", "driving", "inference", "analysis"]
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "in",
        "on",
        "to",
        "with",
        "by",
        "from",
        "via",
        "our",
        "this",
        "that",
        "these",
        "its",
        "their",
        "we",
        "is",
        "are",
        "be",
        "as",
        "at",
        "which",
        "can",
        "using",
        "based",
        "new",
        "novel",
        "proposed",
        "existing",
        "such",
        "more",
        "most",
        "other",
    ]
)


def key(text: str) -> str:
    """The matching key of a phrase: lower-case words (hyphenated words kept whole)."""
    return " ".join(_WORD.findall(text.lower()))


def _lower_phrase(text: str) -> bool:
    return text == text.lower() and any(ch.isalpha() for ch in text)


def scirex(path: Path) -> dict[str, Counter[str]]:
    """``{key: Counter({"Method": papers, "Task": papers})}`` for lower-case SciREX mentions."""
    out: dict[str, Counter[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            words = doc["words"]
            seen: set[tuple[str, str]] = set()
            for start, end, kind in doc["ner"]:
                if kind not in ("Method", "Task"):
                    continue
                text = detokenise(" ".join(words[start:end]))
                if _lower_phrase(text) and (k := key(text)):
                    seen.add((k, kind))
            for k, kind in seen:
                out.setdefault(k, Counter())[kind] += 1
    return out


def tdmsci(path: Path) -> Counter[str]:
    """Lower-case TDMSci TASK mentions, by sentence."""
    out: Counter[str] = Counter()
    current: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        tag = parts[2] if len(parts) == 3 else "O"
        if current and not tag.startswith("I-"):
            text = detokenise(" ".join(current))
            if _lower_phrase(text):
                out[key(text)] += 1
            current = []
        if tag in ("B-TASK", "I-TASK"):
            current.append(parts[0])
    return out


def abstracts(path: Path) -> Iterator[list[str]]:
    """The lower-case words of each corpus title + abstract."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            yield _WORD.findall(f"{row['title']} . {row['summary']}".lower())


def corpus_counts(path: Path, wanted: set[str]) -> tuple[Counter[str], Counter[str]]:
    """(abstracts containing each wanted phrase, abstracts containing each head-word-final n-gram)."""
    found: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    heads = {w for w, t in HEAD_TYPES.items() if t in ("method", "task")} | EXTRA_HEADS
    for words in abstracts(path):
        grams: set[str] = set()
        for i in range(len(words)):
            for n in range(1, 5):
                if i + n > len(words):
                    break
                grams.add(" ".join(words[i : i + n]))
        found.update(grams & wanted)
        headed.update(
            g for g in grams if " " in g and g.rsplit(" ", 1)[1] in heads and g.split(" ", 1)[0] not in _STOP
        )
    return found, headed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--min-corpus", type=int, default=30)
    parser.add_argument("--top", type=int, default=0, help="print only the N most frequent")
    args = parser.parse_args(argv)
    lab = args.data / "labelled"
    sx = scirex(lab / "scirex_train.jsonl.gz")
    td = tdmsci(lab / "tdmsci_train.conll")
    known = {key(f) for e in load_lexicon(default_lexicon_paths()).entries for f in e.forms}
    found, headed = corpus_counts(args.data / "arxiv_cs_2025_2026.jsonl.gz", set(sx) | set(td))
    counts = found | Counter({g: n for g, n in headed.items() if n >= args.min_corpus})
    rows = []
    for phrase, n in counts.items():
        if n < args.min_corpus or phrase in known or is_generic(phrase) or phrase.split()[0] in _STOP:
            continue
        methods, tasks = sx.get(phrase, Counter())["Method"], sx.get(phrase, Counter())["Task"]
        head = HEAD_TYPES.get(phrase.rsplit(" ", 1)[-1], "")
        kind = "task" if tasks + td[phrase] > methods else "method" if methods else head
        rows.append((n, methods, tasks, td[phrase], kind, phrase))
    rows.sort(key=lambda r: (-r[0], r[5]))
    print("corpus\tscirex_method\tscirex_task\ttdmsci_task\ttype\tphrase")
    for row in rows[: args.top or None]:
        print("\t".join(map(str, row)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
