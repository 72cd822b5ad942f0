"""Fuzzy clusters of name keys that cannot chain: every member is close to its cluster's centre.

Candidate pairs come from blocks (same first four, or same first and last three characters of
keys of six or more characters); a pair is an edge when its rapidfuzz ratio is at least 92, the
lengths differ by at most two, the digits agree, not both are lexicon keys, the stems do not
differ (:func:`stems_differ`: ``RABench`` and ``RE-Bench``, ``NuiScene`` and ``nuScenes``), and the
names differ only in word endings (:func:`kg.resolve.names.inflected`: not Vision-SR1 and Vision-R1).

:func:`centre_clusters` then visits the keys by priority — lexicon keys first, then by mention
count, then by key — and a key joins the best-scoring neighbour that is already a *centre*
(never a member: no single linkage), else it becomes a centre itself. The outcome depends only
on the keys, their counts and the edges, never on input order.

>>> edges = [("abcdefg", "abcdefh", 92.9), ("abcdefh", "abcdefi", 92.9)]
>>> centre_clusters({"abcdefg": 5, "abcdefh": 3, "abcdefi": 1}, edges, set(), set())
{'abcdefh': ('abcdefg', 92.9)}
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from rapidfuzz import fuzz, process

from kg.extract.lexicon import LexiconEntry
from kg.ids import clash_id, slug
from kg.resolve.aliases import AliasRules
from kg.resolve.names import clean_name, inflected, norm_key, suffixed
from kg.resolve.own_names import REFUSED, SEP, SharedNames, regroup
from kg.resolve.votes import pick_type

__all__ = [
    "FAMILIES", "ClusterCache", "Edge", "EntityOfKey", "KeyCounts", "Reason", "block_edges",
    "block_ids", "blocks", "centre_clusters", "cluster_keys", "stems_differ",
]  # fmt: skip

THRESHOLD = 92.0
Edge = tuple[str, str, float]
"""``(key a, key b, rapidfuzz ratio)`` with ``a < b``."""

FAMILIES: tuple[str, ...] = (
    "bench", "former", "net", "gpt", "bert", "gan", "nerf", "vit", "diff", "seg", "det", "qa",
    "eval", "set", "mark", "arena", "llm", "vlm", "lm", "agent", "coder", "math",
)  # fmt: skip
"""Name endings whose stems tell names apart: ``MatBench`` and ``MathBench`` are different suites."""

_DIGITS = re.compile(r"\d+")


class Keyer(Protocol):
    """What clustering reads of a :class:`kg.resolve.resolver.Keyer`: the lexicon's entries and
    anchor keys, the user's rules and the pairs they split."""

    by_id: dict[str, LexiconEntry]
    anchors: dict[str, str]
    rules: AliasRules
    forbidden: set[frozenset[str]]


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
        if _DIGITS.findall(a) == _DIGITS.findall(b) and not stems_differ(a, b) and not suffixed(a, b):
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


KeyCounts = dict[str, dict[str, int]]
"""Per normalised key: counts (of types, or of surface texts) over every mention with that key."""
EntityOfKey = dict[str, tuple[str, str, str]]
"""Key -> ``(entity id, type, name)``: the outcome of :func:`cluster_keys`."""
Reason = tuple[str, str, str]
"""Why a key is in its cluster: ``("fuzzy", centre key, score)`` or ``("alias", first key, merge line)``;
or why a plain key two works coin is an entity at all: ``("shared", key, counts)``."""
_CACHE_VERSION = 4


