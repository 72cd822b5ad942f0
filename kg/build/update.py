"""Bring the stored graph (:mod:`kg.build.store`) up to date with a changed set of papers.

:func:`update_graph` is told which papers are new or changed and which are gone, and
rewrites only the records those changes reach:

1. **Resolution**: the changed papers' mentions are taken out of (old versions) and added to
   (new versions) the per-key statistics, and the keys are clustered again
   (:func:`kg.resolve.resolver.cluster_keys` — cheap: tens of thousands of keys, not hundreds of
   thousands of mentions). Keys whose entity (id, type or name) changed are *moved* keys.
2. **Papers reached**: the changed papers, the papers with a mention of a moved key, the
   papers citing a paper that appeared or went, and the papers whose organisation now
   resolves to another entity (the organisation index depends on organisation aliases).
3. Those papers' edges are replaced; then the nodes of every entity and author whose edges
   changed are computed again from *all* their stored edges, and the papers' own nodes; a
   ``Work`` node (``kg enrich --external``) that no paper cites any more is deleted.

Every record is made by the rules of :mod:`kg.graph.records`, the ones
:func:`kg.graph.build.build_graph` uses, so the graph file
equals a full build's byte for byte (tests and ``bench/build.py`` check it). A full build is
the same function with every paper new and an empty store.

>>> import sqlite3
>>> from kg.model import Paper, Source
>>> store = GraphStore(sqlite3.connect(":memory:"))
>>> p = Paper(id="p1", title="FooSet: a dataset", source=Source("f"), authors=("Ada L",))
>>> row = ["dataset", "FooSet", "", "introduced", "FooSet", 0, 6, "title", p.title, 0.9, "pattern", ""]
>>> rows = lambda pids, old: {pid: [row] for pid in pids}
>>> update_graph(store, Keyer(False), {"p1": p}, {}, ["p1"], [], rows)
UpdateReport(papers=1, entities=1, authors=1, moved_keys=1)
>>> store.summary().to_dict()
{'nodes': {'Author': 1, 'Dataset': 1, 'Paper': 1}, 'edges': {'INTRODUCES': 1, 'WROTE': 1}}
>>> update_graph(store, Keyer(False), {}, {"p1": p}, [], ["p1"], rows)  # and gone again
UpdateReport(papers=0, entities=1, authors=1, moved_keys=1)
>>> store.summary().to_dict()
{'nodes': {}, 'edges': {}}
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from kg.build.extraction import key_rows
from kg.build.paper_records import (
    author_nodes,
    citable,
    paper_edges_of,
    prefetch,
    publisher_edges,
    start_side,
)
from kg.build.side import SideStore
from kg.build.store import GraphStore
from kg.graph.records import (
    EdgeRow,
    LinkSums,
    NodeRow,
    entity_node,
    mention_edges,
    organization_index,
    paper_date,
    paper_edges,
    paper_node,
    publisher_key,
)
from kg.model import Paper
from kg.resolve.resolver import (
    ClusterCache,
    EntityOfKey,
    KeyedRow,
    Keyer,
    add_key_stats,
    cluster_keys,
    entity_names,
    rewrite,
)
from kg.schema import ENTITY_LINKS

__all__ = ["CLUSTER_CACHE", "SIDE_PAPERS", "STEPS", "UpdateReport", "update_graph"]

STEPS = 6
"""How many times :func:`update_graph` calls its ``step`` hook."""
#: The store value holding the last clustering run (:class:`kg.resolve.resolver.ClusterCache` JSON).
CLUSTER_CACHE = "cluster_cache"
#: A whole graph of at least this many papers has its paper-side records written by a forked child
#: (:mod:`kg.build.side`) when the caller allows it; fewer are not worth a process.
SIDE_PAPERS = 5_000

_ORG_LO, _ORG_HI = "organization:", "organization;"  # every organisation id starts with the former

Rows = Mapping[str, Sequence[Sequence[Any]]]


@dataclass(frozen=True, slots=True)
class UpdateReport:
    """How far a change reached: papers whose records were rewritten, entities and authors recomputed."""

    papers: int
    entities: int
    authors: int
    moved_keys: int


def update_graph(
    store: GraphStore,
    keyer: Keyer,
    papers: Mapping[str, Paper],
    old_papers: Mapping[str, Paper],
    changed: Iterable[str],
    removed: Iterable[str],
    mention_rows: Callable[[Iterable[str], bool], Rows],
    step: Callable[[], object] | None = None,
    keyed: Mapping[str, KeyedRow] | None = None,
    side: bool = False,
) -> UpdateReport:
    """Update ``store`` from the papers as they were (``old_papers``) to as they are (``papers``).

    ``changed``: ids in ``papers`` that are new or whose record or mentions changed;
    ``removed``: ids of ``old_papers`` that are gone. ``mention_rows(pids, old)`` gives papers'
    raw (unresolved) mention rows by id, as extracted from the new (``old=False``) or old versions
    of the papers ``pids``. ``step()``, if given, is called after each of the :data:`STEPS` stages
    (for a progress bar). ``keyed``: changed papers' keyed mentions made already (a full build's).
    ``side``: a whole graph (every paper new, an empty store) may have its paper-side records written by
    a forked child meanwhile (:mod:`kg.build.side`; the same rows).
    """
    tick = step or (lambda: None)
    changed, removed = set(changed), set(removed)
    prefetch(old_papers, changed | removed)
    before = {pid: old_papers[pid] for pid in sorted(changed | removed) if pid in old_papers}
    in_set = set(papers)
    sums = LinkSums() if store.defer_indexes() else None  # an empty store: see _MentionEdges.sums
    beside = side and sums is not None and changed >= in_set and len(in_set) >= SIDE_PAPERS
    with start_side(store, papers, in_set) if beside else nullcontext() as scratch:
        return _update(
            store, keyer, papers, changed, removed, mention_rows, tick, keyed or {}, before, sums, scratch
        )


def _update(
    store: GraphStore,
    keyer: Keyer,
    papers: Mapping[str, Paper],
    changed: set[str],
    removed: set[str],
    mention_rows: Callable[[Iterable[str], bool], Rows],
    tick: Callable[[], object],
    keyed: Mapping[str, KeyedRow],
    before: Mapping[str, Paper],
    sums: LinkSums | None,
    side: SideStore | None,
) -> UpdateReport:
    """:func:`update_graph`'s stages (``before``: the old versions of the changed or removed papers)."""
    in_set = set(papers)
    keyed_old, keyed_new = _keyed(keyer, list(before), sorted(changed), mention_rows, keyed)

    # 1. resolution: statistics out and in, cluster again, find the moved keys; the indexes follow
    eok, moved = _recluster(store, keyer, keyed_old, keyed_new)
    names = entity_names(eok)
    _reindex(store, before, keyed_old, add=False)
    _reindex(store, {pid: papers[pid] for pid in sorted(changed)}, keyed_new, add=True)
    tick()

    # 2. the papers reached, and their mention edges; then those an organisation change reaches
    reached = _reached(store, before, changed, removed, in_set, moved)
    edges = _MentionEdges(store, keyer, papers, in_set, mention_rows, keyed_new, eok, sums)
    edges.redo(reached | removed)
    store.build_indexes("g_edges_links")  # the organisation index reads the mention edges through it
    tick()
    index, by_org = _reorganise(store, names, keyer, reached)
    edges.redo(by_org)
    reached |= by_org & in_set

    # 3. the papers' other edges and nodes, then every entity and author they reach
    tick()
    entities, authors = edges.entities, edges.authors
    spellings: dict[str, set[str]] | None = {} if sums is not None else None
    pids = sorted(reached)
    store.put_edges(_paper_rows(store, papers, in_set, pids, index, edges, spellings, side))
    store.build_indexes()
    store.delete_nodes((removed - in_set) | store.uncited_works(edges.cited))  # no orphan Work nodes
    if side is None:
        store.put_nodes(paper_node(papers[pid]) for pid in pids)
    else:
        side.copy_nodes(store.db, "Paper")
    tick()
    _redo_entities(store, entities, names, keyer, sums)
    tick()
    if side is None:
        n_authors = author_nodes(store, authors, spellings)
    else:
        n_authors = side.copy_nodes(store.db, "Author")
    tick()
    return UpdateReport(len(reached), len(entities), n_authors, len(moved))


