"""Entity resolution: variants of one name become one canonical entity with a stable id.

Steps (each depends only on the *multiset* of mentions, so input order never matters and an
incremental build over cached raw mentions equals a full rebuild):

1. **Normalise** each mention's text to a key (:func:`norm_key`): case, accents, hyphens, spaces and
   digit spacing folded, a leading "the" and a trailing head word ("dataset", "benchmark", …) and a
   plural "s" dropped — "the ImageNet 1K dataset" and "ImageNet-1k" share the key ``imagenet1k``.
2. **Anchor** keys that are a form of exactly one lexicon entity to that entity.
3. **Acronyms** (:mod:`kg.resolve.acronyms`): inside one paper, an acronym defined as "Long Form (LF)"
   stands for the long form, so both halves' mentions take the long form's key — or keep the
   lexicon entity the extractor gave them only when the long form agrees with it (never
   globally: "SAM" is Segment Anything in one paper and Sample Confusion Miner in another).
4. **Fuzzy edges** (:mod:`kg.resolve.clusters`) between keys of the same block (same first four, or same
   first and last three characters) when their rapidfuzz ratio is ≥ 92, their digits agree and
   their stems do not differ (RABench ≠ RE-Bench) — never all pairs.
5. **Clusters** around centres (lexicon keys first, then the most mentioned): a key joins a
   neighbour that is a centre, never a member, so clusters cannot chain; then the alias file's
   merges join whole clusters. Each joined key keeps its reason (``kg explain``).
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

from collections import OrderedDict, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from kg.extract.evaluate import COARSE
from kg.extract.lexicon import Lexicon, LexiconEntry, default_lexicon_paths, load_lexicon
from kg.extract.long_forms import RESOLVER, long_forms_agree
from kg.extract.own_types import OWN_LEXICON
from kg.extract.shapes import type_from_head, type_from_shape
from kg.ids import slug
from kg.model import Entity, Mention, Paper
from kg.resolve.acronyms import definitions, looks_like_acronym
from kg.resolve.aliases import AliasRules, load_aliases, parse_aliases
from kg.resolve.clusters import ClusterCache, EntityOfKey, KeyCounts, cluster_keys
from kg.resolve.names import clean_name, joined_word, norm_key, similar
from kg.resolve.own_names import (
    SEP,
    coined,
    describing,
    entity_names,
    intro_key,
    own_respelled,
    own_spelling,
    title_of,
)  # fmt: skip
from kg.resolve.votes import vote

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
    "entity_names",
    "load_aliases",
    "norm_key",
    "parse_aliases",
    "resolve",
    "rewrite",
    "similar",
]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The papers with their mentions rewritten to canonical entities, and the entities by id."""

    docs: list[tuple[Paper, list[Mention]]]
    entities: dict[str, Entity] = field(default_factory=dict)


def _lexicon_keys(lexicon: Lexicon) -> dict[str, str]:
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in lexicon.entries:
        for form in entry.forms:
            owners[norm_key(form)].add(entry.id)
    return {k: next(iter(ids)) for k, ids in owners.items() if len(ids) == 1}


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
    names = entity_names(entity_of_key)
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


