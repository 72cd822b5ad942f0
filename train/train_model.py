"""Train kg's candidate-phrase classifier (kg/extract/learned.py) and write kg/extract/model/phrases.json.

    python train/train_model.py                       # cross-validate the threshold, then train on all
    python train/train_model.py --cv-only             # print the cross-validation table only

Training data (licence-compatible only): SciREX train (Apache-2.0) and TDMSci train (Apache-2.0) from
``../shared/data/labelled``. SciER / SciERC are never read here. TDMSci annotates no methods, so an
unlabelled TDMSci candidate may be ``O`` or ``method`` (a partial label: the loss is
``-log(p(O) + p(method))``).

The model only speaks for the phrases of a corroboration table mined from the CC0 arXiv corpus
(``train/corroborate.py``: lowercase method / task phrases with a typed head that corpus abstracts
define acronyms for: in >= ``--min-acronym`` abstracts and >= ``--min-share`` of those using it).
The per-type thresholds are chosen by 5-fold cross-validation (SciREX by paper, TDMSci by
sentence; fold = index mod 5): each fold's model, trained on the other folds, scores the held-out
sentences; for each type the lowest threshold is kept whose added mentions (those no rule mention
overlaps) are at least as precise as the rules' own mentions of that type, pooled over the folds
(:func:`choose_thresholds`). The rules' precision is the floor: the model may add recall, never dilute.
Full-batch AdaGrad with a fixed number of steps and no randomness: the output bytes are a function of
the data and this script.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "train"))

from corroborate import CORPUS, corpus_texts, mine  # noqa: E402

from kg.extract.evaluate import score  # noqa: E402
from kg.extract.extractor import extract_text  # noqa: E402
from kg.extract.gold import read_tdmsci  # noqa: E402
from kg.extract.learned import CLASSES, STOP, PhraseModel, features, spans, words  # noqa: E402
from kg.extract.scirex import ScirexDoc, read_scirex_docs  # noqa: E402
from kg.model import Mention  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "labelled"
OUT = ROOT / "kg" / "extract" / "model" / "phrases.json"
TYPE = {"Method": "method", "Task": "task", "Dataset": "dataset", "Metric": "metric"}
ALL = (1 << len(CLASSES)) - 1
Example = tuple[list[str], int]  # features, allowed-class bit mask


def doc_spans(text: str, gold: Sequence[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], dict]:
    toks = words(text)
    by_start = {s: k for k, (s, _, _) in enumerate(toks)}
    by_end = {e: k for k, (_, e, _) in enumerate(toks)}
    labels = {}
    for s, e, kind in gold:
        if s in by_start and e in by_end:
            labels[by_start[s], by_end[e] + 1] = CLASSES.index(TYPE[kind])
    return toks, labels


def tdmsci_docs(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    out = []
    for sentence in read_tdmsci(path):
        gold, pos = [], 0
        for kind, mention in sentence.mentions:
            at = sentence.text.find(mention, pos)
            if at >= 0:
                gold.append((at, at + len(mention), kind))
                pos = at + len(mention)
        out.append((sentence.text, gold))
    return out


def learn_heads(
    docs: Sequence[tuple[str, Sequence[tuple[int, int, str]]]], min_count: int, ratio: float
) -> list[str]:
    """Words that end at least ``min_count`` gold mentions and ``ratio`` of their occurrences (stop
    words and punctuation excluded)."""
    counts: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text, gold in docs:
        total.update(w.lower() for _, _, w in words(text))
        for s, e, _ in gold:
            last = words(text[s:e])
            if last and last[-1][2][0].isalnum():
                counts[last[-1][2].lower()] += 1
    return sorted(w for w, n in counts.items() if n >= min_count and n >= ratio * total[w] and w not in STOP)


def examples(text: str, gold, heads: frozenset[str], partial: int) -> list[Example]:
    toks, labels = doc_spans(text, gold)
    out = []
    for i, j in spans(toks, heads):
        label = labels.get((i, j))
        mask = (1 << label) if label is not None else partial
        out.append((features(toks, i, j), mask))
    return out


def train(exs: Sequence[Example], min_count: int, steps: int, l2: float) -> dict[str, list[float]]:
    """Softmax regression (partial labels as allowed-class masks), full-batch AdaGrad."""
    counts: Counter[str] = Counter(f for feats, _ in exs for f in feats)
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    rows, cols = [], []
    for r, (feats, _) in enumerate(exs):
        for f in feats:
            k = index.get(f)
            if k is not None:
                rows.append(r)
                cols.append(k)
    row = np.asarray(rows, dtype=np.int32)
    col = np.asarray(cols, dtype=np.int32)
    mask = np.asarray([[(m >> c) & 1 for c in range(len(CLASSES))] for _, m in exs], dtype=bool)
    n, k = len(exs), len(CLASSES)
    weights = np.zeros((len(vocab), k))
    hist = np.full((len(vocab), k), 1e-8)
    for _ in range(steps):
        logits = np.stack([np.bincount(row, weights=weights[col, c], minlength=n) for c in range(k)], axis=1)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        q = np.where(mask, p, 0.0)
        q /= q.sum(axis=1, keepdims=True)
        diff = (p - q) / n
        grad = (
            np.stack([np.bincount(col, weights=diff[row, c], minlength=len(vocab)) for c in range(k)], axis=1)
            + l2 * weights
        )
        hist += grad * grad
        weights -= 0.5 * grad / np.sqrt(hist)
    return {
        f: [round(float(x), 4) for x in weights[index[f]]]
        for f in vocab
        if np.abs(weights[index[f]]).max() >= 1e-3
    }


def model_only(model: PhraseModel) -> Callable[[str], list[Mention]]:
    """The model's mentions at its lowest threshold, cached by text (filtered later by confidence)."""
    cache: dict[tuple[str, bool], list[Mention]] = {}

    def run(text: str, taken: bytearray | None = None) -> list[Mention]:
        key = (text, taken is not None)
        if key not in cache:
            cache[key] = [
                Mention("", c.type, c.name, "", "used", c.name, c.start, c.end, "abstract", "", c.confidence,
                        c.source, c.rule)
                for c in model.candidates(text, taken)
            ]  # fmt: skip
        return cache[key]

    return run


