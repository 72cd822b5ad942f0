"""A title's name spelled out otherwise: "CHAI: CacHe Attention Inference for text2video" is the paper's
CHAI, not the Center for Human-Compatible AI (docs/typing.md rule 80); and a plural short form defined
otherwise (rule 82).

A title that opens with a name the lexicon knows, then a colon and a subtitle whose first words spell
the name (their capitals, or their initials) with a long form that disagrees with every multi-word form
of the entry, defines the name anew: the lexicon reading of the name is dropped in that paper, as for
"Long Form (LF)" and "LF (Long Form)" (rules 5 and 54), and the title-prefix rule finds the paper's own
name. A subtitle that spells the entry's own long form ("SAM: Segment Anything Model") keeps it.

>>> from kg.extract.lexicon import LexiconEntry
>>> opro = LexiconEntry("method:opro", "method", "Optimization by PROmpting", ("OPRO",))
>>> text = "OPRO: Orthogonal Panel-Relative Operators for Image Generation\\n\\nWe introduce a method."
>>> found: set[str] = set()
>>> spelled_in_title(text, {(0, 4): Candidate(0, 4, "method", "x", "method:opro")}, {opro.id: opro}, found)
>>> found
{'OPRO'}
"""

from __future__ import annotations

import re

from kg.extract.abbrev import find_definitions
from kg.extract.candidates import Candidate
from kg.extract.lexicon import LexiconEntry
from kg.extract.long_forms import long_forms_agree

__all__ = ["plural_redefined", "spelled_in_title", "spells", "title_long_form"]

_WORDS = re.compile(r"[A-Za-z0-9]+")
_SKIP = frozenset(["of", "and", "for", "the", "to", "in", "on", "with", "a", "an", "via", "by"])
_MAX_WORDS = 8


def spells(short: str, long: str) -> bool:
    """Whether ``long`` spells ``short``: its capitals are the short form's letters, or the initials of
    its words (function words optional) are.

    >>> spells("CHAI", "CacHe Attention Inference"), spells("OPRO", "Orthogonal Panel-Relative Operators")
    (True, True)
    >>> spells("MIT", "Massive Image Tests"), spells("BERT", "Pre-training of Deep Transformers")
    (True, False)
    """
    target = "".join(ch for ch in short if ch.isalpha())
    if len(target) < 2:
        return False
    if "".join(ch for ch in long if ch.isupper()) == target.upper():
        return True
    initials = "".join(w[0] for w in _WORDS.findall(long) if w.lower() not in _SKIP)
    full = "".join(w[0] for w in _WORDS.findall(long))
    return target.lower() in (initials.lower(), full.lower())


def spelled_in_title(
    text: str,
    by_span: dict[tuple[int, int], Candidate],
    entries: dict[str, LexiconEntry],
    redefined: set[str],
) -> None:
    """Add to ``redefined`` a lexicon name that opens the title ("NAME: subtitle") when the subtitle's
    first words spell it with a long form the entry does not have."""
    for (start, end), cand in by_span.items():
        long = title_long_form(text[start:end], text) if start == 0 else None
        if long is not None and not long_forms_agree(long, entries[cand.entity_id].forms):
            redefined.add(text[start:end])


def plural_redefined(
    text: str,
    by_span: dict[tuple[int, int], Candidate],
    entries: dict[str, LexiconEntry],
    redefined: set[str],
) -> None:
    """Add to ``redefined`` a lexicon short form whose plural the paper defines in words none of the entry's
    forms of several words has (docs/typing.md rule 82): after "Electrocardiogram-Language Models (ELMs)",
    "ELM" is not the Extreme Learning Machine.

    >>> elm = LexiconEntry("method:elm", "method", "Extreme Learning Machine", ("ELM",))
    >>> t = "Electrocardiogram-Language Models (ELMs) grow. Key ELM designs."
    >>> found: set[str] = set()
    >>> plural_redefined(t, {(51, 54): Candidate(51, 54, "method", "x", "method:elm")}, {elm.id: elm}, found)
    >>> found
    {'ELM'}
    """
    defined = find_definitions(text)
    plurals = {text[ss : se - 1]: text[ls:le] for ls, le, ss, se in defined if text[se - 1] == "s"}
    if not plurals:
        return
    for (start, end), cand in by_span.items():
        long = plurals.get(text[start:end])
        if long is not None and not _shares_word(long, entries[cand.entity_id].forms):
            redefined.add(text[start:end])


def _stems(phrase: str) -> set[str]:
    """The first five letters of each content word of ``phrase``, lower case."""
    return {w.lower()[:5] for w in _WORDS.findall(phrase) if len(w) > 2 and w.lower() not in _SKIP}


def _shares_word(long: str, forms: tuple[str, ...]) -> bool:
    """Whether ``long`` shares a content word with a form of several words: "Automatic Speech
    Recognizers (ASRs)" and "output reward models (ORMs)" describe the entry in other words (kept);
    "under-display cameras (UDCs)" is not the Ubuntu Dialogue Corpus.

    >>> _shares_word("output reward models", ("ORM", "Outcome Reward Model"))
    True
    >>> _shares_word("under-display cameras", ("UDC", "Ubuntu Dialogue Corpus"))
    False
    """
    stems = _stems(long)
    return any(stems & _stems(form) for form in forms if " " in form.strip())


def title_long_form(name: str, title: str) -> str | None:
    """The first words of the subtitle of a ``title`` that opens with "``name``: " when they spell the
    name (:func:`spells`), else None.

    >>> title_long_form("CHAI", "CHAI: CacHe Attention Inference for text2video")
    'CacHe Attention Inference'
    >>> title_long_form("SepFormer", "SepFormer: Coarse-to-fine Separator Regression Network") is None
    True
    """
    if not title.startswith(name + ": ") or sum(map(str.isupper, name)) < 2:
        return None
    subtitle = title[len(name) + 2 :].split("\n", 1)[0]
    stops = [m.end() for m in re.finditer(r"\S+", subtitle)][:_MAX_WORDS]
    return next((subtitle[:stop] for stop in stops if spells(name, subtitle[:stop])), None)
