"""Where a mined lower-case method name (``lexicon/methods_mined.jsonl``) is part of a longer name.

The mined entries are kinds of techniques ("prompt optimization", "graph convolution"): written inside a
longer name they are that longer name's words, not the technique. One rule, :func:`inside_longer_name`,
read by the lexicon matcher (``kg.extract.component``) for entries of the :data:`MINED_DOMAIN`.
"""

from __future__ import annotations

import re

from kg.extract.lexicon import LexiconEntry

__all__ = ["MINED_DOMAIN", "inside_longer_name"]

MINED_DOMAIN = "mined-method"
"""The ``domain`` of every row bench/mine_methods.py writes."""

_ACRONYM_AFTER = re.compile(r"\s*\(([A-Za-z0-9][\w\-]*)\)")
_CAPITALISED = re.compile(r"[A-Z][\w\-]*")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.lower().replace("-", " ").split())


def _capitalised_neighbour(text: str, start: int, end: int, floor: int = 0) -> bool:
    """Whether a capitalised word is next to ``text[start:end]``; the word before is read from ``floor`` on
    (the abstract's start: the title's last word is no neighbour of the abstract's first, rule 254)."""
    before = text[floor:start].rstrip().rsplit(None, 1)
    after = text[end:].lstrip()
    word_before = before[-1] if before and not before[-1].endswith((".", ":", ";", "!", "?")) else ""
    return bool(_CAPITALISED.fullmatch(word_before) or _CAPITALISED.match(after))


def inside_longer_name(entry: LexiconEntry, text: str, start: int, end: int, title_len: int = 0) -> bool:
    """Whether a mined method matched at ``text[start:end]`` is only part of a longer name:

    - written next to a hyphen ("causal attention-hop analyses");
    - followed by an acronym that abbreviates more than it ("3D graph convolution (3D-GC)",
      "Probabilistic Logic Programming (PLP)": the paper defines the longer name);
    - in the abstract (not the title, where every word is capitalised), written with capitals next to
      another capitalised word ("a Prompt Optimization Agent", "Text-Frame Causal Attention Mask"); the
      title's last word is not next to the abstract's first (rule 254: "… Federated Continual Learning"
      and then "Federated continual learning (FCL) …" is the technique).

    >>> e = LexiconEntry("method:prompt-optimization", "method", "prompt optimization", domain=MINED_DOMAIN)
    >>> inside_longer_name(e, "We use a Prompt Optimization Agent.", 9, 28)
    True
    >>> inside_longer_name(e, "Prompt Optimization for LLM Judges. We study prompt optimization.", 0, 19, 34)
    False
    >>> inside_longer_name(e, "We study prompt optimization (PO).", 9, 28)
    False
    >>> inside_longer_name(e, "Tuning LLM Judges\\n\\nPrompt optimization is costly.", 19, 38, 17)
    False
    >>> g = LexiconEntry("method:graph-convolution", "method", "graph convolution", domain=MINED_DOMAIN)
    >>> inside_longer_name(g, "3D graph convolution (3D-GC) methods", 3, 20)
    True
    """
    if entry.domain != MINED_DOMAIN:
        return False
    if text[end : end + 1] == "-" or (start > 0 and text[start - 1] == "-"):
        return True
    acronym = _ACRONYM_AFTER.match(text, end)
    if acronym:
        letters = re.sub(r"[^a-z0-9]", "", acronym.group(1).lower())
        letters = letters[:-1] if letters.endswith("s") and len(letters) > 2 else letters
        if letters != _initials(entry.name):
            return True
    surface = text[start:end]
    return (
        start >= title_len
        and surface != surface.lower()
        and _capitalised_neighbour(text, start, end, title_len)
    )
