"""Merge duplicate papers and resolve references to papers in the set.

Two records are the same paper when they share an arXiv id, a DOI, or a normalised
title — unless they carry *different* arXiv ids or DOIs (two preprints can share a
title). Matching is transitive. What the merged record keeps (chosen by content, so it
does not depend on which duplicate came first):

* title: the longest (ties: more capitals, then the larger string);
* abstract, organization: the longest (ties: the larger string);
* authors: the longest list; n_authors and upvotes: the largest;
* date: the earliest, with its date_text (else the longest date_text);
* arxiv_id / doi: the one known; url: arXiv abs URL, else DOI URL, else the smallest;
* references, alt_ids, cited_by: the sorted union; categories: union in first-seen order;
* source: the earliest record's (so the merged paper sits where it first appeared).

The id is recomputed from the merged fields (arXiv id, else DOI, else title hash).
References (``openalex:W…``, ``s2:…``, DOIs, arXiv ids, old ids of merged records) are
mapped to in-set paper ids; a paper listed in another's ``cited_by`` gains it as a
reference; self-references are dropped.

>>> from kg.model import Source
>>> a = Paper(id="h:1", title="Deep Nets!", source=Source("a.txt", 1, 1, "hf_page"), upvotes=5)
>>> b = Paper(id="2501.00001", title="deep nets", source=Source("b.json", 3, 1, "arxiv_jsonl"),
...           arxiv_id="2501.00001", abstract="Longer abstract.", url="https://arxiv.org/abs/2501.00001")
>>> [(p.id, p.title, p.abstract, p.upvotes, p.source.file) for p in merge_papers([a, b])]
[('2501.00001', 'Deep Nets!', 'Longer abstract.', 5, 'a.txt')]
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from kg.ids import normalise_title, paper_id
from kg.model import Paper

__all__ = ["combine", "merge_papers", "resolve_references"]


def _keys(p: Paper) -> Iterator[str]:
    if p.arxiv_id:
        yield "a:" + p.arxiv_id
    if p.doi:
        yield "d:" + p.doi
    title = normalise_title(p.title)
    if title:
        yield "t:" + title


def _fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


class _Groups:
    """Union-find over paper indices; a group never holds two different arXiv ids or DOIs."""

    def __init__(self, papers: Sequence[Paper]) -> None:
        self.parent = list(range(len(papers)))
        self.ids = [(p.arxiv_id, p.doi) for p in papers]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = sorted((self.find(i), self.find(j)))
        if ri == rj:
            return True
        (a1, d1), (a2, d2) = self.ids[ri], self.ids[rj]
        if not (_fits(a1, a2) and _fits(d1, d2)):
            return False
        self.parent[rj] = ri
        self.ids[ri] = (a1 or a2, d1 or d2)
        return True


def _group(papers: Sequence[Paper]) -> list[list[int]]:
    groups = _Groups(papers)
    first: dict[str, int] = {}  # key -> first paper with it
    more: dict[str, list[int]] = {}  # key -> later papers with it that could not join (conflicts)
    for i, p in enumerate(papers):
        for key in _keys(p):
            j = first.setdefault(key, i)
            if j == i:
                continue
            seen = [j, *more.get(key, ())]
            if not any([groups.union(k, i) for k in seen]):
                more.setdefault(key, []).append(i)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(papers)):
        members[groups.find(i)].append(i)
    return [members[root] for root in sorted(members)]


def _longest(values: Iterable[str | None]) -> str | None:
    present = [v for v in values if v]
    return max(present, key=lambda v: (len(v), v)) if present else None


def _largest(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _title(papers: Sequence[Paper]) -> str:
    """The longest title (ties: more capitals, then the larger string); capitals are counted only
    when the records disagree (a rebuild merges every stored paper with its identical new record)."""
    titles = {p.title for p in papers}
    if len(titles) == 1:
        return titles.pop()
    return max(titles, key=lambda t: (len(t), sum(c.isupper() for c in t), t))


def combine(papers: Sequence[Paper]) -> Paper:
    """One paper from several records of it (see the module docstring for what wins)."""
    if len(papers) == 1:
        return papers[0]
    dated = sorted((p.date, p.date_text or "") for p in papers if p.date)
    arxiv_id = next((p.arxiv_id for p in papers if p.arxiv_id), None)
    doi = next((p.doi for p in papers if p.doi), None)
    title = _title(papers)
    url = (
        f"https://arxiv.org/abs/{arxiv_id}"
        if arxiv_id
        else f"https://doi.org/{doi}"
        if doi
        else min((p.url for p in papers if p.url), default=None)
    )
    return Paper(
        id=paper_id(arxiv_id=arxiv_id, doi=doi, title=title),
        title=title,
        source=papers[0].source,
        abstract=_longest(p.abstract for p in papers) or "",
        authors=max((p.authors for p in papers), key=lambda a: (len(a), a)),
        n_authors=_largest(p.n_authors for p in papers),
        date=dated[0][0] if dated else None,
        date_text=(dated[0][1] or None) if dated else _longest(p.date_text for p in papers),
        upvotes=_largest(p.upvotes for p in papers),
        organization=_longest(p.organization for p in papers),
        arxiv_id=arxiv_id,
        doi=doi,
        url=url,
        references=tuple(sorted({r for p in papers for r in p.references})),
        categories=tuple(dict.fromkeys(c for p in papers for c in p.categories)),
        alt_ids=tuple(sorted({a for p in papers for a in p.alt_ids})),
        cited_by=tuple(sorted({c for p in papers for c in p.cited_by})),
    )


def resolve_references(papers: Sequence[Paper], aliases: dict[str, str] | None = None) -> list[Paper]:
    """Map references to in-set paper ids and turn ``cited_by`` into the citing papers' references."""
    alias = dict(aliases or {})
    for p in papers:
        for key in (p.id, p.arxiv_id, p.doi, *p.alt_ids):
            if key:
                alias.setdefault(key, p.id)
    extra: dict[str, set[str]] = defaultdict(set)
    for p in papers:
        for citing in p.cited_by:
            if citing in alias:
                extra[alias[citing]].add(p.id)
    out = []
    for p in papers:
        if not p.references and p.id not in extra:
            out.append(p)
            continue
        refs = tuple(sorted(({alias.get(r, r) for r in p.references} | extra[p.id]) - {p.id}))
        out.append(p if refs == p.references else dataclasses.replace(p, references=refs))
    return out


def merge_papers(papers: Sequence[Paper]) -> list[Paper]:
    """Duplicates merged, in first-appearance order, references resolved."""
    merged: list[Paper] = []
    aliases: dict[str, str] = {}
    for members in _group(papers):
        paper = combine([papers[i] for i in members])
        for i in members:
            aliases[papers[i].id] = paper.id
        merged.append(paper)
    return resolve_references(merged, aliases)
