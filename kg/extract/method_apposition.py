"""A defined long form apposed to a method noun names the paper's technique (docs/typing.md rule 173).

A long form whose head names a task ("Constraint Relationship Graph Completion (CRGC)") is read as a task
by :mod:`kg.extract.definitions`, unless a method noun stands in apposition to it: "Our approach, X (Y)",
"an innovative framework, X (Y)", "two key algorithms: X (Y)", or "X (Y): a quick and easy method", "X (Y),
the first MT system". Then it is the paper's method.
"""

from __future__ import annotations

import re

__all__ = ["apposed_to_method"]

# Rule 173: a method head apposed to the definition, before ("our approach, X (Y)", "an innovative
# framework, X (Y)", "two key algorithms: X (Y)") or after ("X (Y): a quick and easy method", "X (Y), the
# first MT system"), makes a task-headed long form the paper's technique, not its task.
# Rule 187: a part of the method too ("an alignment loss, Frame-Text Matching (FTM)", "a module, …").
_METHOD_NOUNS = (
    r"(?:method|approach|framework|algorithm|pipeline|technique|strategy|scheme|system|architecture"
    r"|loss|module|mechanism|network)"
)
_METHOD_BEFORE = re.compile(rf"\b{_METHOD_NOUNS}s?\s*[,:]\s*(?:the\s+|an?\s+)?$")
_METHOD_APPOSED = re.compile(
    rf"\)\s*[,:]\s*(?:an?|the|our)\s+(?:[\w\-]+\s+){{0,5}}?{_METHOD_NOUNS}\b(?!\s+(?:for|of)\s+the\s+task)"
)


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
    """
    return bool(_METHOD_BEFORE.search(text, max(0, ls - 40), ls) or _METHOD_APPOSED.match(text, se))
