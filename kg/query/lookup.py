"""From what a user types to a node of the graph: the one resolver every door uses.

:func:`resolve_node` is called by the CLI (``kg similar``, ``kg neighbours``, ``kg explore``,
``kg query --param id=``), the Python API and the explorer views. It tries, in order:

1. a node id of the graph;
2. an arXiv id (with or without version, ``arXiv:`` prefix or abs/pdf URL) or a DOI (bare,
   ``doi:`` or ``https://doi.org/``) of a paper;
3. an exact name, title or alias (case, accents, punctuation and spacing ignored); when several
   nodes of one class (entities, papers, authors) have it, the one whose name or alias is the
   reference as typed (case and spacing ignored: "ImageNet" is not "ImageNet++") answers, and
   otherwise the lookup refuses and lists them;
4. distinctive words: the reference's words all occur in the name of exactly one node, as
   whole words or else as word beginnings (entities are tried before papers, papers before authors);
5. a fuzzy name, accepted only when it is at least :data:`FUZZY_MIN` similar and
   :data:`FUZZY_MARGIN` points ahead of the runner-up.

Anything else raises :class:`~kg.errors.NoMatchError` with "did you mean" candidates: a
low-confidence match is never answered for.

>>> from kg.graph.demo import demo_graph
>>> g = demo_graph()
>>> resolve_node(g, "arXiv:2501.00001v2"), resolve_node(g, "imagenet 1K"), resolve_node(g, "MoE")
('2501.00001', 'dataset:imagenet-1k', 'method:mixture-of-experts')
>>> resolve_node(g, "VisBench: a benchmark for visual reasoning", kinds="paper")
'2502.00003'
>>> resolve_node(g, "Speech recognition in noisy rooms", kinds="paper")
Traceback (most recent call last):
...
kg.errors.NoMatchError: no paper matches 'Speech recognition in noisy rooms'
>>> [h.id for h in find(g, "imagenet 1k")]
['dataset:imagenet-1k']
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
from rapidfuzz import fuzz, process

from kg.errors import ConfigError, GraphError, NoMatchError
from kg.ids import normalise_title, strip_arxiv_version
from kg.model import ENTITY_TYPES

__all__ = [
    "FUZZY_MARGIN",
    "FUZZY_MIN",
    "KINDS",
    "Hit",
    "NameIndex",
    "find",
    "kind_of",
    "kind_priority",
    "name_index",
    "parse_kinds",
    "parse_via",
    "resolve_node",
]

KINDS: tuple[str, ...] = ("paper", *ENTITY_TYPES, "author")
"""What a node can be: ``paper``, an entity type, or ``author`` (the lower-cased label)."""

FUZZY_MIN = 90.0
"""A fuzzy name match (rapidfuzz ``ratio`` of the normalised names, 0-100) must reach this..."""
FUZZY_MARGIN = 5.0
"""...and lead the next-best node by this many points, or the reference is refused."""

_ARXIV = re.compile(
    r"(?:arxiv:|https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/)?"
    r"(\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7})(v\d+)?(?:\.pdf)?",
    re.IGNORECASE,
)
_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|doi:)?\s*(10\.\d{4,9}/\S+)", re.IGNORECASE)


def kind_of(attrs: dict[str, Any]) -> str:
    """The kind of a node from its attributes: its lower-cased label (``"Dataset"`` -> ``"dataset"``)."""
    return str(attrs.get("label", "")).lower()


def _split(value: str | Iterable[str]) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(dict.fromkeys(k.strip().lower() for k in items if k.strip()))


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
    out = _split(kinds)
    for k in out:
        if k not in KINDS:
            raise GraphError(f"unknown node kind: {k!r}", hint=f"use one of {', '.join(KINDS)}")
    return out


def parse_via(via: str | Iterable[str] | None) -> tuple[str, ...]:
    """Entity types to relate papers through: ``"dataset,method"``, a sequence; ``None`` or ``"all"`` = all.

    The order given is kept (it orders the shared entities ``kg similar`` lists).

    >>> parse_via("dataset, Method")
    ('dataset', 'method')
    >>> parse_via("all") == ENTITY_TYPES
    True
    >>> parse_via("planet")
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: not an entity type: planet
    """
    if via is None:
        return ENTITY_TYPES
    out = _split(via)
    if out == ("all",):
        return ENTITY_TYPES
    bad = [v for v in out if v not in ENTITY_TYPES]
    if bad or not out:
        hint = f"use some of {', '.join(ENTITY_TYPES)}, or all"
        raise ConfigError(f"not an entity type: {', '.join(bad) or '(none)'}", hint=hint)
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
    """Normalised names -> node ids, and ``arxiv:``/``doi:`` keys -> paper ids; see :func:`name_index`."""

    ids: dict[str, tuple[str, ...]]
    keys: tuple[str, ...]
    external: dict[str, str]
    by_kind: dict[str, tuple[str, ...]]

    def keys_of(self, kinds: Iterable[str]) -> tuple[str, ...]:
        """The names of nodes of ``kinds``, sorted (a paper lookup need not scan author names)."""
        parts = [self.by_kind.get(k, ()) for k in dict.fromkeys(kinds)]
        if len(parts) == 1:
            return parts[0]
        return tuple(sorted(set().union(*parts))) if len(parts) < len(self.by_kind) else self.keys


def _display_name(attrs: dict[str, Any]) -> str:
    return str(attrs.get("name") or attrs.get("title") or "")


def name_index(g: nx.MultiDiGraph) -> NameIndex:
    """Index every entity name and alias, paper title, author name, paper arXiv id and DOI."""
    ids: dict[str, set[str]] = defaultdict(set)
    by_kind: dict[str, set[str]] = defaultdict(set)
    external: dict[str, str] = {}
    for node, attrs in g.nodes(data=True):
        of_kind = by_kind[kind_of(attrs)]
        for name in (_display_name(attrs), *attrs.get("aliases", ())):
            key = normalise_title(str(name))
            if key:
                ids[key].add(node)
                of_kind.add(key)
        if attrs.get("arxiv_id"):
            external.setdefault("arxiv:" + strip_arxiv_version(str(attrs["arxiv_id"])).lower(), node)
        if attrs.get("doi"):
            external.setdefault("doi:" + str(attrs["doi"]).strip().lower(), node)
    frozen = {k: tuple(sorted(v)) for k, v in ids.items()}
    kinds = {k: tuple(sorted(v)) for k, v in sorted(by_kind.items())}
    return NameIndex(frozen, tuple(sorted(frozen)), dict(sorted(external.items())), kinds)


def find(
    g: nx.MultiDiGraph,
    name: str,
    *,
    kinds: str | Iterable[str] | None = None,
    limit: int = 10,
    cutoff: float = 70.0,
    index: NameIndex | None = None,
) -> list[Hit]:
    """Nodes whose name, alias or title loosely matches ``name``, best first: a search, not a lookup.

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
    hits = [_hit(g, node, score) for node, score in scores.items() if kind_of(g.nodes[node]) in wanted]
    hits.sort(key=lambda h: (-h.score, -_papers(g, h.id), h.id))
    return hits[:limit]


