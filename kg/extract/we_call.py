"""Names a paper gives its own contribution in so many words: "which we term MambaIC", "a method that
we refer to as BalancedDPO", "We name our model as LLM-QL", "We call this task Occlusion-Ordered
Semantic Instance Segmentation".

"We call / term / name / dub / coin / refer to as / denote (as)" then, optionally, what is named ("this
approach", "our model") and the name: a name-shaped token or capitalised words (the names
:func:`kg.extract.patterns.intro_candidates` accepts after "we introduce"). The name is the paper's own
(``introduced``); its type comes from what is named ("this task" -> task), else from a head noun
earlier in the sentence ("a compression scheme, which we term MambaIC"), else from its shape, else
``method``. What is named may be no entity at all ("We term this phenomenon Catastrophic
Overtraining"): then nothing is read. Lower-case names ("a framework that we call model cards") are
left alone: "we call" is too often followed by a description.

>>> t = "We propose a compression scheme, which we term MambaIC. We name our model as LLM-QL."
>>> [(c.name, c.type, c.role) for c in we_call_candidates(t)]
[('MambaIC', 'method', 'introduced'), ('LLM-QL', 'model', 'introduced')]
>>> we_call_candidates("We term this phenomenon Catastrophic Overtraining. We call for a new study.")
[]
>>> we_call_candidates("It fails, a failure mode we call Pseudo-Deliberation. We term this Modal Isolation.")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.patterns import _accept, infer_type
from kg.extract.shapes import has_name_shaped_word, type_from_head
from kg.extract.text_words import holds

__all__ = ["we_call_candidates"]

_WE_CALL = re.compile(  # "\b(?:[Ww]e|which\s+we|that\s+we)", its first letter first: a fast scan
    r"[Wwt](?<=\b[Wwt])(?:(?<=[Ww])e|(?<=w)hich\s+we|(?<=t)hat\s+we)\s+(?:call|term|name|dub|coin|refer\s+to\s+as|denote(?:\s+as)?)\s+"
    r"(?:(?P<named>(?:this|these|our|the|it|them|such)(?:\s+[a-z][\w\-]*){0,2}?)\s+(?=(?:as\s+)?(?:the\s+)?[A-Z0-9]))?"
    r"(?:as\s+)?(?:the\s+)?(?:``|\"|\u201c|')?"
    r"(?P<name>(?:[A-Z0-9][\w+.\-/]*[\w+]|[a-z]+[A-Z][\w+.\-]*[\w+])"
    r"(?:\s(?:[A-Z][\w+.\-/]*[\w+]|[A-Z]|of|for|and|to)){0,6})"
)
_TRAILING = re.compile(r"(?:\s(?:of|for|and|to))+$")
_HEAD_BEFORE = re.compile(
    r"\b(benchmark|dataset|corpus|framework|model|method|approach|algorithm|architecture|system|pipeline|"
    r"suite|toolkit|library|agent|network|metric|module|mechanism|strategy|technique|paradigm|loss|"
    r"score|measure)s?\b"
)
# what a paper names that is no entity: "a phenomenon we term Overflow", "a failure mode we call …"
_NOT_ENTITY = re.compile(
    r"\b(?:phenomen(?:on|a)|effects?|failures?|modes?|trade-?offs?|limitations?|misalignment|bias|gaps?|"
    r"behaviou?rs?|problems?|issues?|vulnerabilit(?:y|ies)|propert(?:y|ies)|patterns?|assumptions?|"
    r"intuitions?|drift|challenges?|paradox|dilemma|collapse|traps?|abilit(?:y|ies)|capabilit(?:y|ies)|"
    r"settings?|regimes?|laws?|principles?|hypothes[ie]s|concepts?|notions?|conditions?|weights|layers|"
    r"phases?|transitions?|duality|errors?|states?|syndrome|illusion|curse|fallacy|tendency|tokens|"
    r"dimensions?|ax[ie]s|theor(?:y|ies))\b"
)
_NOT_ENTITY_NAME = re.compile(_NOT_ENTITY.pattern, re.IGNORECASE)
_HEAD_OR_NOT = re.compile(f"{_HEAD_BEFORE.pattern}|(?P<not>{_NOT_ENTITY.pattern})")
_TYPES = frozenset({"method", "model", "dataset", "benchmark", "metric", "task"})
# what a paper names that the head nouns do not type (rule 350): "We name this workflow Real-LOD"
_NAMED_HEADS = {
    "workflow": "method",
    "workflows": "method",
    "system": "method",
    "platform": "method",
    "tool": "method",
}
# a lower-case word after the name: the name modifies it ("Bayesian fusion", "the Length-MAX tokenizer")
_NEXT_WORD = re.compile(r"[\"'\u201d]?\s+([a-z][a-z\-]+)")
_FUNCTION_TEXT = """
    and or that which who to for in on with is are was were as by from of the a an we it its at via using
    through under into"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
