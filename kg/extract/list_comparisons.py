"""Evaluation-list items that are a comparison or a score, not data (docs/typing.md rule 239).

An evaluation list ("experiments on X, Y and Z") reads its items as datasets. Two shapes of item name
none: one side of a comparison of groups or settings ("accuracy on CN vs. AD and CN vs. MCI
classification", "across HC vs. SCD, HC vs. MCI", "evaluations rely on LLM-vs.-LLM interaction") and a
measure with its value ("on negative sentiment (F1-score 0.94)", "estimation (R2 0.61 vs. 0.58)"; rule
150 cuts a score written after a name, this is the item that is only a score). A version number is no
score: "VerilogEval 2.0", "LogiQA 2.0" keep their one decimal digit; a score is "0.xx" or has two or more
decimals.

>>> t = "Gains of 6.2% in accuracy on CN vs. AD and CN vs. MCI classification."
>>> compared_or_scored(t, t.index("CN"), t.index("CN") + 2)
True
>>> t = "It performs well on negative sentiment (F1-score 0.94) and on MNIST vs. others."
>>> compared_or_scored(t, t.index("F1"), t.index(")"))
True
>>> compared_or_scored(t, t.index("MNIST"), t.index(" vs"))
True
>>> t = "Evaluated on VerilogEval 2.0 and RTLLM 2.0, it wins."
>>> compared_or_scored(t, t.index("Veri"), t.index(" and"))
False
"""

from __future__ import annotations

import re

__all__ = ["compared_or_scored"]

_VERSUS_AFTER = re.compile(r"\s*(?:vs\.?|versus)\s", re.IGNORECASE)
_VERSUS_INSIDE = re.compile(r"\bvs\b", re.IGNORECASE)
_SCORE_END = re.compile(r"\s(?:0?\.\d+|\d+\.\d{2,})%?$")


def compared_or_scored(text: str, start: int, end: int) -> bool:
    """Whether the list item ``text[start:end]`` is one side of "A vs. B" or a measure with its value."""
    item = text[start:end]
    if "vs" in item.lower() and _VERSUS_INSIDE.search(item):
        return True  # "LLM-vs.-LLM"
    if item[-1:].isdigit() and _SCORE_END.search(item):
        return True
    return _VERSUS_AFTER.match(text, end) is not None
