"""Measure the extractor on labelled sets: SciER (JSONL), TDMSci (CoNLL), SciERC (JSON), SciREX.

Matching is at mention level within a sentence. Gold and predicted types are mapped to coarse
types (``dataset``/``benchmark`` -> Dataset, ``method``/``model`` -> Method, ``task`` -> Task,
``metric`` -> Metric; SciERC/SciREX ``Material`` -> Dataset; organisations are not scored). A
prediction is an **exact** match when its text equals a gold mention's text of the same coarse type
after detokenisation, ignoring case and whitespace; a **normalised** match after also dropping a
leading "the", a trailing "(ACRONYM)" and a trailing head word ("dataset", "corpus", "benchmark",
"data") — annotation conventions differ on these; a **partial** match when one contains the other.
Matching is one-to-one (a multiset intersection). By default each sentence is extracted alone;
``by_document=True`` extracts a document's sentences joined as one text (context across sentences
counts, as it does for a real abstract). ``mode`` picks the mention sources: ``"both"`` (rules,
lexicon and the trained model: what kg ships on by default), ``"rules"`` (no model) or ``"model"`` (alone).
SciREX also has paper-level gold: see :func:`score_papers`.

>>> detokenise("WMT 1 7 and self - attention ( SA ) , UCF 1 0 1")
'WMT17 and self-attention (SA), UCF101'
>>> gold = [GoldSentence("d1", "We train on ImageNet.", (("Dataset", "ImageNet"),))]
>>> score(gold).rows()["Dataset"]["exact"]
{'tp': 1, 'pred': 1, 'gold': 1, 'p': 1.0, 'r': 1.0, 'f1': 1.0}
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

from kg.errors import InputError
from kg.extract.extractor import extract_text
from kg.extract.gold import GoldSentence, detokenise, read_scier, read_scierc, read_tdmsci
from kg.extract.gold import key as _key
from kg.extract.scirex import GoldPaper, read_scirex_docs
from kg.model import Mention

__all__ = [
    "COARSE",
    "FORMATS",
    "MODES",
    "SCHEMES",
    "GoldSentence",
    "Scores",
    "detokenise",
    "read_gold",
    "read_scier",
    "read_scierc",
    "read_scirex",
    "read_tdmsci",
    "score",
    "score_papers",
]

COARSE: dict[str, str] = {
    "dataset": "Dataset",
    "benchmark": "Dataset",
    "method": "Method",
    "model": "Method",
    "task": "Task",
    "metric": "Metric",
}
MODES = ("rules", "both", "model", "no-names", "names")


def read_scirex(path: Path) -> Iterator[GoldSentence]:
    """SciREX JSONL(.gz): every sentence of every paper with its mention-level gold."""
    for doc in read_scirex_docs(path):
        yield from doc.sentences


FORMATS = {"scier": read_scier, "tdmsci": read_tdmsci, "scierc": read_scierc, "scirex": read_scirex}
# The coarse types each scheme annotates; predictions of other types are not scored.
SCHEMES = {
    "scier": ("Dataset", "Method", "Task"),
    "tdmsci": ("Dataset", "Metric", "Task"),
    "scierc": ("Dataset", "Method", "Metric", "Task"),
    "scirex": ("Dataset", "Method", "Metric", "Task"),
}


def read_gold(path: str | Path, format: str) -> list[GoldSentence]:
    """Read a labelled file in one of :data:`FORMATS`."""
    if format not in FORMATS:
        raise InputError(f"unknown gold format {format!r} (use {', '.join(FORMATS)})", file=str(path))
    return list(FORMATS[format](Path(path)))


_NORM_HEAD = re.compile(r"(?:\([^()]*\))$|(?:dataset|datasets|corpus|corpora|benchmark|benchmarks|data)$")


def _norm(key: str) -> str:
    """The relaxed key: no leading "the", no trailing "(ACRONYM)" or head word ("dataset", "corpus" …)."""
    key = key[3:] if key.startswith("the") and len(key) > 6 else key
    for _ in range(2):
        stripped = _NORM_HEAD.sub("", key)
        key = stripped if stripped else key
    return key


@dataclass
class Scores:
    """Counts per coarse type for exact and partial matching, and per fine predicted type."""

    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    fine: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def rows(self) -> dict[str, dict[str, dict[str, float]]]:
        """``{type: {"exact": {...}, "partial": {...}}}`` plus ``{"fine:<type>": {"exact": {...}}}``."""
        out: dict[str, dict[str, dict[str, float]]] = {}
        for kind in sorted(self.counts):
            c = self.counts[kind]
            modes = ("exact", "normalised", "partial")
            out[kind] = {m: _prf(c[f"{m}_tp"], c["pred"], c["gold"], c[f"{m}_gtp"]) for m in modes}
        for kind in sorted(self.fine):
            c = self.fine[kind]
            out[f"fine:{kind}"] = {"exact": _prf(c["tp"], c["pred"], 0, 0)}
        return out


def _prf(tp: int, pred: int, gold: int, gold_tp: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = (gold_tp or tp) / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": pred, "gold": gold, "p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


def _match(pred: list[str], gold: list[str], partial: bool) -> tuple[int, set[int]]:
    used: set[int] = set()
    tp = 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and (p == g or (partial and (p in g or g in p))):
                used.add(i)
                tp += 1
                break
    return tp, used


Extract = Callable[[str], list[Mention]]


def extractor(mode: str = "both") -> Extract:
    """``text -> mentions`` for a :data:`MODES` value."""
    if mode == "rules":
        return lambda text: extract_text(text, model=False)
    if mode == "both":
        return extract_text
    if mode == "no-names":
        return lambda text: extract_text(text, names=False)
    if mode == "names":
        return lambda text: extract_text(text, names=True)
    if mode == "model":
        from kg.extract.learned import model_mentions

        return model_mentions
    raise InputError(f"unknown mode {mode!r} (use {', '.join(MODES)})")


def predict(sentences: list[GoldSentence], extract: Extract, by_document: bool) -> list[list[Mention]]:
    """The mentions inside each sentence: each sentence extracted alone, or all joined as one text."""
    if not by_document:
        return [extract(s.text) for s in sentences]
    text = " ".join(s.text for s in sentences)
    mentions = extract(text)
    out: list[list[Mention]] = []
    start = 0
    for s in sentences:
        end = start + len(s.text)
        out.append([m for m in mentions if start <= m.start and m.end <= end])
        start = end + 1
    return out


def score(
    gold: Iterable[GoldSentence],
    types: Iterable[str] = ("Dataset", "Method", "Task", "Metric"),
    *,
    by_document: bool = False,
    mode: str = "both",
    extract: Extract | None = None,
) -> Scores:
    """Run the extractor over the gold sentences (grouped by document) and count matches of ``types``.

    ``extract`` replaces the extractor ``mode`` names (a held-out fold's model, say).
    """
    scores = Scores()
    kinds = frozenset(types)
    run = extract or extractor(mode)
    for _, group in groupby(gold, key=lambda s: s.doc_id):
        sentences = list(group)
        for sentence, mentions in zip(sentences, predict(sentences, run, by_document), strict=True):
            _score_sentence(sentence, [m for m in mentions if COARSE.get(m.type) in kinds], scores)
    return scores


def score_papers(
    path: str | Path, *, by_document: bool = True, mode: str = "both", extract: Extract | None = None
) -> dict[str, dict[str, dict[str, float]]]:
    """SciREX paper level: are the entities of a paper's result links among its predicted names?

    A gold entity (a Material / Method / Task / Metric of one of the paper's result tuples) is found
    when a predicted mention of its coarse type has the text of the entity's name or of one of its
    coreferent mentions (case and spaces ignored). Recall = found / gold entities; precision =
    distinct predicted names that are such a form / distinct predicted names (low by design: the
    gold holds only the entities of result tuples). Rows ``{type: {"paper": {...}}}``.
    """
    run = extract or extractor(mode)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in read_scirex_docs(Path(path)):
        sentences = list(doc.sentences)
        mentions = [m for ms in predict(sentences, run, by_document) for m in ms]
        _score_paper(doc.paper, mentions, counts)
    return {
        kind: {"paper": _prf(c["tp_pred"], c["pred"], c["gold"], c["tp_gold"])}
        for kind, c in sorted(counts.items())
    }


def _score_paper(paper: GoldPaper, mentions: list[Mention], counts: dict[str, Counter[str]]) -> None:
    predicted: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type in COARSE:
            predicted[COARSE[m.type]].add(_key(m.text))
    forms: dict[str, set[str]] = defaultdict(set)
    for kind, _, keys in paper.entities:
        c = counts[kind]
        c["gold"] += 1
        c["tp_gold"] += int(bool(keys & predicted[kind]))
        forms[kind] |= keys
    for kind in ("Dataset", "Method", "Metric", "Task"):
        counts[kind]["pred"] += len(predicted[kind])
        counts[kind]["tp_pred"] += len(predicted[kind] & forms[kind])


def _score_sentence(sentence: GoldSentence, mentions: list[Mention], scores: Scores) -> None:
    for kind in {*(t for t, _ in sentence.mentions), *(COARSE[m.type] for m in mentions)}:
        gold = [_key(x) for t, x in sentence.mentions if t == kind]
        preds = [m for m in mentions if COARSE.get(m.type) == kind]
        pred = [_key(m.text) for m in preds]
        c = scores.counts[kind]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        for mode in ("exact", "partial"):
            tp, _ = _match(pred, gold, mode == "partial")
            c[f"{mode}_tp"] += tp
        c["normalised_tp"] += _match([_norm(p) for p in pred], [_norm(g) for g in gold], False)[0]
        for m in preds:
            hit = _key(m.text) in gold
            scores.fine[m.type]["pred"] += 1
            scores.fine[m.type]["tp"] += int(hit)
            if not hit:
                scores.errors[f"fp:{m.type}"][m.text] += 1
        found = set(pred)
        for g in gold:
            if g not in found:
                scores.errors[f"fn:{kind}"][g] += 1
