"""Fuzzy clusters of name keys that cannot chain: every member is close to its cluster's centre.

Candidate pairs come from blocks (same first four, or same first and last three characters of
keys of six or more characters); a pair is an edge when its rapidfuzz ratio is at least 92, the
lengths differ by at most two, the digits agree, not both are lexicon keys, and the stems do not
differ (:func:`stems_differ`: ``RABench`` and ``RE-Bench``, ``NuiScene`` and ``nuScenes``).

:func:`centre_clusters` then visits the keys by priority — lexicon keys first, then by mention
count, then by key — and a key joins the best-scoring neighbour that is already a *centre*
(never a member: no single linkage), else it becomes a centre itself. The outcome depends only
on the keys, their counts and the edges, never on input order.

>>> edges = [("abcdefg", "abcdefh", 92.9), ("abcdefh", "abcdefi", 92.9)]
>>> centre_clusters({"abcdefg": 5, "abcdefh": 3, "abcdefi": 1}, edges, set(), set())
{'abcdefh': ('abcdefg', 92.9)}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz, process

__all__ = ["FAMILIES", "Edge", "block_edges", "block_ids", "blocks", "centre_clusters", "stems_differ"]

THRESHOLD = 92.0
Edge = tuple[str, str, float]
"""``(key a, key b, rapidfuzz ratio)`` with ``a < b``."""

FAMILIES: tuple[str, ...] = (
    "bench", "former", "net", "gpt", "bert", "gan", "nerf", "vit", "diff", "seg", "det", "qa",
    "eval", "set", "mark", "arena", "llm", "vlm", "lm", "agent", "coder", "math",
)  # fmt: skip
"""Name endings whose stems tell names apart: ``MatBench`` and ``MathBench`` are different suites."""

_DIGITS = re.compile(r"\d+")


def stems_differ(a: str, b: str) -> bool:
    """Whether two keys are different short stems on one ending (so never one name misspelt).

    Either both end in one of :data:`FAMILIES` with different stems, or they share an ending of
    three or more characters and one stem before it is at most three characters long.

    >>> stems_differ("rabench", "rebench"), stems_differ("nuiscene", "nuscene")
    (True, True)
    >>> stems_differ("siformer", "segformer"), stems_differ("cityscape", "citiscape")
    (True, False)
    >>> stems_differ("nuscense", "nuscene")
    False
    """
    for family in FAMILIES:
        if a.endswith(family) and b.endswith(family):
            return a[: -len(family)] != b[: -len(family)]
    common = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        common += 1
    return common >= 3 and min(len(a), len(b)) - common <= 3 and a != b


def block_ids(key: str) -> tuple[str, ...]:
    """The blocks of a key: ``^`` + its first four, and its first + ``$`` + last three characters."""
    return ("^" + key[:4], key[0] + "$" + key[-3:]) if len(key) >= 6 else ()


def blocks(keys: Iterable[str]) -> dict[str, list[str]]:
    """Keys of six or more characters by block (each block's keys sorted)."""
    out: dict[str, list[str]] = defaultdict(list)
    for key in sorted(set(keys)):
        for block in block_ids(key):
            out[block].append(key)
    return out


def block_edges(block: list[str], anchored: set[str]) -> list[Edge]:
    """Fuzzy edges inside one block (none in a block of one, or of more than 2,000 keys)."""
    if len(block) < 2 or len(block) > 2000:
        return []
    edges: list[Edge] = []
    scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=THRESHOLD, workers=1)
    for i, j in zip(*scores.nonzero(), strict=True):
        a, b = block[int(i)], block[int(j)]
        if a >= b or abs(len(a) - len(b)) > 2 or (a in anchored and b in anchored):
            continue
        if _DIGITS.findall(a) == _DIGITS.findall(b) and not stems_differ(a, b):
            edges.append((a, b, round(float(scores[i, j]), 1)))
    return edges


def centre_clusters(
    counts: Mapping[str, int],
    edges: Iterable[Edge],
    anchored: set[str],
    forbidden: set[frozenset[str]],
) -> dict[str, tuple[str, float]]:
    """Key -> ``(centre, score)`` for every key that joins another key's cluster.

    ``counts``: mentions per key (priority after lexicon keys); ``anchored``: lexicon keys, which
    are always centres; ``forbidden``: pairs of keys the user split, never in one cluster.
    """
    near: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for a, b, score in edges:
        near[a].append((b, score))
        near[b].append((a, score))

    def rank(k: str) -> tuple[bool, int, str]:
        return (k not in anchored, -counts.get(k, 0), k)

    joined: dict[str, tuple[str, float]] = {}
    members: dict[str, list[str]] = {}
    for key in sorted(near, key=rank):
        options = [
            (-score, rank(other), other, score)
            for other, score in near[key]
            if other in members and not _split(key, members[other], forbidden)
        ]
        if options and key not in anchored:
            _, _, centre, score = min(options)
            joined[key] = (centre, score)
            members[centre].append(key)
        else:
            members[key] = [key]
    return joined


def _split(key: str, members: list[str], forbidden: set[frozenset[str]]) -> bool:
    return bool(forbidden) and any(frozenset((key, m)) in forbidden for m in members)
