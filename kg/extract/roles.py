"""Roles: ``introduced`` when the paper presents the entity as its own contribution, else ``used``.

A mention is introduced when
- a discovery rule already says so (title prefix "X: …", "we introduce X"), or
- it follows "our" directly ("our X"), or is a new name right after "called / named / dubbed", or
- it is a new name (pattern / acronym) after an introduction cue ("we propose …", "this paper
  presents …") anywhere earlier in the same sentence, with no word such as "using", "on", "than",
  "outperforms", "based on" between the cue and the name (so every named component the paper says it
  proposes is introduced, and names it only compares against are not); a lexicon (already known)
  entity must follow the cue almost directly;
- it is a new name defined as a part, "a Fine-Grained Alignment (FGA) module", in a paper that has an
  introduction cue earlier.

A known (lexicon) name is never introduced when it modifies something else ("our OCR-based approach",
"a LoRA framework") or is brought into the paper's work ("we introduce LoRA into diffusion models");
a new task name only when it follows the cue directly ("we introduce unbranding, a novel task").

>>> t = "Our framework comprises two key components: the Frame Selection Module (FSM) and BarNet-based SVD."
>>> role_for(t, t.index("FSM"), t.index("FSM") + 3, "acronym", (0, len(t)))
'introduced'
>>> t = "We propose FooNet, which combines a Dual Gate Module (DGM) and outperforms BarNet."
>>> [role_for(t, t.index(x), t.index(x) + len(x), "pattern", (0, len(t))) for x in ("DGM", "BarNet")]
['introduced', 'used']

>>> t = "We propose FooNet. Then a Fine-Grained Alignment (FGA) module is carried out."
>>> role_for(t, t.index("Fine"), t.index(" (FGA"), "acronym", (t.index("Then"), len(t)))
'introduced'
>>> t = "This paper introduces a new approach and our OCR-based method, and we introduce LoRA into ViTs."
>>> [role_for(t, t.index(x), t.index(x) + len(x), "lexicon", (0, len(t))) for x in ("OCR", "LoRA")]
['used', 'used']

>>> text = "We propose FooNet, a network trained on ImageNet."
>>> role_for(text, 11, 17, "pattern", (0, len(text)))
'introduced'
>>> role_for(text, 40, 48, "lexicon", (0, len(text)))
'used'
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.patterns import INTRO_CUE, title_prefix_span
from kg.extract.sentences import sentence_at

__all__ = ["assign_roles", "blocked", "role_for"]

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
_CALLED = re.compile(r"\b(?:called|named|dubbed|termed|coined|we\scall)\s+(?:the\s+|as\s+)?$")
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
# After a known name: it modifies another noun ("OCR-based approach", "a LoRA (low-rank) framework") or
# is brought into something ("LoRA into diffusion models"): the paper uses it.
_MODIFIER = re.compile(
    r"-[a-z]|\s*(?:\([^()]{1,40}\)\s*)?(?:into\b|(?:framework|architecture|backbone|model|module|pipeline|"
    r"approach|method|network|baseline|layer|block|encoder|decoder|formulation|solver|loss|objective|"
    r"algorithm|strategy|scheme|paradigm|technique|mechanism|variant|branch)s?\b)"
)
# "a Fine-Grained Alignment (FGA) module": a part the paper defines.
_ARTICLE = re.compile(r"\b(?:a|an)\s+(?:(?:novel|new|dedicated|lightweight|learnable)\s+)?$")
_PART = re.compile(
    r"\s*\([^()]{1,16}\)\s*(?:module|block|layer|mechanism|loss|branch|unit|strategy|head|component|"
    r"network|encoder|decoder|adapter|regularizer|regulariser)\b"
)


def blocked(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between a cue and a name) says the name is used or compared against.

    >>> t = "we propose a design based on service area"
    >>> blocked(t, 10, len(t)), blocked(t, 10, 22)
    (True, False)
    """
    return _BLOCKERS.search(text, start, end) is not None


def role_for(
    text: str, start: int, end: int, source: str, sentence: tuple[int, int], kind: str | None = None
) -> str:
    """The role of the mention ``text[start:end]`` (of type ``kind``) in ``text[sentence[0]:sentence[1]]``.

    ``source`` is "lexicon" for a known entity (also an acronym of one), else how it was found.
    """
    s_start, _ = sentence
    known = source == "lexicon"
    if known and _MODIFIER.match(text, end):
        return "used"
    concept = known and text[start:end].islower()  # "our reward model": a known concept
    if not concept and _OUR.search(text, max(s_start, start - 20), start):
        return "introduced"
    if not known and _CALLED.search(text, max(s_start, start - 16), start):
        return "introduced"
    near = known or kind == "task"  # a new task is the paper's only when it follows the cue directly
    for cue in INTRO_CUE.finditer(text, s_start, start):
        between = text[cue.end() : start]
        if near:
            if not concept and _NEAR.match(between):
                return "introduced"
        elif not _BLOCKERS.search(between):
            return "introduced"
    if known:
        return "used"
    if _is_part(text, start, end):
        return "introduced"
    # "Our framework comprises two components: the FFSM and …"
    whole = _OUR_WHOLE.match(text, s_start, start)
    after = whole.end() if whole else start
    if whole and _PARTS.search(text, after, start) and not _BLOCKERS.search(text, after, start):
        return "introduced"
    return "used"


def _is_part(text: str, start: int, end: int) -> bool:
    """ "a Fine-Grained Alignment (FGA) module" after an introduction cue earlier in the text."""
    return (
        _ARTICLE.search(text, max(0, start - 24), start) is not None
        and _PART.match(text, end) is not None
        and INTRO_CUE.search(text, 0, start) is not None
    )


def assign_roles(
    cands: list[Candidate], text: str, sentences: list[tuple[int, int]], title_len: int
) -> list[Candidate]:
    """Every candidate's role: the title prefix and :func:`role_for`; both halves of an acronym share one.

    An acronym of a known entity counts as known, and so does a phrase of the trained source.
    """
    prefix = title_prefix_span(text[:title_len]) if title_len else None
    out = []
    for c in cands:
        if (c.start, c.end) == prefix:  # "SAM 3: Segment Anything …": the title names its contribution
            c = c.with_(role="introduced")
        elif c.role != "introduced":
            source = "lexicon" if c.entity_id or c.source == "model" else c.source
            role = role_for(text, c.start, c.end, source, sentence_at(sentences, c.start), c.type)
            c = c.with_(role=role) if role != c.role else c
        out.append(c)
    introduced = {(c.start, c.end) for c in out if c.role == "introduced" and c.partner}
    return [
        c.with_(role="introduced") if c.partner in introduced and c.role != "introduced" else c for c in out
    ]
