"""Entity resolution: variants of one name become one canonical entity with a stable id.

Steps (each depends only on the *multiset* of mentions, so input order never matters and an
incremental build over cached raw mentions equals a full rebuild):

1. **Normalise** each mention's text to a key (:func:`norm_key`): case, accents, hyphens, spaces and
   digit spacing folded, a leading "the" and a trailing head word ("dataset", "benchmark", …) and a
   plural "s" dropped — "the ImageNet 1K dataset" and "ImageNet-1k" share the key ``imagenet1k``.
2. **Anchor** keys that are a form of exactly one lexicon entity to that entity.
3. **Acronyms**: inside one paper, an acronym defined as "Long Form (LF)" stands for the long form,
   so its mentions take the long form's key (never globally: "GS" means different things elsewhere).
4. **Fuzzy edges** between keys of the same block (same first four, or same first and last three
   characters) when
   :func:`similar` ≥ 0.92
   and their digits agree — never all pairs.
5. **Clusters**: union-find that refuses to join two different lexicon entities or a split pair
   from the alias file, then ``nx.connected_components`` over the accepted edges.
6. **Canonical entity** per cluster: the lexicon entity if anchored; else type by majority vote,
   name = the most frequent surface form (ties: longer, then alphabetical), id ``"<type>:<slug>"``
   (a short hash is appended if two clusters would share an id).

>>> from kg.model import Mention, Paper, Source
>>> def m(text, pid="p1"):
...     return Mention(pid, "dataset", text, "", "used", text, 0, len(text), "abstract", text, 0.5, "pattern")
>>> p = Paper(id="p1", title="", source=Source(file="x"))
>>> res = resolve([(p, [m("FooSet 1K"), m("FooSet-1k"), m("the FooSet-1k dataset")])], lexicon=False)
>>> sorted(res.entities)
['dataset:fooset-1k']
>>> res.entities["dataset:fooset-1k"].aliases
('FooSet 1K', 'the FooSet-1k dataset')
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from rapidfuzz import fuzz, process

from kg.errors import ConfigError
from kg.extract.lexicon import Lexicon, LexiconEntry, default_lexicon_paths, load_lexicon
from kg.ids import short_hash, slug
from kg.model import ENTITY_TYPES, Entity, Mention, Paper

__all__ = [
    "AliasRules",
    "ClusterCache",
    "EntityOfKey",
    "KeyCounts",
    "KeyedRow",
    "Keyer",
    "Resolution",
    "add_key_stats",
    "clean_name",
    "cluster_keys",
    "load_aliases",
    "norm_key",
    "parse_aliases",
    "resolve",
    "rewrite",
    "similar",
]

_HEADS = re.compile(
    r"\s+(?:dataset|datasets|data set|benchmark|benchmarks|corpus|corpora|suite|challenge|metric|score)$",
    re.IGNORECASE,
)
_NON_ALNUM = re.compile(r"[^0-9a-z+]+")
_DIGITS = re.compile(r"\d+")
_THRESHOLD = 0.92


def norm_key(text: str) -> str:
    """The normalised key of a name.

    >>> norm_key("the ImageNet 1K dataset"), norm_key("ImageNet-1k"), norm_key("CNNs")
    ('imagenet1k', 'imagenet1k', 'cnn')
    >>> norm_key("Mixture of Experts") == norm_key("Mixture-of-Experts")
    True
    """
    if text.isascii():
        t = text.lower().strip()
    else:
        t = unicodedata.normalize("NFKD", text)
        t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower().strip()
    if t.startswith("the "):
        t = t[4:]
    stripped = _HEADS.sub("", t)
    t = stripped if stripped.strip() else t
    key = _NON_ALNUM.sub("", t)
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is")) and not key[-2].isdigit():
        key = key[:-1]
    return key or t


def clean_name(text: str) -> str:
    """A surface form without a leading "the" or a trailing head word: a candidate canonical name.

    >>> clean_name("the Penn Treebank dataset")
    'Penn Treebank'
    """
    t = text.strip()
    if t[:4].lower() == "the ":
        t = t[4:]
    return _HEADS.sub("", t).strip() or text.strip()


def similar(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names' keys; 0 when their numbers differ (GPT-4 vs GPT-3).

    >>> similar("ImageNet-1k", "Imagenet 1K")
    1.0
    >>> similar("Llama 2", "Llama 3")
    0.0
    >>> round(similar("Cityscapes", "CityScape"), 2)
    1.0
    """
    ka, kb = norm_key(a), norm_key(b)
    if _DIGITS.findall(ka) != _DIGITS.findall(kb):
        return 0.0
    return fuzz.ratio(ka, kb) / 100.0