def added(
    learned: Callable[..., list[Mention]], rules: Callable[[str], list[Mention]]
) -> Callable[[str], list[Mention]]:
    """The model mentions that the rules leave room for (no overlap with a rule mention), alone."""

    def run(text: str) -> list[Mention]:
        taken = bytearray(len(text) + 1)
        for m in rules(text):
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        return [m for m in learned(text, taken) if 1 not in taken[m.start : m.end]]

    return run


def above(extract: Callable[[str], list[Mention]], t: float) -> Callable[[str], list[Mention]]:
    """``extract``'s mentions with confidence >= ``t``."""
    return lambda text: [m for m in extract(text) if m.confidence >= t]


def cached_rules() -> Callable[[str], list[Mention]]:
    cache: dict[str, list[Mention]] = {}

    def run(text: str) -> list[Mention]:
        if text not in cache:
            cache[text] = extract_text(text, model=False)
        return cache[text]

    return run


KINDS = ("Method", "Task", "Dataset", "Metric")
COARSE = {"method": "Method", "task": "Task"}


def cross_validate(docs: list[ScirexDoc], tdm, table, args) -> dict[str, dict[float, list[int]]]:
    """Per type and threshold, pooled over folds: [correct, predicted] of the model mentions the rules
    leave room for, and the rules' own [correct, predicted] under the key ``-1``, on held-out SciREX
    papers and TDMSci sentences (fold = index mod ``args.folds``)."""
    rules = cached_rules()
    tdm_gold = list(read_tdmsci(args.data / "tdmsci_train.conll"))
    pooled: dict[str, dict[float, list[int]]] = {k: {} for k in COARSE.values()}
    for fold in range(args.folds):
        model = fit(
            [d for n, d in enumerate(docs) if n % args.folds != fold],
            [t for n, t in enumerate(tdm) if n % args.folds != fold], args, 0.0, table,
        )  # fmt: skip
        held = [s for n, d in enumerate(docs) if n % args.folds == fold for s in d.sentences]
        held_tdm = [s for n, s in enumerate(tdm_gold) if n % args.folds == fold]
        learned = model_only(model)
        for gold, kinds in ((held, KINDS), (held_tdm, ("Task",))):
            extra = added(learned, rules)
            runs = [(-1.0, rules)] + [(t, above(extra, t)) for t in args.thresholds]
            for key, run in runs:
                counts = score(gold, kinds, extract=run).counts
                for kind in set(kinds) & set(pooled):
                    row = pooled[kind].setdefault(key, [0, 0])
                    row[0] += counts[kind]["exact_tp"]
                    row[1] += counts[kind]["pred"]
        print(json.dumps({"fold": fold, "pooled": pooled}), flush=True)
    return pooled


