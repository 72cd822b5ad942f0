"""Lists of methods or models a plural head opens (docs/typing.md rule 416).

Rule 193 (:func:`kg.extract.list_senses.method_partners`) adds an unknown name-shaped item of a list of
methods or models when two items are known: one known item is too little evidence on its own ("DTW, NSS"
lists other things). A plural method or model head right before the list says what its items are, so one
known item is enough there: "state-of-the-art tokenizers (Cosmos and MAGVIT)", "baselines such as
GPT-4o and FooLM". The unknown item takes the known item's type; it must pass rule 193's item test
(capitalised, name-shaped, no plural acronym, no data or other ending, no class, no two-letter acronym),
and the list may hold no data, task or organisation and not be closed by a data head.

>>> from kg.extract.candidates import Candidate
>>> t = "RefTok outperforms tokenizers (Cosmos and MAGVIT) and the models DTW and NSS."
>>> cands = [Candidate(31, 37, "model", "Cosmos", "model:cosmos", source="lexicon"),
...     Candidate(66, 69, "method", "DTW", "method:dtw", source="lexicon")]
>>> [(c.name, c.type, c.rule) for c in headed_partners(cands, t) if c.rule]
[('MAGVIT', 'model', 'list.headed')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate
from kg.extract.list_senses import _DATA_HEAD, _METHODS, _starts_ends, _walk

__all__ = ["headed_partners"]

# The plural heads that open a list of methods or models (every one ends in "s": see _openings).
_HEAD_WORDS = frozenset(
    [
        "models",
        "methods",
        "baselines",
        "backbones",
        "encoders",
        "decoders",
        "architectures",
        "tokenizers",
        "detectors",
        "trackers",
        "segmenters",
        "LLMs",
        "VLMs",
        "MLLMs",
        "LVLMs",
        "algorithms",
        "approaches",
        "techniques",
        "optimizers",
        "solvers",
        "planners",
        "policies",
        "networks",
    ]
)
# A head, then what may stand between it and the first item: "baselines such as", "tokenizers (", "LLMs,
# including", "models, e.g.,".
_HEADED = re.compile(
    r"\b(?:" + "|".join(sorted(_HEAD_WORDS)) + r")"
    r"\s*(?:,\s*)?(?:\(\s*|(?:such\s+as|including|like|namely|e\.g\.,?|i\.e\.,?)\s+\(?\s*)$"
)
# Where such a head opens something (found from the openers' places, only in a text holding a known method
# or model): a known item farther than _REACH characters after every opening is in no headed list, not walked.
_OPENERS = ("(", "such as", "including", " like ", "namely", "e.g.", "i.e.")
_REACH = 300


def _openings(text: str) -> list[int]:
    """The offsets right after each opener ("(", "such as" …) whose word before (a comma may stand
    between) is a head word (every head word ends in "s": the other places are left at one character)."""
    out = []
    for opener in _OPENERS:
        i = text.find(opener)
        while i != -1:
            k = i
            while k > 0 and text[k - 1] in " ,":
                k -= 1
            if text[k - 1 : k] in ("s", "S"):
                before = text[max(0, k - 14) : k].split()
                if before and before[-1] in _HEAD_WORDS:
                    out.append(i + len(opener))
            i = text.find(opener, i + 1)
    return out


def headed_partners(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` (sorted by start) with the unknown name-shaped items of a list a plural method or model
    head opens added as its one known item's type (rule 416)."""
    known = [i for i, c in enumerate(cands) if c.type in _METHODS and c.source == "lexicon"]
    if not known:
        return list(cands)
    opens = _openings(text)
    if not opens:
        return list(cands)
    at, ends = _starts_ends(cands)
    added: dict[tuple[int, int], str] = {}
    for i in known:
        if not any(0 <= cands[i].start - p <= _REACH for p in opens):
            continue  # no head opens anything close before it: in no headed list
        items, words = _walk(cands, text, i, at, ends, _METHODS)
        if not words:
            continue
        kinds = {cands[j].type for j in items}
        lexical = sum(1 for j in items if cands[j].source == "lexicon")
        first = min([cands[j].start for j in items] + [s for s, _ in words])
        last = max([cands[j].end for j in items] + [e for _, e in words])
        if (
            lexical != 1
            or len(kinds) != 1
            or not kinds <= _METHODS
            or _DATA_HEAD.match(text, last)
            or not _HEADED.search(text, max(0, first - 40), first)
        ):
            continue
        kind = kinds.pop()
        for span in words:
            added.setdefault(span, kind)
    if not added:
        return list(cands)
    new = [
        Candidate(s, e, kind, text[s:e], confidence=0.6, source="pattern", rule="list.headed")
        for (s, e), kind in added.items()
        if not any(c.start < e and s < c.end for c in cands)
    ]
    return sorted([*cands, *new], key=lambda c: (c.start, c.end))
