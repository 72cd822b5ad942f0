"""Roles: ``introduced`` when the paper presents the entity as its own contribution, else ``used``.

A mention is introduced when
- a discovery rule already says so (title prefix "X: …", "we introduce X"), or
- it follows "our" directly ("our X"), or is a new name right after "called / named / dubbed", or
- it is a new name (pattern / acronym) after an introduction cue ("we propose …", "this paper
  presents …") anywhere earlier in the same sentence, with no word such as "using", "on", "than",
  "outperforms", "based on" between the cue and the name (so every named component the paper says it
  proposes is introduced, and names it only compares against are not); a lexicon (already known)
  entity must follow the cue almost directly.

>>> t = "Our framework comprises two key components: the Frame Selection Module (FSM) and BarNet-based SVD."
>>> role_for(t, t.index("FSM"), t.index("FSM") + 3, "acronym", (0, len(t)))
'introduced'
>>> t = "We propose FooNet, which combines a Dual Gate Module (DGM) and outperforms BarNet."
>>> [role_for(t, t.index(x), t.index(x) + len(x), "pattern", (0, len(t))) for x in ("DGM", "BarNet")]
['introduced', 'used']

>>> text = "We propose FooNet, a network trained on ImageNet."
>>> role_for(text, 11, 17, "pattern", (0, len(text)))
'introduced'
>>> role_for(text, 40, 48, "lexicon", (0, len(text)))
'used'
"""

from __future__ import annotations

import re

from kg.extract.patterns import INTRO_CUE

__all__ = ["role_for"]

# Words between a cue and a new name that make the name something the paper uses or compares against.
# ("which", "that", "with", "by", "where" are not among them: "we propose X, which combines a Y Module
# and a Z Loss" names components the paper proposes.)
_BLOCKERS = re.compile(
    r"(?<![\w\-])(?:using|uses|use|used|on|than|based|upon|from|via|over|like|including|such|e\.g|"
    r"compared|comparing|against|versus|vs|leverag\w*|built|into|to|while|whereas|existing|prior|previous|"
    r"outperform\w*|surpass\w*|beat\w*|baselines?|state-of-the-art|SOTA)(?![\w\-])"
)
_NEAR = re.compile(
    r"^\s*(?:(?:a|an|the|our|two|three|novel|new|simple|unified|first|large-scale|open-source|"
    r"[a-z]+-(?:based|scale|aware|free|source|quality))\s+)*(?:(?:[a-z][\w\-]*\s+){0,3}"
    r"(?:called|named|dubbed|termed|coined)\s+|(?:[a-z][\w\-]*\s+){0,3}\w+\s*,\s*)?$"
)
_CALLED = re.compile(r"\b(?:called|named|dubbed|termed|coined)\s+(?:the\s+|as\s+)?$")
# A sentence about the paper's own system that lists its parts.
_OUR_WHOLE = re.compile(
    r"\s*(?:[A-Z][\w\s,]{0,30}?,\s)?[Oo]ur\s(?:[\w\-]+\s){0,2}?"
    r"(?:framework|method|model|approach|system|architecture|pipeline|network|design|agent)\b"
)
_PARTS = re.compile(
    r"\b(?:consists?|compris\w+|includ\w+|contains?|integrat\w+|incorporat\w+|features?|establish\w*|"
    r"introduc\w+|combin\w+|components?|modules?)\b"
)
_OUR = re.compile(r"\bour\s+(?:(?:new|novel|proposed)\s+)?$", re.IGNORECASE)


def role_for(text: str, start: int, end: int, source: str, sentence: tuple[int, int]) -> str:
    """The role of the mention ``text[start:end]`` whose sentence is ``text[sentence[0]:sentence[1]]``."""
    s_start, _ = sentence
    concept = source == "lexicon" and text[start:end].islower()  # "our reward model": a known concept
    if not concept and _OUR.search(text, max(s_start, start - 20), start):
        return "introduced"
    if source != "lexicon" and _CALLED.search(text, max(s_start, start - 16), start):
        return "introduced"
    for cue in INTRO_CUE.finditer(text, s_start, start):
        between = text[cue.end() : start]
        if source == "lexicon":
            if not concept and _NEAR.match(between):
                return "introduced"
        elif not _BLOCKERS.search(between):
            return "introduced"
    if source != "lexicon":  # "Our framework comprises two components: the FFSM and …"
        whole = _OUR_WHOLE.match(text, s_start, start)
        after = whole.end() if whole else start
        if whole and _PARTS.search(text, after, start) and not _BLOCKERS.search(text, after, start):
            return "introduced"
    return "used"
