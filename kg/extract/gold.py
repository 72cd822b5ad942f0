"""Readers of labelled sets: SciER (JSONL), TDMSci (CoNLL), SciERC (JSON); detokenisation.

>>> detokenise("WMT 1 7 and self - attention ( SA ) , UCF 1 0 1")
'WMT17 and self-attention (SA), UCF101'
>>> key("Penn  Treebank")
'penntreebank'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from kg.errors import InputError

__all__ = [
    "GOLD_TYPES",
    "GoldSentence",
    "detokenise",
    "join_tokens",
    "key",
    "read_scier",
    "read_scierc",
    "read_tdmsci",
]

GOLD_TYPES = {
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


def join_tokens(a: str, b: str) -> bool:
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
        out.append(tok if join_tokens(prev, tok) else " " + tok)
    return "".join(out)


def read_scier(path: Path) -> Iterator[GoldSentence]:
    """SciER JSONL: ``{"doc_id", "sentence", "ner": [[text, type], …]}`` per line."""
    for number, row in _json_lines(path):
        try:
            ner = tuple(
                (GOLD_TYPES[t.lower()], detokenise(x)) for x, t in row["ner"] if t.lower() in GOLD_TYPES
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
                (GOLD_TYPES[t.lower()], detokenise(" ".join(tokens[s - base : e - base + 1])))
                for s, e, t in spans
                if t.lower() in GOLD_TYPES
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
                if kind in GOLD_TYPES:
                    ner.append((GOLD_TYPES[kind], text[s:e]))
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


def key(text: str) -> str:
    """The matching key of a mention: lower case, no whitespace."""
    return "".join(text.lower().split())
