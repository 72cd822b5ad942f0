"""Papers related through citations: bibliographic coupling, co-citation, and both with content.

- **Bibliographic coupling**: two papers cite the same works (graph papers or ``Work`` nodes).
- **Co-citation**: two papers are cited together by the same papers.
- **Citation similarity** (``similar_papers(…, via=("citation",))``): the cosine of the two papers'
  citation features (what they cite, who cites them); with entity types in ``via`` as well, the
  entity Jaccard is added, so content and citation evidence rank together. Each neighbour is
  explained by the shared entities, the shared references and the papers citing both.

The same questions are the Cypher queries ``bibliographic_coupling``, ``co_cited`` and
``cited_by_neighbours`` (tests check that both give the same rows).

>>> g = nx.MultiDiGraph()
>>> for n in "abcd":
...     g.add_node(n, label="Paper", title=n.upper())
>>> g.add_node("w", label="Work", title="W", year=2017)
>>> for u, v in [("a", "w"), ("b", "w"), ("a", "c"), ("b", "c"), ("d", "a"), ("d", "b")]:
...     _ = g.add_edge(u, v, key="CITES", type="CITES")
>>> bibliographic_coupling(g, "a")
[CitationLink(paper_id='b', title='B', count=2, via=('c', 'w'))]
>>> co_cited(g, "a")
[CitationLink(paper_id='b', title='B', count=1, via=('d',))]
>>> [(n.paper_id, round(n.score, 3), n.references, n.citers) for n in citation_similar(g, "a", ())]
[('b', 1.0, ('c', 'w'), ('d',))]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import networkx as nx
import numpy as np

from kg.errors import ConfigError
from kg.internals import node_dict, pred_dict, succ_dict
from kg.query.citation_index import CitationIndex, citation_index
from kg.query.similarity import (
    CITATION,
    MAX_ENTITY_PAPERS,
    Neighbour,
    _candidates,
    _sort_entities,
    entities_of,
    parse_via,
    require_paper,
)

__all__ = [
    "CitationLink",
    "bibliographic_coupling",
    "citation_similar",
    "cited_by_neighbours",
    "co_cited",
    "references_of",
    "similar_by_citation",
    "wants_citation",
]


@dataclass(frozen=True, slots=True)
class CitationLink:
    """A paper related by citations: ``count`` shared items, ``via`` what they are (sorted ids)."""

    paper_id: str
    title: str
    count: int
    via: tuple[str, ...]


def references_of(g: nx.MultiDiGraph, node: str) -> set[str]:
    """What ``node`` cites (``CITES`` out-edges)."""
    return {v for v, keys in succ_dict(g)[node].items() if "CITES" in keys}


def _citers(g: nx.MultiDiGraph, node: str) -> set[str]:
    return {u for u, keys in pred_dict(g)[node].items() if "CITES" in keys}


def _links(
    g: nx.MultiDiGraph, ix: CitationIndex, order: list[int], via: Callable[[int], list[str]]
) -> list[CitationLink]:
    return [
        CitationLink(ix.papers[q], str(node_dict(g)[ix.papers[q]].get("title", "")), len(v), tuple(sorted(v)))
        for q in order
        for v in (via(q),)
    ]


def _index(g: nx.MultiDiGraph, paper: str, index: CitationIndex | None) -> CitationIndex:
    require_paper(g, paper)
    return citation_index(g) if index is None else index


def bibliographic_coupling(
    g: nx.MultiDiGraph, paper: str, k: int | None = 10, *, index: CitationIndex | None = None
) -> list[CitationLink]:
    """Papers that cite works ``paper`` cites, most shared works first (ties by id).

    Every cited work counts, however many papers cite it (as in the Cypher query). ``index``: the
    graph's :func:`~kg.query.citation_index.citation_index`, built here when not given (pass one
    when asking many questions of one graph).
    """
    ix = _index(g, paper, index)
    i = ix.paper_pos[paper]
    mine = ix.refs_of(i)
    order = ix.ranked(ix.coupling_counts(i), k)
    return _links(g, ix, order, lambda q: ix.target_names(np.intersect1d(mine, ix.refs_of(q))))


def co_cited(
    g: nx.MultiDiGraph, paper: str, k: int | None = 10, *, index: CitationIndex | None = None
) -> list[CitationLink]:
    """Papers cited together with ``paper``, most common citers first (ties by id)."""
    ix = _index(g, paper, index)
    citers = ix.paper_citers(paper)
    order = ix.ranked(ix.cocited_counts(paper), k)
    return _links(
        g,
        ix,
        order,
        lambda q: [ix.papers[c] for c in np.intersect1d(citers, ix.paper_citers(ix.papers[q])).tolist()],
    )


def cited_by_neighbours(
    g: nx.MultiDiGraph, paper: str, k: int | None = 10, *, index: CitationIndex | None = None
) -> list[CitationLink]:
    """The papers citing ``paper``, ranked by how many of ``paper``'s own references they cite too.

    >>> g = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     g.add_node(n, label="Paper", title=n)
    >>> for u, v in [("b", "a"), ("c", "a"), ("a", "w"), ("c", "w")]:
    ...     _ = g.add_edge(u, v, key="CITES", type="CITES")
    >>> [(n.paper_id, n.count, n.via) for n in cited_by_neighbours(g, "a")]
    [('c', 1, ('w',)), ('b', 0, ())]
    """
    ix = _index(g, paper, index)
    i = ix.paper_pos[paper]
    citers, mine = ix.paper_citers(paper), ix.refs_of(i)
    shared = ix.shared_refs(citers, i)
    order = np.argsort(-shared, kind="stable")[:k]  # citers are in id order: ties by id
    return _links(
        g, ix, [int(citers[j]) for j in order], lambda q: ix.target_names(np.intersect1d(mine, ix.refs_of(q)))
    )


def citation_similar(
    g: nx.MultiDiGraph,
    paper: str,
    types: Sequence[str],
    *,
    k: int = 10,
    max_entity_papers: int = MAX_ENTITY_PAPERS,
    index: CitationIndex | None = None,
) -> list[Neighbour]:
    """The ``k`` best papers by citation cosine, plus entity Jaccard over ``types`` when given.

    The cosine is over the papers' citation features (what they cite, who cites them), every
    feature counted. Candidates: coupled and co-cited papers, and (with ``types``) papers sharing
    an entity. Ties: more shared items, then id.
    """
    ix = _index(g, paper, index)
    i = ix.paper_pos[paper]
    shared = ix.coupling_counts(i) + ix.cocited_counts(paper)
    n_cite = int(ix.degree[i])
    cosine = np.zeros(len(ix.papers))
    hit = np.flatnonzero(shared)
    cosine[hit] = shared[hit] / np.sqrt(n_cite * ix.degree[hit])  # as math.sqrt: one IEEE rounding each
    mine = entities_of(g, paper, types) if types else set()
    ents: dict[int, list[str]] = {}
    if mine:
        pred = pred_dict(g)
        walk = sorted(e for e in mine if len(pred[e]) <= max_entity_papers) or [min(mine)]
        found = _candidates(g, paper, walk, [e for e in sorted(mine) if e not in walk])
        ents = {ix.paper_pos[q]: e for q, e in found.items() if q in ix.paper_pos}
    n_ents = np.zeros(len(ix.papers), dtype=np.int64)
    n_ents[list(ents)] = [len(e) for e in ents.values()]
    cand = np.flatnonzero(shared + n_ents)
    # the Jaccard is at most shared / mine: exact scores only while a candidate can enter the top k
    bound = cosine[cand] + (n_ents[cand] / len(mine) if mine else 0.0)
    scored: list[tuple[float, int, int]] = []
    for q in cand[np.lexsort((cand, -bound))].tolist():
        if len(scored) >= k and cosine[q] + (n_ents[q] / len(mine) if mine else 0.0) < scored[k - 1][0]:
            break
        score = float(cosine[q])
        if q in ents:
            n_q = len(entities_of(g, ix.papers[q], types))
            score += len(ents[q]) / (len(mine) + n_q - len(ents[q]))
        scored.append((score, int(shared[q] + n_ents[q]), q))
        scored = sorted(scored, key=lambda t: (-t[0], -t[1], t[2]))[:k]
    return [_neighbour(g, ix, i, q, s, ents.get(q, []), types) for s, _, q in scored]


def _neighbour(
    g: nx.MultiDiGraph, ix: CitationIndex, i: int, q: int, score: float, ents: list[str], types: Sequence[str]
) -> Neighbour:
    pid = ix.papers[q]
    refs = ix.target_names(np.intersect1d(ix.refs_of(i), ix.refs_of(q)))
    citers = np.intersect1d(ix.paper_citers(ix.papers[i]), ix.paper_citers(pid))
    return Neighbour(
        pid, str(node_dict(g)[pid].get("title", "")), score, _sort_entities(g, ents, types),
        tuple(sorted(refs)), tuple(sorted(ix.papers[c] for c in citers.tolist())),
    )  # fmt: skip


def wants_citation(via: str | Iterable[str] | None) -> bool:
    """Whether ``via`` names ``citation`` (``"dataset,citation"``, a sequence…)."""
    items = via.split(",") if isinstance(via, str) else list(via or ())
    return any(v.strip().lower() == CITATION for v in items)


def similar_by_citation(
    g: nx.MultiDiGraph,
    paper: str,
    via: str | Iterable[str],
    *,
    metric: str | None = None,
    k: int = 10,
    max_entity_papers: int = MAX_ENTITY_PAPERS,
    index: CitationIndex | None = None,
) -> list[Neighbour]:
    """``similar_papers`` when ``via`` names ``citation``: :func:`citation_similar` over the entity
    types ``via`` names besides it (it ranks by citation cosine + entity Jaccard: ``metric`` must be
    left out or ``"jaccard"``)."""
    items = via.split(",") if isinstance(via, str) else list(via)
    rest = [v for v in items if v.strip() and v.strip().lower() != CITATION]
    if metric not in (None, "jaccard"):
        raise ConfigError("via citation ranks by cosine + Jaccard", hint="leave --metric out (or at jaccard)")
    types = parse_via(rest) if rest else ()
    if k <= 0:
        return []
    return citation_similar(g, paper, types, k=k, max_entity_papers=max_entity_papers, index=index)
