"""A name the abstract already used, introduced again only as a modifier of a new noun: used (rule 620).

"Scene coordinate regression (SCR) is an alternative approach … we present a new SCR architecture, called
A-ScoRe": the introduction cue's object is the architecture, and SCR, a field the abstract named before as
something used, only says what kind of architecture it is. The same for "the first DVS video anomaly
detection benchmark", "a novel FLFM fine-tuning framework", "we design CDL matching rewards". The cue's
name (rule ``cue.introduce``) is made used, with its acronym partner, where it is one token (no space), a
lower-case word that is not a function word follows it, and an earlier mention of the same surface in the
abstract is used; where no rule but the cue (and its copies, rule ``propagate``) reads the name, the name goes
with its copies: a bare acronym of a field ("OOD", "EEG", "XAI") is linked nowhere else either. A multi-word
title-cased name ("a Hybrid-policy Agentic Rollout strategy") is left alone: the paper's own part followed by
its head.

>>> from kg.extract.candidates import Candidate
>>> t = "T\\n\\nScene coordinate regression (SCR) is hard. We present a new SCR architecture."
>>> first = Candidate(t.index("SCR"), t.index("SCR") + 3, "method", "SCR", role="used")
>>> at = t.rindex("SCR")
>>> cue = Candidate(at, at + 3, "method", "SCR", rule="cue.introduce", role="introduced")
>>> [c.role for c in used_modifiers([first, cue], t)]
['used', 'used']
>>> used_modifiers([first.with_(rule="propagate"), cue], t)  # only the cue reads it: no name
[]
>>> t = "T\\n\\nSCR is hard. We present SCR, which is fast."
>>> at = t.rindex("SCR")
>>> cue = Candidate(at, at + 3, "method", "SCR", rule="cue.introduce", role="introduced")
>>> [c.role for c in used_modifiers([first.with_(start=4, end=7), cue], t)]
['used', 'introduced']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["used_modifiers"]

# A lower-case word right after the name: it modifies a noun ("SCR architecture"), unless a function word
# ("SCR and …", "SCR to …") follows.
_NEXT_WORD = re.compile(
    r"\s(?!(?:and|or|is|are|was|were|be|to|for|in|on|of|with|by|as|at|from|that|which|who|can|could|will|"
    r"would|may|has|have|had|a|an|the|via|than|into|under|over|through|using|where|while|whose|also)\b)"
    r"[a-z][a-z\-]*\b"
)


def used_modifiers(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` with rule 620 applied: a cue's one-token name used before and now a modifier is used, or
    gone with its copies where no other rule reads it."""
    body = text.find("\n\n")
    begin = body + 2 if body >= 0 else 0
    used = {(text[c.start : c.end], c.start) for c in cands if c.role == "used" and c.start >= begin}
    spans = {
        (c.start, c.end)
        for c in cands
        if c.rule == "cue.introduce"
        and c.role == "introduced"
        and c.start >= begin
        and not any(ch.isspace() for ch in text[c.start : c.end])
        and _NEXT_WORD.match(text, c.end) is not None
        and any(surface == text[c.start : c.end] and at < c.start for surface, at in used)
    }
    if not spans:
        return cands
    read = {text[c.start : c.end] for c in cands if (c.start, c.end) not in spans and c.rule != "propagate"}
    gone = {text[a:b] for a, b in spans} - read  # only the cue and its copies read it: no name
    spans |= {c.partner for c in cands if (c.start, c.end) in spans and c.partner}
    return [
        c.with_(role="used") if (c.start, c.end) in spans else c
        for c in cands
        if text[c.start : c.end] not in gone
    ]
