r"""The participles by which a paper calls a thing its own work: "our newly curated X", "the constructed X",
"the newly introduced X benchmark" — one list for the discovery of own names (:mod:`kg.extract.own_names`)
and for their roles (:mod:`kg.extract.roles`), written into their patterns.

>>> import re
>>> [bool(re.fullmatch(MADE, w)) for w in ("newly curated", "previously proposed")]
[True, False]
>>> [bool(re.fullmatch(THE_MADE, w)) for w in ("newly curated", "curated", "proposed")]
[True, False, True]
>>> sorted(THE_MADE_WORDS)[:3]
['constructed', 'designed', 'developed']
"""

from __future__ import annotations

__all__ = ["MADE", "THE_MADE", "THE_MADE_WORDS"]

_MADE_WORDS = r"proposed|introduced|constructed|curated|collected|created|developed|designed|built|presented"
# "our newly curated", "our meticulously designed X loss"; not "our previously proposed X" (earlier work)
MADE = rf"(?:(?!previously|recently|originally|formerly)[a-z]+ly\s)?(?:{_MADE_WORDS})"
# After "the" the participle alone is weaker: "the curated DFN-Large dataset" is somebody else's curation.
_THE_MADE_ALONE = ("proposed", "introduced", "constructed", "developed", "designed", "presented")
THE_MADE = rf"(?:newly\s(?:{_MADE_WORDS})|{'|'.join(_THE_MADE_ALONE)})"
# A match of THE_MADE holds one of these as a word (a cue-word gate: kg.extract.text_words).
THE_MADE_WORDS = frozenset(("newly", *_THE_MADE_ALONE))
