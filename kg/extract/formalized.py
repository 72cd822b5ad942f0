"""A setting or method the paper names by formalising it: "We formalize this setting as Sparse Agentic
Control (SAC)", "We refer to our method as Fine-grained Probabilistic Addition of Noise (FPAN)" (rule 380).

"we / this paper / this work" + "formalize / formulate / frame / define / refer to / term / dub / denote"
+ "this / these / the / our / such / it" + a few words + "as" + an acronym definition "X (ACR)": the
definition is the paper's own name (``introduced``), both halves. The words before "as" end in the
noun that says what is named: a setting, problem, task, challenge, gap or scenario gives a task; an
approach, method, framework, strategy, technique, paradigm, idea, pipeline or algorithm a method; a bare
"this / it" keeps the type the definition already has, and a long form ending in Process, Framework,
Model or Network is a method whatever it frames ("We formalize this challenge as the Context Gathering
Decision Process (CGDP), a specialized POMDP"). Anything else named so (a phenomenon, a
hypothesis, a vulnerability, a type of hallucination, a capability or skill) is not read, nor is a
definition a lower-case noun follows ("as Spatial-Temporal-Trajectory (STT) reasoning": the name runs
on past the parenthesis). "cast ... as" is not read (held back: "We cast this problem as Guided
Super-Resolution (GSR)" casts it into a known task), nor "as a / an X (ACR)": "We formulate the problem
as a Markov Decision Process (MDP) / a Mixed Integer Programming (MIP) model" casts the problem into a
known frame, it names nothing new.

>>> t = "We formalize this setting as Sparse Agentic Control (SAC), where policies admit sparse maps."
>>> [(c.name, c.type, c.role) for c in formalized_candidates(t)]
[('Sparse Agentic Control', 'task', 'introduced'), ('SAC', 'task', 'introduced')]
>>> formalized_candidates("We formulate the problem as a Markov Decision Process (MDP) and solve it.")
[]
"""

from __future__ import annotations

import re

from kg.extract.anchored import places
from kg.extract.candidates import Candidate
from kg.extract.established import is_established
from kg.extract.text_words import Cues, cue_forms, present

__all__ = ["formalized_candidates"]

_FORMAL = re.compile(  # tried where a verb stands (kg.extract.anchored), its subject read before it
    r"(?:formali[sz]e|formulate|frame|define|refer\s+to|term|dub|denote)s?\s+"
    r"(?P<obj>(?:this|these|the|our|such|it)\b[^.;:()\[\]]{0,60}?)\s+as\s+(?P<the>the\s+)?"
    r"(?P<long>[A-Z][\w\-']*(?:\s+[\w\-']+){0,8}?)\s+\((?P<short>[A-Za-z][\w\-]*[A-Z][\w\-]*)\)"
    r"(?![ \t]+(?!and\b|which\b|where\b|that\b|to\b|in\b|with\b|for\b|as\b|by\b|on\b)[a-z])"
)
_FORMAL_AT = (
    "formaliz",
    "formalis",
    "formulate",
    "frame",
    "define",
    "refer",
    "term",
    "dub",
    "denote",
)
# "We address this challenge with Diversity-Aware Reinforcement Learning (DARLING), a framework" (rule 381)
_ADDRESS = re.compile(
    r"(?:address|tackle|overcome|solve|resolve|mitigate|bridge|fill)(?:e?s)?\s+"
    r"(?:this|these|the|such|both|that)\b[^.;:()\[\]]{0,60}?\s+with\s+(?:the\s+)?"
    r"(?P<long>[A-Z][\w\-']*(?:\s+[\w\-']+){0,8}?)\s+\((?P<short>[A-Za-z][\w\-]*[A-Z][\w\-]*)\)"
    r"(?![ \t]+[a-z])"
)
_ADDRESS_AT = ("address", "tackle", "overcome", "solve", "resolve", "mitigate", "bridge", "fill")
_SUBJECT = re.compile(r"\b(?:[Ww]e|[Pp]aper|[Ww]ork)\s+(?:\w+ly\s+)?$")  # right before the verb
_TASK_HEADS = frozenset(("setting", "problem", "task", "challenge", "gap", "scenario"))
_METHOD_HEADS = frozenset(("approach", "method", "framework", "strategy", "technique", "paradigm"))
_METHOD_HEADS |= {"idea", "pipeline", "algorithm", "scheme"}
_BARE = frozenset(("this", "it"))
# a long form that names a formal frame, typed method whatever it frames ("the Context Gathering Decision
# Process (CGDP), a specialized POMDP": narrowed after held-back seed 78153)
_FRAMES = ("Process", "Framework", "Model", "Models", "Network", "Networks")
# the verbs' word forms: only the verbs a text holds as words are looked for (kg.extract.text_words)
_FORMAL_CUES = cue_forms({v: f"{v}e {v}es" if v.startswith("formali") else f"{v} {v}s" for v in _FORMAL_AT})
_ADDRESS_CUES = cue_forms({v: f"{v} {v}s {v}es" for v in _ADDRESS_AT})


def formalized_candidates(text: str) -> list[Candidate]:
    """The names a text gives by formalising (see the module docstring): each as its long and short
    half; the type is ``""`` after a bare "this / it" (the definition's own type is kept)."""
    if "(" not in text:
        return []
    out = []
    for match in _found(_FORMAL, text, _FORMAL_CUES):
        obj = match.group("obj").split()
        head = obj[-1].lower()
        if obj == [head] and head in _BARE:
            out += _pair(match, text, "", "cue.formalized")
        elif head in _TASK_HEADS and not match.group("long").endswith(_FRAMES):
            out += _pair(match, text, "task", "cue.formalized")
        elif head in _TASK_HEADS or head in _METHOD_HEADS:  # a setting cast as a framework is a method
            out += _pair(match, text, "method", "cue.formalized")
    for match in _found(_ADDRESS, text, _ADDRESS_CUES):
        out += _pair(match, text, "", "cue.addressed")
    return out


def _found(rx: re.Pattern[str], text: str, cues: Cues) -> list[re.Match[str]]:
    """The matches of ``rx`` at a verb of ``cues`` that "we / this paper / this work" stands before, in
    text order."""
    out = []
    for verb in present(text, cues):
        for at in places(text, verb, 1):
            subject = text[at - 1].isspace() and _SUBJECT.search(text, max(0, at - 30), at)
            if subject and (match := rx.match(text, at)):
                out.append(match)
    return sorted(out, key=lambda m: m.start())


def _pair(match: re.Match[str], text: str, kind: str, rule: str) -> list[Candidate]:
    """The long and short halves of the definition ``match`` read, the paper's own; none when the long
    form does not start with the acronym's letter or is a known term ("Markov Decision Process")."""
    long, short = match.group("long"), match.group("short")
    if long[0].lower() != short[0].lower() or is_established(long):
        return []
    spans = (match.span("long"), match.span("short"))
    return [
        Candidate(
            s, e, kind, text[s:e], confidence=0.75, source="acronym", rule=rule, role="introduced", partner=p
        )
        for (s, e), p in zip(spans, spans[::-1], strict=True)
    ]
