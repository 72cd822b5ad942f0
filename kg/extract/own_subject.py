"""The paper's own system as the subject of a sentence that names its parts: "PointTPA adopts a X (SNG)".

A paper names its system once (the title prefix "PRPO: …", or right after "we propose / introduce …")
and then says what it is made of with the system as the subject: "PointTPA adopts a Serialization-based
Neighborhood Grouping (SNG)", "PRPO introduces Robust Visual Dependency (RVD), a principled metric",
"It then employs Structured Prediction Decomposition (SPD)". A verb of making or use right after such a
subject ("adopts", "employs", "uses", "introduces", "incorporates" …) opens a scope in which new names
are the system's parts; the role blockers (:func:`kg.extract.role_scope.in_scope`) still close it ("…
adopts a module based on the Spatial Broadcast Decoder").

>>> t = "PRPO: Policy Optimization\\nWe study X. PRPO introduces Robust Visual Dependency (RVD), a metric."
>>> v = own_verb_end(t, t.index("PRPO introduces"))
>>> t[v - 10 : v]
'introduces'
>>> own_verb_end(t, t.index("We study"))
-1
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.patterns import intro_cue_spans
from kg.extract.role_cues import cue_before
from kg.extract.role_scope import PARTS, blocked, in_scope
from kg.extract.titles import title_prefix_span

__all__ = ["lists_own_parts", "own_part", "own_system_names", "own_verb_end", "sentence_start", "title_cased"]

# A name-shaped token: two capitals or a capital after lower case ("PointTPA", "VIVID-Med", "MARDoc", "PRPO").
_NAME = r"(?:[A-Z][\w\-]*[A-Z0-9][\w\-]*|[a-z]+[A-Z][\w\-]*)"
_NAME_ONLY = re.compile(rf"{_NAME}$")
# The name right after the cue: "we propose MARDoc, …", "we introduce a novel framework, GeoLoom".
_AFTER_CUE = re.compile(rf"\s+(?:(?:a|an|the)\s+(?:(?:novel|new|simple)\s+)?)?(?P<name>{_NAME})(?=[\s,.:;(])")
# What opens the sentence before the subject: "Specifically, ", "The ", "Our proposed ".
_LEAD = r"(?:[A-Z][a-z]+(?:\s[a-z]+){0,2},\s)?(?:(?:[Tt]he|[Oo]ur)\s(?:proposed\s)?)?"
_VERB = (
    r"(?:(?:also|further|then|first|additionally|subsequently|finally|explicitly|newly)\s)?"
    r"(?:introduces|incorporates|integrates|designs|devises|develops|proposes|presents|features|comprises|"
    r"contains|includes|combines|consists\sof|is\scomposed\sof|"
    # a verb of use names a new part only with an indefinite article or none: "PointTPA adopts a
    # Serialization-based Neighborhood Grouping (SNG)", not "GlorpDet first utilizes the Snarf Block"
    r"(?:adopts|employs|utili[sz]es|uses|leverages)(?=\s(?:a\s|an\s|[A-Z])))\b"
)
_HEADS = r"(?:\s(?:model|framework|method|system|architecture|network|pipeline|agent|approach))?"


@lru_cache(maxsize=8)
def own_system_names(text: str) -> tuple[str, ...]:
    """The paper's own system names: a name-shaped title prefix and names right after an introduction cue.

    >>> own_system_names("FooNet: Fast Nets\\nWe propose BarNet, a net. We use ResNet.")
    ('BarNet', 'FooNet')
    """
    names: set[str] = set()
    newline = text.find("\n")
    if newline > 0:
        span = title_prefix_span(text[:newline])
        if span is not None and _NAME_ONLY.match(text[span[0] : span[1]]):
            names.add(text[span[0] : span[1]])
    for _, cue_end in intro_cue_spans(text):
        match = _AFTER_CUE.match(text, cue_end)
        if match is not None:
            names.add(match.group("name"))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


# The subject and verb, with any name-shaped subject: one pattern for every paper (the subject is checked
# against the paper's own names after the match).
_SUBJECT_VERB = re.compile(rf"{_LEAD}(?P<subject>{_NAME}|It){_HEADS}\s{_VERB}")


def own_verb_end(text: str, s_start: int) -> int:
    """The end of "<own name> <verb>" opening the sentence at ``s_start`` ("PointTPA adopts", "It then
    employs" in a paper that names its system), else -1.
    """
    match = _SUBJECT_VERB.match(text, s_start)
    if match is None:
        return -1
    names = own_system_names(text)
    if not names or (match.group("subject") != "It" and match.group("subject") not in names):
        return -1
    return match.end()


def own_part(text: str, start: int, s_start: int | None = None) -> bool:
    """Whether ``start`` stands after "<own name> <verb>" in its sentence, with no role blocker between.

    >>> t = "We propose FooNet. FooNet adopts a Gate Unit (GU) and a module based on Bar Net (BN)."
    >>> own_part(t, t.index("Gate")), own_part(t, t.index("Bar")), own_part(t, t.index("FooNet."))
    (True, False, False)
    """
    if s_start is None:
        s_start = sentence_start(text, start)
    verb_end = own_verb_end(text, s_start)
    return 0 <= verb_end <= start and not in_scope(text, verb_end, start)


def sentence_start(text: str, at: int) -> int:
    r"""The start of the sentence (or the abstract) holding ``at``: after the last ". " or the blank line
    after the title before it; a single newline is a wrapped line ("(1)\n\textbf{…}" in the corpus).

    >>> sentence_start("Foo. Bar baz", 9), sentence_start("Foo bar", 5), sentence_start("T\n\nFoo", 4)
    (5, 0, 3)
    >>> sentence_start("We propose X:\n(1) Foo", 18)
    0
    """
    stop = text.rfind(". ", 0, at)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n\n", 0, at) + 2 if "\n\n" in text[:at] else 0)


def title_cased(name: str) -> bool:
    """Whether every word of ``name`` but short function words is capitalised ("Thermal infrared" is not).

    >>> title_cased("Depth-Temporal Trajectory Modeling"), title_cased("Thermal infrared")
    (True, False)
    """
    return all(w[:1].isupper() or w in _FUNCTION_WORDS for w in name.split())


_FUNCTION_WORDS = frozenset(("of", "for", "and", "with", "in", "to", "the", "on", "via", "by", "a", "an"))


# A sentence about the paper's own system that lists its parts: "Our framework comprises two components: …".
_OUR_WHOLE = re.compile(
    r"\s*(?:[A-Z][\w\s,]{0,30}?,\s)?[Oo]ur\s(?:[\w\-]+\s){0,2}?"
    r"(?:framework|method|model|approach|system|architecture|pipeline|network|design|agent)\b"
)


def lists_own_parts(text: str, start: int, s_start: int) -> bool:
    """Whether the name at ``start`` is a part listed by a sentence (from ``s_start``) about the paper's own
    system: "Our framework comprises two components: the FFSM and …". A word of use blocks only within its
    clause ("…, which estimates distances to capture X, and a Manifold-Aware Feature Extractor").

    >>> t = "Our approach has two modules: a GDA, which runs to capture X, and a MAFE, using Y, and a Z"
    >>> [lists_own_parts(t, t.index(n), 0) for n in ("GDA", "MAFE", "Z")]
    [True, True, False]
    """
    whole = _OUR_WHOLE.match(text, s_start, start) or _THE_WHOLE.match(text, s_start, start)
    if whole is None or not PARTS.search(text, whole.end(), start):
        return False
    counted = _COUNTED_PARTS.search(text, whole.end(), start)  # rule 99: the list after the colon
    if (whole.re is _THE_WHOLE and not cue_before(text, s_start)) or (counted and not text[start].isupper()):
        return False  # a capitalised item: not "achieving a mean localization error of 3.61"
    begin = counted.end() if counted else whole.end()
    return not (blocked(text, begin, start) and in_scope(text, begin, start))


# Rule 99: "The (proposed) framework utilizes three … components: the STPE, …" after a cue, and "Our approach
# is built on two complementary modules: DMON and ARO": a counted set of parts before a colon opens the list;
# a word of use before the colon is about the whole, not the listed parts.
_THE_WHOLE = re.compile(
    r"\s*[Tt]he\s(?:proposed\s)?(?:framework|method|model|approach|system|architecture|pipeline|network)\s"
)
_COUNTED_PARTS = re.compile(
    r"\b(?:two|three|four|five|six|several|\d)\s(?:[\w\-]+\s){0,3}?(?:components|modules|parts|stages|blocks|"
    r"branches|mechanisms|strategies|designs|innovations|techniques|sub-?modules)\s?:"
)
