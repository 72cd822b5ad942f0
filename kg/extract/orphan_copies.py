"""Other occurrences of a discovered name whose own reading lost (docs/typing.md rule 356).

:func:`~kg.extract.candidates.propagate` copies a discovered name to its other occurrences before the
longest-match rule runs. When the discovered span itself then loses to a longer name around it ("we propose
Post-Correction via Overcorrection (PoCO)": the cue's "Post-Correction" gives way to the whole name), its
copies stand on nothing: "Post-Correction" in the title is a part of the title's longer phrase too. Such a
copy is dropped, unless the reading it came from was in the title (the title's own prefix, whose abstract
occurrences are the name: "Cartridges"), or was an acronym's long form ("for Deformable Snarf Objects (DSO)":
the definition makes it a name), or the span that won is the name and one kind noun after it
("… Convolutional-Vision Transformer network (LM-MCVT)", "a Latent Space Backward Planning scheme (LBP)", "a
new structure model called CNN-based Multi-In-Multi-Out model for …": the name without its kind is the name).

>>> from kg.extract.candidates import Candidate
>>> t = "Post-Correction via LLMs\\n\\nWe propose Post-Correction via Overcorrection (PoCO)."
>>> src = Candidate(37, 52, "method", "Post-Correction", confidence=0.6, rule="cue.introduce")
>>> copy = Candidate(0, 15, "method", "Post-Correction", confidence=0.5, rule="propagate")
>>> whole = Candidate(37, 71, "method", "Post-Correction via Overcorrection", rule="acronym.long")
>>> [c.name for c in orphan_copies([copy, whole], [src, copy], t, 24)]
['Post-Correction via Overcorrection']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["orphan_copies"]

_KIND = re.compile(
    r" (?:network|model|framework|module|method|architecture|approach|system|algorithm|pipeline|scheme"
    r"|strategy|mechanism|technique|paradigm|layer|block|encoder|decoder|agent|policy|procedure|tool|toolkit|engine"
    r"|platform|solver|estimator|loss|representation|benchmark|dataset|corpus|metric|protocol)s?\b",
    re.IGNORECASE,
)


def orphan_copies(
    chosen: list[Candidate], found: list[Candidate], text: str, title_len: int
) -> list[Candidate]:
    """``chosen`` (the longest-match winners) without the propagated copies whose discovered source
    (in ``found``) was not chosen (rule 356)."""
    copies = [c for c in chosen if c.rule == "propagate"]
    if not copies:
        return chosen
    kept = {text[c.start : c.end] for c in chosen if c.rule != "propagate"}
    orphans = {text[c.start : c.end] for c in copies} - kept
    if not orphans:
        return chosen
    drop = set()
    for surface in orphans:
        sources = [c for c in found if c.rule != "propagate" and text[c.start : c.end] == surface]
        if sources and not any(
            c.start < title_len or c.source == "acronym" or _named_kind(c, chosen, text) for c in sources
        ):
            drop.add(surface)
    if not drop:
        return chosen
    return [c for c in chosen if not (c.rule == "propagate" and text[c.start : c.end] in drop)]


def _named_kind(source: Candidate, chosen: list[Candidate], text: str) -> bool:
    """Whether the span that won over ``source`` is it and then a kind noun ("… Transformer network")."""
    for c in chosen:
        if c.start == source.start and c.end > source.end:
            return _KIND.match(text, source.end, c.end) is not None
    return False