@dataclass(frozen=True, slots=True)
class AliasRules:
    """User rules: ``merges`` (groups of names; the first is the canonical name) and ``splits``."""

    merges: tuple[tuple[str, ...], ...] = ()
    splits: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """The papers with their mentions rewritten to canonical entities, and the entities by id."""

    docs: list[tuple[Paper, list[Mention]]]
    entities: dict[str, Entity] = field(default_factory=dict)


def parse_aliases(text: str, file: str = "<aliases>") -> AliasRules:
    """Parse the alias file format: ``A = B = C`` merges (A is canonical), ``A != B`` splits, ``#`` comments.

    >>> parse_aliases("# mine\\nImageNet = ILSVRC\\nGPT-4 != GPT-4o\\n")
    AliasRules(merges=(('ImageNet', 'ILSVRC'),), splits=(('GPT-4', 'GPT-4o'),))
    """
    merges: list[tuple[str, ...]] = []
    splits: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if "!=" in line:
            parts = [p.strip() for p in line.split("!=")]
            if len(parts) != 2 or not all(parts):
                raise ConfigError(f"{file}:{number}: a split needs exactly two names: 'A != B'")
            splits.append((parts[0], parts[1]))
        elif "=" in line:
            names = tuple(p.strip() for p in line.split("="))
            if len(names) < 2 or not all(names):
                raise ConfigError(f"{file}:{number}: a merge needs two or more names: 'A = B'")
            merges.append(names)
        else:
            raise ConfigError(f"{file}:{number}: expected 'A = B' (merge) or 'A != B' (split)")
    return AliasRules(tuple(merges), tuple(splits))


def load_aliases(path: str | Path) -> AliasRules:
    """Read an alias file (see :func:`parse_aliases`); raise :class:`ConfigError` when it is bad."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read alias file {path}: {err}") from err
    return parse_aliases(text, str(path))


class _Clusters:
    """Union-find over keys that never joins two different anchors or a forbidden pair."""

    def __init__(self, anchors: dict[str, str], forbidden: set[frozenset[str]]) -> None:
        self.parent: dict[str, str] = {}
        self.anchor: dict[str, str] = dict(anchors)
        self.members: dict[str, set[str]] = {}
        self.forbidden = forbidden
        self.graph: nx.Graph = nx.Graph()

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        self.members.setdefault(key, {key})
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str, *, force: bool = False) -> None:
        ra, rb = self.find(a), self.find(b)
        self.graph.add_nodes_from((a, b))
        if ra == rb:
            return
        aa, ab = self.anchor.get(ra), self.anchor.get(rb)
        if aa and ab and aa != ab and not force:
            return
        if self.forbidden and any(
            frozenset((x, y)) in self.forbidden for x in self.members[ra] for y in self.members[rb]
        ):
            return
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.anchor[ra] = self.anchor.get(ra) or self.anchor.get(rb) or ""
        self.graph.add_edge(a, b)


def _lexicon_keys(lexicon: Lexicon) -> dict[str, str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in lexicon.entries:
        for form in entry.forms:
            owners[norm_key(form)].add(entry.id)
    return {k: next(iter(ids)) for k, ids in owners.items() if len(ids) == 1}


def _acronym_maps(mentions: Sequence[Mention]) -> dict[str, str]:
    """In one paper: key of an acronym short form -> key of its long form."""
    longs = {(m.field, m.end): m for m in mentions if m.rule == "acronym.long"}
    out: dict[str, str] = {}
    for m in mentions:
        if m.rule != "acronym.short":
            continue
        for gap in (1, 2, 3):
            long = longs.get((m.field, m.start - gap))
            if long is not None:
                out[norm_key(m.text)] = norm_key(long.text)
                break
    return out


def _blocks(keys: Iterable[str]) -> dict[str, list[str]]:
    """Two blockings of the keys of six or more characters: same first four, or same first and
    last three characters. Each block's keys are sorted."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in sorted(set(keys)):
        if len(key) >= 6:
            for block in _block_ids(key):
                blocks[block].append(key)
    return blocks


