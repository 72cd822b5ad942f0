"""A defined long form apposed to a method noun names the paper's technique (docs/typing.md rule 173).

A long form whose head names a task ("Constraint Relationship Graph Completion (CRGC)") is read as a task
by :mod:`kg.extract.definitions`, unless a method noun stands in apposition to it: "Our approach, X (Y)",
"an innovative framework, X (Y)", "two key algorithms: X (Y)", or "X (Y): a quick and easy method", "X (Y),
the first MT system". Then it is the paper's method. So it is when a method noun names it ("a method termed
X (Y)") or when the long form itself says what it is for ("Retrieval-Augmented Multimodal Model for Fake News
Detection (RAMM)" after "we introduce": rule 205).
"""

from __future__ import annotations

import re

from kg.extract.intro_cue import cue_object_at

__all__ = ["apposed_to_method"]

# Rule 173: a method head apposed to the definition, before ("our approach, X (Y)", "an innovative
# framework, X (Y)", "two key algorithms: X (Y)") or after ("X (Y): a quick and easy method", "X (Y), the
# first MT system"), makes a task-headed long form the paper's technique, not its task.
# Rule 187: a part of the method too ("an alignment loss, Frame-Text Matching (FTM)", "a module, …").
_METHOD_NOUNS = (
    r"(?:method|approach|framework|algorithm|pipeline|technique|strategy|scheme|system|architecture"
    r"|loss|module|mechanism|network)"
)
# Rule 205: a naming verb stands for the comma ("a method termed X (Y)"), and the describing words of the
# apposition may be listed with commas ("X (Y), a novel, robust and transparent technique").
_METHOD_BEFORE = re.compile(
    rf"\b{_METHOD_NOUNS}s?\s*(?:[,:]|\s(?:termed|called|named|dubbed))\s*(?:the\s+|an?\s+)?$"
)
_METHOD_APPOSED = re.compile(
    rf"\)\s*[,:]\s*(?:an?|the|our)\s+(?:[\w\-]+,?\s+){{0,5}}?{_METHOD_NOUNS}\b(?!\s+(?:for|of)\s+the\s+task)"
)
# Rule 205: "<something> for <task>" inside a long form the paper introduces names its means to the task
# ("we introduce Retrieval-Augmented Multimodal Model for Fake News Detection (RAMM)"); not one it reads
# elsewhere ("derived from the OECD Programme for International Student Assessment (PISA)")
_FOR_TASK = re.compile(r"\S\s+for\s+\S", re.IGNORECASE)


def apposed_to_method(text: str, ls: int, se: int) -> bool:
    """Whether a method noun is apposed to the definition ``text[ls:se]`` (rule 173).

    >>> t = "Our approach, Constraint Graph Completion (CGC), models them. We study Graph Completion (GC)."
    >>> apposed_to_method(t, t.index("Constraint"), t.index("CGC") + 3)
    True
    >>> apposed_to_method(t, t.index("Graph Completion (GC)"), t.index("GC)") + 2)
    False
    >>> t = "We propose the Bot Identification Test (BIT): a quick and easy method that uses motion."
    >>> apposed_to_method(t, t.index("Bot"), t.index("BIT") + 3)
    True
    >>> t = "we introduce a more refined alignment loss, Frame-Text Matching (FTM), to align them."
    >>> apposed_to_method(t, t.index("Frame"), t.index("FTM") + 3)
    True
    >>> t = "we propose a method termed Curve Estimation (CE). We present Prompting for Recognition (PR)."
    >>> apposed_to_method(t, t.index("Curve"), t.index("CE)") + 2)
    True
    >>> apposed_to_method(t, t.index("Prompting"), t.index("PR)") + 2)
    True
    >>> t = "a benchmark derived from the OECD Programme for International Student Assessment (PISA)"
    >>> apposed_to_method(t, t.index("Programme"), t.index("PISA") + 4)
    False
    """
    return bool(
        _METHOD_BEFORE.search(text, max(0, ls - 40), ls)
        or _METHOD_APPOSED.match(text, se)
        or (
            _FOR_TASK.search(text, ls, max(ls, text.rfind("(", ls, se))) is not None and _introduced(text, ls)
        )
    )


def _introduced(text: str, ls: int) -> bool:
    """Whether an introduction cue stands right before ``ls``, at most three words and no comma between
    ("we present a X", not "We introduce mmPISA-bench, a benchmark derived from the OECD X")."""
    return cue_object_at(text, ls, max(text.rfind(". ", 0, ls) + 1, ls - 60), 3, ",;:")
