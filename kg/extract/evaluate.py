"""Measure the extractor on labelled sets: SciER (JSONL), TDMSci (CoNLL) and SciERC (JSON).

Matching is at mention level within a sentence. Gold and predicted types are mapped to coarse
types (``dataset``/``benchmark`` -> Dataset, ``method``/``model`` -> Method, ``task`` -> Task,
``metric`` -> Metric; SciERC ``Material`` -> Dataset; organisations are not scored). A prediction
is an **exact** match when its text equals a gold mention's text of the same coarse type after
detokenisation, ignoring case and whitespace; a **normalised** match after also dropping a leading
"the", a trailing "(ACRONYM)" and a trailing head word ("dataset", "corpus", "benchmark", "data")
— annotation conventions differ on these; a **partial** match when one contains the other.
Matching is one-to-one (a multiset intersection). Documents are extracted whole (their sentences
joined), so context across sentences counts, as it does for a real abstract.

>>> detokenise("WMT 1 7 and self - attention ( SA ) , UCF 1 0 1")
'WMT17 and self-attention (SA), UCF101'
>>> gold = [GoldSentence("d1", "We train on ImageNet.", (("Dataset", "ImageNet"),))]
>>> score(gold).rows()["Dataset"]["exact"]
{'tp': 1, 'pred': 1, 'gold': 1, 'p': 1.0, 'r': 1.0, 'f1': 1.0}
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby, pairwise
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.extractor import extract_text
from kg.model import Mention

__all__ = [
    "COARSE",
    "FORMATS",
    "SCHEMES",
    "GoldSentence",
    "Scores",
    "detokenise",
    "read_gold",
    "read_scier",
    "read_scierc",
    "read_tdmsci",
    "score",
]

COARSE: dict[str, str] = {
    "dataset": "Dataset",
    "benchmark": "Dataset",
    "method": "Method",
    "model": "Method",
    "task": "Task",
    "metric": "Metric",
}
_GOLD_TYPES = {
    "dataset": "Dataset",
    "method": "Method",
    "task": "Task",
    "metric": "Metric",
    "material": "Dataset",
}
_NO_SPACE_BEFORE = {",", ".", ")", "]", ";", ":", "?", "!", "%", "'s", "n't", "'", "-", "/"}
_NO_SPACE_AFTER = {"(", "[", "$", "-", "/"}
_BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled sentence: its document id, detokenised text and gold (coarse type, text) pairs."""

    doc_id: str
    text: str
    mentions: tuple[tuple[str, str], ...]


def _join(a: str, b: str) -> bool:
    if b in _NO_SPACE_BEFORE or a in _NO_SPACE_AFTER:
        return True
    if len(a) == 1 and a.isdigit() and (len(b) == 1 and (b.isdigit() or b.isupper() or b in "kK")):
        return True
    return len(b) == 1 and b.isdigit() and a[-1:].isalnum() and any(ch.isupper() for ch in a)


def detokenise(text: str) -> str:
    """Undo SciER-style tokenisation: "WMT 1 7" -> "WMT17", "self - attention" -> "self-attention"."""
    tokens = [_BRACKETS.get(t, t) for t in text.split()]
    if not tokens:
        return ""
    out = [tokens[0]]
    for prev, tok in pairwise(tokens):
        out.append(tok if _join(prev, tok) else " " + tok)
    return "".join(out)


def read_scier(path: Path) -> Iterator[GoldSentence]:
    """SciER JSONL: ``{"doc_id", "sentence", "ner": [[text, type], …]}`` per line."""
    for number, row in _json_lines(path):
        try:
            ner = tuple(
                (_GOLD_TYPES[t.lower()], detokenise(x)) for x, t in row["ner"] if t.lower() in _GOLD_TYPES
            )
            yield GoldSentence(str(row.get("doc_id", number)), detokenise(row["sentence"]), ner)
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(f"not a SciER row: {err}", file=str(path), line=number) from err


