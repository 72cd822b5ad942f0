"""What the explorer draws: a :class:`View` is a chosen set of nodes and edges of the graph.

Each view function takes the graph (``docs/schema.md``) and returns a ``View`` whose nodes
are graph node ids, whose edges are graph edges (or, for the projection, derived
``SHARES`` edges), and whose ``note`` says in words what was left out.

>>> from kg.explorer.sample import tiny_graph
>>> g = tiny_graph()
>>> v = paper_view(g, "2501.00001")
>>> v.nodes
('2501.00001', '2501.00002', '2501.00003', 'dataset:imagenet', 'method:mixture-of-experts')
>>> [(r.paper, r.shared) for r in v.ranking]
[('2501.00002', ('ImageNet',)), ('2501.00003', ('Mixture-of-Experts',))]
>>> overview(g, max_nodes=5).nodes
('2501.00001', '2501.00002', '2501.00003', '2501.00004', 'dataset:coco')
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import networkx as nx

from kg.errors import ConfigError
from kg.model import ENTITY_TYPES
from kg.query.lookup import parse_via, resolve_node
from kg.query.similarity import DEFAULT_VIA, entities_of, papers_of, projection, sharing_papers
from kg.schema import ENTITY_LABELS, ENTITY_LINKS

__all__ = [
    "ENTITY_SHARE",
    "LINK_RELS",
    "Ranked",
    "View",
    "ViewEdge",
    "entity_view",
    "find_entity",
    "induced_edges",
    "overview",
    "overview_note",
    "paper_view",
    "parse_via",
    "projection_view",
    "subgraph_view",
]

LINK_RELS: frozenset[str] = frozenset(ENTITY_LINKS)
"""Relationship types that link a paper to an entity."""


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """One drawn edge: a graph edge (``type`` is its relationship type) or a derived ``SHARES`` edge."""

    source: str
    target: str
    type: str
    weight: int = 1
    shared: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranked:
    """A paper ranked against the focus: how many entities it shares, and their names."""

    paper: str
    shared: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class View:
    """A drawable selection of the graph; ``nodes`` sorted, ``edges`` sorted, ``note`` for the user."""

    kind: str
    title: str
    nodes: tuple[str, ...]
    edges: tuple[ViewEdge, ...]
    focus: str | None = None
    note: str = ""
    ranking: tuple[Ranked, ...] = ()


def _is_entity(g: nx.MultiDiGraph, node: str) -> bool:
    return g.nodes[node].get("label") in ENTITY_LABELS


def _is_paper(g: nx.MultiDiGraph, node: str) -> bool:
    return bool(g.nodes[node].get("label") == "Paper")


def _entity_type(g: nx.MultiDiGraph, node: str) -> str:
    return str(g.nodes[node].get("label", "")).lower()


def _entities_of(g: nx.MultiDiGraph, paper: str, types: Sequence[str]) -> list[str]:
    return sorted(entities_of(g, paper, types))


def _papers_of(g: nx.MultiDiGraph, entity: str) -> list[str]:
    return sorted(papers_of(g, entity))


def _name(g: nx.MultiDiGraph, node: str) -> str:
    data = g.nodes[node]
    return str(data.get("name") or data.get("title") or node)


def _short(text: str, width: int = 60) -> str:
    """``text`` cut to ``width`` characters at a word, with an ellipsis (a heading, not the record).

    >>> _short("LoRA-Drop: Pruning Low-Rank Adapters for Efficient Instruction Tuning", 30)
    'LoRA-Drop: Pruning Low-Rank…'
    """
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" :,;") + "…"


def induced_edges(g: nx.MultiDiGraph, nodes: Iterable[str]) -> tuple[ViewEdge, ...]:
    keep = set(nodes)
    edges = {
        ViewEdge(u, v, str(data.get("type", k)))
        for u in keep
        for v, keyed in g.succ[u].items()
        if v in keep
        for k, data in keyed.items()
    }
    return tuple(sorted(edges, key=lambda e: (e.source, e.type, e.target)))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def subgraph_view(
    g: nx.MultiDiGraph, nodes: Iterable[str], *, kind: str = "query", title: str = "", note: str = ""
) -> View:
    """The induced view of ``nodes`` (ids not in the graph are ignored).

    >>> from kg.explorer.sample import tiny_graph
    >>> len(subgraph_view(tiny_graph(), ["2501.00001", "dataset:imagenet", "nope"]).edges)
    1
    """
    keep = sorted({n for n in nodes if n in g})
    return View(kind, title or f"{len(keep)} nodes", tuple(keep), induced_edges(g, keep), note=note)


def _rank_entities(g: nx.MultiDiGraph, types: Sequence[str] = ENTITY_TYPES) -> list[str]:
    ents = [n for n in g.nodes if _is_entity(g, n) and _entity_type(g, n) in types]
    return sorted(ents, key=lambda e: (-len(_papers_of(g, e)), e))


def _entity_word(n: int) -> str:
    return f"{n} entity" if n == 1 else f"{n} entities"


class OverviewSource(Protocol):
    """What choosing an overview asks of a graph: an in-memory graph or the build's store."""

    def top_entities(self, k: int) -> list[str]:
        """The ``k`` entities linked by most papers (ties: by id)."""

    def papers_linking(self, entities: list[str]) -> Mapping[str, int]:
        """Paper -> how many of these entities it links to (papers linking none left out)."""

    def paper_ids(self) -> Iterable[str]:
        """Every paper id, sorted."""


