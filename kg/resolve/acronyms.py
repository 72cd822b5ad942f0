"""Acronyms scoped to their paper: "Long Form (LF)" makes LF mean Long Form in that paper only.

The extractor marks the two halves of a definition with the rules ``acronym.long`` and
``acronym.short`` (:mod:`kg.extract.abbrev`); the short half sits one to three characters after
the long one (``" ("``). The short half may have been matched by the lexicon instead (the
lexicon wins an exact span), so any mention right after an ``acronym.long`` one is its short form.

A definition joins a lexicon entity only when its long form agrees with one of the entity's
long forms (:func:`long_forms_agree`): "Segment Anything Model (SAM)" is ``model:sam``,
"Sample Confusion Miner (SAM)" is not.

>>> long_forms_agree("segmentanythingmodel", "segmentanything")
True
>>> long_forms_agree("sampleconfusionminer", "segmentanythingmodel")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping, Sequence

from rapidfuzz import fuzz

from kg.extract.abbrev import find_definitions
from kg.model import Mention
from kg.resolve.names import norm_key
from kg.resolve.own_names import coined

__all__ = ["add_unpaired", "definitions", "long_forms_agree", "looks_like_acronym", "unpaired_definitions"]

_CAPS = re.compile(r"[A-Z][A-Z0-9]{1,5}s?")

AGREE = 85.0
"""Rapidfuzz ratio of two long-form keys at or above which they name one thing."""


def long_forms_agree(a: str, b: str) -> bool:
    """Whether two normalised long forms (keys, :func:`kg.resolve.names.norm_key`) name one thing:
    equal, one a prefix of the other (eight or more characters), or a ratio of at least 85.

    >>> long_forms_agree("unitedstatesmedicallicensingexamination", "unitedstatesmedicallicensingexam")
    True
    >>> long_forms_agree("math", "mathematicalreasoningbenchmark")
    False
    """
    if a == b:
        return True
    if min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a)):
        return True
    return fuzz.ratio(a, b) >= AGREE


def looks_like_acronym(text: str) -> bool:
    """Whether a short form reads as an acronym (five or fewer letters and digits, or mostly
    capitals) rather than a name in parentheses ("... on hallucination (HallusionBench)"), which
    a paper's "definition" does not redefine.

    >>> looks_like_acronym("SAM"), looks_like_acronym("ReaMOT"), looks_like_acronym("HallusionBench")
    (True, True, False)
    """
    letters = [ch for ch in text if ch.isalpha()]
    if sum(ch.isalnum() for ch in text) <= 5:
        return True
    return 2 * sum(ch.isupper() for ch in letters) >= len(letters)


def definitions(mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """``(long index, short index)`` of each acronym definition among one paper's mentions.

    >>> from kg.model import Mention
    >>> def m(text, start, rule):
    ...     end = start + len(text)
    ...     return Mention("p", "method", text, "", "used", text, start, end, "abstract", "", 0.7, "", rule)
    >>> definitions([m("Sample Confusion Miner", 10, "acronym.long"), m("SAM", 34, "lexicon.cased")])
    [(0, 1)]
    """
    longs = [i for i, m in enumerate(mentions) if m.rule == "acronym.long"]
    if not longs:
        return []
    at = {(m.field, m.start): i for i, m in enumerate(mentions)}
    out = []
    for i in longs:
        long = mentions[i]
        for gap in (1, 2, 3):
            j = at.get((long.field, long.end + gap))
            if j is not None and (mentions[j].rule == "acronym.short" or " " not in mentions[j].text):
                out.append((i, j))
                break
    return out


def unpaired_definitions(
    mentions: Sequence[Mention], pairs: Sequence[tuple[int, int]], lexicon_ids: Container[str]
) -> dict[str, str]:
    """Rule 428: short key -> long key of each acronym a paper defines ("Long Form (LF)" in a mention's
    sentence) whose long form is no mention of its own, so :func:`definitions` did not pair it: the
    acronym (two to six capitals or digits, a plural "s") then means that long form in this paper,
    not what a bare "LF" means in another paper. Acronyms the lexicon matched anywhere in the paper
    keep the lexicon's reading (:mod:`kg.resolve.resolver`), and a name the paper coins stays its
    own (:mod:`kg.resolve.own_names` scopes it; moving it would end the refusal of a name two works
    coin). The shortest long key wins (then the first in order of the alphabet: the same whatever
    the mentions' order).

    >>> from kg.model import Mention
    >>> s = "We propose Confidence Calibration through Semantic Perturbation (CSP) for LLMs."
    >>> m = Mention("p", "method", "CSP", "", "used", "CSP", 64, 67, "abstract", s, 0.7, "acronym")
    >>> unpaired_definitions([m], [], set())
    {'csp': 'calibrationthroughsemanticperturbation'}
    """
    paired = {mentions[i].text for _, i in pairs}
    lexical = {m.text for m in mentions if m.entity_id in lexicon_ids or coined(m)}
    out: dict[str, str] = {}
    for m in mentions:
        t = m.text
        if t in paired or t in lexical or not _CAPS.fullmatch(t) or f"({t})" not in m.sentence:
            continue
        for ls, le, ss, se in find_definitions(m.sentence):
            if m.sentence[ss:se] == t:
                short, long = norm_key(t), norm_key(m.sentence[ls:le])
                if long and long != short and _named(m.sentence[ls:le], t):
                    out[short] = min(out.get(short, long), long, key=lambda k: (len(k), k))
                break
    return out


def _named(long: str, short: str) -> bool:
    """Whether a long form names something of its own: it starts with the acronym's first letter and
    keeps two words or a hyphenated one once a head word ("corpus", "dataset") is dropped ("Reasoning
    Corpus" read for ARC is the key of "reasoning", no name).

    >>> _named("Reasoning Corpus", "ARC"), _named("Random Access", "RA"), _named("Virtual Try-Off", "VTOFF")
    (False, True, True)
    """
    words = long.split()
    if not words or long[:1].lower() != short[:1].lower():
        return False
    if len(words) > 1 and norm_key(long) == norm_key(" ".join(words[:-1])):
        words = words[:-1]
    return len(words) >= 2 or "-" in words[0]


def add_unpaired(
    means: dict[str, tuple[str, str, str]],
    mentions: Sequence[Mention],
    pairs: Sequence[tuple[int, int]],
    lexicon_ids: Container[str],
    anchors: Mapping[str, str],
    agrees: Callable[[str, str], bool] = lambda eid, long: False,
) -> set[str]:
    """Add rule 428's definitions (:func:`unpaired_definitions`) to a paper's acronym meanings (short
    key -> ``(long key, the lexicon id the long key anchors to, or that of the short key when ``agrees``
    with the long key, else "", "")``) where no paired definition
    gave the short or the long key one; the short keys added (their text is a text of the long key).

    >>> from kg.model import Mention
    >>> s = "Both Knowledge Game (KG) and Random Access (RA) help."
    >>> ms = [Mention("p", "method", t, "", "used", t, s.find(t), 0, "abstract", s, 0.7, "pattern")
    ...       for t in ("KG", "RA")]
    >>> means = {"kg": ("knowledgegraph", "", "method")}
    >>> sorted(add_unpaired(means, ms, [], set(), {})), means["ra"]
    (['ra'], ('randomaccess', '', ''))
    """
    added = set()
    for short_key, long_key in sorted(unpaired_definitions(mentions, pairs, lexicon_ids).items()):
        if short_key not in means and long_key not in means:
            lex = anchors.get(short_key, "")  # "retrieval-augmented (RAG)" is still the lexicon's RAG
            lex = anchors.get(long_key) or (lex if lex and agrees(lex, long_key) else "")
            means[short_key] = (long_key, lex, "")
            added.add(short_key)
    return added
