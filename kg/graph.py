"""Build, save and load the kg graph: a :class:`networkx.MultiDiGraph` following ``docs/schema.md``.

Papers and their (resolved) mentions go in; a graph with ``Paper``, entity and ``Author``
nodes and ``INTRODUCES`` / ``USES`` / ``CITES`` / ``WROTE`` / ``PUBLISHED_BY`` edges comes out.
The graph file is node-link JSON, sorted, versioned and written atomically, so the same
input always gives a byte-identical file.

>>> from kg.model import Mention, Paper, Source
>>> src = Source(file="x.txt", format="hf_page")
>>> p = Paper(id="2501.00001", title="BigBench: a benchmark", source=src,
...           authors=("Ada Lovelace",), date="2025-01-03")
>>> m = Mention(paper_id="2501.00001", type="benchmark", name="BigBench", entity_id="benchmark:bigbench",
...             role="introduced", text="BigBench", start=0, end=8, field="title",
...             sentence="BigBench: a benchmark", confidence=0.9, source="pattern")
>>> g = build_graph([p], [m])
>>> sorted(g.nodes)
['2501.00001', 'author:ada-lovelace', 'benchmark:bigbench']
>>> g.nodes["benchmark:bigbench"]["first_seen"], g.nodes["benchmark:bigbench"]["n_papers"]
('2025-01-03', 1)
>>> sorted(k for _, _, k in g.edges(keys=True))
['INTRODUCES', 'WROTE']
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> save_graph(g, path)
>>> load_graph(path).nodes["2501.00001"]["title"]
'BigBench: a benchmark'
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg import __version__
from kg.atomic import open_atomic
from kg.errors import GraphError
from kg.ids import normalise_title, slug
from kg.model import Entity, Mention, Paper
from kg.schema import ENTITY_LABELS, MENTION_RELS, label_for_type

__all__ = [
    "EDGE_PROPERTIES",
    "KG_FORMAT",
    "NODE_PROPERTIES",
    "GraphSummary",
    "build_graph",
    "graph_from_data",
    "graph_to_data",
    "load_graph",
    "organization_id",
    "paper_properties",
    "save_graph",
    "summarise",
]

KG_FORMAT = 1
"""The version of the graph file layout; :func:`load_graph` refuses any other."""

PAPER_PROPERTIES: tuple[str, ...] = (
    "title",
    "abstract",
    "date",
    "date_text",
    "year",
    "month",
    "upvotes",
    "n_authors",
    "arxiv_id",
    "doi",
    "url",
    "organization",
    "source_format",
)
ENTITY_PROPERTIES: tuple[str, ...] = ("name", "type", "aliases", "first_seen", "n_papers")
MENTION_PROPERTIES: tuple[str, ...] = (
    "text",
    "field",
    "start",
    "end",
    "sentence",
    "confidence",
    "found_by",
    "rule",
    "mentions",
)
NODE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Paper": PAPER_PROPERTIES,
    **{label: ENTITY_PROPERTIES for label in ENTITY_LABELS},
    "Author": ("name",),
}
"""The properties every node of a label carries (besides its id and ``label``), per docs/schema.md."""
EDGE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "INTRODUCES": MENTION_PROPERTIES,
    "USES": MENTION_PROPERTIES,
    "CITES": (),
    "WROTE": ("position",),
    "PUBLISHED_BY": (),
    "AFFILIATED_WITH": (),
}
"""The properties every edge of a type carries (besides ``type``), per docs/schema.md."""

_FIELD_ORDER = {"title": 0, "abstract": 1}
_EVIDENCE_FIELDS = ("text", "field", "start", "end", "sentence", "confidence", "source", "rule")
# Mention.source is stored as the edge property ``found_by``: "source" names the start node in node-link JSON.
_EVIDENCE_NAMES = {"source": "found_by"}


# ---------------------------------------------------------------------------------------------
# building


def build_graph(
    papers: Iterable[Paper],
    mentions: Iterable[Mention],
    *,
    entities: Mapping[str, Entity] | None = None,
) -> nx.MultiDiGraph:
    """Build the kg graph from papers and their resolved mentions.

    Parameters
    ----------
    papers
        The papers; each becomes a ``Paper`` node (with ``Author`` nodes, ``WROTE``,
        ``PUBLISHED_BY`` and in-set ``CITES`` edges). Duplicate ids: the last one wins.
    mentions
        Resolved mentions (``entity_id`` / ``name`` canonical). Mentions of papers not in
        ``papers`` are ignored. One ``INTRODUCES`` or ``USES`` edge per (paper, entity).
    entities
        Canonical entities by id (from :func:`kg.resolve.resolve`): they give names and known
        aliases. Entities that no paper links to are left out of the graph.

    Returns
    -------
    networkx.MultiDiGraph
        Node key = id, node attribute ``label``, edge key = edge attribute ``type``.

    Examples
    --------
    >>> from kg.model import Paper, Source
    >>> a = Paper(id="a", title="A", source=Source("f"), references=("b", "zzz"), organization="Meta AI")
    >>> b = Paper(id="b", title="B", source=Source("f"))
    >>> g = build_graph([a, b], [])
    >>> sorted((u, v, k) for u, v, k in g.edges(keys=True))
    [('a', 'b', 'CITES'), ('a', 'organization:meta-ai', 'PUBLISHED_BY')]
    >>> g.nodes["organization:meta-ai"]["label"], g.nodes["organization:meta-ai"]["name"]
    ('Organization', 'Meta AI')
    """
    by_id = {p.id: p for p in papers}
    known = dict(entities or {})
    g = nx.MultiDiGraph(kg_format=KG_FORMAT, kg_version=__version__)
    for pid in sorted(by_id):
        g.add_node(pid, **paper_properties(by_id[pid]))
    links = _EntityLinks()
    _add_mention_edges(g, by_id, mentions, known, links)
    _add_paper_edges(g, by_id, known, links)
    _add_entity_nodes(g, by_id, known, links)
    return g


@dataclass(slots=True)
class _EntityLinks:
    """What the builder learns about each entity while adding edges."""

    papers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    texts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (type, name) from mentions


def paper_properties(paper: Paper) -> dict[str, Any]:
    """The node attributes of a ``Paper`` node (schema order, JSON values).

    >>> from kg.model import Paper, Source
    >>> paper = Paper(id="x", title="T", source=Source("f", format="bibtex"), date="2024-05-01")
    >>> props = paper_properties(paper)
    >>> props["year"], props["month"], props["source_format"]
    (2024, '2024-05', 'bibtex')
    """
    date = paper.date
    n_authors = paper.n_authors if paper.n_authors is not None else (len(paper.authors) or None)
    return {
        "label": "Paper",
        "title": paper.title,
        "abstract": paper.abstract,
        "date": date,
        "date_text": paper.date_text,
        "year": int(date[:4]) if date and date[:4].isdigit() else None,
        "month": date[:7] if date and len(date) >= 7 else None,
        "upvotes": paper.upvotes,
        "n_authors": n_authors,
        "arxiv_id": paper.arxiv_id,
        "doi": paper.doi,
        "url": paper.url,
        "organization": paper.organization,
        "source_format": paper.source.format,
    }


def _mention_key(m: Mention) -> tuple[int, int, int, str]:
    return (_FIELD_ORDER.get(m.field, 2), m.start, m.end, m.text)


def _add_mention_edges(
    g: nx.MultiDiGraph,
    by_id: Mapping[str, Paper],
    mentions: Iterable[Mention],
    known: Mapping[str, Entity],
    links: _EntityLinks,
) -> None:
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.paper_id in by_id:
            grouped[(m.paper_id, m.entity_id)].append(m)
    for (pid, eid), group in sorted(grouped.items()):
        introduced = [m for m in group if m.role == "introduced"]
        winners = introduced or group
        first = min(winners, key=_mention_key)
        rel = MENTION_RELS["introduced" if introduced else "used"]
        attrs = {_EVIDENCE_NAMES.get(name, name): getattr(first, name) for name in _EVIDENCE_FIELDS}
        g.add_edge(pid, eid, key=rel, type=rel, mentions=len(group), **attrs)
        links.papers[eid].add(pid)
        links.texts[eid].update(m.text for m in group)
        if eid not in links.seen:
            ent = known.get(eid)
            links.seen[eid] = (ent.type, ent.name) if ent else (first.type, min(m.name for m in group))


def organization_id(name: str, entities: Mapping[str, Entity] | None = None) -> str:
    """The ``Organization`` entity id for an organisation named in a listing.

    An organisation entity (from resolution or the lexicon) whose name or alias has the same
    normalised form wins; otherwise ``organization:<slug>``, the extractor's id rule.

    >>> organization_id("Meta Research")
    'organization:meta-research'
    >>> from kg.model import Entity
    >>> ents = {"organization:meta": Entity("organization:meta", "organization", "Meta", ("Meta Research",))}
    >>> organization_id("meta research", ents)
    'organization:meta'
    """
    return _organization_index(entities or {}).get(normalise_title(name), f"organization:{slug(name)}")


def _add_paper_edges(
    g: nx.MultiDiGraph, by_id: Mapping[str, Paper], known: Mapping[str, Entity], links: _EntityLinks
) -> None:
    author_names: dict[str, set[str]] = defaultdict(set)
    org_index = _organization_index(known)
    for pid in sorted(by_id):
        paper = by_id[pid]
        for position, name in enumerate(paper.authors):
            name = name.strip()
            if not name:
                continue
            aid = f"author:{slug(name)}"
            author_names[aid].add(name)
            if not g.has_edge(aid, pid, key="WROTE"):
                g.add_edge(aid, pid, key="WROTE", type="WROTE", position=position)
        if paper.organization and paper.organization.strip():
            org = paper.organization.strip()
            oid = org_index.get(normalise_title(org), f"organization:{slug(org)}")  # = organization_id()
            g.add_edge(pid, oid, key="PUBLISHED_BY", type="PUBLISHED_BY")
            links.papers[oid].add(pid)
            links.texts[oid].add(org)
            links.seen.setdefault(oid, ("organization", known[oid].name if oid in known else org))
        for ref in sorted(set(paper.references)):
            if ref in by_id and ref != pid:
                g.add_edge(pid, ref, key="CITES", type="CITES")
    for aid, names in author_names.items():
        g.nodes[aid].update(label="Author", name=min(names))


def _organization_index(known: Mapping[str, Entity]) -> dict[str, str]:
    index: dict[str, str] = {}
    for eid in sorted(known, reverse=True):  # smallest id wins on a clash
        ent = known[eid]
        if ent.type == "organization":
            for alias in (ent.name, *ent.aliases):
                index[normalise_title(alias)] = eid
    return index


def _add_entity_nodes(
    g: nx.MultiDiGraph, by_id: Mapping[str, Paper], known: Mapping[str, Entity], links: _EntityLinks
) -> None:
    for eid, (etype, name) in links.seen.items():
        ent = known.get(eid)
        aliases = set(links.texts[eid]) | set(ent.aliases if ent else ())
        aliases.discard(name)
        dates = [d for d in (by_id[pid].date for pid in links.papers[eid]) if d]
        g.nodes[eid].update(
            label=label_for_type(etype),
            name=name,
            type=etype,
            aliases=sorted(aliases),
            first_seen=min(dates) if dates else None,
            n_papers=len(links.papers[eid]),
        )


# ---------------------------------------------------------------------------------------------
# summary


@dataclass(frozen=True, slots=True)
class GraphSummary:
    """Counts of a graph: nodes by label and edges by relationship type (both sorted)."""

    nodes: tuple[tuple[str, int], ...]
    edges: tuple[tuple[str, int], ...]

    @property
    def n_papers(self) -> int:
        """The number of ``Paper`` nodes."""
        return dict(self.nodes).get("Paper", 0)

    def to_dict(self) -> dict[str, Any]:
        """``{"nodes": {label: n}, "edges": {type: n}}``."""
        return {"nodes": dict(self.nodes), "edges": dict(self.edges)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, int]]) -> GraphSummary:
        """Inverse of :meth:`to_dict`."""
        return cls(tuple(sorted(data["nodes"].items())), tuple(sorted(data["edges"].items())))


def summarise(g: nx.MultiDiGraph) -> GraphSummary:
    """Count nodes by label and edges by type.

    >>> from kg.model import Paper, Source
    >>> summarise(build_graph([Paper(id="a", title="A", source=Source("f"), authors=("X Y",))], [])).to_dict()
    {'nodes': {'Author': 1, 'Paper': 1}, 'edges': {'WROTE': 1}}
    """
    nodes: dict[str, int] = defaultdict(int)
    for _, label in g.nodes(data="label"):
        nodes[str(label)] += 1
    edges: dict[str, int] = defaultdict(int)
    for _, _, key in g.edges(keys=True):
        edges[str(key)] += 1
    return GraphSummary(tuple(sorted(nodes.items())), tuple(sorted(edges.items())))


# ---------------------------------------------------------------------------------------------
# the graph file


def graph_to_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link dict of the graph file: nodes sorted by id, links by (source, type, target).

    Readable by ``networkx.node_link_graph(data, edges="links")``.

    >>> g = nx.MultiDiGraph(kg_format=1)
    >>> g.add_node("b", label="Paper"); g.add_node("a", label="Paper")
    >>> _ = g.add_edge("b", "a", key="CITES", type="CITES")
    >>> d = graph_to_data(g)
    >>> [n["id"] for n in d["nodes"]], d["links"]
    (['a', 'b'], [{'source': 'b', 'target': 'a', 'key': 'CITES', 'type': 'CITES'}])
    """
    nodes = [{"id": n, **attrs} for n, attrs in sorted(g.nodes(data=True), key=lambda item: item[0])]
    links = [
        {"source": u, "target": v, "key": k, **attrs}
        for u, v, k, attrs in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1]))
    ]
    graph = {**g.graph, "kg_format": g.graph.get("kg_format", KG_FORMAT)}
    return {
        "kg_format": graph["kg_format"],
        "directed": True,
        "multigraph": True,
        "graph": graph,
        "nodes": nodes,
        "links": links,
    }


