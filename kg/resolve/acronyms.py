"""Acronyms scoped to their paper: "Long Form (LF)" makes LF mean Long Form in that paper only.

The extractor marks the two halves of a definition with the rules ``acronym.long`` and
``acronym.short`` (:mod:`kg.extract.abbrev`); the short half sits one to three characters after
the long one (``" ("``). The short half may have been matched by the lexicon instead (the
lexicon wins an exact span), so any mention right after an ``acronym.long`` one is its short form.

A definition joins a lexicon entity only when its long form agrees with one of the entity's
long forms (:func:`kg.extract.long_forms.long_forms_agree`, the extractor's rule, asked by
:meth:`kg.resolve.resolver.Keyer.agrees`): "Segment Anything Model (SAM)" is ``model:sam``,
"Sample Confusion Miner (SAM)" is not.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.model import Mention

__all__ = ["definitions", "looks_like_acronym"]


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