KeyedRow = list[tuple[Mention, str, bool]]
"""One paper's mentions, each with its key (``""``: a lexicon mention, already canonical) and
whether the key is the text's own (not an acronym's long form)."""


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
        self._agree: dict[tuple[str, str], bool] = {}
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
        """One paper's mentions with their keys, after the paper's own acronym definitions.

        A short form the paper defines takes its long form's key (or the lexicon entity the long
        form agrees with); a long form that the lexicon entity of its short form does not agree
        with leaves that entity for its own key.
        """
        pairs = definitions(mentions)
        means = self._meanings(mentions, pairs) if pairs else {}
        by_id = self.by_id
        row: KeyedRow = []
        introduced = {m.text for m in mentions if m.role == "introduced" and m.source != "lexicon"}
        respelled = {m.text for m in mentions if own_respelled(m, self.anchors, self.by_id)}  # rules 80, 345
        for m in mentions:
            raw = self.key(m.text)
            meaning = means.get(raw) if means else None
            if meaning is not None:
                long_key, lex, kind = meaning
                if lex:
                    row.append((self._as_entry(m, lex), "", False))
                else:
                    row.append((self._left(m, kind), long_key, long_key == raw))
            elif m.entity_id in by_id and (m.source == "lexicon" or not own_spelling(m, introduced)):
                row.append((m, "", False))
            elif m.text in respelled:
                row.append((m, f"{raw}~own", True))
            else:
                row.append((m, self.own_key(m, raw, m.text in introduced), True))
        return self._scope_coined(mentions, row)

    def _scope_coined(self, mentions: Sequence[Mention], row: KeyedRow) -> KeyedRow:
        """Give a name the paper introduces a key scoped to the paper, on every mention of it in the
        paper, marked when it is coined (:func:`kg.resolve.own_names.coined`; :mod:`kg.resolve.own_names`)."""
        scoped: dict[str, str] = {}
        title = title_of(mentions)  # once a paper, not once a mention
        for m, key, own in row:
            if own and key and m.role == "introduced" and SEP not in key and key not in self.anchors:
                k = intro_key(key, m.paper_id, describing(title, m), m.text, coined(m))
                scoped[key] = min(k, scoped.get(key, k))  # the same whatever the mentions' order
        if not scoped:
            return row
        return [(m, scoped.get(key, key), own) for m, key, own in row]

    def own_key(self, m: Mention, raw: str, own: bool = False) -> str:
        """The key of a name the lexicon did not match: ``raw``, unless that is the key of a lexicon
        entity of another coarse type — the paper's own method "IRIS" or "MIND" is not the Iris or
        MIND dataset, so it gets a key of its own and never joins them.

        >>> from kg.extract.lexicon import Lexicon, LexiconEntry
        >>> k = Keyer(Lexicon((LexiconEntry("dataset:mind", "dataset", "MIND"),)))
        >>> m = Mention("p", "method", "MIND", "method:mind", "introduced", "MIND", 0, 4, "title", "MIND",
        ...             0.75, "pattern")
        >>> k.own_key(m, "mind"), k.own_key(m, "other")
        ('mind~method', 'other')

        A word in capitals is not a lexicon entry written only in mixed case (MAGNET is not MAGNeT),
        nor is a name the paper introduces (``own``) spelled otherwise (the paper's SCHNet is not
        SchNet); a name in capitals with a digit or a hyphen that the paper only uses is the entry's
        (YOLO-V8, NYU-V2), one it introduces is its own (V-STAR is not V-STaR).

        >>> k = Keyer(Lexicon((LexiconEntry("model:yolov8", "model", "YOLOv8"),)))
        >>> def used(text):
        ...     return Mention("p", "model", text, "", "used", text, 0, 4, "abstract", text, 0.6, "pattern")
        >>> k.own_key(used("YOLO-V8"), "yolov8"), k.own_key(used("YOLO-V8"), "yolov8", own=True)
        ('yolov8', 'yolov8~caps')
        """
        eid = self.anchors.get(raw)
        if eid is not None and COARSE.get(self.by_id[eid].type) != COARSE.get(m.type):
            return f"{raw}~{m.type}"
        if eid is not None and m.rule == OWN_LEXICON:
            return f"{raw}~own"  # the paper's own retrieval baseline Chronos is not the Chronos model
        if eid is not None and m.text.isupper() and joined_word(m.text, self.by_id[eid].forms, raw):
            return f"{raw}~joined"  # "DUDE" is not the lexicon's DUD-E (rule 91)
        if eid is not None and (m.text.isupper() or own) and _mixed_case_only(self.by_id[eid].forms, raw):
            if m.text.isupper() and (m.text.isalpha() or own):
                return f"{raw}~caps"  # the paper's MAGNET is not the lexicon's MAGNeT (VeRA is not VERA)
            if own and m.text not in self.by_id[eid].forms:
                return f"{raw}~{slug(m.text)}"  # the paper's own SCHNet is not SchNet
        return raw

    def _meanings(
        self, mentions: Sequence[Mention], pairs: list[tuple[int, int]]
    ) -> dict[str, tuple[str, str, str]]:
        """A paper's acronyms: the key of each half of a definition -> (long key, the lexicon id
        the long form agrees with, else ""; the type of a definition that leaves the lexicon
        entity it was matched to). The first definition of a short form wins."""
        means: dict[str, tuple[str, str, str]] = {}
        for li, si in pairs:
            long, short = mentions[li], mentions[si]
            long_key, short_key = self.key(long.text), self.key(short.text)
            if long_key in means or long_key == short_key:
                continue
            lex = next((e for e in (long.entity_id, short.entity_id) if e in self.by_id), "")
            if lex and self.agrees(lex, long.text):
                meaning = (long_key, lex, "")
            else:
                own = type_from_head(long.text) or type_from_shape(short.text)
                meaning = (long_key, "", own or "method")
            means[long_key] = meaning
            if meaning[1] or short.entity_id not in self.by_id or looks_like_acronym(short.text):
                means.setdefault(short_key, meaning)
        return means

    def agrees(self, eid: str, long_form: str) -> bool:
        """Whether a paper's long form agrees with a long form of lexicon entity ``eid``: the
        extractor's rule, read as :data:`kg.extract.long_forms.RESOLVER` (docs/typing.md rule 650).

        >>> from kg.extract.lexicon import Lexicon, LexiconEntry
        >>> k = Keyer(Lexicon((LexiconEntry("model:sam", "model", "SAM", ("Segment Anything Model",)),)))
        >>> k.agrees("model:sam", "Segment Anything"), k.agrees("model:sam", "Sample Confusion Miner")
        (True, False)
        """
        hit = self._agree.get((eid, long_form))
        if hit is None:
            forms = self.by_id[eid].forms
            hit = self._agree[(eid, long_form)] = long_forms_agree(long_form, forms, RESOLVER)
        return hit

    def _left(self, m: Mention, kind: str) -> Mention:
        """A mention the lexicon matched in a paper that defines it otherwise: the definition's type."""
        if m.entity_id not in self.by_id or m.type == kind:
            return m
        return Mention(
            m.paper_id, kind, m.text, "", m.role, m.text, m.start, m.end, m.field, m.sentence,
            m.confidence, m.source, m.rule,
        )  # fmt: skip

    def _as_entry(self, m: Mention, eid: str) -> Mention:
        if m.entity_id == eid:
            return m
        entry = self.by_id[eid]
        return Mention(
            m.paper_id, entry.type, entry.name, eid, m.role, m.text, m.start, m.end, m.field, m.sentence,
            m.confidence, m.source, m.rule,
        )  # fmt: skip

    def lexicon_name(self, eid: str) -> tuple[str, str]:
        """``(type, name)`` of a lexicon entity."""
        entry = self.by_id[eid]
        return entry.type, entry.name

    def forms(self, eid: str) -> set[str]:
        """The lexicon's forms of an entity (empty for one the lexicon does not know)."""
        entry = self.by_id.get(eid)
        return set(entry.forms) if entry else set()


