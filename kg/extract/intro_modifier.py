"""Rule 512: an introduced "name" that only modifies an activity noun before a container head.

After "we propose / introduce / design …" the introduction cue reads the first name-shaped words as the
paper's own name. When those words are followed by lower-case words ending in an activity noun and a
container head, they are a modifier inside a description, not the name of anything: "a novel GNSS-inertial
initialization strategy", "an RGB-PD segmentation pipeline", "an ID sampling method", "a Marker-based Prompt
learning framework (MPDrive)", "the Automated Context-Corrective Note generation method, named ACCNote". What
the paper calls its thing is the whole description (or a name given after it: MPDrive, ACCNote).

Only the words right after the name are read (no pass over the text): up to two lower-case words, then
an activity noun (ending in -tion / -sion / -ment / -ing, or "fusion"), then a container head. No word of
them may be a function word or a participle that starts a clause ("X using contrastive learning framework"
is not read): only the activity noun, the last word before the head, may end in -ing.

>>> t = "This paper proposes a novel GNSS-inertial initialization strategy that delays"
>>> modifies_an_activity(t, t.index(" initialization"))
True
>>> t = "We propose MambaX using a contrastive learning framework."
>>> modifies_an_activity(t, t.index(" using"))
False
>>> t = "We first propose a Cross-Task Synergy training paradigm to mitigate drift"
>>> modifies_an_activity(t, t.index(" training"))
False
>>> t = "we design a new GCDetect detection head"
>>> modifies_an_activity(t, t.index(" detection"))
False
"""

from __future__ import annotations

import re

__all__ = ["modifies_an_activity"]

_CONTAINER = (
    r"(?:pipeline|framework|method|strategy|mechanism|approach|scheme|module|technique|algorithm|paradigm|"
    r"procedure|protocol)s?"
)
# Not "training": the words before it name the scheme ("a Cross-Task Synergy training paradigm").
_ACTIVITY = r"(?!training\b)[a-z][a-z\-]*(?:tion|sion|ment|ing)s?|fusion"
_MODIFIES = re.compile(
    r"\s+(?P<words>(?:[a-z][a-z\-]*\s+){0,2}?)"
    rf"(?:{_ACTIVITY})\s+{_CONTAINER}\b"
)
# A word that opens a clause or a phrase of its own: the name is not modifying what follows.
_NOT_MODIFIER = frozenset(
    (
        *("a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "via", "by", "from", "as"),
        *("that", "which", "who", "is", "are", "was", "were", "be", "its", "their", "our", "into"),
        *("through", "across", "over", "under", "between", "based"),
    )
)


def modifies_an_activity(text: str, end: int) -> bool:
    """Whether the words after ``text[:end]`` (a name) go on to an activity noun and a container head."""
    if end >= len(text) or text[end] != " " or not text[end + 1 : end + 2].islower():
        return False  # a cheap gate: a lower-case word must follow
    match = _MODIFIES.match(text, end, min(len(text), end + 90))
    if match is None:
        return False
    words = match.group("words").split()
    return not any(w in _NOT_MODIFIER or w.endswith(("ing", "ed")) for w in words)