def choose_thresholds(pooled: dict[str, dict[float, list[int]]]) -> dict[str, float]:
    """Per type, the lowest threshold whose added mentions are at least as precise as the rules."""
    out = {}
    for kind, rows in pooled.items():
        tp, pred = rows[-1.0]
        floor = tp / max(pred, 1)
        ok = [t for t, (c, n) in sorted(rows.items()) if t >= 0 and n and c / n >= floor]
        out[next(k for k, v in COARSE.items() if v == kind)] = ok[0] if ok else 1.0
    return out


def fit(docs: list[ScirexDoc], tdm, args, threshold: float, table=None) -> PhraseModel:
    gold_docs = [(d.text, d.spans) for d in docs] + tdm
    heads = learn_heads(gold_docs, args.head_count, args.head_ratio)
    hs = frozenset(heads) | frozenset(p.rsplit(" ", 1)[-1] for p in table or ())
    exs = [e for d in docs for e in examples(d.text, d.spans, hs, 1)]
    exs += [e for text, gold in tdm for e in examples(text, gold, hs, 1 | 1 << CLASSES.index("method"))]
    weights = train(exs, args.feature_count, args.steps, args.l2)
    return PhraseModel(weights, heads, threshold, table)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=100)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--head-count", type=int, default=5)
    parser.add_argument("--head-ratio", type=float, default=0.2)
    parser.add_argument("--feature-count", type=int, default=3)
    parser.add_argument(
        "--thresholds", type=float, nargs="*", default=[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the CC0 arXiv corpus (JSONL.gz)")
    parser.add_argument("--min-acronym", type=int, default=2, help="abstracts defining a phrase's acronym")
    parser.add_argument(
        "--min-share", type=float, default=0.05, help="share of a phrase's abstracts defining its acronym"
    )
    parser.add_argument(
        "--min-cue",
        type=int,
        default=None,
        help="abstracts using a task phrase as a task (default: route off)",
    )
    parser.add_argument(
        "--cue-share",
        type=float,
        default=0.2,
        help="share of a task phrase's lower-case uses that are as a task",
    )
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument(
        "--no-cv", type=float, nargs=2, default=None, metavar=("METHOD", "TASK"),
        help="skip CV, use these thresholds",
    )  # fmt: skip
    args = parser.parse_args()
    docs = list(read_scirex_docs(args.data / "scirex_train.jsonl.gz"))
    tdm = tdmsci_docs(args.data / "tdmsci_train.conll")
    table = mine(corpus_texts(args.corpus), args.min_acronym, args.min_share, args.min_cue, args.cue_share)
    print(json.dumps({"table": len(table), "by_type": Counter(table.values())}), flush=True)
    if args.no_cv is None:
        pooled = cross_validate(docs, tdm, table, args)
        print(json.dumps({"cv_pooled": pooled}), flush=True)
        thresholds = choose_thresholds(pooled)
    else:
        thresholds = dict(zip(("method", "task"), args.no_cv, strict=True))
    print(json.dumps({"thresholds": thresholds}), flush=True)
    if args.cv_only:
        return 0
    model = fit(docs, tdm, args, min(thresholds.values()), table)
    payload = {
        "about": "kg candidate-phrase classifier; trained by train/train_model.py on SciREX + TDMSci train,"
        " gated by a table of phrases mined from the CC0 arXiv corpus (train/corroborate.py)",
        "classes": list(CLASSES),
        "settings": {"steps": args.steps, "l2": args.l2, "head_count": args.head_count,
                     "feature_count": args.feature_count, "folds": args.folds,
                     "head_ratio": args.head_ratio, "min_acronym": args.min_acronym,
                     "min_share": args.min_share, "min_cue": args.min_cue, "cue_share": args.cue_share},
        "threshold": model.threshold,
        "thresholds": thresholds,
        "table": table,
        "heads": model.heads and sorted(model.heads),
        "weights": model.weights,
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(
        f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(model.weights)} features,"
        f" thresholds {thresholds})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