def _mixed_case_only(forms: Sequence[str], key: str) -> bool:
    """Whether the forms with ``key`` are all one word in mixed case ("MAGNeT", "VeRA"), none in capitals.

    >>> _mixed_case_only(("MAGNeT", "Magnet model"), "magnet"), _mixed_case_only(("SAM",), "sam")
    (True, False)
    >>> _mixed_case_only(("SEED EEG", "SEED dataset"), "seed")  # a head word is not mixed case
    False
    """
    same = [clean_name(f) for f in forms if norm_key(f) == key]
    return bool(same) and all(
        " " not in f and not f.isupper() and any(c.isupper() for c in f[1:]) for f in same
    )


def add_key_stats(row: KeyedRow, types: KeyCounts, raw_texts: KeyCounts, sign: int = 1) -> None:
    """Add (``sign=-1``: take away) one paper's keyed mentions to the per-key statistics.

    Counts that reach zero are dropped, so adding a paper and taking it away again leaves the
    statistics as they were.

    >>> from kg.model import Mention
    >>> m = Mention("p", "dataset", "FooSet", "", "used", "FooSet", 0, 6, "title", "FooSet", 0.5, "pattern")
    >>> types, texts = {}, {}
    >>> add_key_stats([(m, "fooset", True)], types, texts); types, texts  # confidence 0.5: a weak vote
    ({'fooset': {'~dataset': 1}}, {'fooset': {'FooSet': 1}})
    >>> add_key_stats([(m, "fooset", True)], types, texts, -1); types, texts
    ({}, {})
    """
    for m, key, own in row:
        if key:
            _bump(types, key, vote(m.type, m.confidence, m.rule), sign)
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


def rewrite(row: KeyedRow, entity_of_key: EntityOfKey, keyer: Keyer) -> list[Mention]:
    """One paper's mentions with their canonical entity id, type and name."""
    new = []
    for m, key, _ in row:
        if key:
            eid, etype, name = entity_of_key[key]
            if not eid:  # a coined name two works introduce, used here without saying which
                continue
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
