r"""The introduction cue ("we propose", "This paper presents", "Our work introduces") and where it stands.

:data:`INTRO_CUE` is the cue as one pattern; :func:`intro_cue_spans` finds its matches once per text (the
discovery rules and the roles read them). One scan of it tries a match at every "w", "t", "o" and "I" of
the text; the same cue scanned once per literal start ("We", "we", "Th", "th", "Our", "our", "I"), which
the regex engine skips ahead to, costs two thirds of that (docs/evaluation.md, session 13). At any place
only one of those starts can match, and there it matches as :data:`INTRO_CUE` does, so the scans' matches
sorted are the one scan's, unless two overlap (one scan would have skipped the later; a match holds no
other subject, so none do in practice): then the one scan decides.

>>> t = "This paper presents X. We also propose Y; our work introduces Z, and I describe W."
>>> [t[s:e] for s, e in intro_cue_spans(t)]
['This paper presents', 'We also propose', 'our work introduces', 'I describe']
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.text_words import holds

__all__ = ["INTRO_CUE", "cue_object_at", "intro_cue_spans"]

# What follows the subject ("we", "this paper", "our work", "I"): adverbs, "have", the verb.
_VERB = (
    r"\s(?:(?:also|further|then|first|additionally|newly|hereby|thus|therefore|here|now|finally|instead|"
    r"subsequently|[a-z]{3,}ly)\s){0,2}"
    r"(?:ha(?:ve|s)\s(?:(?:also|further|[a-z]{3,}ly)\s)?)?"  # "we have created the X dataset"
    r"(?:(?:design|develop|build|construct|curate|collect)(?:s|ed)?\s(?:and|&)\s)?"
    r"(?:introduce|propose|present|release|develop|construct|build|curate|design|contribute|create|"
    r"open-source|unveil|collect|establish|devise|describe)(?:s|d|ed)?\b"
)
# after "Th" / "th"; "This letter / thesis / dissertation / manuscript / chapter" too (typing.md rule 268)
_THIS = (
    r"(?:is|e|e\spresent)\s"
    r"(?:paper|work|study|report|article|technical\sreport|letter|thesis|dissertation|manuscript|chapter)"
)
# "\b(?:[Ww]e|[Tt]his …|[Oo]ur …|I)", written with a leading character class (and one word-start test
# before the alternatives). "I" too: a single author's "I present Lepton, …", "I introduce Topeax".
INTRO_CUE = re.compile(
    r"[WwTtOoI](?<=\b[WwTtOoI])(?:(?<=[Ww])e|(?<=I)|(?<=[Tt])h"
    + _THIS
    + r"|(?<=[Oo])ur\s(?:work|paper))"
    + _VERB
)
_THIS_NOUNS = frozenset(
    ("paper", "work", "study", "report", "article", "technical", "letter", "thesis", "dissertation",
     "manuscript", "chapter")
)  # fmt: skip
_SCANS = tuple(  # each with words one of which a match holds (none in the text: no scan), or None
    (re.compile(start + _VERB), words)
    for start, words in (
        (r"We(?<=\bWe)", None), (r"we(?<=\bwe)", None), (r"I(?<=\bI)", frozenset(("i",))),
        (r"Th(?<=\bTh)" + _THIS, _THIS_NOUNS), (r"th(?<=\bth)" + _THIS, _THIS_NOUNS),
        (r"Our(?<=\bOur)\s(?:work|paper)", frozenset(("work", "paper"))),
        (r"our(?<=\bour)\s(?:work|paper)", frozenset(("work", "paper"))),
    )
)  # fmt: skip


@lru_cache(maxsize=8)
def intro_cue_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of :data:`INTRO_CUE`'s matches in ``text`` (``finditer``'s), found once per text."""
    scans = (rx for rx, words in _SCANS if words is None or holds(text, words))
    found = sorted(m.span() for rx in scans for m in rx.finditer(text))
    end = -1
    for start, stop in found:
        if start < end:  # two readings overlap: the one scan decides which it reads
            return tuple(m.span() for m in INTRO_CUE.finditer(text))
        end = stop
    return tuple(found)


def cue_object_at(text: str, start: int, begin: int, max_words: int, stops: str) -> bool:
    """Whether the first introduction cue in ``text[begin:start]`` has its object at ``start``: at most
    ``max_words`` words and none of the characters ``stops`` between the cue and ``start``.

    >>> t = "We propose the Drift Index (DI). We introduce AQFusionNet, a framework for Air Quality Index."
    >>> cue_object_at(t, t.index("Drift"), 0, 5, ","), cue_object_at(t, t.index("Air"), 33, 5, ",")
    (True, False)
    """
    cue = INTRO_CUE.search(text, begin, start)
    if cue is None:
        return False
    between = text[cue.end() : start]
    return len(between.split()) <= max_words and not any(c in between for c in stops)
