"""Where a text writes a name whole: not inside a longer word or hyphenated name.

One rule for the extractor (an abstract's copies of a title's task name, :mod:`kg.extract.title_repeats`)
and the explorer (a paper's names marked wherever its title or abstract writes them, :mod:`kg.explorer.html`).
A module of its own, outside :mod:`kg.extract`, so the explorer does not load the extraction pipeline.

>>> whole_hits("LoRA-Drop beats LoRA; LoRA-Drop-2 is not LoRA-Drop.", "LoRA-Drop", 0)
[0, 41]
"""

from __future__ import annotations

__all__ = ["whole_hits"]


def whole_hits(low: str, name: str, begin: int) -> list[int]:
    """Starts of ``name`` in ``low[begin:]``, left to right and not overlapping, with no word character or
    hyphen on either side (``begin`` counts as the text's start): what ``(?<![\\w-])name(?![\\w-])`` finds
    in the slice, without compiling a pattern per name. Case is the caller's (the extractor passes both
    lower-cased).

    >>> whole_hits("x. road detection, road detections, road detection", "road detection", 1)
    [3, 36]
    """
    out, at = [], low.find(name, begin)
    while at >= 0:
        end = at + len(name)
        before = low[at - 1] if at > begin else " "
        after = low[end] if end < len(low) else " "
        if before.isalnum() or before in "-_" or after.isalnum() or after in "-_":
            at = low.find(name, at + 1)
        else:
            out.append(at)
            at = low.find(name, end)
    return out
