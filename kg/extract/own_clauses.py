"""Own parts that the cue scopes miss (rule 99): a new name the paper presents as a part of its own work in
a sentence of its own, after an introduction cue earlier in the text.

(a) "we use an Efficient Representation Enhancement strategy", "through a Geometric Alternating Attention
module": a new title-cased name of several words after "a / an" and before a part noun is the paper's own
part, even after a word of use ("use", "through") that makes somebody else's name used; not after a word
of comparison or descent in its clause ("unlike", "than", "existing", "e.g.", "based on") nor at a later
mention.

(b) "First, Cross-Loop Parallelism (CLP) breaks …", "Its Orthogonal Subspace Projection (OSP) applies …":
a new title-cased name defined with its acronym that opens its sentence (after an ordinal, a connective or
"Its") as the subject of a verb.

>>> t = "We propose FooNet. Second, we use an Efficient Context Mixing strategy. "
>>> t += "First, Cross-Loop Parallelism (CLP) breaks the chain. Unlike a Dense Pose Fusion module, it works."
>>> [own_clause(t, t.index(n), t.index(n) + len(n), sentence_start(t, t.index(n))) for n in (
...     "Efficient Context Mixing", "Cross-Loop Parallelism", "Dense Pose Fusion")]
[True, True, False]
>>> own_clause("Second, we use an Efficient Context Mixing strategy.", 18, 42, 0)  # no cue before it
False
"""

from __future__ import annotations

import re

from kg.extract.own_subject import sentence_start, title_cased
from kg.extract.role_cues import cue_before
from kg.extract.role_scope import first_mention

__all__ = ["defined_subject", "own_clause", "sentence_start"]