def _block_ids(key: str) -> tuple[str, ...]:
    return ("^" + key[:4], key[0] + "$" + key[-3:]) if len(key) >= 6 else ()


def _block_edges(block: list[str], anchored: set[str]) -> list[tuple[str, str]]:
    """Fuzzy edges inside one block (none in a block of one, or of more than 2,000 keys)."""
    if len(block) < 2 or len(block) > 2000:
        return []
    edges = []
    scores = process.cdist(block, block, scorer=fuzz.ratio, score_cutoff=_THRESHOLD * 100, workers=1)
    for i, j in zip(*scores.nonzero(), strict=True):
        a, b = block[int(i)], block[int(j)]
        close = a < b and abs(len(a) - len(b)) <= 2 and not (a in anchored and b in anchored)
        if close and _DIGITS.findall(a) == _DIGITS.findall(b):
            edges.append((a, b))
    return edges


def _pick_name(texts: Mapping[str, int]) -> str:
    if len(texts) == 1:
        return next(iter(texts))
    return min(texts, key=lambda t: (-texts[t], -len(t), t))


def _pick_type(types: Mapping[str, int]) -> str:
    if len(types) == 1:
        return next(iter(types))
    return min(types, key=lambda t: (-types[t], ENTITY_TYPES.index(t) if t in ENTITY_TYPES else 99, t))


def resolve(
    docs: Sequence[tuple[Paper, Sequence[Mention]]],
    *,
    aliases: AliasRules | None = None,
    lexicon: Lexicon | bool = True,
) -> Resolution:
    """Rewrite every mention to its canonical entity; see the module docstring for the steps.

    ``lexicon`` is the lexicon to anchor on (``True``: the shipped one; ``False``: none).
    The steps are public one by one (:class:`Keyer`, :func:`add_key_stats`,
    :func:`cluster_keys`, :func:`rewrite`), so an incremental build can keep the per-key
    statistics and re-cluster without re-reading every paper.
    """
    keyer = Keyer(lexicon, aliases)
    types: KeyCounts = {}
    raw_texts: KeyCounts = {}
    keyed = [keyer.key_mentions(mentions) for _, mentions in docs]
    for row in keyed:
        add_key_stats(row, types, raw_texts)
    entity_of_key = cluster_keys(types, raw_texts, keyer)
    names = {eid: (etype, name) for eid, etype, name in entity_of_key.values()}
    out_docs: list[tuple[Paper, list[Mention]]] = []
    seen_texts: dict[str, set[str]] = defaultdict(set)
    for (paper, _), row in zip(docs, keyed, strict=True):
        new = rewrite(row, entity_of_key, keyer)
        for m in new:
            seen_texts[m.entity_id].add(m.text)
        out_docs.append((paper, new))
    entities: dict[str, Entity] = {}
    for eid in sorted(seen_texts):
        etype, name = names.get(eid) or keyer.lexicon_name(eid)
        entities[eid] = Entity(eid, etype, name, tuple(sorted((seen_texts[eid] | keyer.forms(eid)) - {name})))
    return Resolution(out_docs, entities)


KeyCounts = dict[str, dict[str, int]]
"""Per normalised key: counts (of types, or of surface texts) over every mention with that key."""
KeyedRow = list[tuple[Mention, str, bool]]
"""One paper's mentions, each with its key (``""``: a lexicon mention, already canonical) and
whether the key is the text's own (not an acronym's long form)."""
EntityOfKey = dict[str, tuple[str, str, str]]
"""Key -> ``(entity id, type, name)``: the outcome of :func:`cluster_keys`."""


