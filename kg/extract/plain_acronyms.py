"""Acronyms of ordinary phrases in evaluation lists: not data (docs/typing.md rule 210).

An evaluation list ("experiments on X, Y and Z") reads its items as datasets. An item that the paper
itself defines as the acronym of a lower-case phrase ("autoregressive (AR)", "missing premises (MiP)",
"out-of-distribution (OOD)") or of a kind of thing that is no entity ("User Interface (UI)", rule 81)
abbreviates that phrase: "gains on AR and MiP" compares settings, it names no data.

>>> t = "Pixel-space autoregressive (AR) generation is slow. Experiments on AR and ImageNet show gains."
>>> plain_acronym(t, t.index("AR and"), t.index(" and I")), plain_acronym(t, t.index("Image"), len(t) - 11)
(True, False)
>>> t = "questions with missing premises (MiP) fail. Results on MiP and GSM8K show it."
>>> plain_acronym(t, t.index("MiP and"), t.index(" and G"))
True
>>> t = "Results on skin lesion (Derm7pt) and meningioma (MEN) datasets are good."
>>> plain_acronym(t, t.index("MEN"), t.index("MEN") + 3)
False
>>> t = "the remote sensing captioning dataset (RSCD) is new. Results on RSCD and UCM show it."
>>> plain_acronym(t, t.index("RSCD and"), t.index(" and U"))
False
"""

from __future__ import annotations

import re

from kg.extract.abbrev import find_definitions
from kg.extract.anchored import places
from kg.extract.thing_heads import names_a_thing

__all__ = ["plain_acronym"]

# A data head in the long form: "… captioning dataset (RSCD)" defines a dataset's name.
_DATA_HEAD = re.compile(
    r"\b(?:data(?:set)?s?|benchmarks?|corpus|corpora|bench|collection|set)$", re.IGNORECASE
)

_DATA_WORD = r"(?:data(?:set)?s?|benchmarks?|corpus|corpora)\b"
# compiled once, asked where the short form stands (a regex of each surface cost a compile a call)
_DATA_AFTER = re.compile(rf"\)?\s+{_DATA_WORD}")
_WORDISH = re.compile(r"[\w\-]")
_SPACE = re.compile(r"\s")
_CLOSE = re.compile(r"s?\)")
_WORD_END = re.compile(r"(?<![\w\-])[a-z][a-z\-]{3,}\Z")  # the word ending where the search ends

# Rule 238: a long form headed by a class of models or systems, or a field, names no data either, in any
# case: "Vision Foundation Models (VFMs)", "An Agentic AI Workflow (AAW)", "eXplainable Artificial
# Intelligence (XAI)", "the Digital Humanities (DH)" ("on VFMs" evaluates on a class of models).
_CLASS_HEAD = re.compile(
    r"\b(?:models?|agents?|workflows?|systems?|networks?|transformers?|intelligence|humanities|learning)$",
    re.IGNORECASE,
)


def plain_acronym(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the short form of a definition in ``text`` whose long form is a
    lower-case phrase or a kind of thing that is no entity, and not a data name."""
    surface = text[start:end]
    if not 2 <= len(surface) <= 8 or sum(ch.isupper() for ch in surface) < 2:
        return False
    if not _abbreviates_plain(text, surface):
        return False  # read first: the data-word search below scans the whole text
    # "meningioma (MEN) datasets", "the MEN dataset": the paper calls it data
    return not _called_data(text, surface)


def _called_data(text: str, surface: str) -> bool:
    """Whether ``surface`` stands as a word (no letter, digit, "_" or "-" before it) before a data word."""
    size = len(surface)
    return any(
        not (at and _WORDISH.match(text, at - 1)) and _DATA_AFTER.match(text, at + size)
        for at in places(text, surface)
    )


def _abbreviates_plain(text: str, surface: str) -> bool:
    """Whether the paper defines ``surface`` for a lower-case phrase or a kind of thing, not a data name."""
    for ls, le, ss, se in find_definitions(text):
        if text[ss:se] not in (surface, surface + "s", surface[:-1] if surface.endswith("s") else surface):
            continue
        long_form = text[ls:le]
        if _DATA_HEAD.search(long_form):
            return False
        plain = long_form[:1].islower() or names_a_thing(long_form)
        return plain or _CLASS_HEAD.search(long_form) is not None
    if "(" + surface not in text:
        return False  # the one-word definition below needs "(SF" written
    word = _defined_word(text, surface)
    return word is not None and _spells(surface, word)


def _defined_word(text: str, surface: str) -> str | None:
    """The lower-case word of the first "word (SF)" / "word (SFs)" in ``text`` (no letter, digit, "_" or "-"
    before the word)."""
    for at in places(text, "(" + surface):
        if at and _SPACE.match(text, at - 1) and _CLOSE.match(text, at + 1 + len(surface)):
            word = _WORD_END.search(text, 0, at - 1)
            if word is not None:
                return word.group()
    return None


def _spells(short: str, word: str) -> bool:
    """Whether the one lower-case ``word`` abbreviates to ``short``: its first letter, then the others in
    order ("autoregressive" -> AR, "electromagnetic" -> EM)."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if not letters or word[0] != letters[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in letters[1:])
