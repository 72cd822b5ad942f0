"""The introduction cues the role rules read: active ("we propose …",
:func:`kg.extract.patterns.intro_cue_spans`), passive ("X, a novel …, is proposed", "two key modules are
developed: …"), "by introducing …" and a second verb of the paper's own work after "we" ("We formalize Y
and propose Z").

>>> t = "We formalize Y and propose Z. By introducing W, this paper adapts V with two novel modules: a X."
>>> active, passive = cues(t)
>>> [t[a:b] for a, b in active], [t[a:b] for a, b in passive]
([], ['By introducing', 'two novel modules', 'and propose'])
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.patterns import intro_cue_spans
from kg.extract.role_scope import in_scope
from kg.extract.text_words import holds

__all__ = ["cue_before", "cues", "near_cue", "subject_of_passive"]

# "X, a novel …, is proposed", "two key modules are developed: (1) …": a passive introduction cue.
_PASSIVE_VERBS = (  # "a Semantic Prediction Disruption module is incorporated"
    "proposed", "introduced", "presented", "developed", "designed", "devised", "constructed", "built",
    "created", "curated", "released", "incorporated",
)  # fmt: skip
_PASSIVE_VERB = (
    r"\s(?:(?:first|then|hereby|thus|therefore|newly|also|further|[a-z]+ly)\s)?"
    rf"(?:{'|'.join(_PASSIVE_VERBS)})\b"
)
_PASSIVE = re.compile(r"[ai](?<=\b[ai])(?:(?<=i)s|(?<=a)re)" + _PASSIVE_VERB)  # "\b(?:is|are)…", in a window
# The same cue scanned for over a whole text: one scan per literal start ("is", "are"), which the engine
# skips ahead to, is faster than one scan that tries every "a" and "i".
_PASSIVE_SCANS = (re.compile(r"is(?<=\bis)" + _PASSIVE_VERB), re.compile(r"are(?<=\bare)" + _PASSIVE_VERB))
_PASSIVE_FORMS = frozenset(_PASSIVE_VERBS)  # a match holds one as a word: none in the text, no scan


def cue_before(text: str, start: int) -> bool:
    """Whether the text before ``start`` has an introduction cue (active or passive)."""
    return any(cue_end <= start for spans in cues(text) for _, cue_end in spans)


@lru_cache(maxsize=8)
def cues(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The spans of the active introduction cues in ``text``, and of the passive and "by introducing"
    ones: found once per text, not once per mention.
    """
    active = intro_cue_spans(text)
    scans = _PASSIVE_SCANS if holds(text, _PASSIVE_FORMS) else ()
    passive = sorted(m.span() for rx in scans for m in rx.finditer(text))
    passive += (
        m.span()
        for rx, words, gates in _WORD_GATED
        # most texts hold no word of a match, or no gate match: no slow full scan
        if all(holds(text, each) for each in words) and any(gate.search(text) for gate in gates)
        for m in rx.finditer(text)
    )
    return active, (*passive, *_and_cues(text))


# The gates of the scans below: each finds what every match of its scan holds, with a rare literal or a
# letter the engine skips ahead to, so a text without it is not scanned at every "t", "s" or "w"; a gate
# of several regexes passes when any of them finds (one literal start each: "notion", "concept").
_BY_VERBS = "introducing proposing designing developing constructing"
_BY = f"(?:{'|'.join(_BY_VERBS.split())})"  # "by introducing", "By proposing"
_BY_GATE = (re.compile(rf"y\s{_BY}\b"),)
_NEW_PART_WORDS = "components modules contributions innovations designs techniques mechanisms strategies"
_NEW_PART = f"(?:{'|'.join(_NEW_PART_WORDS.split())})"  # "two novel components", "three new modules"
_NEW_GATE = (re.compile(rf"(?:novel|new)\s(?:key\s|core\s)?{_NEW_PART}\b"),)
_NOTION_GATE = (re.compile(r"notion\sof\b"), re.compile(r"concept\sof\b"))