_CUE_WORDS = frozenset(
    ("call", "term", "name", "dub", "refer", "denote", "coin")
)  # a match holds one, a word
_PHRASE_END = (",", ".", ";", ":", " (", ")")


def we_call_candidates(text: str) -> list[Candidate]:
    """The names a paper gives its own contribution (see the module docstring)."""
    if not holds(text, _CUE_WORDS):
        return []
    out = []
    for match in _WE_CALL.finditer(text):
        start, end = match.span("name")
        trailing = _TRAILING.search(text, start, end)
        end = trailing.start() if trailing else end
        while end > start and text[end - 1] in ".,;:":
            end -= 1
        if not _accept(text, start, end, loose=True) or _NOT_ENTITY_NAME.search(text, start, end):
            continue  # "the Few-Shot Distillation Dilemma", "Internal Safety Collapse": no entity
        named = match.group("named")
        if named and named != "the" and " " not in named and text.startswith("the ", start - 4):
            continue  # "We call this the Provenance Gap": rule 350 reads "the" only after a named head
        plain_word = " " not in text[start:end] and not has_name_shaped_word(text[start:end])
        if plain_word and end < len(text) and not text.startswith(_PHRASE_END, end):
            continue  # "we call Through the Looking Glass": one plain word of a longer phrase
        kind = _kind(text, match, start, end)
        if kind is None:
            continue
        out.append(
            Candidate(
                start, end, kind, text[start:end], confidence=0.75, rule="cue.we_call", role="introduced"
            )
        )
    return out


def _kind(text: str, match: re.Match[str], start: int, end: int) -> str | None:
    """The type of the named thing: what the sentence names ("this task", "our model"), else the
    nearest head noun before it in the sentence, else a name-shaped name's shape (``method`` by
    default); None when what is named is no entity ("a phenomenon we term …") or nothing says what a
    name of ordinary capitalised words is."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1) not in _FUNCTION:
        kind = type_from_head(after.group(1))  # "the Length-MAX tokenizer"; "Bayesian fusion": no type
        return kind if kind in _TYPES else None
    named = match.group("named")
    if named and len(named.split()) > 1:
        kind = type_from_head(named) or _NAMED_HEADS.get(named.rsplit(None, 1)[-1])
        return kind if kind in _TYPES else None  # "this phenomenon", "this characteristic": no entity
    sentence = max(text.rfind(". ", 0, match.start()) + 2, match.start() - 120, 0)
    nearest = [  # "a vulnerability in large language models, which we term …": no plural class
        m for m in _HEAD_OR_NOT.finditer(text, sentence, match.start()) if m.group() not in ("models", "LLMs")
    ]
    if nearest:
        if nearest[-1].group("not"):
            return None
        kind = type_from_head(nearest[-1].group(1))
        return kind if kind in _TYPES else None
    if not has_name_shaped_word(text[start:end]):
        return None  # "We term this Modal Isolation": nothing says it is a method
    shape, _ = infer_type(text, start, end)
    return shape if shape in _TYPES else "method"
