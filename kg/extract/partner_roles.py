"""Rule 214: a list partner named beside others' work is used, whatever cue stands before its list.

Rule 193 (:func:`kg.extract.list_senses.list_partners`) finds an unknown name listed among known ones ("seven
representative losses, i.e., Contrastive, Triplet, …, SCL, CCL"); the known members are used, but the partner,
a new name, was read as the object of the sentence's introduction cue ("We introduce a diagnostic framework,
VARIANCE …, to compare seven representative losses, i.e., …") and made introduced. When the sentence before
the partner says the list is others' work — a word of use or comparison, or a word describing established
work ("five established segmentation sources (ImageNet-S, DIS5K, …)") — the partner is used like the known
names beside it. A list the paper presents as its own keeps its role ("We present a shareable collection of
three dataset resources: Cityscapes-Pedestrian, TrafficSigns, and COCO PottedPlant").

>>> from kg.extract.candidates import Candidate
>>> t = "We introduce X to compare seven representative losses, i.e., Triplet, SCL and CCL."
>>> c = Candidate(t.index("SCL"), t.index("SCL") + 3, "method", "SCL", rule="list.partner", role="introduced")
>>> [x.role for x in partner_roles([c], t, lambda i: (0, len(t)))]
['used']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate

__all__ = ["partner_roles"]

_OTHERS = re.compile(
    r"\b(?:compar\w*|evaluat\w*|benchmark(?:s|ed|ing)|us(?:e|es|ed|ing)|leverag\w*|adopt\w*|establish\w*|"
    r"existing|representative|popular|public(?:ly)?|well-known|standard|widely|baselines?|state-of-the-art|"
    r"prior|previous|mainstream|classic(?:al)?|off-the-shelf|such\sas|including)\b",
    re.IGNORECASE,
)


def partner_roles(
    cands: list[Candidate], text: str, sentence_at: Callable[[int], tuple[int, int]]
) -> list[Candidate]:
    """List partners introduced in a sentence that calls their list others' work made used (rule 214)."""
    return [
        c.with_(role="used")
        if c.rule == "list.partner"
        and c.role == "introduced"
        and _OTHERS.search(text, sentence_at(c.start)[0], c.start)
        else c
        for c in cands
    ]
