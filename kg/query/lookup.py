"""Find nodes of a kg graph by id or by (fuzzy) name: entities, papers and authors.

Exact matches of the normalised name or an alias come first (score 100), then rapidfuzz
``WRatio`` matches above a cutoff; ties go to the node with more papers, then the smaller id.

>>> from kg.graph.demo import demo_graph
>>> g = demo_graph()
>>> [h.id for h in find(g, "imagenet 1k")]
['dataset:imagenet-1k']
>>> find(g, "MoE")[0].name
'Mixture-of-Experts'
>>> resolve_node(g, "VisBench: a benchmark for visual reasoning", kinds=("paper",))
'2502.00003'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from kg.errors import GraphError
from kg.ids import normalise_title, strip_arxiv_version
from kg.model import ENTITY_TYPES

__all__ = ["Hit", "NameIndex", "find", "kind_of", "name_index", "parse_kinds", "resolve_node"]

KINDS: tuple[str, ...] = ("paper", *ENTITY_TYPES, "author")
"""What a node can be: ``paper``, an entity type, or ``author`` (the lower-cased label)."""


def kind_of(attrs: dict[str, Any]) -> str:
    """The kind of a node from its attributes: its lower-cased label (``"Dataset"`` -> ``"dataset"``)."""
    return str(attrs.get("label", "")).lower()


def parse_kinds(kinds: str | Iterable[str] | None, default: Iterable[str] = KINDS) -> tuple[str, ...]:
    """Normalise a kind filter (``"dataset,method"``, a sequence, or None for ``default``).

    >>> parse_kinds("Dataset, method")
    ('dataset', 'method')
    >>> parse_kinds(["papers"])
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: unknown node kind: 'papers'
    """
    if kinds is None:
        return tuple(default)
    items = kinds.split(",") if isinstance(kinds, str) else list(kinds)
    out = tuple(dict.fromkeys(k.strip().lower() for k in items if k.strip()))
    for k in out:
        if k not in KINDS:
            raise GraphError(f"unknown node kind: {k!r}", hint=f"use one of {', '.join(KINDS)}")
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    """A node found by name: its id, kind, display name and match score (0-100)."""

    id: str
    kind: str
    name: str
    score: float


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Normalised names -> node ids; built once per graph by :func:`name_index`."""

    ids: dict[str, tuple[str, ...]]
    keys: tuple[str, ...]


def _display_name(attrs: dict[str, Any]) -> str:
    return str(attrs.get("name") or attrs.get("title") or "")


def name_index(g: nx.MultiDiGraph) -> NameIndex:
    """Index every entity name and alias, paper title and author name by its normalised form."""
    ids: dict[str, set[str]] = defaultdict(set)
    for node, attrs in g.nodes(data=True):
        for name in (_display_name(attrs), *attrs.get("aliases", ())):
            key = normalise_title(str(name))
            if key:
                ids[key].add(node)
    frozen = {k: tuple(sorted(v)) for k, v in ids.items()}
    return NameIndex(frozen, tuple(sorted(frozen)))


def find(
    g: nx.MultiDiGraph,
    name: str,
    *,
    kinds: str | Iterable[str] | None = None,
    limit: int = 10,
    cutoff: float = 70.0,
    index: NameIndex | None = None,
) -> list[Hit]:
    """Nodes whose name, alias or title matches ``name``, best first.

    ``kinds`` limits the search (default: entities only; ``"paper"`` searches titles,
    ``"author"`` author names). Pass a prebuilt ``index`` to search many times.
    """
    wanted = set(parse_kinds(kinds, default=ENTITY_TYPES))
    idx = index if index is not None else name_index(g)
    query = normalise_title(name)
    if not query:
        return []
    scores: dict[str, float] = {}
    for node in idx.ids.get(query, ()):
        scores[node] = 100.0
    matches = process.extract(query, idx.keys, scorer=fuzz.WRatio, score_cutoff=cutoff, limit=limit * 5 + 20)
    for key, score, _ in matches:
        for node in idx.ids[key]:
            scores[node] = max(scores.get(node, 0.0), float(score))
    hits = []
    for node, score in scores.items():
        attrs = g.nodes[node]
        if kind_of(attrs) in wanted:
            hits.append(Hit(node, kind_of(attrs), _display_name(attrs), round(score, 1)))
    hits.sort(key=lambda h: (-h.score, -int(g.nodes[h.id].get("n_papers") or 0), h.id))
    return hits[:limit]


def resolve_node(
    g: nx.MultiDiGraph,
    ref: str,
    *,
    kinds: str | Iterable[str] | None = None,
    index: NameIndex | None = None,
    cutoff: float = 85.0,
) -> str:
    """The id of the node ``ref`` names: an id (arXiv ids with or without version), else the best name match.

    Raises :class:`GraphError` (with the closest names as a hint) when nothing matches well enough.
    """
    wanted = parse_kinds(kinds)
    ref = ref.strip()
    bare = strip_arxiv_version(ref.removeprefix("arXiv:").removeprefix("arxiv:"))
    for candidate in (ref, bare, ref.lower()):
        if candidate in g and kind_of(g.nodes[candidate]) in wanted:
            return candidate
    hits = find(g, ref, kinds=wanted, limit=5, cutoff=50.0, index=index)
    if hits and hits[0].score >= cutoff:
        return hits[0].id
    what = "/".join(wanted) if len(wanted) < len(KINDS) else "node"
    hint = "closest: " + "; ".join(f"{h.name} ({h.id})" for h in hits[:3]) if hits else "check the id or name"
    raise GraphError(f"no {what} matches {ref!r}", hint=hint)
