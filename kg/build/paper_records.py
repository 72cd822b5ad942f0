"""A build's paper-side records: what a paper alone makes — its ``WROTE`` and ``CITES`` edges, its node,
its authors' nodes — and its ``PUBLISHED_BY`` edge (through the organisation index), for
:func:`kg.build.update.update_graph`.

The records come from :mod:`kg.graph.records` (:func:`~kg.graph.records.paper_edges` and its two parts).
A whole graph's ``WROTE`` / ``CITES`` edges and paper and author nodes need no resolution, so
:func:`start_side` has a forked child write them into a scratch store (:mod:`kg.build.side`) while the
update resolves; the update copies them in where it would have written them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import partial

from kg.build.side import SideStore
from kg.build.store import GraphStore
from kg.graph.records import (
    EdgeRow,
    LinkSums,
    author_node,
    paper_node,
    paper_own_edges,
    publisher_edge,
)
from kg.model import Paper

__all__ = ["author_nodes", "citable", "paper_edges_of", "prefetch", "publisher_edges", "start_side"]


def prefetch(papers: Mapping[str, Paper], ids: Iterable[str]) -> None:
    """Read these papers in one go when ``papers`` reads them lazily (a build cache's stored papers)."""
    read = getattr(papers, "prefetch", None)
    if read is not None:
        read(ids)


def paper_edges_of(
    papers: Mapping[str, Paper],
    pids: Sequence[str],
    make: Callable[[Paper], list[EdgeRow]],
    authors: set[str],
    entities: set[str],
    sums: LinkSums | None,
    spellings: dict[str, set[str]] | None,
) -> list[EdgeRow]:
    """``make(paper)`` (:func:`~kg.graph.records.paper_edges` or a part of it) of these papers, collecting
    the authors and organisations they reach (summed in ``sums``; given ``spellings``, each author's
    names on them)."""
    rows = [row for pid in pids for row in make(papers[pid])]
    for u, k, v, _, _, texts, _ in rows:
        if k == "WROTE":
            authors.add(u)
            if spellings is not None and texts:
                spellings.setdefault(u, set()).update(texts)
        elif k == "PUBLISHED_BY":
            entities.add(v)
    if sums is not None:
        sums.add(rows)
    return rows


def citable(
    store: GraphStore, papers: Mapping[str, Paper], in_set: AbstractSet[str], pids: Sequence[str]
) -> AbstractSet[str]:
    """What these papers' ``CITES`` edges may point to: the graph's papers, and the ``Work`` nodes
    ``kg enrich --external`` added for cited works."""
    works = store.with_label({r for pid in pids for r in papers[pid].references} - in_set, "Work")
    return in_set | works if works else in_set


def publisher_edges(paper: Paper, index: Mapping[str, str]) -> list[EdgeRow]:
    """The paper's ``PUBLISHED_BY`` edge as a list (none when it names no organisation)."""
    row = publisher_edge(paper, index)
    return [] if row is None else [row]


def start_side(store: GraphStore, papers: Mapping[str, Paper], in_set: AbstractSet[str]) -> SideStore:
    """A forked child writing a whole graph's paper-side records into a scratch store: the papers'
    ``WROTE`` and ``CITES`` edges and nodes and the authors' nodes, as the update writes them otherwise
    (they need no resolution)."""
    pids = sorted(in_set)
    prefetch(papers, pids)  # the child must not read the build's database
    make = partial(paper_own_edges, citable=citable(store, papers, in_set, pids))

    def write(scratch: GraphStore) -> None:
        authors: set[str] = set()
        spellings: dict[str, set[str]] = {}
        scratch.put_edges(paper_edges_of(papers, pids, make, authors, set(), None, spellings))
        scratch.put_nodes(paper_node(papers[pid]) for pid in pids)
        author_nodes(scratch, authors, spellings)

    files = {name: path for _, name, path in store.db.execute("PRAGMA database_list")}
    near = files.get("main") or ""
    if near:  # the build holds its directory's lock: another scratch directory there is a killed build's
        SideStore.sweep(near)
    return SideStore(write, fork=True, near=near)


def author_nodes(store: GraphStore, authors: set[str], spellings: Mapping[str, set[str]] | None) -> int:
    """Write these authors' nodes from the spellings on their ``WROTE`` edges (given, else read back);
    returns how many authors were redone."""
    if spellings is None:
        names = store.author_names(authors)
    else:
        names = {aid: spellings[aid] for aid in authors if aid in spellings}
    store.delete_nodes(authors - set(names))
    store.put_nodes(author_node(aid, names[aid]) for aid in sorted(names))
    return len(authors)