def _hit(g: nx.MultiDiGraph, node: str, score: float) -> Hit:
    attrs = g.nodes[node]
    return Hit(node, kind_of(attrs), _display_name(attrs), round(score, 1))


def _ambiguous(g: nx.MultiDiGraph, message: str, ref: str, ranked: list[str]) -> NoMatchError:
    """The error for several equally good matches: the first few with their paper counts, and how many."""
    shown = ranked[: NoMatchError.SHOWN]
    candidates = tuple((n, _display_name(g.nodes[n])) for n in shown)
    papers = tuple(g.nodes[n].get("n_papers") for n in shown)  # a paper node has no count: no note
    return NoMatchError(message, ref=ref, candidates=candidates, papers=papers, total=len(ranked))


def _papers(g: nx.MultiDiGraph, node: str) -> int:
    return int(g.nodes[node].get("n_papers") or 0)


def kind_priority(kind: str) -> int:
    """Which nodes a lookup (or a cut neighbourhood) prefers: entities 0, papers 1, authors 2."""
    return 1 if kind == "paper" else 2 if kind == "author" else 0


def _named(g: nx.MultiDiGraph, nodes: Iterable[str]) -> list[str]:
    """Of nodes with the same name: those of the most preferred class (entities, then papers, then
    authors), most papers first. More than one is a question for the user, not an answer."""
    ranked = sorted(nodes, key=lambda n: (kind_priority(kind_of(g.nodes[n])), -_papers(g, n), n))
    if not ranked:
        return []
    first = kind_priority(kind_of(g.nodes[ranked[0]]))
    return [n for n in ranked if kind_priority(kind_of(g.nodes[n])) == first]


def _by_id(g: nx.MultiDiGraph, ref: str, wanted: tuple[str, ...], idx: NameIndex | None) -> str | None:
    """Steps 1-2: the node whose id, arXiv id or DOI ``ref`` is (``idx`` None: node ids only)."""
    ok = [c for c in (ref, ref.lower()) if c in g and kind_of(g.nodes[c]) in wanted]
    if ok:
        return ok[0]
    if "paper" not in wanted:
        return None
    keys = []
    if m := _ARXIV.fullmatch(ref):
        bare = strip_arxiv_version(m.group(1))
        keys += [bare, bare.lower(), "arxiv:" + bare.lower()]
    if m := _DOI.fullmatch(ref):
        doi = m.group(1).lower()
        keys += [doi, "doi:" + doi]
    for key in keys:
        node = key if key in g else idx.external.get(key) if idx is not None else None
        if node is not None and node in g and kind_of(g.nodes[node]) == "paper":
            return node
    return None


def _matching(g: nx.MultiDiGraph, idx: NameIndex, keys: Iterable[str], wanted: tuple[str, ...]) -> list[str]:
    return sorted({n for k in keys for n in idx.ids[k] if kind_of(g.nodes[n]) in wanted})