def _paper_rows(
    store: GraphStore,
    papers: Mapping[str, Paper],
    in_set: AbstractSet[str],
    pids: Sequence[str],
    index: Mapping[str, str],
    edges: _MentionEdges,
    spellings: dict[str, set[str]] | None,
    side: SideStore | None,
) -> list[EdgeRow]:
    """These papers' edges other than mention edges, collected in ``edges``; with a ``side`` store only
    the ``PUBLISHED_BY`` ones: the child made the others (and the papers' and authors' nodes), copied in
    here."""
    if side is None:
        make = partial(paper_edges, citable=citable(store, papers, in_set, pids), index=index)
    else:
        make = partial(publisher_edges, index=index)
        side.copy_edges(store.db)
        spellings = None
    return paper_edges_of(papers, pids, make, edges.authors, edges.entities, edges.sums, spellings)


def _reached(
    store: GraphStore,
    old_papers: Mapping[str, Paper],
    changed: set[str],
    removed: set[str],
    in_set: AbstractSet[str],
    moved: set[str],
) -> set[str]:
    """The papers whose mention edges a change reaches: the changed ones, those with a mention of a moved
    key, those citing a paper that appeared or went."""
    if changed >= in_set:  # every paper changed (a full build): all are reached without asking the store
        return set(in_set)
    appeared_or_gone = {pid for pid in changed if pid not in old_papers} | removed
    reached = changed | store.papers_with("keys", moved) | store.papers_with("refs", appeared_or_gone)
    return reached & in_set


