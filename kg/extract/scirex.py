"""SciREX (allenai/SciREX, Apache-2.0): full ML papers with mention spans and paper-level result links.

One JSON object a line (the file may be gzipped): ``words`` (tokens), ``sentences`` (token ranges),
``ner`` ``[start, end, type]`` over ``words`` (Method / Task / Metric / Material, Material ~ Dataset),
``coref`` (entity name -> its mention spans) and ``n_ary_relations`` (result tuples
``{Material, Method, Metric, Task, score}``). :func:`read_scirex_docs` gives, per paper, its
detokenised sentences with their gold mentions (:class:`~kg.extract.gold.GoldSentence`) and the
paper-level gold: every entity named in a result tuple, with the surface forms of its coref mentions.

>>> text, spans = detokenise_words(["We", "use", "self", "-", "attention", "(", "SA", ")", "."])
>>> text
'We use self-attention (SA).'
>>> [text[s:e] for s, e in spans[2:5]]
['self', '-', 'attention']
>>> name_key("Real-Time_Semantic_Segmentation")
'real-timesemanticsegmentation'
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, TextIO

from kg.errors import InputError
from kg.extract.gold import GOLD_TYPES, GoldSentence, join_tokens, key

__all__ = ["GoldPaper", "ScirexDoc", "detokenise_words", "name_key", "open_text", "read_scirex_docs"]

_RESULT_TYPES = ("Material", "Method", "Metric", "Task")


@dataclass(frozen=True, slots=True)
class GoldPaper:
    """The paper-level gold of one paper: ``(coarse type, name, surface keys)`` per result entity."""

    doc_id: str
    entities: tuple[tuple[str, str, frozenset[str]], ...]


@dataclass(frozen=True, slots=True)
class ScirexDoc:
    """One SciREX paper: its sentences (with mention-level gold) and its paper-level gold."""

    sentences: tuple[GoldSentence, ...]
    paper: GoldPaper
    words: tuple[str, ...] = ()
    spans: tuple[tuple[int, int, str], ...] = ()  # gold mentions as (start char, end char, coarse type)
    text: str = ""  # the sentences joined by one space (what ``spans`` index)


def detokenise_words(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens the way :func:`kg.extract.gold.detokenise` does; also each token's character span."""
    if not words:
        return "", []
    parts = [words[0]]
    spans = [(0, len(words[0]))]
    pos = len(words[0])
    for prev, tok in pairwise(words):
        if not join_tokens(prev, tok):
            parts.append(" ")
            pos += 1
        parts.append(tok)
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
    return "".join(parts), spans


def name_key(name: str) -> str:
    """The matching key of a result-tuple name ("Mean_IoU" -> "meaniou")."""
    return key(name.replace("_", " "))


def open_text(path: Path) -> TextIO:
    """A text handle on ``path``, gunzipped when it ends in ``.gz``."""
    try:
        if path.suffix == ".gz":
            return gzip.open(path, "rt", encoding="utf-8")
        return open(path, encoding="utf-8")
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror}", file=str(path)) from err


def read_scirex_docs(path: Path) -> Iterator[ScirexDoc]:
    """Each paper of a SciREX JSONL(.gz) file."""
    with open_text(path) as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield _doc(json.loads(line), number)
            except (KeyError, TypeError, ValueError, IndexError) as err:
                raise InputError(f"not a SciREX row: {err}", file=str(path), line=number) from err


def _doc(row: dict[str, Any], number: int) -> ScirexDoc:
    words: list[str] = row["words"]
    doc_id = str(row.get("doc_id", number))
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    starts = [int(s) for s, _ in row["sentences"]]
    for s, e, t in row["ner"]:
        if t.lower() in GOLD_TYPES:
            i = _sentence_of(starts, int(s))
            by_sentence.setdefault(i, []).append((int(s), int(e), GOLD_TYPES[t.lower()]))
    sentences: list[GoldSentence] = []
    spans: list[tuple[int, int, str]] = []
    texts: list[str] = []
    base = 0
    for i, (a, b) in enumerate(row["sentences"]):
        text, offsets = detokenise_words(words[a:b])
        gold = []
        for s, e, kind in sorted(by_sentence.get(i, [])):
            e = min(e, b)  # a mention running past its sentence is cut at the sentence's end
            cs, ce = offsets[s - a][0], offsets[e - 1 - a][1]
            gold.append((kind, text[cs:ce]))
            spans.append((base + cs, base + ce, kind))
        sentences.append(GoldSentence(doc_id, text, tuple(gold)))
        texts.append(text)
        base += len(text) + 1
    return ScirexDoc(tuple(sentences), _paper(row, doc_id), tuple(words), tuple(spans), " ".join(texts))


def _sentence_of(starts: list[int], token: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= token:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _paper(row: dict[str, Any], doc_id: str) -> GoldPaper:
    words: list[str] = row["words"]
    coref: dict[str, list[list[int]]] = row.get("coref") or {}
    seen: dict[tuple[str, str], frozenset[str]] = {}
    for relation in row.get("n_ary_relations") or []:
        for kind in _RESULT_TYPES:
            name = relation.get(kind)
            if not name or (GOLD_TYPES[kind.lower()], name) in seen:
                continue
            forms = {name_key(name)}
            for s, e in coref.get(name, []):
                forms.add(key(detokenise_words(words[s:e])[0]))
            seen[GOLD_TYPES[kind.lower()], name] = frozenset(f for f in forms if f)
    return GoldPaper(doc_id, tuple((t, n, f) for (t, n), f in sorted(seen.items())))