class Keyer:
    """The fixed context of a resolution: the lexicon's entries and anchor keys, the user's
    rules, and the key of each distinct text (computed once).

    >>> k = Keyer(False)
    >>> k.key("the FooSet-1k dataset"), k.key("FooSet 1K")
    ('fooset1k', 'fooset1k')
    """

    def __init__(self, lexicon: Lexicon | bool = True, aliases: AliasRules | None = None) -> None:
        lex = load_lexicon(default_lexicon_paths()) if lexicon is True else (lexicon or Lexicon(()))
        self.by_id, self.anchors = _lexicon_index(lex)
        self.rules = aliases or AliasRules()
        self.keys: dict[str, str] = {}  # text -> key
        for a, b in self.rules.splits:  # "A != B" with the same key: B's exact spelling gets a key of its own
            if norm_key(a) == norm_key(b):
                self.keys[b] = f"{norm_key(b)}~{slug(b)}"
        self.forbidden = {
            frozenset((self.keys.get(a) or norm_key(a), self.keys.get(b) or norm_key(b)))
            for a, b in self.rules.splits
        }

    def key(self, text: str) -> str:
        """The key of a mention text (the rules' split spellings included)."""
        raw = self.keys.get(text)
        if raw is None:
            raw = self.keys[text] = norm_key(text)
        return raw

    def key_mentions(self, mentions: Sequence[Mention]) -> KeyedRow:
        """One paper's mentions with their keys, after the paper's own acronym definitions."""
        amap = _acronym_maps(mentions)
        row: KeyedRow = []
        for m in mentions:
            raw = self.key(m.text)
            if m.entity_id in self.by_id:
                row.append((m, "", False))
            else:
                key = amap.get(raw, raw) if amap else raw
                row.append((m, key, key == raw))
        return row

    def lexicon_name(self, eid: str) -> tuple[str, str]:
        """``(type, name)`` of a lexicon entity."""
        entry = self.by_id[eid]
        return entry.type, entry.name

    def forms(self, eid: str) -> set[str]:
        """The lexicon's forms of an entity (empty for one the lexicon does not know)."""
        entry = self.by_id.get(eid)
        return set(entry.forms) if entry else set()


def add_key_stats(row: KeyedRow, types: KeyCounts, raw_texts: KeyCounts, sign: int = 1) -> None:
    """Add (``sign=-1``: take away) one paper's keyed mentions to the per-key statistics.

    Counts that reach zero are dropped, so adding a paper and taking it away again leaves the
    statistics as they were.

    >>> from kg.model import Mention
    >>> m = Mention("p", "dataset", "FooSet", "", "used", "FooSet", 0, 6, "title", "FooSet", 0.5, "pattern")
    >>> types, texts = {}, {}
    >>> add_key_stats([(m, "fooset", True)], types, texts); types, texts
    ({'fooset': {'dataset': 1}}, {'fooset': {'FooSet': 1}})
    >>> add_key_stats([(m, "fooset", True)], types, texts, -1); types, texts
    ({}, {})
    """
    for m, key, own in row:
        if key:
            _bump(types, key, m.type, sign)
            if own:
                _bump(raw_texts, key, m.text, sign)


def _bump(counts: KeyCounts, key: str, value: str, sign: int) -> None:
    c = counts.get(key)
    if c is None:
        c = counts[key] = {}
    n = c.get(value, 0) + sign
    if n > 0:
        c[value] = n
    else:
        del c[value]
        if not c:
            del counts[key]


