"""Names leading the items of an enumerated list of the paper's own parts: "three trust metrics: (1) Class
Entailment Alignment, which …", "two capabilities, (i) Intent-Conditioned Monitoring: …" (docs/typing.md,
"Enumerated parts"); a heading with a clause of its own ("(1) Multidimensional Evaluation: We …") is none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anchored import finditer_at
from kg.extract.candidates import Candidate
from kg.extract.established import is_established
from kg.extract.own_subject import sentence_start
from kg.extract.patterns import intro_cue_spans
from kg.extract.role_scope import in_scope
from kg.extract.shapes import type_from_head
from kg.extract.text_words import cue_forms, present

__all__ = ["enumerated_parts", "enumerated_spans", "listed_parts", "own_list_parts"]


# "three trust metrics: (1) Class Entailment Alignment, which …; (2) …", "two capabilities, (i)
# Intent-Conditioned Monitoring: …": a capitalised name of 2-6 words leading an enumerated item.
_NUMBER = r"(?:[1-9]|i{1,3}|iv|vi{0,3}|[a-e])"  # an item's number: "(1)", "(iv)", "(b)"
_ENUM = re.compile(
    rf"\((?<!\S\(){_NUMBER}\)\s(?:an?\s)?(?:\\textbf\{{|\*\*)?"  # "(1) \textbf{X}", "(i) a X that"
    r"(?P<name>[A-Z][\w\-]+(?:\s(?:(?:of|for|and|with|in|to)\s)?"
    r"[A-Z][\w\-]*){1,5})(?:\}|\*\*)?"
    # "(i) Dynamic Token Synthesizer (DTS): DTS generates …": with its acronym before the colon
    r"(?=(?:\s\([A-Za-z0-9\-]{2,12}\))?(?::\s|,\s(?:which|that|where|a|an)\s|\s(?:which|that)\s|"
    r"(?P<purpose>\s(?:to|for)\s[a-z])))"  # rule 550: "(i) Global Spectral Knowledge Retrieval to inject …"
)
# Before the list, in its sentence: the kind of its items, and the paper's own work as the subject.
_ENUM_KIND = re.compile(
    r"\b(?:components?|modules?|metrics?|capabilit(?:y|ies)|stages?|mechanisms?|strateg(?:y|ies)|innovations?|"
    r"contributions?|designs?|techniques?|operations?|blocks?|losses|objectives?)\b"
)
_ENUM_OWNER = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|[Ii]t|[Tt]he\s(?:proposed\s)?(?:framework|method|model|system|approach|pipeline))\b"
)
# A name as the subject of a verb of parts, opening the sentence: "ReCoT introduces two key components: (i) …"
_NAME_OWNER = re.compile(
    r"[A-Z][\w\-]*[A-Z][\w\-]*\s(?:introduces|comprises|consists|includes|contains|integrates|incorporates)\b"
)
# An item that opens a sentence of its own: "… Synthesizer (DTS): DTS generates … tokens. (ii) Semantic-Guided
# Masking (SGM): …" reads the sentences before it, back to the one that announces the list.
_ITEM_OPENS = re.compile(rf"\({_NUMBER}\)\s")
_FIRST_ITEM = re.compile(r"\((?:1|i|a)\)\s")


def _list_start(text: str, at: int) -> int | None:
    """The start of the sentence holding ``at``, or of the sentence that announces its list when the item
    at ``at`` opens a sentence of its own (at most three back); None when the sentence found holds no item
    and the one after it opens with a later item: it is the text of an earlier item ("(2) Training: … Our
    exploration encompasses … (3) Model Evaluation: …"), not the list's announcement."""
    begin = after = sentence_start(text, at)
    if begin != at:
        return begin  # "(3) X: We propose … comprising: (i) Y, which …": the item's own sentence
    for _ in range(3):
        if begin < 2 or not _ITEM_OPENS.match(text, begin):
            break
        begin, after = sentence_start(text, begin - 2), begin
    if after != begin and not _FIRST_ITEM.match(text, after) and not _ITEM_OPENS.search(text, begin, after):
        return None
    return begin


# A list the paper's cue opens names its parts, not the challenges it meets or the features of an era.
_NOT_PARTS = re.compile(
    r"\b(?:challenges?|problems?|issues?|limitations?|questions?|gaps?|shortcomings?|difficult(?:y|ies)|"
    r"bottlenecks?|features|aspects|principles|properties|findings|observations|insights|goals?|"
    r"requirements?|desiderata|criteria)\b"
)
# Rule 550: the last word of a part's name ("(3) a Geometry-Guided Decoder for …", "(1) a Knowledge Adequacy
# Evaluator for …"): an item followed by "to / for" is a name where the list says parts or the name ends so.
_PART_END = re.compile(
    r"\s(?:Module|Block|Layer|Mechanism|Loss|Objective|Encoder|Decoder|Adapter|Head|Unit|Branch|Strategy|Engine|"
    r"Verifier|Planner|Router|Selector|Retriever|Memory|Controller|Agent|Generator|Evaluator|Extractor|"
    r"Transformer|Network|Shell|Solver)s?$"
)


def _purpose_item(name: str, kinds: bool) -> bool:
    """Rule 550: whether an item followed by "to / for" names a part: a name that ends in a part noun ("(2) a
    Lightweight Response Generator for …", "(1) Perception Module for …"), or one of three words or more in a
    list the sentence calls parts ("three key components: (i) Coarse-to-Fine Global Tokenization for …"); not
    a two-word step or concept ("three stages: (1) Gaussian Sampling to …", "(3) a Knowledge Graph to …").

    >>> _purpose_item("Memory Module", False), _purpose_item("Knowledge Graph", True)
    (True, False)
    >>> _purpose_item("Coarse-to-Fine Global Tokenization", True)
    True
    >>> _purpose_item("Global Spectral Retrieval", False)
    False
    """
    if _PART_END.search(name):
        return True
    return kinds and len(name.split()) >= 3


def _purpose_kept(match: re.Match[str], kinds: bool) -> bool:
    """Rule 550: whether an item is kept: any item not followed by "to / for"; one followed by it when
    :func:`_purpose_item` reads a part and the name is not an established term whole ("(2) a Direct
    Preference Optimization objective for …" uses a known method)."""
    if not match.group("purpose"):
        return True
    name = match.group("name")
    return _purpose_item(name, kinds) and not is_established(name)


# A colon and a clause of its own after the item's capitalised words: a heading, not a name.
_HEADING = re.compile(r":\s(?:[Ww]e|[Oo]ur|[Tt]his|[Ii]t|[Tt]hey)\s")


def enumerated_parts(text: str) -> list[Candidate]:
    """Names leading the items of an enumerated list of the paper's own parts (role ``introduced``).

    >>> t = "The framework employs three metrics: (1) Class Entailment Alignment, which checks X; (2) Bar."
    >>> [(t[c.start:c.end], c.type) for c in enumerated_parts(t)]
    [('Class Entailment Alignment', 'metric')]
    >>> enumerated_parts("We compare three baselines: (1) Deep Ranking Nets, which rank.")
    []
    >>> t = "We add two innovations: (1) Placement Matches, a way to rate, and (2) Proximity Sampling, a rule"
    >>> [t[c.start:c.end] for c in enumerated_parts(t)]
    ['Placement Matches', 'Proximity Sampling']
    >>> enumerated_parts("It has three contributions: (1) Multidimensional Evaluation: We combine X and Y.")
    []
    >>> t = r"We propose Foo, which measures: (1) \\textbf{Intra-Layer Dispersion}, which counts; (2) Bar."
    >>> [t[c.start:c.end] for c in enumerated_parts(t)]
    ['Intra-Layer Dispersion']
    """
    out: list[Candidate] = []
    if ") " not in text:
        return out
    for match in _ENUM.finditer(text):
        begin = _list_start(text, match.start())
        if begin is None:
            continue
        kinds = _ENUM_KIND.findall(text, begin, match.start())
        cues = [end for start, end in intro_cue_spans(text) if begin <= start and end <= match.start()]
        # a kind of parts before the list, or the paper's own cue opening it ("we propose X, a framework that
        # jointly measures: (1) \textbf{Intra-Layer Dispersion}, which …"; not "three core challenges: (1) …")
        if not (kinds or (cues and not _NOT_PARTS.search(text, cues[-1], match.start()))):
            continue
        if not _purpose_kept(match, bool(kinds)):
            continue  # rule 550: "(1) Gaussian Pruning to remove …", "(3) a Knowledge Graph to …"
        if not (_ENUM_OWNER.search(text, begin, match.start()) or _NAME_OWNER.match(text, begin)):
            continue
        if in_scope(text, cues[-1] if cues else begin, match.start("name")):
            continue  # "We compare three baselines: (1) …", "using two modules: (1) …"
        if _HEADING.match(text, match.end("name")):
            continue  # "(1) Multidimensional Evaluation: We combine …": the heading of a contribution
        start, end = match.span("name")
        name = text[start:end]
        kind = "metric" if kinds and kinds[-1].startswith("metric") else type_from_head(name) or "method"
        if kind == "task":
            kind = "method"  # a part of the own system: "(3) Relation Matching, which …"
        out.append(Candidate(start, end, kind, name, role="introduced", confidence=0.6, rule="cue.enum"))
    return out


@lru_cache(maxsize=8)
def own_list_parts(text: str) -> tuple[Candidate, ...]:
    """:func:`enumerated_parts` then :func:`listed_parts`, found once per text (the own-name rules take
    them as candidates, the roles read their spans)."""
    return (*enumerated_parts(text), *listed_parts(text))


@lru_cache(maxsize=8)
def enumerated_spans(text: str) -> frozenset[tuple[int, int]]:
    """The spans of :func:`own_list_parts`, found once per text: a definition the acronym rules found
    first ("(ii) Semantic-Guided Masking (SGM): …") keeps its own candidate and takes the part's role."""
    return frozenset((c.start, c.end) for c in own_list_parts(text))


# "two complementary strategies, Perceptual Entropy Constraint and Semantic Drift Penalty", "two key
# components: Compressed Semantic Prefilling, …": a counted set of parts named by capitalised multiword names;
# "FooNet introduces Inversion-Boosted Attention and Reference-Anchored Self-Attention modules": names
# coordinated before a plural part noun. An item may carry its acronym (the acronym rules' candidate then
# takes the item's role through :func:`enumerated_spans`).
_PART_KINDS = (
    r"(?:components|modules|strategies|mechanisms|losses|blocks|designs|innovations|layers|branches)"
)
_KINDS = re.compile(rf"\s{_PART_KINDS}\b")
_KIND_WORDS = cue_forms({w: w for w in _PART_KINDS[3:-1].split("|")})  # a match starts right before one
_COUNTED = re.compile(
    rf"\b(?:two|three|four|five|several)\s(?:[\w\-]+\s){{0,2}}?{_PART_KINDS}(?::\s|,\s(?:namely\s)?)"
)
_COUNT_WORDS = cue_forms({w: w for w in ("two", "three", "four", "five", "several")})  # where matches start
_NAME = r"[A-Z][\w\-]+(?:\s(?:(?:of|for|with|in|to)\s)?[A-Z][\w\-]*){1,5}"
_ACR = r"(?:\s\([A-Za-z0-9\-]{2,12}\))?"
# An item with a clause of its own may hold "and" ("Shared-space Decomposition and Filtering, which …"); the
# next item then follows the clause's ";" ("X, which …; Y, which …; and Z, which …").
_NAME_AND = _NAME.replace("of|for", "of|and|for")
_ITEM = re.compile(
    rf"(?:the\s)?(?:(?P<clause>{_NAME_AND}){_ACR},\s(?:which|that)\s|(?P<plain>{_NAME}){_ACR}"
    rf"(?=,\s(?:and\s)?|\sand\s|[.;]|\s(?:to|that|which|for|in)\s))"
)
_ITEM_SEP = re.compile(r",\s(?:and\s)?(?:(?:the|a|an)\s)?|\sand\s(?:(?:the|a|an)\s)?")
_CLAUSE_SEP = re.compile(r"[^.;]*?(?:;\s(?:and\s)?|,\sand\s)(?:(?:the|a|an)\s)?(?=[A-Z])")
# the paper's own work as the subject ("we" needs an introduction cue: "We compare two strategies: …")
_OWN_WORK = re.compile(r"\b(?:[Oo]ur|[Ii]t|[Tt]he\sproposed)\s")
_COORDINATED = re.compile(
    rf"\b({_NAME}){_ACR}((?:,\s{_NAME}{_ACR}){{0,3}},?\sand\s(?:the\s)?{_NAME}){_ACR}\s{_PART_KINDS}\b"
)


def listed_parts(text: str) -> list[Candidate]:
    """Capitalised names of the paper's own parts in a counted or coordinated list (role ``introduced``).

    >>> t = "We propose Foo with two strategies, Perceptual Entropy Constraint and Semantic Drift Penalty."
    >>> [t[c.start:c.end] for c in listed_parts(t)]
    ['Perceptual Entropy Constraint', 'Semantic Drift Penalty']
    >>> t = "FooNet introduces Inversion-Boosted Attention and Reference-Anchored Self-Attention modules."
    >>> [t[c.start:c.end] for c in listed_parts(t)]
    ['Inversion-Boosted Attention', 'Reference-Anchored Self-Attention']
    >>> t = "It has two components: Shared Decomposition and Filtering, which splits; and Layer Merging, that"
    >>> [t[c.start:c.end] for c in listed_parts(t)]
    ['Shared Decomposition and Filtering', 'Layer Merging']
    >>> listed_parts("We compare two strategies: Retrieval Augmented Generation and Long Context.")
    []
    """
    kinds = [
        kind.span() for kind in finditer_at(_KINDS, text, present(text, _KIND_WORDS), back=(1,))
    ]  # where every list below ends
    spans: list[tuple[int, int, int]] = []  # (anchor, start, end)
    for match in _anchored_counted(text, kinds):
        at = match.end()
        while (item := _ITEM.match(text, at)) is not None:
            group = "clause" if item.group("clause") else "plain"
            spans.append((match.start(), *item.span(group)))
            sep = (_CLAUSE_SEP if group == "clause" else _ITEM_SEP).match(text, item.end())
            if sep is None:
                break
            at = sep.end()
    if kinds and " and " in text:  # no part-kind word: no coordinated list (and no pass for " and ")
        for match in _coordinated(text, kinds):
            begin = match.start()
            for item in re.finditer(rf"{_NAME}(?=\s|,)", text[begin : match.end()]):
                spans.append((begin, begin + item.start(), begin + item.end()))
    out = []
    for anchor, start, end in spans:
        begin = sentence_start(text, anchor)
        cues = [e for s, e in intro_cue_spans(text) if begin <= s and e <= anchor]
        owner = cues or _NAME_OWNER.search(text, begin, anchor + 1) or _OWN_WORK.search(text, begin, anchor)
        if owner and not in_scope(text, cues[-1] if cues else begin, start):
            out.append(Candidate(start, end, "method", text[start:end], role="introduced", confidence=0.6,
                                 rule="cue.parts_list"))  # fmt: skip
    return out


def _anchored_counted(text: str, kinds: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The counted sets of parts in ``text``: none without a part-kind word (of ``kinds``, the spans of
    :data:`_KINDS`) before ":" or ","."""
    if not any(text.startswith((":", ","), end) for _, end in kinds):
        return []
    return finditer_at(_COUNTED, text, present(text, _COUNT_WORDS))  # tried at the count words only


def _coordinated(text: str, kinds: list[tuple[int, int]]) -> list[re.Match[str]]:
    """What ``_COORDINATED.finditer(text)`` finds, searched for only before each part-kind word (``kinds``,
    the spans of :data:`_KINDS`), back to the last ".", ";" or ":": a match ends at the first part-kind
    word after its start and holds none of those (its names, acronyms, commas and "and" do not)."""
    out: list[re.Match[str]] = []
    at = 0
    for start, end in kinds:
        stop = max(text.rfind(mark, 0, start) for mark in ".;:")
        match = _COORDINATED.search(text, max(at, stop + 1), end)
        if match is not None:
            out.append(match)
            at = match.end()
    return out