def _containing(g: nx.MultiDiGraph, query: str, wanted: tuple[str, ...], idx: NameIndex) -> list[str]:
    """Step 4: nodes of the most preferred class whose name holds every word of ``query`` (whole
    words; failing that, words that start with them: "Holm" finds "Holmes")."""
    words = query.split()
    keys: Iterable[str] = idx.keys_of(wanted)
    for w in sorted(words, key=len, reverse=True):  # a cheap substring filter first, longest word first
        keys = [k for k in keys if w in k]
    near = [(k, k.split()) for k in keys]
    whole = [k for k, ks in near if set(words) <= set(ks)]
    starts = [k for k, ks in near if all(any(t.startswith(w) for t in ks) for w in words)]
    nodes = _matching(g, idx, whole, wanted) or _matching(g, idx, starts, wanted)
    if not nodes:
        return []
    first = min(kind_priority(kind_of(g.nodes[n])) for n in nodes)
    return [n for n in nodes if kind_priority(kind_of(g.nodes[n])) == first]


def _fuzzy(
    g: nx.MultiDiGraph, query: str, wanted: tuple[str, ...], idx: NameIndex
) -> list[tuple[str, float]]:
    """Step 5: the nodes of the closest names (rapidfuzz ``ratio``), best first, one score per node."""
    best: dict[str, float] = {}
    choices = idx.keys_of(wanted)
    for key, score, _ in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=60.0, limit=50):
        for node in _matching(g, idx, [key], wanted):
            best[node] = max(best.get(node, 0.0), float(score))
    return sorted(best.items(), key=lambda item: (-item[1], -_papers(g, item[0]), item[0]))


def _a(word: str) -> str:
    return ("an " if word[:1] in ("a", "e", "i", "o", "u") else "a ") + (word or "node")


def _what(wanted: tuple[str, ...]) -> str:
    if set(wanted) == set(ENTITY_TYPES):
        return "entity"
    return "/".join(wanted) if len(wanted) < len(KINDS) else "node"


def _written(attrs: dict[str, Any], ref: str) -> bool:
    """Whether a node's name, title or an alias is ``ref`` as typed, case and spacing aside.

    >>> node = {"name": "ImageNet++", "aliases": ["INet++"]}
    >>> _written(node, "inet++"), _written(node, "ImageNet")
    (True, False)
    """
    key = " ".join(ref.casefold().split())
    return any(
        " ".join(str(n).casefold().split()) == key for n in (_display_name(attrs), *attrs.get("aliases", ()))
    )


def resolve_node(
    g: nx.MultiDiGraph,
    ref: str,
    *,
    kinds: str | Iterable[str] | None = None,
    index: NameIndex | Callable[[], NameIndex] | None = None,
) -> str:
    """The id of the node ``ref`` names (see the module docstring for the order of the steps).

    ``kinds`` limits the nodes it may name (``"paper"``, ``"dataset,method"``; default all).
    ``index`` (or a function returning it, called only when an id alone does not answer) saves
    building the :func:`name_index` on every call.
    Raises :class:`~kg.errors.NoMatchError` (a :class:`~kg.errors.GraphError`) with the closest
    candidates when nothing matches, or when several nodes match equally well.
    """
    wanted = parse_kinds(kinds)
    ref = ref.strip()
    found = _by_id(g, ref, wanted, None)
    if found is not None:
        return found
    idx = index() if callable(index) else index if index is not None else name_index(g)
    found = _by_id(g, ref, wanted, idx)
    if found is not None:
        return found
    what = _what(wanted)
    if ref in g:
        raise NoMatchError(f"{ref!r} is {_a(kind_of(g.nodes[ref]))}, not {_a(what)}", ref=ref)
    query = normalise_title(ref)
    exact = _named(g, _matching(g, idx, [query], wanted)) if query in idx.ids else []
    if len(exact) == 1:
        return exact[0]
    literal = [n for n in exact if _written(g.nodes[n], ref)]
    if len(literal) == 1:  # "ImageNet" against ImageNet++, whose key drops the "+"
        return literal[0]
    if exact:  # "SGM": a paper's own Specification-Guided Moderation and the lexicon's Semi-Global Matching
        message = f"{ref!r} is ambiguous: {len(exact)} {what} names or aliases are {ref!r}"
        raise _ambiguous(g, message, ref, exact)
    containing = _containing(g, query, wanted, idx) if query else []
    if len(containing) == 1:
        return containing[0]
    fuzzy = _fuzzy(g, query, wanted, idx) if query else []
    if fuzzy and fuzzy[0][1] >= FUZZY_MIN and (len(fuzzy) == 1 or fuzzy[0][1] - fuzzy[1][1] >= FUZZY_MARGIN):
        return fuzzy[0][0]
    if containing:
        ranked = sorted(containing, key=lambda n: (-_papers(g, n), n))
        message = f"{ref!r} is ambiguous: {len(containing)} {what} names contain it"
        raise _ambiguous(g, message, ref, ranked)
    candidates = tuple((n, _display_name(g.nodes[n])) for n, _ in fuzzy[: NoMatchError.SHOWN])
    raise NoMatchError(f"no {what} matches {ref!r}", ref=ref, candidates=candidates)
