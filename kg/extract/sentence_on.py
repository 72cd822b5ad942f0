"""Data a sentence opens with "On" before a reported result (docs/typing.md rule 199).

"On MICC-F220, CoMoFoD, and COVERAGE, the same pipeline attains AUROCs of 0.752, …", "On the MMHOI and DAMON
datasets, Pi-HOC significantly improves accuracy", "On AuthTrace, LLM-Wiki achieves the best accuracy": the
evaluation-list cue (:func:`kg.extract.patterns.evaluation_candidates`) wants an evaluation word before "on"
in its sentence, which a sentence that opens with "On" has not; the result after the comma is the evidence
instead (a number or a verb of result within the clause). The list itself is read by the evaluation-list
reader (``list_items``: the same name tests, a model- or method-shaped item stops it: "On LLaDA-8B, …"). A
name the paper defined earlier as an acronym ("non-small cell lung cancer (NSCLC) … On NSCLC, it attains AUC
0.983") is the paper's term, not data.

>>> def items(text, pos):  # a stand-in list reader: one word
...     from kg.extract.candidates import Candidate
...     end = text.index(",", pos)
...     return [Candidate(pos, end, "dataset", text[pos:end], confidence=0.6, rule="cue.evaluate_on")]
>>> [c.name for c in sentence_on("Tests follow. On GRAPE, it achieved an accuracy of 87.48%.", items)]
['GRAPE']
>>> [c.name for c in sentence_on("On average, it runs. On Linux, the tool is simple.", items)]
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate

__all__ = ["sentence_on"]

_REPORTED = re.compile(
    r"(?:\s(?:datasets?|benchmarks?))?,\s[^.;]{0,90}?(?:\d|\b(?:achiev|attain|reach|improv|outperform|surpass|"
    r"obtain|yield|scor|reduc|boost|gain|exceed|deliver|retain)\w*)"
)


def sentence_on(text: str, list_items: Callable[[str, int], list[Candidate]]) -> list[Candidate]:
    """The items of the list after a sentence-opening "On " whose clause reports a result (rule 199)."""
    out: list[Candidate] = []
    at = text.find("On ")
    while at >= 0:
        if at == 0 or text[at - 2 : at] in {". ", "; "}:
            items = list_items(text, at + 3)
            if items and _REPORTED.match(text, items[-1].end):
                out += [c for c in items if f"({c.name})" not in text[: c.start]]
        at = text.find("On ", at + 3)
    return out
