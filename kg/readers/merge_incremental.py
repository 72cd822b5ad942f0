"""Merge a new listing into a stored, already merged set of papers, reading only the papers it reaches.

:func:`merge_into` gives the same result as :func:`kg.readers.merge.merge_papers` over the
stored papers (sorted by id) followed by the new ones — what ``kg.build.job.merge_stored``
computes from every stored paper — but asks a :class:`PaperIndex` for just the stored papers
the new ones can reach:

* the stored papers that share a merge key (arXiv id, DOI, normalised title) with a new
  paper, transitively (they may merge with it, or be ordered against it);
* the stored papers whose references name an identifier whose owner changes, or that gain
  a citation from a ``cited_by`` list, or whose own ``cited_by`` now names a new paper.

Merging is a fixed point on stored papers (merging them again changes nothing), so every
other stored paper is unchanged. A property test checks the equality on random listings.

>>> from kg.model import Paper, Source
>>> old = {"2501.00001": Paper(id="2501.00001", title="Deep nets", source=Source("a"), arxiv_id="2501.00001")}
>>> new = [Paper(id="h:x", title="Deep Nets", source=Source("b"), upvotes=3)]
>>> changed, gone = merge_into(MemoryIndex(old), new)
>>> sorted(changed), changed["2501.00001"].upvotes, gone
(['2501.00001'], 3, set())
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

from kg.model import Paper
from kg.readers.merge import _group, _keys, combine, resolve_references

__all__ = ["MemoryIndex", "PaperIndex", "alias_keys", "merge_into"]


class PaperIndex(Protocol):
    """Read access to the stored papers, by id and through four indexes (see :func:`index_values`)."""

    def ids(self) -> Sequence[str]:
        """Every stored id, sorted."""
        ...

    def with_values(self, kind: str, values: Iterable[str]) -> set[str]:
        """Ids of stored papers having any of ``values`` among their ``kind`` values."""
        ...

    def load(self, ids: Iterable[str]) -> dict[str, Paper]:
        """The stored papers with these ids."""
        ...


def alias_keys(p: Paper) -> Iterator[str]:
    """The identifiers a paper claims in reference resolution (id, arXiv id, DOI, other ids)."""
    for key in (p.id, p.arxiv_id, p.doi, *p.alt_ids):
        if key:
            yield key


def index_values(p: Paper) -> dict[str, set[str]]:
    """What a :class:`PaperIndex` indexes of a paper: ``merge`` keys, ``alias`` keys,
    ``refs`` (references) and ``cited`` (its ``cited_by`` entries)."""
    return {
        "merge": set(_keys(p)),
        "alias": set(alias_keys(p)),
        "refs": set(p.references),
        "cited": set(p.cited_by),
    }


class MemoryIndex:
    """A :class:`PaperIndex` over papers in memory (tests and small sets)."""

    def __init__(self, papers: Mapping[str, Paper]) -> None:
        self.papers = dict(papers)
        self.index: dict[tuple[str, str], set[str]] = {}
        for pid, p in self.papers.items():
            for kind, values in index_values(p).items():
                for v in values:
                    self.index.setdefault((kind, v), set()).add(pid)

    def ids(self) -> Sequence[str]:
        return sorted(self.papers)

    def with_values(self, kind: str, values: Iterable[str]) -> set[str]:
        return {pid for v in values for pid in self.index.get((kind, v), ())}

    def load(self, ids: Iterable[str]) -> dict[str, Paper]:
        return {pid: self.papers[pid] for pid in ids}


def merge_into(index: PaperIndex, new: Sequence[Paper]) -> tuple[dict[str, Paper], set[str]]:
    """Merge ``new`` into the stored papers of ``index``.

    Returns the papers that are new or whose record changed (by id) and the ids of stored
    papers that are gone (merged into a paper with another id).
    """
    ids = index.ids()
    position = {pid: i for i, pid in enumerate(ids)}
    # 1. the stored papers that share a merge key with the new ones, transitively
    reached: dict[str, Paper] = {}
    keys = {k for p in new for k in _keys(p)}
    seen = set(keys)
    while keys:
        found = index.load(index.with_values("merge", keys) - reached.keys())
        reached |= found
        keys = {k for p in found.values() for k in _keys(p)} - seen
        seen |= keys
    # 2. merge them with the new papers, in the order of the full merge (stored by id, then new)
    members = [*(reached[pid] for pid in sorted(reached)), *new]
    rank = [position[p.id] for p in members[: len(reached)]] + [len(ids) + i for i in range(len(new))]
    local: list[tuple[int, Paper]] = []  # (global position, merged paper)
    moved: dict[str, str] = {}  # member id -> merged id
    for group in _group(members):
        paper = combine([members[i] for i in group])
        local.append((rank[group[0]], paper))
        for i in group:
            moved[members[i].id] = paper.id
    local_ids = {p.id for _, p in local}
    # 3. the identifiers whose owner may change, and the stored papers they reach
    claims = {k for _, p in local for k in alias_keys(p)} | set(moved)
    claims |= {k for p in reached.values() for k in alias_keys(p)}
    cited = {c for _, p in local for c in p.cited_by}
    touched = index.with_values("refs", claims) | index.with_values("alias", cited | claims)
    touched |= index.with_values("cited", claims)
    others = index.load(sorted(touched - reached.keys() - local_ids))

    # 4. resolve references as the full merge does, over every paper that can matter to those:
    # the first claimant of each identifier they name, and every paper whose cited_by names them
    out = [p for _, p in local] + list(others.values())
    pool: dict[str, Paper] = dict(others)
    need_alias = {r for p in out for r in p.references} | cited
    need_cited = {k for p in out for k in alias_keys(p)} | set(moved)
    while True:
        skip = reached.keys() | pool.keys() | local_ids
        more = index.with_values("alias", need_alias) | index.with_values("cited", need_cited)
        found = index.load(sorted(more - skip))
        if not found:
            break
        pool |= found
        need_alias |= {c for p in found.values() for c in p.cited_by}
    order = sorted([(position[pid], p) for pid, p in pool.items()] + local, key=lambda item: item[0])
    aliases = {pid: pid for pid in pool} | moved
    resolved = {p.id: p for p in resolve_references([p for _, p in order], aliases)}
    changed = {pid: resolved[pid] for pid in sorted(local_ids | others.keys())}
    stored = index.load(sorted(set(changed) & set(position)))
    changed = {pid: p for pid, p in changed.items() if stored.get(pid) != p}
    return changed, set(reached) - local_ids
