"""Count lexicon gaps on the CC0 corpus: names the corpus writes often that no lexicon form holds
(docs/evaluation.md "Session 20, established-name recall round 2").

    PYTHONPATH=. python bench/established_gaps.py --out /tmp/gaps --min-corpus 40

Writes three TSVs (abstracts, candidate, ...), each candidate in >= ``--min-corpus`` abstracts:

- ``acronyms.tsv``: acronyms the corpus defines ("long form (ACR)", the long form = the acronym's
  capitals' count of words before it) whose acronym and majority long form are both no lexicon form;
- ``cased.tsv``: tokens with two or more capitals that are no lexicon form, with their majority long form;
- ``metric_phrases.tsv``: lower-case phrases ending in a metric head ("score", "accuracy", "error" ...).

A form is "known" when it, its singular or its plural (hyphens read as spaces, any case) is a lexicon
form, or it is generic (``kg.extract.shapes.is_generic``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.extract.shapes import is_generic

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
ACRONYM = re.compile(r"((?:[A-Za-z][\w\-]*\s){1,5})\(([A-Z][A-Za-z0-9\-]{1,9})s?\)")
CASED = re.compile(r"(?<![\w\-])([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?![\w\-])")
HEADS = (
    "score|scores|accuracy|error|distance|rate|similarity|index|divergence|coefficient|ratio|metric|precision"
    "|recall"
)
METRIC = re.compile(r"\b((?:[a-z][a-z0-9\-]+ ){1,3}(?:" + HEADS + r"))\b")
STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "for",
        "and",
        "or",
        "to",
        "with",
        "by",
        "our",
        "its",
        "their",
        "this",
        "that",
        "these",
        "is",
        "are",
        "we",
        "from",
        "as",
        "at",
        "than",
    ]
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--min-corpus", type=int, default=40)
    args = ap.parse_args()
    forms = {
        f.lower().replace("-", " ") for e in load_lexicon(default_lexicon_paths()).entries for f in e.forms
    }

    def known(s: str) -> bool:
        s = s.lower().replace("-", " ")
        return s in forms or s.rstrip("s") in forms or s + "s" in forms or is_generic(s)

    defs: defaultdict[str, Counter[str]] = defaultdict(Counter)
    tokens: Counter[str] = Counter()
    phrases: Counter[str] = Counter()
    with gzip.open(args.corpus, "rt") as fh:
        for line in fh:
            row = json.loads(line)
            text = re.sub(r"\s+", " ", (row.get("title") or "") + " . " + (row.get("summary") or ""))
            seen: set[tuple[str, str]] = set()
            for m in ACRONYM.finditer(text):
                acr, words = m.group(2), m.group(1).split()
                n = sum(c.isupper() for c in acr)
                if 1 < n <= len(words) and (acr, " ".join(words[-n:]).lower()) not in seen:
                    seen.add((acr, " ".join(words[-n:]).lower()))
                    defs[acr][" ".join(words[-n:]).lower()] += 1
            tokens.update(set(CASED.findall(text)))
            found: set[str] = set()
            for m in METRIC.finditer(text):
                w = m.group(1).split()
                for i in range(len(w) - 1):
                    if not any(x in STOP for x in w[i:]):
                        found.add(" ".join(w[i:]))
            phrases.update(found)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "acronyms.tsv", "w") as f:
        for acr, longs in sorted(defs.items(), key=lambda kv: -tokens[kv[0]]):
            lf, n = longs.most_common(1)[0]
            total = sum(longs.values())
            if (
                tokens[acr] >= args.min_corpus
                and n >= 5
                and n / total >= 0.6
                and not known(acr)
                and not known(lf)
            ):
                f.write(f"{tokens[acr]}\t{acr}\t{lf}\t{n}\t{total}\n")
    with open(args.out / "cased.tsv", "w") as f:
        for tok, n in tokens.most_common():
            if n < args.min_corpus:
                break
            if not known(tok):
                lf, k = defs[tok].most_common(1)[0] if defs[tok] else ("", 0)
                f.write(f"{n}\t{tok}\t{lf}\t{k}\n")
    with open(args.out / "metric_phrases.tsv", "w") as f:
        for ph, n in phrases.most_common():
            if n < args.min_corpus:
                break
            if not known(ph):
                f.write(f"{n}\t{ph}\n")


if __name__ == "__main__":
    main()
