"""Train kg's name typer (kg/extract/name_typer.py) and write kg/extract/model/names.json.

    python train/train_names.py                  # train on the corpus sample, write the model
    python train/train_names.py --dry-run        # print the label counts and top features only

Training data: weak labels on the CC0 arXiv corpus only (no evaluation data). A sample of the corpus
(records whose id hashes to ``--share`` of the buckets; the hand-judged ids of
``tests/fixtures/judged/judged_200.jsonl`` and every paper of the dev fixtures ``bench/reviews/dev_*.jsonl``
left out) is read by kg with the shipped lexicon, rules and phrase model and the typer off. Each
name-shaped candidate word (:func:`kg.extract.name_features.name_contexts`, the typer's own candidates
with other mentions ignored) gets a label:

- the type of a mention that covers exactly that word, when the lexicon gives it or a rule gives it
  with confidence >= ``MIN_CONFIDENCE`` (a name typed only by its ending, or propagated, is skipped);
  a task or an organisation is ``none`` (the typer gives neither);
- ``none`` when no mention covers it (weak: some of these are real names kg misses; the threshold,
  chosen on the read dev fixtures and a fresh judged sample, absorbs that);
- skipped when a longer mention covers it.

Features never include the word itself (:func:`kg.extract.name_features.name_features`), so the
typer learns from names kg knows how to read names it does not. Multinomial logistic regression by
stochastic gradient descent in plain Python, examples in a fixed order shuffled with a fixed seed,
weights rounded to 4 decimals: the output bytes are a function of the corpus and this script.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.component import load_pipeline  # noqa: E402
from kg.extract.extractor import _join  # noqa: E402
from kg.extract.name_features import EVIDENCE_TYPES, head_type, name_contexts, name_features, words  # noqa: E402
from kg.extract.name_typer import CLASSES, NAMES_PATH, softmax, typed_ends, typed_words  # noqa: E402
from kg.extract.shapes import is_name_shaped  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
MIN_CONFIDENCE = 0.6
MIN_COUNT = 3  # a feature seen fewer times is dropped
SEED = 51000
EPOCHS = 4
RATE = 0.05
L2 = 1e-6
THRESHOLD = 0.8  # chosen on the read dev fixtures and seed 51001 (docs/evaluation.md "The name typer")
Example = tuple[list[str], int]


def excluded_ids() -> set[str]:
    """The judged set's ids and every dev fixture's: never training data."""
    out = set()
    paths = [
        ROOT / "tests" / "fixtures" / "judged" / "judged_200.jsonl",
        *sorted((ROOT / "bench" / "reviews").glob("dev_*.jsonl")),
    ]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.add(json.loads(line)["id"])
    return out


def sample(corpus: Path, share: int) -> list[tuple[str, str, str]]:
    """``(id, title, abstract)`` of the records whose id's hash falls in ``share`` of 100 buckets."""
    skip = excluded_ids()
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            bucket = int(hashlib.sha256(rec["id"].encode()).hexdigest()[:8], 16) % 100
            if bucket < share and rec["id"] not in skip:
                out.append((rec["id"], " ".join(rec["title"].split()), " ".join(rec["summary"].split())))
    return out


def corpus_evidence(corpus: Path, skip: set[str]) -> dict[str, list[int]]:
    """Name -> abstracts in which a head word of each :data:`EVIDENCE_TYPES` type follows it, then the
    abstracts that write it; over the whole corpus less ``skip``, for names followed by a head at least
    once. The same name-shape test as the typer's candidates, with no context test."""
    heads: dict[str, set[tuple[str, int]]] = {}
    seen: dict[str, int] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            rec = json.loads(line)
            if rec["id"] in skip:
                continue
            toks = words(" ".join(f"{rec['title']}. {rec['summary']}".split()))
            names = set()
            for i, (_, _, w) in enumerate(toks):
                if not is_name_shaped(w):
                    continue
                names.add(w)
                kind = head_type(toks[i + 1][2]) if i + 1 < len(toks) else None
                if kind in EVIDENCE_TYPES:
                    heads.setdefault(w, set()).add((kind, n))
            for w in names:
                seen[w] += 1
    out = {}
    for name, found in sorted(heads.items()):
        counts = Counter(kind for kind, _ in found)
        out[name] = [counts[k] for k in EVIDENCE_TYPES] + [seen[name]]
    return out


def label(cands: list, s: int, e: int) -> int | None:
    """The class index of the word ``[s, e)`` from kg's mentions, or None (skipped)."""
    exact = [c for c in cands if c.start == s and c.end == e]
    if exact:
        c = exact[0]
        if c.source != "lexicon" and c.confidence < MIN_CONFIDENCE:
            return None
        return CLASSES.index(c.type) if c.type in CLASSES else 0
    if any(c.start < e and s < c.end for c in cands):
        return None
    return 0


def examples(records: list[tuple[str, str, str]], evidence: dict[str, list[int]]) -> list[Example]:
    """The labelled candidate words of ``records``, read by kg with the typer off."""
    comp = load_pipeline().pipeline[0][1]
    comp.names = None
    out = []
    for _, title, abstract in records:
        text, title_len = _join(title, abstract)
        cands, _ = comp.extract(text, title_len)
        ends, starts = typed_ends(cands)
        for toks, k in name_contexts(text, ()):
            s, e, _ = toks[k]
            y = label(cands, s, e)
            if y is not None:
                typed = typed_words(toks, ends, starts)
                out.append((name_features(toks, k, typed, s < title_len, evidence), y))
    return out


def train(data: list[Example]) -> dict[str, list[float]]:
    """Multinomial logistic regression by SGD (fixed order, fixed seed)."""
    counts = Counter(f for feats, _ in data for f in set(feats))
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    weights: dict[str, list[float]] = {f: [0.0] * len(CLASSES) for f in sorted(keep)}
    order = list(range(len(data)))
    rng = random.Random(SEED)
    for epoch in range(EPOCHS):
        rng.shuffle(order)
        rate = RATE / (1 + epoch)
        for k in order:
            feats, y = data[k]
            rows = [weights[f] for f in feats if f in weights]
            probs = softmax([sum(r[c] for r in rows) for c in range(len(CLASSES))])
            grad = [p - (1.0 if c == y else 0.0) for c, p in enumerate(probs)]
            for r in rows:
                for c in range(len(CLASSES)):
                    r[c] -= rate * (grad[c] + L2 * r[c])
    return {f: [round(x, 4) for x in w] for f, w in weights.items() if any(abs(x) >= 5e-4 for x in w)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--share", type=int, default=25, help="percent of the corpus to read")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--out", type=Path, default=NAMES_PATH)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    evidence = corpus_evidence(args.corpus, excluded_ids())
    print("evidence:", len(evidence), "names")
    data = examples(sample(args.corpus, args.share), evidence)
    print("examples:", len(data), dict(sorted(Counter(CLASSES[y] for _, y in data).items())))
    if args.dry_run:
        return 0
    weights = train(data)
    model = {"classes": list(CLASSES), "evidence": evidence, "threshold": args.threshold, "weights": weights}
    args.out.write_text(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} features, {args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
