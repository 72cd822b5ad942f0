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

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from kg.errors import ConfigError, GraphError
from kg.internals import node_dict, pred_dict, succ_dict
from kg.query.similarity import (
    CITATION,
    MAX_ENTITY_PAPERS,
    Neighbour,
    _candidates,
    _sort_entities,
    entities_of,
    parse_via,
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


def _require_paper(g: nx.MultiDiGraph, paper: str) -> None:
    if paper not in g or g.nodes[paper].get("label") != "Paper":
        raise GraphError(f"no paper with id {paper!r} in the graph", hint="check the id, or pass a title")


def references_of(g: nx.MultiDiGraph, node: str) -> set[str]:
    """What ``node`` cites (``CITES`` out-edges)."""
    return {v for v, keys in succ_dict(g)[node].items() if "CITES" in keys}


def _citers(g: nx.MultiDiGraph, node: str) -> set[str]:
    return {u for u, keys in pred_dict(g)[node].items() if "CITES" in keys}


def _is_paper(g: nx.MultiDiGraph, node: str) -> bool:
    return bool(node_dict(g)[node].get("label") == "Paper")


def _ranked(g: nx.MultiDiGraph, found: dict[str, set[str]], k: int | None) -> list[CitationLink]:
    order = sorted(found.items(), key=lambda item: (-len(item[1]), item[0]))[:k]
    return [
        CitationLink(q, str(node_dict(g)[q].get("title", "")), len(s), tuple(sorted(s))) for q, s in order
    ]


def _coupled(g: nx.MultiDiGraph, paper: str, max_citers: int) -> dict[str, set[str]]:
    """Papers -> the works they cite in common with ``paper`` (hubs cited by more than
    ``max_citers`` papers only count for candidates found through rarer works)."""
    refs = references_of(g, paper)
    found: dict[str, set[str]] = {}
    walk = [r for r in sorted(refs) if len(pred_dict(g)[r]) <= max_citers]
    for r in walk:
        for q in _citers(g, r):
            if q != paper and _is_paper(g, q):
                found.setdefault(q, set()).add(r)
    heavy = refs - set(walk)
    for q, shared in found.items():
        shared.update(r for r in heavy if "CITES" in succ_dict(g)[q].get(r, {}))
    return found


def _cocited(g: nx.MultiDiGraph, paper: str) -> dict[str, set[str]]:
    """Papers -> the papers that cite both them and ``paper``."""
    found: dict[str, set[str]] = {}
    for c in _citers(g, paper):
        for q in references_of(g, c):
            if q != paper and _is_paper(g, q):
                found.setdefault(q, set()).add(c)
    return found


def bibliographic_coupling(
    g: nx.MultiDiGraph, paper: str, k: int | None = 10, max_citers: int = MAX_ENTITY_PAPERS
) -> list[CitationLink]:
    """Papers that cite works ``paper`` cites, most shared works first (ties by id)."""
    _require_paper(g, paper)
    return _ranked(g, _coupled(g, paper, max_citers), k)


def co_cited(g: nx.MultiDiGraph, paper: str, k: int | None = 10) -> list[CitationLink]:
    """Papers cited together with ``paper``, most common citers first (ties by id)."""
    _require_paper(g, paper)
    return _ranked(g, _cocited(g, paper), k)


def cited_by_neighbours(g: nx.MultiDiGraph, paper: str, k: int | None = 10) -> list[CitationLink]:
    """The papers citing ``paper``, ranked by how many of ``paper``'s own references they cite too.

    >>> g = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     g.add_node(n, label="Paper", title=n)
    >>> for u, v in [("b", "a"), ("c", "a"), ("a", "w"), ("c", "w")]:
    ...     _ = g.add_edge(u, v, key="CITES", type="CITES")
    >>> [(n.paper_id, n.count, n.via) for n in cited_by_neighbours(g, "a")]
    [('c', 1, ('w',)), ('b', 0, ())]
    """
    _require_paper(g, paper)
    refs = references_of(g, paper)
    found = {c: refs & references_of(g, c) for c in _citers(g, paper) if _is_paper(g, c)}
    return _ranked(g, found, k)


def _cosine(g: nx.MultiDiGraph, q: str, shared: int, n_mine: int) -> float:
    n_q = sum(1 for keys in succ_dict(g)[q].values() if "CITES" in keys)
    n_q += sum(1 for keys in pred_dict(g)[q].values() if "CITES" in keys)
    return shared / math.sqrt(n_mine * n_q) if n_mine and n_q else 0.0


def citation_similar(
    g: nx.MultiDiGraph,
    paper: str,
    types: Sequence[str],
    *,
    k: int = 10,
    max_entity_papers: int = MAX_ENTITY_PAPERS,
) -> list[Neighbour]:
    """The ``k`` best papers by citation cosine, plus entity Jaccard over ``types`` when given.

    Candidates: coupled and co-cited papers, and (with ``types``) papers sharing an entity. Ties:
    more shared items, then id.
    """
    _require_paper(g, paper)
    coupled, cocited = _coupled(g, paper, max_entity_papers), _cocited(g, paper)
    n_cite = len(references_of(g, paper)) + len(_citers(g, paper))
    mine = entities_of(g, paper, types) if types else set()
    shared_ents: dict[str, list[str]] = {}
    if mine:
        pred = pred_dict(g)
        walk = sorted(e for e in mine if len(pred[e]) <= max_entity_papers) or [min(mine)]
        shared_ents = _candidates(g, paper, walk, [e for e in sorted(mine) if e not in walk])
    # exact scores only while a candidate can still enter the top k: its citation cosine is at most
    # sqrt(shared / mine) (it has at least the shared features), its Jaccard at most shared / mine
    bound = {}
    for q in coupled.keys() | cocited.keys() | shared_ents.keys():
        n_cited = len(coupled.get(q, ())) + len(cocited.get(q, ()))
        n_ents = len(shared_ents.get(q, ()))
        bound[q] = (math.sqrt(n_cited / n_cite) if n_cite else 0.0) + (n_ents / len(mine) if mine else 0.0)
    scored: list[tuple[float, int, str, set[str], set[str], list[str]]] = []
    for q in sorted(bound, key=lambda q: (-bound[q], q)):
        if len(scored) >= k and bound[q] < scored[k - 1][0]:
            break
        refs, citers = coupled.get(q, set()), cocited.get(q, set())
        ents = shared_ents.get(q, [])
        score = _cosine(g, q, len(refs) + len(citers), n_cite)
        if mine:
            n_q = len(entities_of(g, q, types))
            score += len(ents) / (len(mine) + n_q - len(ents))
        scored.append((score, len(refs) + len(citers) + len(ents), q, refs, citers, ents))
        scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
    best = scored[:k]
    return [
        Neighbour(
            q, str(node_dict(g)[q].get("title", "")), s, _sort_entities(g, ents, types),
            tuple(sorted(refs)), tuple(sorted(citers)),
        )
        for s, _, q, refs, citers, ents in best
    ]  # fmt: skip


def wants_citation(via: str | Iterable[str] | None) -> bool:
    """Whether ``via`` names ``citation`` (``"dataset,citation"``, a sequence…)."""
    items = via.split(",") if isinstance(via, str) else list(via or ())
    return any(v.strip().lower() == CITATION for v in items)


def similar_by_citation(
    g: nx.MultiDiGraph,
    paper: str,
    via: str | Iterable[str],
    *,
    metric: str = "jaccard",
    k: int = 10,
    max_entity_papers: int = MAX_ENTITY_PAPERS,
) -> list[Neighbour]:
    """``similar_papers`` when ``via`` names ``citation``: :func:`citation_similar` over the entity
    types ``via`` names besides it."""
    items = via.split(",") if isinstance(via, str) else list(via)
    rest = [v for v in items if v.strip() and v.strip().lower() != CITATION]
    if metric != "jaccard":
        raise ConfigError("via citation ranks by cosine + Jaccard", hint="leave --metric at jaccard")
    types = parse_via(rest) if rest else ()
    return citation_similar(g, paper, types, k=k, max_entity_papers=max_entity_papers) if k > 0 else []