@dataclass(slots=True)
class ClusterCache:
    """What :func:`cluster_keys` keeps from one run for the next (valid for one :class:`Keyer`):
    the fuzzy edges of each block, the lexicon keys taking part, and each lone key's entity
    before id clashes are settled. An incremental build keeps it in its store."""

    edges: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    lex_keys: set[str] = field(default_factory=set)
    singles: dict[str, tuple[str, str, str, bool]] = field(default_factory=dict)

    def to_json(self) -> str:
        """The cache as JSON (sorted, so the same cache gives the same text)."""
        return json.dumps(
            {"edges": self.edges, "lex": sorted(self.lex_keys), "singles": self.singles},
            sort_keys=True, ensure_ascii=False, separators=(",", ":"),
        )  # fmt: skip

    @classmethod
    def from_json(cls, text: str) -> ClusterCache:
        """Inverse of :meth:`to_json`."""
        data = json.loads(text)
        return cls(
            {b: [(x, y) for x, y in es] for b, es in data["edges"].items()},
            set(data["lex"]),
            {k: (e, t, n, bool(a)) for k, (e, t, n, a) in data["singles"].items()},
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
    (and ``cache`` is brought up to date either way).
    """
    by_id, anchors, rules = keyer.by_id, keyer.anchors, keyer.rules
    fresh = cache is None or changed is None
    cache = cache if cache is not None else ClusterCache()
    dirty = set() if changed is None else set(changed)
    blocks4 = {t[:4] for t in types} | {t[0] + t[-3:] for t in types if t}
    lex_keys = {k for k in anchors if k[:4] in blocks4 or k[:1] + k[-3:] in blocks4}
    moved_lex = lex_keys ^ cache.lex_keys
    blocks = _blocks([*types, *lex_keys])
    if fresh:
        cache.edges = {}
        redo: Iterable[str] = blocks
    else:
        redo = {b for k in dirty | moved_lex for b in _block_ids(k)}
    anchored = set(anchors)
    for block in redo:
        found = _block_edges(blocks.get(block, []), anchored)
        if found:
            cache.edges[block] = found
        else:
            cache.edges.pop(block, None)
    cache.lex_keys = lex_keys

    clusters = _Clusters({k: anchors[k] for k in types if k in anchors}, keyer.forbidden)
    for a, b in sorted({e for es in cache.edges.values() for e in es}):
        for k in (a, b):
            if k in anchors and not clusters.anchor.get(clusters.find(k)):
                clusters.anchor[clusters.find(k)] = anchors[k]
        clusters.union(a, b)
    canonical_name: dict[str, str] = {}
    for group in rules.merges:
        group_keys = [norm_key(n) for n in group]
        for k in group_keys[1:]:
            clusters.union(group_keys[0], k, force=True)
        canonical_name[group_keys[0]] = group[0]

    # One entity per connected component (and per key that joined nothing).
    texts = _CleanNames(raw_texts)
    components = [sorted(c) for c in nx.connected_components(clusters.graph)]
    components += [[k] for k in types if k not in clusters.graph]
    singles: dict[str, tuple[str, str, str, bool]] = {}
    entity_of_key: EntityOfKey = {}
    taken: dict[str, str] = {}
    for component in sorted(components, key=lambda c: c[0]):
        key = component[0]
        if len(component) == 1 and key not in dirty and key in cache.singles and not fresh:
            base = cache.singles[key]
        else:
            base = _base(component, clusters, by_id, texts, types, canonical_name)
        if len(component) == 1:
            singles[key] = base
        result = _final(base, component, taken, by_id)
        for k in component:
            entity_of_key[k] = result
    cache.singles = singles
    return entity_of_key


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


def rewrite(row: KeyedRow, entity_of_key: EntityOfKey, keyer: Keyer) -> list[Mention]:
    """One paper's mentions with their canonical entity id, type and name."""
    new = []
    for m, key, _ in row:
        if key:
            eid, etype, name = entity_of_key[key]
        else:
            eid = m.entity_id
            etype, name = keyer.lexicon_name(eid)
        if m.entity_id != eid or m.type != etype or m.name != name:
            m = Mention(
                m.paper_id, etype, name, eid, m.role, m.text, m.start, m.end, m.field, m.sentence,
                m.confidence, m.source, m.rule,
            )  # fmt: skip
        new.append(m)
    return new


_INDEX: OrderedDict[int, tuple[Lexicon, dict[str, LexiconEntry], dict[str, str]]] = OrderedDict()
_INDEX_MAX = 4  # lexicons whose index is kept (a process normally has one or two)


def _lexicon_index(lexicon: Lexicon) -> tuple[dict[str, LexiconEntry], dict[str, str]]:
    """Entries by id and anchor keys of a lexicon, computed once per lexicon object (a few kept)."""
    cached = _INDEX.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        cached = _INDEX[id(lexicon)] = (lexicon, lexicon.by_id, _lexicon_keys(lexicon))
        while len(_INDEX) > _INDEX_MAX:
            _INDEX.popitem(last=False)
    _INDEX.move_to_end(id(lexicon))
    return cached[1], cached[2]


def _base(
    component: list[str],
    clusters: _Clusters,
    by_id: dict[str, LexiconEntry],
    texts: _CleanNames,
    types: KeyCounts,
    canonical_name: dict[str, str],
) -> tuple[str, str, str, bool]:
    """A component's entity before id clashes are settled: ``(id, type, name, anchored)``."""
    anchor = clusters.anchor.get(clusters.find(component[0]), "")
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
    etype = _pick_type(type_votes) if type_votes else "method"
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
            eid = f"{eid}-{short_hash(owner, 6)}"
        taken[eid] = owner
    return eid, etype, name