@dataclass(slots=True)
class ClusterCache:
    """What :func:`cluster_keys` keeps from one run for the next (valid for one :class:`Keyer`):
    the fuzzy edges of each block, the lexicon keys taking part, each lone key's entity
    before id clashes are settled, and why each key that joined another is in its cluster
    (:data:`Reason`). An incremental build keeps it in its store."""

    edges: dict[str, list[Edge]] = field(default_factory=dict)
    lex_keys: set[str] = field(default_factory=set)
    singles: dict[str, tuple[str, str, str, bool]] = field(default_factory=dict)
    reasons: dict[str, Reason] = field(default_factory=dict)
    version: int = _CACHE_VERSION

    def to_json(self) -> str:
        """The cache as JSON (sorted, so the same cache gives the same text)."""
        return json.dumps(
            {"edges": self.edges, "lex": sorted(self.lex_keys), "singles": self.singles,
             "reasons": self.reasons, "version": self.version},
            sort_keys=True, ensure_ascii=False, separators=(",", ":"),
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> ClusterCache:
        """Inverse of :meth:`to_json`; a cache of another format comes back empty (and so stale).

        >>> ClusterCache.from_json(ClusterCache({"^abcd": [("abcdef", "abcdeg", 92.3)]}).to_json()).edges
        {'^abcd': [('abcdef', 'abcdeg', 92.3)]}
        >>> ClusterCache.from_json('{"edges": {}}').version
        0
        """
        data = json.loads(text)
        if data.get("version") != _CACHE_VERSION:
            return cls(version=0)
        return cls(
            {b: [(x, y, float(z)) for x, y, z in es] for b, es in data["edges"].items()},
            set(data["lex"]),
            {k: (e, t, n, bool(a)) for k, (e, t, n, a) in data["singles"].items()},
            {k: (r, o, d) for k, (r, o, d) in data["reasons"].items()},
        )


def cluster_keys(
    types: KeyCounts,
    raw_texts: KeyCounts,
    keyer: Keyer,
    *,
    cache: ClusterCache | None = None,
    changed: Iterable[str] | None = None,
) -> EntityOfKey:
    """Steps 2 and 4-6 of the module docstring over the per-key statistics: key -> entity.

    With a ``cache`` from an earlier run and the keys whose statistics ``changed`` since, only
    the blocks and lone keys those reach are computed again; the result is the same as without
    (and ``cache`` is brought up to date either way, its ``reasons`` included).
    """
    by_id, anchors = keyer.by_id, keyer.anchors
    fresh = cache is None or changed is None or cache.version != _CACHE_VERSION
    cache = cache if cache is not None and cache.version == _CACHE_VERSION else ClusterCache()
    dirty = set() if changed is None else set(changed)
    _update_edges({k: v for k, v in types.items() if SEP not in k}, anchors, cache, None if fresh else dirty)
    texts = _CleanNames(raw_texts)
    edges = [e for e in sorted({e for es in cache.edges.values() for e in es}) if _inflected(e, texts, keyer)]
    counts = {k: sum(types[k].values()) for e in edges for k in e[:2] if k in types}
    joined = centre_clusters(counts, edges, set(anchors), keyer.forbidden)
    components, canonical_name, cache.reasons = _group(joined, keyer)
    seen = {k for c in components for k in c}
    components += [[k] for k in types if k not in seen]
    shared = SharedNames(lambda k: sum(types.get(k, {}).values()), lambda k: _pick_name(texts[k] or {k: 1}),
                         lambda word: norm_key(word) in anchors)  # fmt: skip
    components, refused, scoped = regroup(
        components, {k: sum(v.values()) for k, v in types.items() if SEP in k}, shared
    )
    cache.reasons.update(shared.reasons)

    # One entity per cluster (and per key that joined nothing).
    singles: dict[str, tuple[str, str, str, bool]] = {}
    entity_of_key: EntityOfKey = {}
    taken: dict[str, str] = {}
    for component in sorted(components, key=lambda c: c[0]):
        key = component[0]
        if len(component) == 1 and key not in dirty and key in cache.singles and not fresh:
            base = cache.singles[key]
        else:
            anchor = next((anchors[k] for k in component if k in anchors), "")
            base = _base(component, anchor, by_id, texts, types, canonical_name)
        if len(component) == 1:
            singles[key] = base
        if key in refused:
            entity_of_key[key] = REFUSED
            continue
        if key in scoped:  # a coined name another work introduces too: scoped to its first paper
            base = (f"{base[0]}-{slug(scoped[key])}", *base[1:])
        result = _final(base, component, taken, by_id)
        for k in component:
            entity_of_key[k] = result
    cache.singles = singles
    return entity_of_key


def _update_edges(
    types: KeyCounts, anchors: Mapping[str, str], cache: ClusterCache, dirty: set[str] | None
) -> None:
    """Bring the cached fuzzy edges up to date: every block (``dirty`` None), or the blocks of
    the keys whose statistics changed and of the lexicon keys that came or went."""
    blocks4 = {t[:4] for t in types} | {t[0] + t[-3:] for t in types if t}
    lex_keys = {k for k in anchors if k[:4] in blocks4 or k[:1] + k[-3:] in blocks4}
    moved_lex = lex_keys ^ cache.lex_keys
    keyed = blocks([*types, *lex_keys])
    if dirty is None:
        cache.edges = {}
        redo: Iterable[str] = keyed
    else:
        redo = {b for k in dirty | moved_lex for b in block_ids(k)}
    anchored = set(anchors)
    for block in redo:
        found = block_edges(keyed.get(block, []), anchored)
        if found:
            cache.edges[block] = found
        else:
            cache.edges.pop(block, None)
    cache.lex_keys = lex_keys


def _group(
    joined: Mapping[str, tuple[str, float]], keyer: Keyer
) -> tuple[list[list[str]], dict[str, str], dict[str, Reason]]:
    """The clusters of two or more keys: fuzzy members with their centres, then the alias file's
    merges (which join whole clusters); each group's canonical name; each joined key's reason."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    reasons: dict[str, Reason] = {}
    for key, (centre, score) in joined.items():
        parent[find(key)] = find(centre)
        reasons[key] = ("fuzzy", centre, f"{score:.1f}")
    canonical_name: dict[str, str] = {}
    for group in keyer.rules.merges:
        keys = [norm_key(n) for n in group]
        for k in keys[1:]:
            parent[find(k)] = find(keys[0])
            if k != keys[0]:
                reasons[k] = ("alias", keys[0], " = ".join(group))
        canonical_name[keys[0]] = group[0]
    members: dict[str, list[str]] = defaultdict(list)
    for k in list(parent):
        members[find(k)].append(k)
    return [sorted(m) for m in members.values()], canonical_name, reasons


class _CleanNames(dict[str, dict[str, int]]):
    """Key -> counts of clean names (:func:`clean_name`), computed on first use of a key."""

    def __init__(self, raw_texts: KeyCounts) -> None:
        super().__init__()
        self.raw = raw_texts

    def __missing__(self, key: str) -> dict[str, int]:
        cleaned: dict[str, int] = {}
        for text, n in self.raw.get(key, {}).items():
            name = clean_name(text)
            cleaned[name] = cleaned.get(name, 0) + n
        self[key] = cleaned
        return cleaned


def _inflected(edge: Edge, texts: _CleanNames, keyer: Keyer) -> bool:
    """Whether an edge's two names (a key's most frequent one, or its lexicon form) are one inflected."""
    names = []
    for key in edge[:2]:
        entry = keyer.by_id.get(keyer.anchors.get(key, ""))
        forms = [f for f in entry.forms if norm_key(f) == key] if entry else []
        names.append(_pick_name(texts[key]) if texts[key] else (forms or [key])[0])
    return inflected(*names)


def _pick_name(texts: Mapping[str, int]) -> str:
    if len(texts) == 1:
        return next(iter(texts))
    return min(texts, key=lambda t: (-texts[t], -len(t), t))


def _base(
    component: list[str],
    anchor: str,
    by_id: dict[str, LexiconEntry],
    texts: _CleanNames,
    types: KeyCounts,
    canonical_name: dict[str, str],
) -> tuple[str, str, str, bool]:
    """A component's entity before id clashes are settled: ``(id, type, name, anchored)``."""
    if anchor:
        entry = by_id[anchor]
        return anchor, entry.type, entry.name, True
    type_votes: Mapping[str, int]
    text_votes: Mapping[str, int]
    if len(component) == 1:  # most clusters: read the key's counts, no copy
        type_votes = types.get(component[0]) or {}
        text_votes = texts[component[0]] if component[0] in texts.raw else {}
    else:
        type_sum: Counter[str] = Counter()
        text_sum: Counter[str] = Counter()
        for key in component:
            if key in types:
                type_sum.update(types[key])
            if key in texts.raw:
                text_sum.update(texts[key])
        type_votes, text_votes = type_sum, text_sum
    etype = pick_type(type_votes) if type_votes else "method"
    forced = [canonical_name[k] for k in component if k in canonical_name]
    name = forced[0] if forced else (_pick_name(text_votes) if text_votes else component[0])
    return f"{etype}:{slug(name)}", etype, name, False


def _final(
    base: tuple[str, str, str, bool],
    component: list[str],
    taken: dict[str, str],
    by_id: dict[str, LexiconEntry],
) -> tuple[str, str, str]:
    """Settle id clashes in component order: a later component whose id is taken (or a lexicon
    id) gets a short hash of its keys appended."""
    eid, etype, name, anchored = base
    if not anchored:
        owner = "|".join(component)
        if taken.get(eid, owner) != owner or eid in by_id:
            eid = clash_id(eid, owner)
        taken[eid] = owner
    return eid, etype, name
