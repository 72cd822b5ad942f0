"""The anchors of the own-name rules on parts (:mod:`kg.extract.own_names`): where a capitalised part noun
("a Fusion Alignment Module"), a lower-case one ("a Dynamic Context Encoding module") or a verb of parts
("consists of", "integrates") stands, found in one scan per text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anchored import match_at, places
from kg.extract.text_words import cue_forms, present

__all__ = ["anchors"]


# "a Fusion Alignment Module that integrates …", "the Cross-level Saliency Assessment Block": a capitalised
# name whose last word is a part noun (no acronym needed); :mod:`kg.extract.roles` decides whose it is.
_PART_NOUNS = (
    "Module", "Block", "Layer", "Mechanism", "Loss", "Encoder", "Decoder", "Adapter", "Head", "Unit",
    "Branch", "Strategy", "Engine", "Verifier", "Planner", "Router", "Selector", "Retriever", "Memory",
    "Repository", "Controller",
)  # fmt: skip
# One scan finds the anchors of own_names' three rules: a capitalised part noun, a lower-case one, a verb.
_LOW_PARTS = (
    "module", "mechanism", "strategy", "approach", "method", "technique", "algorithm", "scheme", "loss",
    "block", "layer", "unit", "encoder", "decoder", "paradigm",
)  # fmt: skip
_VERBS = ("consists", "comprises", "includes", "contains", "introduces", "incorporates", "integrates")
_ANCHORS = re.compile(
    rf" (?:(?P<cap>(?:{'|'.join(_PART_NOUNS)})s?\b(?![\-(+]|\s[A-Z]))|"
    rf"(?P<low>(?:{'|'.join(_LOW_PARTS)})s?\b)|"
    r"(?P<verb>(?:consists\sof|comprises|is\scomposed\sof|includes|contains|introduces|incorporates|"
    r"integrates)\s))"
)
# where a match of _ANCHORS starts (its space), and the word it holds there (" is" only before "composed")
_ANCHOR_WORDS = cue_forms({
    **{f" {noun}": f"{noun.lower()} {noun.lower()}s" for noun in (*_PART_NOUNS, *_LOW_PARTS)},
    **{f" {verb}": verb for verb in _VERBS}, " is": "composed",
})  # fmt: skip


@lru_cache(maxsize=8)
def anchors(text: str) -> dict[str, tuple[int, ...]]:
    """The starts (after the space) of each kind of anchor in ``text``, found in one scan (tried only at the
    anchor words the text holds)."""
    found: dict[str, list[int]] = {"cap": [], "low": [], "verb": []}
    for match in match_at(_ANCHORS, text, _anchor_places(text)):
        found[str(match.lastgroup)].append(match.start() + 1)
    return {kind: tuple(starts) for kind, starts in found.items()}


# A part noun in both cases (" Module", " module"): where the text may hold both, one pass over the word
# without its space and first letter ("odule") finds the places of both (not for "Loss" and "Unit": "oss"
# and "nit" stand in many other words, "across", "community").
_BOTH_CASES = {f" {noun}": f" {noun.lower()}" for noun in _PART_NOUNS if noun.lower() in _LOW_PARTS}
_BOTH_CASES = {cap: low for cap, low in _BOTH_CASES.items() if len(cap) > 5}


def _anchor_places(text: str) -> list[int]:
    """The places of the anchor words the text holds (where :func:`~kg.extract.anchored.finditer_at` would
    try), sorted.

    A place of " Module" is a place of "odule", 2 on, with " M" before it; of " module", with " m" before
    it: where :func:`present` answers both, one pass finds both and the lower-case word's own is left out.

    >>> t = "A Fusion Module and two modules; it integrates modules."
    >>> _anchor_places(t)
    [8, 23, 35, 46]
    """
    words = present(text, _ANCHOR_WORDS)
    out: list[int] = []
    skip: set[str] = set()
    for word in words:
        if word in skip:
            continue
        low = _BOTH_CASES.get(word)
        if low is not None and low in words:
            skip.add(low)  # it follows its capitalised form in _ANCHOR_WORDS' order: found here
            cap_lead, low_lead = word[:2], low[:2]
            out += [at - 2 for at in places(text, word[2:], 2) if text[at - 2 : at] in (cap_lead, low_lead)]
        else:
            out += places(text, word)
    out.sort()
    return out
