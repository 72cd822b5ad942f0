"""A lexicon name inside the spelled-out form of a paper's own acronym is part of that name.

"EVA (EVent Asynchronous representation learning)", "HiPO (Hierarchical Preference Optimization)",
"BERT (Bidirectional Encoder Representations from Transformers)": the words in parentheses spell
the short form before them, so they are one name, and a lexicon name strictly inside them
("representation learning", "Preference Optimization", "Transformers") is a part of it, not a
mention — just as the longest match drops it in the usual order "Long Form (LF)" (docs/typing.md
rule 43). A lexicon name that is the whole spelled-out form ("RL (reinforcement learning)") stays,
and so does a task: "DC4CR (Diffusion Control for Cloud Removal)" names the task the paper works on.
Likewise inside any occurrence of a long form the paper defines: with "temporal knowledge graph
question answering (TKGQA)" defined, "Knowledge Graph Question Answering" in the title's "Temporal
Knowledge Graph Question Answering" is a part of it (a task inside a long form that names a task).
A capitalised long form the paper defines but no rule types is still one name: "KNN" is a part of
"the Gaussian-based KNN Resampling (GKR) enhances …" (rule 43, extended in round 5).

>>> from kg.extract.candidates import Candidate
>>> text = "This paper introduces EVA (EVent Asynchronous representation learning), a framework."
>>> part = Candidate(46, 69, "method", "representation learning", "method:rl", 0.95, "lexicon")
>>> inside_expansions([part], text)
[]
>>> whole = "We use RL (reinforcement learning) here."
>>> rl = Candidate(11, 33, "method", "reinforcement learning", "method:rl", 0.95, "lexicon")
>>> len(inside_expansions([rl], whole))
1
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.abbrev import find_definitions, match_long_form
from kg.extract.candidates import Candidate

__all__ = ["inside_expansions"]

_KNOWN = frozenset({"lexicon", "model"})  # a lexicon entry, or a phrase the trained source knows
_PART_TYPES = frozenset({"method", "model", "dataset", "benchmark", "metric"})

# Words in parentheses (an expansion candidate) and the short form right before them.
_PAREN = re.compile(r"\(([^()]{5,150})\)")
_SHORT_BEFORE = re.compile(r"([A-Za-z][\w\-]*[A-Z][\w\-]*) ?$")


def _expansions(text: str, parts: list[Candidate]) -> list[tuple[int, int, str]]:
    """The spans of parenthesised words around one of ``parts`` that spell the short form right
    before them (type ""); a list is no expansion ("four LLMs (Llama-3B, Meditron-8B, Mistral-7B)")."""
    out = []
    for match in _PAREN.finditer(text):
        s, e = match.span(1)
        inner = match.group(1)
        if "," in inner or " " not in inner.strip() or not any(s <= c.start and c.end <= e for c in parts):
            continue
        short = _SHORT_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if short is not None and match_long_form(short.group(1), inner) == 0:
            out.append((s + len(inner) - len(inner.lstrip()), e - (len(inner) - len(inner.rstrip())), ""))
    return out


def _long_forms(cands: Sequence[Candidate], text: str) -> list[tuple[int, int, str]]:
    """Every occurrence, in any case, of a long form the paper defines ("… (TKGQA)"), with its type."""
    lower, out = "", []
    for c in cands:
        if c.rule != "acronym.long" or " " not in c.name:
            continue
        lower = lower or text.lower()
        form = lower[c.start : c.end]
        at = lower.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and lower[at - 1].isalnum()) and not (end < len(lower) and lower[end].isalnum()):
                out.append((at, end, c.type))  # whole words: "geospatial …" is not "spatial …"
            at = lower.find(form, at + 1)
    return out


_TITLE_WORD = re.compile(r"[A-Z0-9][\w\-]*")


def _defined_names(text: str) -> list[tuple[int, int, str]]:
    """The spans of the capitalised long forms of several words the paper defines ("Gaussian-based KNN
    Resampling (GKR)"), whatever their type (type "": a task inside one stays)."""
    out = []
    for ls, le, _, _ in find_definitions(text):
        words = text[ls:le].split()
        if len(words) > 1 and all(_TITLE_WORD.fullmatch(w) for w in words):
            out.append((ls, le, ""))
    return out


def _part(c: Candidate, spans: list[tuple[int, int, str]]) -> bool:
    return c.source in _KNOWN and any(
        s <= c.start
        and c.end <= e
        and (s, e) != (c.start, c.end)
        and (c.type in _PART_TYPES or c.type == kind == "task")
        for s, e, kind in spans
    )


def inside_expansions(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the lexicon (or trained-source) matches of a method, model, dataset,
    benchmark or metric strictly inside a spelled-out short form or a defined long form (a task
    too, inside a long form that names a task)."""
    parts = [c for c in cands if c.source in _KNOWN]
    if not parts:
        return list(cands)
    defined = _expansions(text, parts) + _defined_names(text) if "(" in text else []
    spans = defined + _long_forms(cands, text)
    if not spans:
        return list(cands)
    return [c for c in cands if not _part(c, spans)]