def read_scierc(path: Path) -> Iterator[GoldSentence]:
    """SciERC JSON lines: ``sentences`` (token lists) and ``ner`` (doc-level token spans per sentence)."""
    for number, row in _json_lines(path):
        base = 0
        for tokens, spans in zip(row["sentences"], row["ner"], strict=True):
            ner = tuple(
                (_GOLD_TYPES[t.lower()], detokenise(" ".join(tokens[s - base : e - base + 1])))
                for s, e, t in spans
                if t.lower() in _GOLD_TYPES
            )
            yield GoldSentence(str(row.get("doc_key", number)), detokenise(" ".join(tokens)), ner)
            base += len(tokens)


def read_tdmsci(path: Path) -> Iterator[GoldSentence]:
    """TDMSci CoNLL: ``token offset tag`` lines, BIO tags TASK / DATASET / METRIC, blank lines between."""
    for doc, block in enumerate(_conll_blocks(path), 1):
        tokens = [(t, int(o)) for t, o, _ in block]
        base = tokens[0][1]
        chars: list[str] = []
        for tok, off in tokens:
            chars.append(" " * max(0, off - base - len("".join(chars))) + tok)
        text = "".join(chars)
        ner: list[tuple[str, str]] = []
        current: list[int] = []
        kind = ""
        for i, (_, _, tag) in enumerate([*block, ("", "0", "O")]):
            if current and not tag.startswith("I-"):
                s, e = (
                    tokens[current[0]][1] - base,
                    tokens[current[-1]][1] - base + len(tokens[current[-1]][0]),
                )
                if kind in _GOLD_TYPES:
                    ner.append((_GOLD_TYPES[kind], text[s:e]))
                current = []
            if tag.startswith(("B-", "I-")):
                kind = tag[2:].lower() if tag.startswith("B-") or not current else kind
                current.append(i)
        yield GoldSentence(f"s{doc}", text, tuple(ner))


def _json_lines(path: Path) -> Iterator[tuple[int, Any]]:
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield number, json.loads(line)
                    except json.JSONDecodeError as err:
                        raise InputError(f"not JSON: {err.msg}", file=str(path), line=number) from err
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", file=str(path)) from err


def _conll_blocks(path: Path) -> Iterator[list[tuple[str, str, str]]]:
    block: list[tuple[str, str, str]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                parts = line.split()
                if not parts:
                    if block:
                        yield block
                    block = []
                    continue
                if len(parts) != 3 or not parts[1].isdigit():
                    raise InputError("expected 'token offset tag'", file=str(path), line=number)
                block.append((parts[0], parts[1], parts[2]))
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", file=str(path)) from err
    if block:
        yield block


FORMATS = {"scier": read_scier, "tdmsci": read_tdmsci, "scierc": read_scierc}
# The coarse types each scheme annotates; predictions of other types are not scored.
SCHEMES = {
    "scier": ("Dataset", "Method", "Task"),
    "tdmsci": ("Dataset", "Metric", "Task"),
    "scierc": ("Dataset", "Method", "Metric", "Task"),
}


def read_gold(path: str | Path, format: str) -> list[GoldSentence]:
    """Read a labelled file in one of :data:`FORMATS`."""
    if format not in FORMATS:
        raise InputError(f"unknown gold format {format!r} (use {', '.join(FORMATS)})", file=str(path))
    return list(FORMATS[format](Path(path)))


def _key(text: str) -> str:
    return "".join(text.lower().split())


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


def _predict(sentences: list[GoldSentence]) -> list[list[Mention]]:
    """Extract a document's sentences as one text; give each sentence the mentions inside it."""
    text = " ".join(s.text for s in sentences)
    mentions = extract_text(text)
    out: list[list[Mention]] = []
    start = 0
    for s in sentences:
        end = start + len(s.text)
        out.append([m for m in mentions if start <= m.start and m.end <= end])
        start = end + 1
    return out


def score(
    gold: Iterable[GoldSentence], types: Iterable[str] = ("Dataset", "Method", "Task", "Metric")
) -> Scores:
    """Run the extractor over the gold sentences (grouped by document) and count matches of ``types``."""
    scores = Scores()
    kinds = frozenset(types)
    for _, group in groupby(gold, key=lambda s: s.doc_id):
        sentences = list(group)
        for sentence, mentions in zip(sentences, _predict(sentences), strict=True):
            _score_sentence(sentence, [m for m in mentions if COARSE.get(m.type) in kinds], scores)
    return scores


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
