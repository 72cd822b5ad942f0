"""The paper's own names that the name typer finds as subjects (rule 315).

The name typer (:mod:`kg.extract.name_typer`) reads names no cue types; many are the paper's own system or
its parts, written where the paper says what they do: "ProSMA constructs a multi-scale field", "In the
first stage, Phys4View leverages …", "ARTER (Adaptive Routing …) presents a pipeline", "MTU3D outperforms
state-of-the-art …". A coined name that opens its sentence (alone, or after a short opener ending in a
comma) as the subject of a verb in the present, after an introduction cue earlier in the text, is the
paper's own: it describes its own work so. Not a name after a word of comparison in its sentence's opener
("Compared with RDEIC, …") nor one before "is", "has", "was", "does" ("DiffPGD has demonstrated …").

>>> t = "We propose a method. ProSMA constructs a field. In the first stage, Phys4View leverages X."
>>> [own_subject(t, t.index(n), t.index(n) + len(n)) for n in ("ProSMA", "Phys4View")]
[True, True]
>>> own_subject("ProSMA constructs a field.", 0, 6), own_subject("We propose X. Y has shown it.", 14, 15)
(False, False)
"""

from __future__ import annotations

import re

from kg.extract.own_subject import sentence_start
from kg.extract.role_cues import cue_before

__all__ = ["base_of_own", "own_subject", "typer_own"]

# what may open the sentence before the subject: a short phrase ending in a comma, without a word of
# comparison or of somebody else's work ("Compared with RDEIC, …", "Unlike X, …")
_OPENER = re.compile(r"\A\s*(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,4},\s+)?(?:(?:The|Our)\s+)?\Z")
_OTHERS = re.compile(r"\b(?:[Cc]ompar\w*|[Uu]nlike|[Ll]ike|[Ee]xisting|[Pp]rior|[Pp]revious|[Bb]aselines?)\b")
# the verb after the subject: an adverb, a short parenthesis (its long form), then a verb in the present
_VERB = re.compile(
    r"(?:\s\([^()]{1,80}\))?,?\s(?:(?:[a-z]+ly|first|then|also|either|further|thus|now)\s)?"
    r"(?!(?:is|was|has|does|its|this|thus|as|us|plus|yes|less|across|previous|various)\b)[a-z]{3,}s\b"
)


def own_subject(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is the subject of its sentence, after an introduction cue."""
    if not _VERB.match(text, end):
        return False
    opener = text[sentence_start(text, start) : start]
    if len(opener) > 60 or not _OPENER.search(opener) or _OTHERS.search(opener):
        return False
    return cue_before(text, start)


def base_of_own(surface: str, own: set[str]) -> bool:
    """Whether the typer's name ``surface`` starts one of the paper's ``own`` names, before "-" or a space
    (rule 314): "a family of ReasonCLIP" of a paper that presents ReasonCLIP-58M, "MACR outperforms" of one
    whose cue read "a novel framework MACR for LLM …".

    >>> base_of_own("ReasonCLIP", {"ReasonCLIP-58M"}), base_of_own("MAC", {"MACR"})
    (True, False)
    """
    n = len(surface)
    return n > 2 and any(name[n : n + 1] in ("-", " ") and name.startswith(surface) for name in own)


def typer_own(text: str, start: int, end: int, own: set[str]) -> bool:
    """Whether the typer's name ``text[start:end]`` is the paper's own: the base of an own name (rule 314) or
    a subject after a cue (rule 315)."""
    return base_of_own(text[start:end], own) or own_subject(text, start, end)