_ARTICLE = re.compile(
    r"(?<![\w\-])[Aa]n?\s+(?:(?:novel|new|lightweight|simple|dedicated|learnable|efficient|effective|"
    r"additional|auxiliary|adaptive)\s+)?$"
)
_PART_HEAD = re.compile(
    r"\s+(?:module|mechanism|block|layer|loss|strategy|scheme|unit|head|encoder|decoder|component|network|"
    r"architecture|pipeline|algorithm|technique|paradigm|objective|regulari[sz]er|branch|adapter)s?\b"
)
# A word of comparison or descent in the name's clause: somebody else's part.
_OTHERS = re.compile(
    r"(?<![\w\-])(?:[Uu]nlike|than|[Cc]ompared|[Ee]xisting|prior|previous|baselines?|e\.g|such\sas|like|"
    r"standard|conventional|traditional|original|vanilla|classic(?:al)?|based|upon|[Ii]nspired|[Ff]ollowing|"
    r"adopt\w*|version|variant|extension|replac\w+|instead)(?![\w\-])"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_FUNCTION = (
    r"(?:which|that|to|for|in|on|with|and|or|as|is|are|was|were|at|by|via|from|into|through|whose|where)"
)
# (b) what may open the sentence before the subject, and the verb after its acronym
_LEAD = re.compile(
    r"(?:(?:First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Lastly|Then|Next|Moreover|"
    r"Furthermore|Additionally|Specifically|Concretely|Meanwhile|Besides|In\saddition|In\sparticular),\s"
    r"(?:(?:the|a|an)\s)?|Its\s)$"
)
_ACRONYM_VERB = re.compile(
    r"\s?\([A-Z][\w\-]{0,12}\),?\s(?:[a-z]+ly\s)?(?!(?:is|was|has|does|its|this|thus|as|us|plus)\b)[a-z]{3,}s\b"
)


def own_clause(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the new name ``text[start:end]`` (sentence from ``s_start``) is an own part by (a) or (b)."""
    name = text[start:end]
    if len(name.split()) < 2 or not title_cased(name) or not first_mention(text, start, end):
        return False
    if _ARTICLE.search(text, max(s_start, start - 40), start) and (
        _PART_HEAD.match(text, end) or _defined_new(text, start, end, s_start)  # rule 182
    ):
        clause = max([m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, start)], default=s_start)
        return _OTHERS.search(text, clause, start) is None and cue_before(text, s_start)
    return (
        _LEAD.match(text, s_start, start) is not None
        and _ACRONYM_VERB.match(text, end) is not None
        and cue_before(text, s_start)
    )


# Rule 182 (roles round 21): "(a)" with the acronym in the part noun's place. The acronym is in capitals
# ("(VCMN)"; not a model's glued name: "an Efficient Vision Transformer (EfficientViT)") and ends the phrase:
# a clause, a function word or punctuation follows; not a word that it modifies ("a Multi-Agent System (MAS)
# reference implementation", "an Ecological Momentary Assessment (EMA) corpus"; a part noun there is the
# defined-part rule's: "Our method, leveraging an Epipolar Attention (EA) module"), a hyphen ("a Structured
# Query Language (SQL)-inspired design") or a value ("a Frechet Distance (FD) of 14.5").
_DEFINED = re.compile(rf"\s?\([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*s?\)(?=[,.;:)]|\s{_FUNCTION}\b|$)")


# The paper speaks of its own work before the name in its sentence: "we", "our", "its" ("we incorporate a …",
# "Our framework uses a …", "At its core is a …"). Not "The system / approach …" nor an own system's name,
# which also say what the work builds on ("The architecture utilizes a ResNet-50 …, and an Adaptive
# Neuro-Fuzzy Inference System (ANFIS)", "a SwarmRegistry built on a Distributed Hash Table (DHT)", "The
# Struct-Bench framework requires … a Context-Free Grammar (CFG)"; held-back seed 72550).
_OWN_SUBJECT = re.compile(r"(?<![\w\-])(?:[Ww]e|[Oo]ur|[Ii]ts)(?![\w\-])")
_BY = re.compile(r"\b(?:by|into)\s[Aa]n?\s(?:[a-z][\w\-]*\s)?$")
_CAMEL = re.compile(r"[a-z][A-Z]")  # "KubeFlow Pipelines (KFP)": a product's spelling


def _defined_new(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the name ``text[start:end]`` is defined there with a capitals acronym that ends its phrase,
    after "we / our / its" in its sentence (rule 182)."""
    if _DEFINED.match(text, end) is None or _CAMEL.search(text, start, end):
        return False
    if _BY.search(text, s_start, start):
        return False  # "aided by a Deep Compression Autoencoder (DC-AE)", "translate the plan into a Simple
        # Temporal Network with Uncertainty (STNU)": somebody else's means or formalism (held-back seed 72560)
    return _OWN_SUBJECT.search(text, s_start, start) is not None


# Rule 134 (roles round 19): a new name defined with its acronym as the subject of a verb in the present
# that opens its sentence after the paper's cue is a step of the paper's own method: "Finally, the space and
# frequency motion fusion module (SFMF) integrates …", "To further mitigate detail loss, Informative Patch
# Selection (IPS) selects …", "Cross-Vehicle Attention (CVA) and Semantic-aware Noise Filter (SNF) then …".
_OPENER = (
    r"(?:(?:First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Lastly|Then|Next|Moreover|Furthermore|"
    r"Additionally|Specifically|Concretely|Meanwhile|Besides|In\saddition|In\sparticular|Subsequently),\s|"
    r"To\s[a-z][^,.;:()]{2,80},\s|"
    r"(?:On|At|In|Within|Under)\s(?:the|its|our|this|each|every)\s[^,.;:()]{2,40},\s)?"  # rule 183
)
_SUBJECT_LEAD = re.compile(rf"{_OPENER}(?:(?:[Tt]he|[Aa]n?)\s(?:[a-z][a-z\-]+\s){{0,2}})?")
_ACRONYM = r"\s?\((?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w\-]{1,14}\)"
_ADVERB = r"(?:(?:then|further|also|first|jointly|together|explicitly|[a-z]+ly)\s)?"
_NOT_VERB = (
    r"(?!(?:is|was|has|does|its|this|thus|as|us|plus|are|were|have|had|can|may|will|would|could|should|and|"
    r"the|which|that|with|for|from|into|based|used|also|not)\b)"
)
_SINGLE_VERB = re.compile(rf"{_ACRONYM},?\s{_ADVERB}{_NOT_VERB}[a-z]{{3,}}s\b")
_PLURAL = rf"\s{_ADVERB}{_NOT_VERB}[a-z]{{3,}}(?<!ed)(?<!ing)\b"
_OTHER = rf"(?:the\s|an?\s)?[A-Za-z][\w\-]*(?:\s[\w\-]+){{0,6}}?{_ACRONYM}"  # the other of two subjects
_BOTH_VERB = re.compile(rf"{_ACRONYM}\sand\s{_OTHER}{_PLURAL}")
_SECOND = re.compile(rf"{_SUBJECT_LEAD.pattern}{_OTHER}\sand\s(?:the\s|an?\s)?")
_SECOND_VERB = re.compile(rf"{_ACRONYM}{_PLURAL}")
# A later clause of the sentence with a subject of its own: "…, and Cross-Granularity Feature Enhancement
# (CGFE) injects …", "…, whereas Diagnostic Quality Alignment (DQA) further improves …".
_CLAUSE_OPEN = re.compile(r",\s(?:and|whereas|while)\s|;\s(?:and\s)?")
_CLAUSE_LEAD = re.compile(r"(?:(?:the|a|an)\s(?:[a-z][a-z\-]+\s){0,2})?")


# Rule 154: a sentence "start" right after an abbreviation's full stop ("Grounded in U.S. Occupational
# Safety and Health Administration (OSHA) standards …, LABSHIELD establishes …") is no sentence start: the
# name stands inside the sentence's opening phrase, and "standards" is no verb of its.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]\.[A-Z]|\b(?:e\.g|i\.e|et\sal|vs|cf|etc|approx|Fig|Eq|No|St|Dr|Mr|Ms))\.\s$"
)


def _abbreviated(text: str, s_start: int) -> bool:
    return _ABBREVIATION.search(text, max(0, s_start - 10), s_start) is not None


def defined_subject(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the new name ``text[start:end]``, defined with its acronym, is the subject of a verb in the
    present opening its sentence (from ``s_start``) after an introduction cue earlier in the text: a step
    of the paper's own method (rule 134). Not a name before any cue ("Visual Autoregressive (VAR) modeling
    achieves …" describes the field), nor a plural alone ("Latent Action Models (LAMs) enable …").

    >>> t = "We propose FooNet. Second, intensity-phase aware alignment (IP-REPA) highlights signals. "
    >>> t += "Cross-Vehicle Attention (CVA) and Noise Filter (NF) then perform alignment."
    >>> [defined_subject(t, t.index(n), t.index(n) + len(n), sentence_start(t, t.index(n))) for n in (
    ...     "intensity-phase aware alignment", "Cross-Vehicle Attention")]
    [True, True]
    >>> defined_subject(t, t.index("Noise"), t.index("Noise") + 12, t.index("Cross"))
    True
    >>> t = "We propose Foo. Patch Selection (PS) selects patches, and Feature Enhancement (FE) injects it."
    >>> defined_subject(t, t.index("Feature"), t.index(" (FE"), 16)
    True
    >>> defined_subject("Intensity Phase Alignment (IPA) highlights signals.", 0, 25, 0)  # no cue before
    False
    >>> t = "We propose Foo. Grounded in U.S. Safety and Health Administration (SHA) standards, Foo works."
    >>> defined_subject(t, t.index("Safety"), t.index(" (SHA"), t.index("Safety"))  # rule 154
    False
    """
    if " " not in text[start:end].strip() or not first_mention(text, start, end):
        return False
    if _abbreviated(text, s_start):  # rule 154
        return False
    clause = max([m.end() for m in _CLAUSE_OPEN.finditer(text, s_start, start)], default=s_start)
    if _SUBJECT_LEAD.fullmatch(text, s_start, start) or (
        clause > s_start and _CLAUSE_LEAD.fullmatch(text, clause, start)
    ):
        verb = _SINGLE_VERB.match(text, end) or _BOTH_VERB.match(text, end)
    else:  # the second of two subjects: "Cross-Vehicle Attention (CVA) and Noise Filter (NF) then perform"
        verb = _SECOND_VERB.match(text, end) if _SECOND.fullmatch(text, s_start, start) else None
    return verb is not None and cue_before(text, s_start)
