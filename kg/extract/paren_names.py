"""Names a paper gives in parentheses to a thing it describes: "a foveated instance segmentation
(FovealSeg) framework", "a custom multiple object tracker (MouseTracks)", "a specialized evaluation metric
(S-Score)", "a dataset comprising 25,368 samples (CausalDR)".

An article ("a / an / the / our") and up to nine words that hold a head noun of a type (method, model,
dataset, benchmark, metric; or an agent noun such as tracker, classifier, detector: a method), then a
name-shaped token in parentheses (:func:`kg.extract.shapes.is_name_shaped`; an upper-case acronym or a
plural one only when the description is the paper's own, "we propose an alternate optimization strategy
(A-RDO)": others are the definition rules'; and not a short form whose letters the description
spells: "Polar Hierarchical Mamba (PHiM)" is a definition). A head noun right after the parentheses
types the name ("(FovealSeg) framework"; another lower-case word there means the parentheses modify it:
"performing (Monte-Carlo) simulations"), else the last head noun of the description when only its
complement follows it ("a dataset comprising 25,368 samples (CausalDR)"; not "a voice conversion model on
English dysarthric speech (UASpeech)"). A capitalised word
right before the parentheses makes it a long form's acronym, not this rule's. The role is that of the
description (:func:`kg.extract.roles.introduces` read from the description's first word): "we present a …
(FovealSeg) framework" and "the dual-optical attention fusion crowd head point counting model (TAPNet) is
proposed" are the paper's own, "than the state-of-the-art voxel-based method (SAFDNet)" is not, nor is a
description that calls the thing existing ("freezes a pre-trained policy network (DI-Star)"). A name with a
prefix such as "pre-" or "non-" is no name ("tweets from 2020 (pre-ChatGPT)").

>>> t = "Gaze. We present a foveated instance segmentation (FovealSeg) framework and a metric (S-Score)."
>>> [(c.name, c.type, c.role) for c in paren_candidates(t)]
[('FovealSeg', 'method', 'introduced'), ('S-Score', 'metric', 'introduced')]
>>> t = "In this paper, the dual-optical crowd head point counting model (TAPNet) is proposed."
>>> [(c.name, c.type, c.role) for c in paren_candidates(t)]
[('TAPNet', 'model', 'introduced')]
>>> paren_candidates("models in a large language model (LLMs) and a Polar Hierarchical Mamba (PHiM)")
[]
"""

from __future__ import annotations

import re

from kg.extract.abbrev import match_long_form
from kg.extract.anchored import finditer_at
from kg.extract.candidates import Candidate
from kg.extract.roles import introduces
from kg.extract.shapes import HEAD_TYPES, is_adjectival, is_generic, is_name_shaped

__all__ = ["paren_candidates"]

# the parenthesised name (found first: cheap), then the description before it, read back from the name
_NAME = re.compile(r"\s\((?P<name>[A-Za-z][\w\-+.]{1,30}[\w+])\)(?:\s+(?P<after>[a-z]+))?")
_DESC = re.compile(r"(?<![\w\-])(?:[Aa]n?|[Tt]he|[Oo]ur)\s+(?P<desc>(?:[\w\-]+(?:,\d+)?\s+){0,8}?[\w\-]+)$")
# agent nouns a paper names its parts by: "a custom multiple object tracker (MouseTracks)"
_AGENT_TEXT = """tracker classifier detector estimator predictor generator selector router retriever reranker
    verifier scorer controller simulator segmenter tokenizer"""