def graph_from_data(data: Mapping[str, Any], *, source: str = "<data>") -> nx.MultiDiGraph:
    """Rebuild the graph from a node-link dict written by :func:`graph_to_data`.

    Raises :class:`GraphError` when the dict is not a kg graph of a known format version.

    >>> graph_from_data({"kg_format": 99, "nodes": [], "links": []})
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: <data>: graph format 99 is not supported (this kg reads format 1)
    """
    version = data.get("kg_format") if isinstance(data, Mapping) else None
    if version is None:
        raise GraphError(
            f"{source}: not a kg graph file (no kg_format)", hint="build one with `kg build INPUT --out DIR`"
        )
    if version != KG_FORMAT:
        raise GraphError(
            f"{source}: graph format {version!r} is not supported (this kg reads format {KG_FORMAT})",
            hint="rebuild the graph with this kg version: `kg build INPUT --out DIR --rebuild`",
        )
    try:
        g = nx.MultiDiGraph(**data.get("graph", {}))
        g.add_nodes_from((n["id"], {k: v for k, v in n.items() if k != "id"}) for n in data["nodes"])
        g.add_edges_from(
            (e["source"], e["target"], e["key"], {k: v for k, v in e.items() if k not in _LINK_KEYS})
            for e in data["links"]
        )
    except (KeyError, TypeError, AttributeError) as err:
        raise GraphError(f"{source}: malformed graph file ({err!r})", hint="rebuild it: `kg build`") from err
    return g


_LINK_KEYS = frozenset({"source", "target", "key"})


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write the graph file atomically: compact, sorted node-link JSON, one record per line.

    The same graph always gives the same bytes.
    """
    data = graph_to_data(g)
    encode = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
    head = {k: v for k, v in data.items() if k not in ("nodes", "links")}
    with open_atomic(path, "w") as fh:
        fh.write(encode(head)[:-1])
        for name in ("nodes", "links"):
            fh.write(f',"{name}":[')
            records = data[name]
            for i, rec in enumerate(records):
                fh.write(("\n" if i == 0 else ",\n") + encode(rec))
            fh.write("\n]" if records else "]")
        fh.write("}\n")


def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph file written by :func:`save_graph`.

    Raises :class:`GraphError` if the file is missing, not JSON, or of an unknown format version.
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = json.load(fh)
    except FileNotFoundError as err:
        raise GraphError(
            f"{p}: no such graph file", hint="build one with `kg build INPUT --out DIR` or pass --graph FILE"
        ) from err
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise GraphError(f"{p}: cannot read graph file ({err})", hint="rebuild it with `kg build`") from err
    return graph_from_data(data, source=str(p))