def _reindex(
    store: GraphStore, papers: Mapping[str, Paper], keyed: Mapping[str, KeyedRow], *, add: bool
) -> None:
    """Take these papers out of (``add=False``) or put them into the store's change indexes."""
    store.index_papers(
        ((pid, _keys(keyed[pid]), paper.references, publisher_key(paper)) for pid, paper in papers.items()),
        add=add,
    )


def _reorganise(
    store: GraphStore, names: Mapping[str, tuple[str, str]], keyer: Keyer, reached: set[str]
) -> tuple[dict[str, str], set[str]]:
    """The new organisation index (stored) and the papers not yet reached whose organisation moved."""
    old_index = _stored_org_index(store)
    index = _org_index(store, names, keyer)
    moved_orgs = {o for o in old_index.keys() | index.keys() if old_index.get(o) != index.get(o)}
    store.put_value("org_index", json.dumps(index, sort_keys=True, ensure_ascii=False))
    return index, store.papers_with("orgs", moved_orgs) - reached


def _recluster(
    store: GraphStore, keyer: Keyer, keyed_old: Mapping[str, KeyedRow], keyed_new: Mapping[str, KeyedRow]
) -> tuple[EntityOfKey, set[str]]:
    """Take the old mentions' key statistics out and the new ones' in, cluster the keys again (only
    the blocks the change touched, from the cached last run), store the outcome; returns the entity
    of every key and the keys whose entity moved."""
    cached = store.get_value(CLUSTER_CACHE)  # last run's blocks and lone keys: re-cluster what changed
    if cached and keyed_old == keyed_new:  # the same mentions (only references changed, say)
        return store.entity_of_key(), set()  # the same statistics: the same clusters
    types, texts = store.key_stats()
    touched: set[str] = set()
    for sign, keyed in ((-1, keyed_old), (1, keyed_new)):
        for row in keyed.values():
            add_key_stats(row, types, texts, sign)
            touched |= _keys(row)
    store.put_key_stats(types, texts)
    old_eok = store.entity_of_key()
    cache = ClusterCache.from_json(cached) if cached else ClusterCache()
    eok = cluster_keys(types, texts, keyer, cache=cache, changed=touched if cached else None)
    store.put_value(CLUSTER_CACHE, cache.to_json())
    moved = {k for k in old_eok.keys() | eok.keys() if old_eok.get(k) != eok.get(k)}
    store.put_entity_of_key(moved, eok)
    return eok, moved


