"""A property both resolution test modules check: clustering updated from a stored cache (some papers
gone, others added) equals clustering from scratch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.resolve.resolver import ClusterCache, KeyCounts, Keyer, add_key_stats, cluster_keys

Row = Any  # a keyed mention row of Keyer.key_mentions


def updated_and_fresh(
    keyer: Keyer, old: Sequence[Row], new: Sequence[Row], drop: int
) -> tuple[Any, Any, ClusterCache, ClusterCache]:
    """Cluster ``old``, store the cache as the build does (JSON), remove paper ``drop`` and add ``new``;
    return the clusters updated from that cache, those made from scratch, and both caches."""
    types: KeyCounts = {}
    texts: KeyCounts = {}
    for row in old:
        add_key_stats(row, types, texts)
    cache = ClusterCache()
    cluster_keys(types, texts, keyer, cache=cache)
    cache = ClusterCache.from_json(cache.to_json())  # as the store keeps it
    touched: set[str] = set()
    for sign, rows in ((-1, [old[drop % len(old)]]), (1, new)):
        for row in rows:
            add_key_stats(row, types, texts, sign)
            touched |= {key for _, key, _ in row if key}
    fresh = ClusterCache()
    updated = cluster_keys(types, texts, keyer, cache=cache, changed=touched)
    return updated, cluster_keys(types, texts, keyer, cache=fresh), cache, fresh
