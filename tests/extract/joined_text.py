"""Texts for the property tests of the speed rounds: drawn words joined by drawn white space."""

from __future__ import annotations


def joined(words: list[str], spaces: list[str]) -> str:
    """``words`` with ``spaces`` between them in turn (one space when none are given).

    >>> joined(["a", "b", "c"], ["\\n", "  "])
    'a\\nb  c'
    """
    out = []
    for k, word in enumerate(words):
        out.append(word)
        if k < len(words) - 1:
            out.append(spaces[k % len(spaces)] if spaces else " ")
    return "".join(out)
