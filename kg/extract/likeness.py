"""A known name that a hyphen suffix turns into a description of something else (docs/typing.md rule 104).

"a UNet-like structure", "BERT-style architectures", "a ReAct-style agent", "Transformer-inspired
blocks", "a COLMAP-free pipeline", "LLM-agnostic" name what resembles, imitates or does without the
named thing, not the thing itself: the annotation guide reads a name inside a longer hyphenated word
as that longer word ("Mental-Alpaca is not Alpaca"), and "X-like" is no name at all. A lexicon match
that ends right before one of these suffixes links nothing ("X-based" stays: a BERT-based classifier
uses BERT).

>>> t = "Our model adopts a UNet-like structure, unlike BERT-based models."
>>> describes_likeness(t, t.find("UNet") + 4), describes_likeness(t, t.find("BERT") + 4)
(True, False)
>>> t = "a DETR-style decoder and a COLMAP-free, NMS-Free pipeline"
>>> [describes_likeness(t, t.find(n) + len(n)) for n in ("DETR", "COLMAP", "NMS")]
[True, True, True]
>>> describes_likeness("a CLIP-Like Encoder", 6), describes_likeness("CLIP-likelihood", 4)
(True, False)
>>> describes_likeness("an EAGLE-2-style baseline", 8), describes_likeness("GPT-4o-like and GPT-4o", 3)
(True, True)
"""

from __future__ import annotations

import re

__all__ = ["describes_likeness"]

# The suffix, lower case or capitalised (titles): "-like", "-style", "-inspired", "-esque", "-alike",
# "-free", "-agnostic"; not the start of a longer word ("-likelihood", "-styled").
# A version or variant may come between ("EAGLE-2-style", "GPT-4o-like"): the release resembled.
_LIKENESS = re.compile(
    r"(?:-(?:v?\d[\w.]*|[A-Z][\w.]*))?-(?:[Ll]ike|[Ss]tyle|[Ii]nspired|[Ee]sque|[Aa]like|[Ff]ree|[Aa]gnostic)\b"
)


def describes_likeness(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a suffix that makes it a description."""
    return text.startswith("-", end) and _LIKENESS.match(text, end) is not None