_AGENT = frozenset(_AGENT_TEXT.split())
_TYPES = frozenset({"method", "model", "dataset", "benchmark", "metric"})
_PREFIXED = re.compile(r"(?:pre|post|non|anti|semi|sub|cross|self|multi)-", re.IGNORECASE)
# "a pre-trained policy network (DI-Star)", "an off-the-shelf detector (X)": somebody else's
_EXISTING = re.compile(
    r"\b(?:pre-?trained|existing|off-the-shelf|popular|widely|well-known|standard|state-of-the-art|"
    r"publicly\savailable|public|open-source|commercial|proprietary|baseline|prior|previous|conventional)\b",
    re.IGNORECASE,
)
_COMPLEMENT = frozenset(
    ["of", "comprising", "containing", "with", "consisting", "covering", "featuring", "including"]
)
_FUNCTION = frozenset(
    [
        "and",
        "or",
        "that",
        "which",
        "who",
        "to",
        "for",
        "in",
        "on",
        "with",
        "is",
        "are",
        "was",
        "were",
        "as",
        "by",
        "from",
        "of",
        "the",
        "a",
        "an",
        "at",
        "via",
    ]
)


def _head_type(word: str) -> str | None:
    word = word.lower()
    if word in _AGENT or (word.endswith("s") and word[:-1] in _AGENT):
        return "method"
    kind = HEAD_TYPES.get(word) or HEAD_TYPES.get(word[:-1] if word.endswith("s") else word)
    return kind if kind in _TYPES else None


def _desc_type(words: list[str]) -> str | None:
    """The type of the description's last head noun, if only its complement follows it ("a dataset
    comprising 25,368 samples", not "a voice conversion model on English dysarthric speech")."""
    for i in range(len(words) - 1, -1, -1):
        kind = _head_type(words[i])
        if kind:
            return kind if i == len(words) - 1 or words[i + 1].lower() in _COMPLEMENT else None
    return None


def _is_acronym(name: str) -> bool:
    """Upper case (or its plural): "LLM", "LLMs", "C-3", "A-RDO"."""
    plural = name.endswith("s") and name[:-1].isupper()
    return name.isupper() or plural or not any(c.islower() for c in name)


def _shape_ok(name: str) -> bool:
    """A distinctive name: name-shaped, no "pre-/non-" token, not generic."""
    if not is_name_shaped(name) or is_adjectival(name) or _PREFIXED.match(name):
        return False  # "tweets from 2020 (pre-ChatGPT)": a period or a contrast, not a name
    return not is_generic(name)


def _description(text: str, at: int) -> re.Match[str] | None:
    """``_DESC.search(text, max(0, at - 160), at)``, searched from the tenth last word before ``at``: a match
    is the article and at most nine words, each one white-space-delimited word or its end ("(the"), while a
    ``$``-anchored search tries every start of its window (2-3x the time)."""
    lo = max(0, at - 160)
    words = text[lo:at].rsplit(None, _DESC_WORDS)
    return _DESC.search(text, lo + len(words[0]) if len(words) > _DESC_WORDS else lo, at)


_DESC_WORDS = 10  # the article and the nine words of _DESC's description at most


def paren_candidates(text: str) -> list[Candidate]:
    """Names given in parentheses to a described thing (see the module docstring)."""
    if " (" not in text:
        return []
    out = []
    for match in finditer_at(_NAME, text, ("(",), back=(1,)):  # a match starts right before its "("
        after = match.group("after")  # (the cheapest tests first: each failing one skips the parenthesis)
        head = _head_type(after) if after else None
        if after and head is None and after not in _FUNCTION:
            continue  # "while performing (Monte-Carlo) simulations": the parentheses modify a noun
        name = match.group("name")
        if not _shape_ok(name):
            continue
        found = _description(text, match.start())
        if found is None:
            continue
        desc = found.group("desc")
        words = desc.split()
        kind = head or _desc_type(words)
        if words[-1][:1].isupper() or kind is None or match_long_form(name, desc) is not None:
            continue  # "the Indian Legal Documents Corpus (ILDC_expert)", "… Mamba (PHiM)": a definition
        whole = match.end("after") if head else match.end("name") + 1  # the described thing, for its role
        start, end = match.span("name")
        own = not _EXISTING.search(desc) and introduces(text, found.start("desc"), whole)
        if not own and _is_acronym(name):
            continue  # "the LLM (GPT)": an acronym another work defines; only the paper's own is read here
        role = "introduced" if own else "used"
        out.append(Candidate(start, end, kind, name, confidence=0.7, rule="cue.paren_name", role=role))
    return out