# "we first define the notion of structured bipolar argumentation frameworks (SBAFs)": the paper's own
# concept (for new names, like a passive cue).
_NOTION = re.compile(
    r"\b[Ww]e\s(?:(?:first|then|also|further|[a-z]+ly)\s)?(?:define|formali[sz]e|introduce)\s(?:the\s|a\s)?"
    r"(?:new\s|novel\s)?(?:notion|concept)\sof\b"
)
# "We address these limitations through two novel components: a) a Hierarchical Image Tokenization approach
# …": a counted set of new parts opens a list of the paper's own (for new names, like a passive cue).
_NEW_PARTS = re.compile(  # "\b(?:two|three|four|five|several)", scanned fast
    r"(?:t(?<=\bt)(?:wo|hree)|f(?<=\bf)(?:our|ive)|s(?<=\bs)everal)\s(?:novel|new)\s(?:key\s|core\s)?"
    rf"{_NEW_PART}\b"
)


def subject_of_passive(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """ "In this paper, a novel FooNet … is proposed": the new name is the subject of a passive cue.

    Blockers count from the subject's own phrase on, not in an opening clause ("To integrate the features
    from the CNN, a Dense Fusion Module (DFM) is proposed"); never across a relative clause ("BarNet,
    which is designed for …") or for a bare plural ("Most conversational agents (CAs) are designed …").
    """
    if not holds(text, _PASSIVE_FORMS):
        return False  # no passive verb in the text: no cue in the window either
    s_start, s_end = sentence
    cue = _PASSIVE.search(text, end, min(s_end, end + 120))
    if cue is None or _RELATIVE.search(text, end, cue.start()) or _CLASS_HEAD.match(text, end, cue.start()):
        return False
    lead = _SUBJECT.search(text[s_start:start])
    if lead is None or (lead.group("where") and not _cue_in(text, s_start, start)):
        return False  # "…, in which a Foo Module (FM) is introduced" only in a sentence of the paper's work
    return not in_scope(text, s_start + lead.start(), cue.start())


def _cue_in(text: str, begin: int, end: int) -> bool:
    """Whether an active introduction cue stands in ``text[begin:end]``."""
    return any(begin <= a and b <= end for a, b in intro_cue_spans(text))


# "We formalize a unified framework for X and propose an evaluation pipeline, GTEval": a second verb of
# the paper's own work, after "we" in the same sentence (for new names).
_AND_VERBS = "propose introduce present develop design devise release construct build curate".split()  # noqa: SIM905
_AND_CUES = (  # one literal start each ("and", ","): two fast scans, faster than one of the alternation
    (  # "This paper proposes a framework … and introduces the X": rule 98
        re.compile(rf"and\s(?:also\s|then\s|further\s)?(?:{'|'.join(_AND_VERBS)})s?\b"),
        frozenset((*_AND_VERBS, *(f"{verb}s" for verb in _AND_VERBS))),  # the verb, a word: else no scan
    ),
    # "we adapt them to the online setting, introducing oR@n and online mean Average Precision (omAP)":
    # matched from the comma, the cue two characters later
    (
        re.compile(
            r",\s(?:thereby\s(?:introducing|proposing|presenting)|introducing|pr(?:oposing|esenting))\b"
        ),
        frozenset(("introducing", "proposing", "presenting")),
    ),
)
_WE = re.compile(r"\b(?:[Ww]e|[Tt]his\s(?:paper|work|study|article|letter))\s")


def _and_cues(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of "and propose / introduce …" and ", introducing …" after "we" in the same sentence.

    >>> t = "Others test X. We formalize Y and propose Z. They build W and propose V, introducing U."
    >>> [t[a:b] for a, b in _and_cues(t)]
    ['and propose']
    >>> t = "We adapt them, introducing Foo Score (FS). It adds noise, introducing bias."
    >>> [t[a:b] for a, b in _and_cues(t)]
    ['introducing']
    """
    out = []
    found = (m.span() for rx, verbs in _AND_CUES if holds(text, verbs) for m in rx.finditer(text))
    for at, end in sorted(found):
        at += 2 * (text[at] == ",")  # ", introducing": the cue is the word after the comma
        begin = max(text.rfind(". ", 0, at), text.rfind(";", 0, at), at - 160, 0)
        if at and text[at - 1] == " " and _WE.search(text, begin, at):
            out.append((at, end))
    return tuple(out)


# "By introducing two key designs: … and a multi-layer contrastive training (MCT) paradigm, this paper …"
_BY_CUE = re.compile(rf"[Bb](?<=\b[Bb])y\s{_BY}\b")
# each scan of :func:`cues` after "is proposed": the word sets a match holds one word of each of (as words of
# the text, :func:`kg.extract.text_words.holds`), and its gates (see above)
_WORD_GATED = (
    (_BY_CUE, (frozenset(_BY_VERBS.split()),), _BY_GATE),
    (_NEW_PARTS, (frozenset(("novel", "new")), frozenset(_NEW_PART_WORDS.split())), _NEW_GATE),
    (_NOTION, (frozenset(("notion", "concept")),), _NOTION_GATE),
)
# What may stand before the subject of a passive cue: the start of the sentence (after an opening phrase)
# or an article and a few words, "In this paper, a novel Multi-Hypothesis Network (MHN) is proposed";
# not "Most conversational agents (CAs) are designed to …"; after a cue, a relative clause of the paper's
# system: "we propose a framework …, in which an Adaptive Illumination Correction Module (AICM) and a … loss
# are introduced".
_SUBJECT = re.compile(
    r"(?:^|,\s*(?P<where>(?:in\swhich|where(?:in|by)?)\s+)?)"
    r"(?:(?:a|an|the|our|this)\s+(?:[\w\-]+\s+){0,3})?['\"\u2018\u201c`]*$",
    re.IGNORECASE,
)
# "Earth Observation (EO) systems are essentially designed to …": the name modifies a plural class, the
# subject of a general statement, not the paper's new thing (rule 97).
_CLASS_HEAD = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:[a-z][\w\-]*\s+)?(?:systems|models|methods|networks|approaches|"
    r"frameworks|techniques|algorithms|tools|agents|pipelines|architectures)\s"
)
_RELATIVE = re.compile(r"\b(?:which|that|who|whose|where|when|because|since|if|although)\b|[;:]")


# After a known name after the cue: the object itself ("we release the Pile, a corpus …"), not a modifier
# of another noun ("a new 3DGS compression framework").
_OBJECT_END = re.compile(
    r"\s*(?:$|[,.;:()\u2014\u2013]|--|(?:which|that|is|are|was|to|for|as|in|on|and|of|from|by|at|via|"
    r"achieves?|outperforms?|consists?|comprises?|dataset|benchmark|corpus|suite|leaderboard|challenge)\b)"
)
_NEAR = re.compile(
    r"^\s*(?:(?:a|an|the|our|two|three|novel|new|simple|unified|first|large-scale|open-source|"
    r"[a-z]+-(?:based|scale|aware|free|source|quality))\s+)*(?:(?:[a-z][\w\-]*\s+){0,3}"
    # "a new benchmark, X": a lower-case head before the comma (not "an evaluation of ViT, CLIP": a list)
    r"(?:called|named|dubbed|termed|coined)\s+|(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*\s*,\s*)?$"  # rule 120
)
# "we construct a Chain-of-Thought dataset": after "a / an" (after anything for a task, rule 97) a known name
# before a data head says what kind of data it is (not "we construct the VAR dataset", which names it).
_A_KIND = re.compile(r"(?<![\w\-])[Aa]n?\s+(?:[\w\-]+\s+){0,3}$")
_DATA_HEAD = re.compile(r"\s+(?:dataset|benchmark|corpus|corpora|suite)s?\b")
# "we introduce cost-aware RAG, a setting …": a known name right after such an adjective names a new variant.
_COMPOUND_ADJ = re.compile(r"[a-z]+-(?:based|aware|free|guided|driven|centric)\s+$")


def near_cue(text: str, between: str, end: int, known: bool, task: bool = False) -> bool:
    """Whether a known name (``known``) or a new task right after an introduction cue (``between`` the two)
    is the cue's own object: almost directly after it, for a known name not after an adjective that makes a
    new variant of it, and the object itself, not a modifier nor the kind of data a data head names.

    >>> t = "We release the Pile, a corpus. We propose a new 3DGS compression framework."
    >>> near_cue(t, " the ", t.index(", a"), True), near_cue(t, " a new ", t.index(" compression"), True)
    (True, False)
    """
    if known and _COMPOUND_ADJ.search(between):
        return False
    return bool(
        _NEAR.match(between)
        and (not known or _OBJECT_END.match(text, end))
        and not (known and (task or _A_KIND.search(between)) and _DATA_HEAD.match(text, end))
    )