@dataclass(slots=True)
class _MentionEdges:
    """Rewrites papers' mention edges, collecting the entities and authors whose nodes must follow."""

    store: GraphStore
    keyer: Keyer
    papers: Mapping[str, Paper]
    in_set: AbstractSet[str]  # the ids of ``papers`` (which may read lazily)
    mention_rows: Callable[[Iterable[str], bool], Rows]
    keyed_new: Mapping[str, KeyedRow]
    eok: EntityOfKey
    # A whole graph into an empty store (its indexes deferred: built once after the inserts): every link
    # written is summed here, so the entities' and authors' nodes need not read them back.
    sums: LinkSums | None
    entities: set[str] = field(default_factory=set)
    authors: set[str] = field(default_factory=set)
    cited: set[str] = field(default_factory=set)  # what the deleted CITES edges pointed to

    def redo(self, pids: set[str]) -> None:
        """Delete the edges these papers own and write their mention edges again."""
        for u, k, v in self.store.delete_owned(pids):
            if k == "WROTE":
                self.authors.add(u)
            elif k in ENTITY_LINKS:
                self.entities.add(v)
            elif k == "CITES":
                self.cited.add(v)
        papers, keyed_new, in_set = self.papers, self.keyed_new, self.in_set
        more = self.mention_rows(sorted(pid for pid in pids if pid in in_set and pid not in keyed_new), False)
        prefetch(papers, pids)
        rows: list[EdgeRow] = []
        for pid in sorted(pids & in_set):
            row = keyed_new[pid] if pid in keyed_new else key_rows(self.keyer, pid, more[pid])
            rows += mention_edges(pid, paper_date(papers[pid]), rewrite(row, self.eok, self.keyer))
        self.entities.update(eid for _, _, eid, _, _, _, _ in rows)
        if self.sums is not None:
            self.sums.add(rows)
        self.store.put_edges(rows)


def _keyed(
    keyer: Keyer,
    old: Sequence[str],
    new: Sequence[str],
    mention_rows: Callable[[Iterable[str], bool], Rows],
    ready: Mapping[str, KeyedRow],
) -> tuple[dict[str, KeyedRow], dict[str, KeyedRow]]:
    """The keyed mentions of the papers' old versions and new ones (in these orders); of the new, the
    ``ready`` ones are taken as they are."""
    keyed_old = {pid: key_rows(keyer, pid, rows) for pid, rows in mention_rows(old, True).items()}
    made = mention_rows([pid for pid in new if pid not in ready], False)
    return keyed_old, {pid: ready[pid] if pid in ready else key_rows(keyer, pid, made[pid]) for pid in new}


def _keys(row: KeyedRow) -> set[str]:
    return {key for _, key, _ in row if key}


def _org_index(store: GraphStore, names: Mapping[str, tuple[str, str]], keyer: Keyer) -> dict[str, str]:
    """The organisation index of ``kg.graph.build``: every organisation entity with a mention, by its
    name, mention texts and lexicon forms."""
    known: dict[str, set[str]] = {}
    for eid, texts in store.mention_texts(_ORG_LO, _ORG_HI):
        forms = known.get(eid)
        if forms is None:
            etype, name = names.get(eid) or keyer.lexicon_name(eid)
            if etype != "organization":
                continue
            forms = known[eid] = {name, *keyer.forms(eid)}
        forms.update(json.loads(texts))
    return organization_index(known)


def _stored_org_index(store: GraphStore) -> dict[str, str]:
    text = store.get_value("org_index")
    return dict(json.loads(text)) if text else {}


def _redo_entities(
    store: GraphStore,
    entities: set[str],
    names: Mapping[str, tuple[str, str]],
    keyer: Keyer,
    sums: LinkSums | None,
) -> None:
    """Write these entities' nodes from their links: summed as written (``sums``), else read back."""
    if sums is not None:
        summed, publishers = sums.result()
        links = {eid: link for eid, link in summed.items() if eid in entities}
    else:
        links = store.entity_links(entities)
        publishers = store.publisher_names(e for e, link in links.items() if not link.mentioned)
    nodes: list[NodeRow] = []
    for eid in sorted(links):
        link = links[eid]
        if link.mentioned:
            named = names.get(eid) or keyer.lexicon_name(eid)
            nodes.append(entity_node(eid, link, named, keyer.forms(eid), None))
        else:  # only named as a publisher
            nodes.append(entity_node(eid, link, None, (), publishers[eid]))
    store.delete_nodes(entities - set(links))
    store.put_nodes(nodes)
