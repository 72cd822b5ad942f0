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

# The plural head that opens the list, and what may stand between it and the first item: "baselines such
# as", "tokenizers (", "LLMs, including", "models, e.g.,".
_HEADED = re.compile(
    r"\b(?:models|methods|baselines|backbones|encoders|decoders|architectures|tokenizers|detectors|"
    r"trackers|segmenters|LLMs|VLMs|MLLMs|LVLMs|algorithms|approaches|techniques|optimizers|solvers|"
    r"planners|policies|networks)"
    r"\s*(?:,\s*)?(?:\(\s*|(?:such\s+as|including|like|namely|e\.g\.,?|i\.e\.,?)\s+\(?\s*)$"
)
_GATE = ("such as", "(", "including", "like", "namely", "e.g")


def headed_partners(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` (sorted by start) with the unknown name-shaped items of a list a plural method or model
    head opens added as its one known item's type (rule 416)."""
    known = [i for i, c in enumerate(cands) if c.type in _METHODS and c.source == "lexicon"]
    if not known or not any(g in text for g in _GATE):
        return list(cands)
    at, ends = _starts_ends(cands)
    added: dict[tuple[int, int], str] = {}
    for i in known:
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
