"""Names leading the items of an enumerated list of the paper's own parts: "three trust metrics: (1) Class
Entailment Alignment, which …", "two capabilities, (i) Intent-Conditioned Monitoring: …" (docs/typing.md,
"Enumerated parts"); a heading with a clause of its own ("(1) Multidimensional Evaluation: We …") is none.
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.own_subject import sentence_start
from kg.extract.patterns import intro_cue_spans
from kg.extract.role_scope import in_scope
from kg.extract.shapes import type_from_head

__all__ = ["enumerated_parts"]


# "three trust metrics: (1) Class Entailment Alignment, which …; (2) …", "two capabilities, (i)
# Intent-Conditioned Monitoring: …": a capitalised name of 2-6 words leading an enumerated item.
_ENUM = re.compile(
    r"\((?<!\S\()(?:[1-9]|i{1,3}|iv|vi{0,3}|[a-e])\)\s(?:\\textbf\{|\*\*)?"  # "(1) \textbf{X}"
    r"(?P<name>[A-Z][\w\-]+(?:\s(?:(?:of|for|and|with|in|to)\s)?"
    r"[A-Z][\w\-]*){1,5})(?:\}|\*\*)?(?=,\s(?:which|that|where|a|an)\s|:\s)"
)
# Before the list, in its sentence: the kind of its items, and the paper's own work as the subject.
_ENUM_KIND = re.compile(
    r"\b(?:components?|modules?|metrics?|capabilit(?:y|ies)|stages?|mechanisms?|strateg(?:y|ies)|innovations?|"
    r"contributions?|designs?|techniques?|operations?|blocks?|losses|objectives?)\b"
)
_ENUM_OWNER = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|[Ii]t|[Tt]he\s(?:proposed\s)?(?:framework|method|model|system|approach|pipeline))\b"
)


# A list the paper's cue opens names its parts, not the challenges it meets or the features of an era.
_NOT_PARTS = re.compile(
    r"\b(?:challenges?|problems?|issues?|limitations?|questions?|gaps?|shortcomings?|difficult(?:y|ies)|"
    r"bottlenecks?|features|aspects|principles|properties|findings|observations|insights|goals?|"
    r"requirements?|desiderata|criteria)\b"
)
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
        begin = sentence_start(text, match.start())
        kinds = _ENUM_KIND.findall(text, begin, match.start())
        cues = [end for start, end in intro_cue_spans(text) if begin <= start and end <= match.start()]
        # a kind of parts before the list, or the paper's own cue opening it ("we propose X, a framework that
        # jointly measures: (1) \textbf{Intra-Layer Dispersion}, which …"; not "three core challenges: (1) …")
        if not (kinds or (cues and not _NOT_PARTS.search(text, cues[-1], match.start()))):
            continue
        if not _ENUM_OWNER.search(text, begin, match.start()):
            continue
        if in_scope(text, cues[-1] if cues else begin, match.start("name")):
            continue  # "We compare three baselines: (1) …", "using two modules: (1) …"
        if _HEADING.match(text, match.end("name")):
            continue  # "(1) Multidimensional Evaluation: We combine …": the heading of a contribution
        start, end = match.span("name")
        name = text[start:end]
        kind = "metric" if kinds and kinds[-1].startswith("metric") else type_from_head(name) or "method"
        out.append(Candidate(start, end, kind, name, role="introduced", confidence=0.6, rule="cue.enum"))
    return out