def choose_overview(source: OverviewSource, max_nodes: int) -> tuple[list[str], int]:
    """The capped overview's nodes and how many are entities (for graphs with more than ``max_nodes``).

    The one rule, for ``kg explore`` and the build's explorer alike: a fifth of the budget goes to
    the entities with most papers, the rest to the papers linking most of them, then (if room is
    left) to other papers by id.
    """
    ents = source.top_entities(max(1, max_nodes // ENTITY_SHARE))
    links = source.papers_linking(ents)
    papers = sorted(links, key=lambda p: (-links[p], p))[: max_nodes - len(ents)]
    if len(ents) + len(papers) < max_nodes:  # room left: papers not linked to the chosen entities
        rest = (p for p in source.paper_ids() if p not in links)
        papers += list(itertools.islice(rest, max_nodes - len(ents) - len(papers)))
    return sorted([*ents, *papers]), len(ents)


@dataclass(frozen=True, slots=True)
class _GraphSource:
    g: nx.MultiDiGraph

    def top_entities(self, k: int) -> list[str]:
        return _rank_entities(self.g)[:k]

    def papers_linking(self, entities: list[str]) -> Mapping[str, int]:
        return Counter(p for e in entities for p in _papers_of(self.g, e))

    def paper_ids(self) -> Iterable[str]:
        return sorted(n for n in self.g.nodes if _is_paper(self.g, n))


def _overview_nodes(g: nx.MultiDiGraph, drawable: list[str], max_nodes: int) -> tuple[list[str], int]:
    """The chosen nodes and how many of them are entities (see :func:`overview`)."""
    if len(drawable) <= max_nodes:
        return sorted(drawable), sum(1 for n in drawable if _is_entity(g, n))
    return choose_overview(_GraphSource(g), max_nodes)


ENTITY_SHARE = 5
"""In a capped overview, one node in this many is an entity; the rest are papers."""


def overview_note(shown: int, shown_ents: int, drawable: int, total_ents: int, n_authors: int) -> str:
    """The overview's footer: what it shows of the ``drawable`` papers and entities, what it leaves out.

    >>> overview_note(3, 1, 3, 1, 0)
    'Showing all 3 papers and entities.'
    """
    shown_papers, total_papers = shown - shown_ents, drawable - total_ents
    if shown == drawable:
        note = f"Showing all {shown} papers and entities."
    else:
        note = (
            f"Showing {shown} of {drawable} nodes: the {_entity_word(shown_ents)} with most papers "
            f"and the {_plural(shown_papers, 'paper')} linking most of them. Left out: "
            f"{_entity_word(total_ents - shown_ents)}, {_plural(total_papers - shown_papers, 'paper')} "
            "(use --entity, --paper or --max-nodes)."
        )
    if n_authors:
        note += f" {_plural(n_authors, 'author')} are listed in the paper panels, not drawn."
    return note


def overview(g: nx.MultiDiGraph, *, max_nodes: int = 500) -> View:
    """The most connected entities and the papers that link the most of them (authors are not drawn).

    When the whole graph fits in ``max_nodes`` it is all drawn. Otherwise the top fifth of
    the budget goes to the entities with the most papers, and the rest to the papers that
    mention the most of those entities, so the view shows how the big names connect.
    """
    if max_nodes < 1:
        raise ConfigError(f"max_nodes must be at least 1, not {max_nodes}")
    drawable = [n for n in g.nodes if _is_paper(g, n) or _is_entity(g, n)]
    nodes, n_ent = _overview_nodes(g, drawable, max_nodes)
    total_ents = sum(1 for n in drawable if _is_entity(g, n))
    n_authors = sum(1 for n in g.nodes if g.nodes[n].get("label") == "Author")
    note = overview_note(len(nodes), n_ent, len(drawable), total_ents, n_authors)
    return View("overview", "Overview", tuple(nodes), induced_edges(g, nodes), note=note)


def paper_view(
    g: nx.MultiDiGraph,
    paper: str,
    *,
    via: str | Iterable[str] | None = DEFAULT_VIA,
    hops: int = 1,
    max_nodes: int = 500,
) -> View:
    """A paper (any reference :func:`~kg.query.lookup.resolve_node` takes), its entities of the ``via``
    types, and the other papers that share them, ranked.

    ``hops`` > 1 repeats the step from the papers found (their ``via`` entities, then the
    papers sharing those). Papers are kept in rank order (most shared first) up to ``max_nodes``.
    """
    paper = resolve_node(g, paper, kinds="paper")
    types = parse_via(via)
    ents = _entities_of(g, paper, types)
    ranking = [Ranked(p, tuple(sorted(_name(g, e) for e in es))) for p, es in sharing_papers(g, paper, types)]
    kept: dict[str, None] = dict.fromkeys([paper, *ents])
    for r in ranking:
        if len(kept) >= max_nodes:
            break
        kept.setdefault(r.paper, None)
    frontier = [r.paper for r in ranking if r.paper in kept]
    for _ in range(max(0, hops - 1)):
        nxt: list[str] = []
        for p in frontier:
            for e in _entities_of(g, p, types):
                for q in [e, *_papers_of(g, e)]:
                    if len(kept) < max_nodes and q not in kept:
                        kept[q] = None
                        nxt.append(q)
        frontier = [q for q in nxt if _is_paper(g, q)]
    nodes = sorted(kept)
    title = str(g.nodes[paper].get("title") or paper)
    left = len(ranking) - sum(1 for r in ranking if r.paper in kept)
    note = (
        f"{title}: {_entity_word(len(ents))} of type "
        f"{'/'.join(types)}, shared with {_plural(len(ranking), 'other paper')}."
    )
    if not ents:
        note += " Nothing to share: try --via all."
    if left:
        note += f" {left} lower-ranked papers left out (raise --max-nodes)."
    return View(
        "paper",
        f"Papers sharing {'/'.join(types)} with {_short(title)}",
        tuple(nodes),
        induced_edges(g, nodes),
        paper,
        note,
        tuple(ranking),
    )


def find_entity(g: nx.MultiDiGraph, name: str) -> str:
    """The entity id for a reference (id, name, alias, ...): :func:`kg.query.lookup.resolve_node`.

    >>> from kg.explorer.sample import tiny_graph
    >>> find_entity(tiny_graph(), "moe")
    'method:mixture-of-experts'
    """
    return resolve_node(g, name, kinds=ENTITY_TYPES)


def entity_view(g: nx.MultiDiGraph, name: str, *, hops: int = 1, max_nodes: int = 500) -> View:
    """An entity and its papers; with ``hops`` >= 2 also the entities those papers mention, most first."""
    ent = find_entity(g, name)
    papers = sorted(_papers_of(g, ent), key=lambda p: (str(g.nodes[p].get("date") or ""), p), reverse=True)
    kept: dict[str, None] = {ent: None}
    for p in papers:
        if len(kept) >= max_nodes:
            break
        kept[p] = None
    if hops >= 2:
        co = Counter(e for p in papers if p in kept for e in _entities_of(g, p, ENTITY_TYPES) if e != ent)
        for e, _n in sorted(co.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(kept) >= max_nodes:
                break
            kept[e] = None
    nodes = sorted(kept)
    shown = sum(1 for p in papers if p in kept)
    note = f"{_name(g, ent)} ({_entity_type(g, ent)}): {_plural(len(papers), 'paper')}"
    note += "." if shown == len(papers) else f", {shown} shown (newest first; raise --max-nodes)."
    return View(
        "entity", f"Neighbourhood of {_name(g, ent)}", tuple(nodes), induced_edges(g, nodes), ent, note
    )


def projection_view(
    g: nx.MultiDiGraph,
    *,
    via: str | Iterable[str] | None = DEFAULT_VIA,
    max_nodes: int = 500,
    max_edges: int | None = None,
) -> View:
    """Paper–paper projection: an edge for every pair sharing ``via`` entities, weighted and labelled by them.

    The ``max_nodes`` papers with the most co-mentioning neighbours are kept; of their links
    only the ``max_edges`` strongest are drawn (default four per paper).

    >>> from kg.explorer.sample import tiny_graph
    >>> for e in projection_view(tiny_graph()).edges:
    ...     print(e.source, e.target, e.weight, e.shared)
    2501.00001 2501.00002 1 ('ImageNet',)
    2501.00001 2501.00003 1 ('Mixture-of-Experts',)
    2501.00002 2501.00003 1 ('COCO',)
    """
    types = parse_via(via)
    strength: Counter[str] = Counter()  # a paper's links in the whole projection, counted with weight
    for e in (n for n in g.nodes if _is_entity(g, n) and _entity_type(g, n) in types):
        ps = papers_of(g, e)
        for p in ps:
            strength[p] += len(ps) - 1
    ranked = sorted((p for p, n in strength.items() if n), key=lambda p: (-strength[p], p))
    kept = set(ranked[:max_nodes])
    pairs = {
        (min(a, b), max(a, b)): [_name(g, e) for e in shared]
        for a, b, shared in projection(g, types, papers=kept).edges(data="shared")
    }
    cap = max_edges if max_edges is not None else 4 * max_nodes
    strongest = sorted(pairs.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:cap]
    edges = tuple(
        ViewEdge(a, b, "SHARES", len(names), tuple(sorted(names))) for (a, b), names in sorted(strongest)
    )
    note = f"Papers linked when they share a {'/'.join(types)}; edge width = number shared."
    if len(ranked) > len(kept):
        note += f" Showing the {len(kept)} best-connected of {len(ranked)} papers (raise --max-nodes)."
    if len(pairs) > len(strongest):
        note += f" Only the {len(strongest)} strongest of {len(pairs)} links are drawn."
    return View(
        "projection", f"Paper projection via {'/'.join(types)}", tuple(sorted(kept)), edges, note=note
    )
