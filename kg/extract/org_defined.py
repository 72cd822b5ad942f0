"""Public bodies named with their acronym: "the National Institute for Space Research (INPE)", "the
Food and Drug Administration (FDA)", "the Moving Picture Experts Group (MPEG)" (docs/typing.md rule 260).

A capitalised name whose last word (before an optional "of / for ..." tail) is an organisation head
(Institute, Agency, Administration, Commission, Ministry, Organization, Council, Society, Association,
Department, Office, Service, Group, ...) and which the paper defines with an acronym in brackets is an
organisation when one of its words says it is a public or professional body (National, International,
United, European, Federal, Health, Safety, Standards, Patent, Space, Weather ...) or a nation
(Italian, Japan, Saudi ...). The acronym must start with the initial of one of the name's words. The
same heads close method names ("Dynamic Residual Group (DRG)", "Quality of Service (QoS)", "Task-Aware
LLM Council (TALC)", "Recursive Association (RA)"): none has a body word, so none is read. Nor is a name
that goes on after its acronym ("the World Health Organization (WHO) Disease Outbreak News" names the
reports), nor one of fewer than three words ("Emergency Department (ED)").

>>> [c.name for c in defined_org_candidates("from the National Institute for Space Research (INPE).", 0)]
['National Institute for Space Research']
>>> t = "by the Food and Drug Administration (FDA) and the Italian Space Agency (ASI)"
>>> [c.name for c in defined_org_candidates(t, 0)]
['Food and Drug Administration', 'Italian Space Agency']
>>> defined_org_candidates("from the World Health Organization (WHO) Disease Outbreak News", 0)
[]
>>> [c.name for c in defined_org_candidates("adopted by the Moving Picture Experts Group (MPEG).", 0)]
['Moving Picture Experts Group']
>>> defined_org_candidates("with a Dynamic Residual Group (DRG) and Quality of Service (QoS) terms", 0)
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.text_words import holds

__all__ = ["defined_org_candidates", "is_body_name"]

_HEADS = (
    "Institute|Ministry|Organization|Organisation|Agency|Administration|Bureau|Commission|Council|"
    "Association|Society|Academy|Foundation|Laboratory|Consortium|Corporation|Department|Authority|"
    "Office|Service|Group|Centre|Center"
)
_C = r"(?:[A-Z][a-z]+(?:-[A-Z][A-Za-z]+)?|[A-Z]{2,6})"
_F = r"(?:of|for|and|on|de|the|&)"
_NAME = re.compile(
    rf"\b(?P<name>{_C}(?: (?:{_C}|{_F})){{0,8}}? (?:{_HEADS})"
    rf"(?: (?:of|for) (?:the )?{_C}(?: (?:{_C}|{_F})){{0,3}}?)?)"
    r" \((?P<acr>[A-Z][A-Za-z\-]{1,9})\)"
)
_GATE = re.compile(rf"(?:{_HEADS})(?: (?:of|for) [^()]{{1,80}})? \(")
# the head of every match is a word of its own (a space each side): first the text's word set is asked
_HEAD_WORDS = frozenset(_HEADS.lower().split("|"))
# words that make a name a public or professional body
_BODY = frozenset(
    (
        "National",
        "International",
        "United",
        "Nations",
        "European",
        "American",
        "British",
        "World",
        "Federal",
        "Commonwealth",
        "Royal",
        "Government",
        "Public",
        "State",
        "States",
        "Central",
        "Health",
        "Safety",
        "Security",
        "Standards",
        "Standardization",
        "Patent",
        "Trademark",
        "Medicines",
        "Drug",
        "Space",
        "Weather",
        "Environment",
        "Environmental",
        "Education",
        "Agriculture",
        "Police",
        "Transportation",
        "Aviation",
        "Press",
        "Trade",
        "Industry",
        "Industrial",
        "Economy",
        "Research",
        "Science",
        "Sciences",
        "Scientific",
        "Exchange",
        "Securities",
        "Atmospheric",
        "Oceanic",
        "Medicine",
        "Medical",
        "Radiology",
        "Ophthalmology",
        "Italian",
        "French",
        "German",
        "Japan",
        "Japanese",
        "Chinese",
        "China",
        "Korean",
        "Korea",
        "Indian",
        "India",
        "Brazilian",
        "Saudi",
        "Experts",
        "Slovenian",
        "Canada",
        "Canadian",
        "Australian",
        "Taiwan",
        "Malta",
        "African",
        "Asia-Pacific",
        "Energy",
        "Geographical",
    )
)
# never the start of an organisation's name, though capitalised at a sentence start
_NOT_FIRST = frozenset(("On", "Using", "Evaluated", "Although", "The", "A", "An", "In", "From", "By", "With"))
# a name that goes on after its acronym is a longer name's part: "the World Health Organization (WHO)
# Disease Outbreak News", "the Temple University Hospital (TUH) Abnormal EEG dataset"
_CONTINUES = re.compile(r" [A-Z0-9]| (?:dataset|datasets|database|data|corpus|benchmark|challenge)\b")
# a body's name is no piece of a method's name
_METHOD_WORDS = frozenset(
    ("Mixture", "Attention", "Feature", "Residual", "Network", "Model", "LLM", "Renormalization")
)


def _body_words(name: str, least: int = 3) -> list[str] | None:
    """The words of ``name`` without a sentence opener, when they name a public body (rule 260), else None."""
    words = name.split()
    while words and (words[0] in _NOT_FIRST or words[0][0].islower() or words[0] == "&"):
        words = words[1:]
    if len(words) < least or not _BODY.intersection(words) or _METHOD_WORDS.intersection(words):
        return None
    return words


def is_body_name(long_form: str) -> bool:
    """Whether a defined ``long_form`` names a public body: rule 260 links it as an organisation, so the
    acronym rules read neither it nor its short form as a method ("the Moving Picture Experts Group (MPEG)",
    "the Italian Public Administration (PA)", whose definition reads "Public Administration": two words
    suffice here, where no link is made).

    >>> is_body_name("Moving Picture Experts Group"), is_body_name("Dynamic Residual Group")
    (True, False)
    """
    return _NAME.fullmatch(long_form + " (XX)") is not None and _body_words(long_form, 2) is not None


def defined_org_candidates(text: str, title_len: int) -> list[Candidate]:
    """Public bodies named and defined with an acronym in the abstract (rule 260)."""
    if " (" not in text or not holds(text, _HEAD_WORDS) or not _GATE.search(text, title_len):
        return []  # the cheap tests: a head word, then one right before a bracket
    out = []
    for match in _NAME.finditer(text, title_len):
        words = _body_words(match.group("name"))
        acr = match.group("acr")
        if words is None or _CONTINUES.match(text, match.end()) or not any(w[0] == acr[0] for w in words):
            continue
        name = " ".join(words)
        end = match.end("name")
        start = end - len(name)
        out.append(Candidate(start, end, "organization", name, confidence=0.8, rule="cue.org_defined"))
    return out
