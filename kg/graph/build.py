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
>>> len(save_graph(g, path))  # the file's SHA-256, hex
64
>>> load_graph(path).nodes["2501.00001"]["title"]
'BigBench: a benchmark'
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg import __version__
from kg.atomic import open_atomic
from kg.errors import GraphError
from kg.ids import normalise_title, slug
from kg.internals import clear_cache, node_dict, pred_dict, record_encoder, succ_dict
from kg.model import Entity, Mention, Paper
from kg.schema import label_for_type

__all__ = [
    "KG_FORMAT",
    "GraphSummary",
    "assemble_graph",
    "author_links",
    "build_graph",
    "entity_properties",
    "graph_from_data",
    "graph_to_data",
    "group_mentions",
    "load_graph",
    "mention_edge",
    "organization_id",
    "organization_index",
    "organization_link",
    "paper_date",
    "paper_properties",
    "publisher_key",
    "save_graph",
    "summarise",
]

KG_FORMAT = 1
"""The version of the graph file layout; :func:`load_graph` refuses any other."""

_FIELD_ORDER = {"title": 0, "abstract": 1}
# An edge's evidence is its first mention's text, field, start, end, sentence, confidence, source and rule;
# Mention.source is stored as the edge property ``found_by``: "source" names the start node in node-link JSON.


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
        Canonical entities by id (from :func:`kg.resolve.resolver.resolve`): they give names and known
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
    parts = _Parts()
    for pid, paper in by_id.items():
        parts.nodes[pid] = paper_properties(paper)
    _add_mention_edges(parts, by_id, mentions, known)
    _add_paper_edges(parts, by_id, known)
    _add_entity_nodes(parts, by_id, known)
    return assemble_graph({"kg_format": KG_FORMAT, "kg_version": __version__}, parts.nodes, parts.edges)


@dataclass(slots=True)
class _Parts:
    """Nodes, edges and what the builder learns about each entity while adding edges."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)  # (u, type, v) -> attrs
    papers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    texts: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    seen: dict[str, tuple[str, str]] = field(default_factory=dict)  # entity id -> (type, name)


def assemble_graph(
    graph: Mapping[str, Any],
    nodes: Mapping[str, dict[str, Any]],
    edges: Mapping[tuple[str, str, str], dict[str, Any]],
) -> nx.MultiDiGraph:
    """A MultiDiGraph from node attributes by id and edge attributes by ``(source, type, target)``.

    Nodes go in sorted by id and edges by (source, type, target) — the graph file's order — so a
    built graph and a loaded one iterate alike. The attribute dicts are used as they are (not
    copied), and the adjacency is filled directly: networkx's ``add_edge`` costs several times
    more per edge, which matters at a million edges. Every edge end must be in ``nodes``.

    >>> g = assemble_graph({"kg_format": 1}, {"b": {"label": "Paper"}, "a": {"label": "Paper"}},
    ...                    {("b", "CITES", "a"): {"type": "CITES"}})
    >>> list(g.nodes), list(g.edges(keys=True, data=True))
    (['a', 'b'], [('b', 'a', 'CITES', {'type': 'CITES'})])
    """
    g = nx.MultiDiGraph(**graph)
    node, succ, pred = node_dict(g), succ_dict(g), pred_dict(g)
    for n in sorted(nodes):
        node[n] = nodes[n]
        succ[n] = {}
        pred[n] = {}
    by_source: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for (u, k, v), attrs in edges.items():  # sorted per source below: many small sorts, not one big
        by_source[u].append((k, v, attrs))
    for u in sorted(by_source):
        out, nbrs = by_source[u], succ[u]
        if len(out) > 1:
            out.sort(key=_type_target)
        for k, v, attrs in out:
            keydict = nbrs.get(v)
            if keydict is None:
                keydict = nbrs[v] = pred[v][u] = {}
            keydict[k] = attrs
    clear_cache(g)
    return g


def _type_target(edge: tuple[str, str, dict[str, Any]]) -> tuple[str, str]:
    return edge[0], edge[1]


_ARXIV_NEW = re.compile(r"(\d{2})(0[1-9]|1[0-2])\.\d{4,5}")
_ARXIV_OLD = re.compile(r"[a-z-]+(?:\.[A-Za-z]{2})?/(\d{2})(0[1-9]|1[0-2])\d{3}")


def paper_month(paper: Paper) -> str | None:
    """``YYYY-MM`` of the paper: from its date, else from its arXiv id (``YYMM`` = month of first submission).

    arXiv listings often carry no date, but the identifier says when the paper was first
    submitted; no day is invented (``date`` stays null).

    >>> from kg.model import Paper, Source
    >>> paper_month(Paper(id="2503.11731", title="T", source=Source("f"), arxiv_id="2503.11731"))
    '2025-03'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), arxiv_id="hep-th/9901001"))
    '1999-01'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), date="2024-05-01", arxiv_id="2503.11731"))
    '2024-05'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"))) is None
    True
    """
    if paper.date and len(paper.date) >= 7 and paper.date[:4].isdigit():
        return paper.date[:7]
    if paper.arxiv_id:
        m = _ARXIV_NEW.fullmatch(paper.arxiv_id) or _ARXIV_OLD.fullmatch(paper.arxiv_id)
        if m:
            yy = int(m.group(1))
            return f"{1900 + yy if yy >= 91 else 2000 + yy}-{m.group(2)}"
    return None


def paper_properties(paper: Paper) -> dict[str, Any]:
    """The node attributes of a ``Paper`` node (schema order, JSON values).

    >>> from kg.model import Paper, Source
    >>> paper = Paper(id="x", title="T", source=Source("f", format="bibtex"), date="2024-05-01")
    >>> props = paper_properties(paper)
    >>> props["year"], props["month"], props["source_format"]
    (2024, '2024-05', 'bibtex')
    """
    date = paper.date
    month = paper_month(paper)
    n_authors = paper.n_authors if paper.n_authors is not None else (len(paper.authors) or None)
    return {
        "label": "Paper",
        "title": paper.title,
        "abstract": paper.abstract,
        "date": date,
        "date_text": paper.date_text,
        "year": int(month[:4]) if month else None,
        "month": month,
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


def mention_edge(group: Sequence[Mention]) -> tuple[str, dict[str, Any]]:
    """The ``INTRODUCES`` / ``USES`` edge of one paper to one entity from the paper's mentions of it.

    ``INTRODUCES`` when any mention introduces it; the evidence is the first such mention (title
    before abstract, then by offset), else the first mention.
    """
    if len(group) == 1:  # most (paper, entity) pairs: one mention
        first = group[0]
        rel = "INTRODUCES" if first.role == "introduced" else "USES"
    else:
        introduced = [m for m in group if m.role == "introduced"]
        first = min(introduced or group, key=_mention_key)
        rel = "INTRODUCES" if introduced else "USES"
    return rel, {  # MENTION_PROPERTIES: the first mention is the evidence
        "type": rel,
        "mentions": len(group),
        "text": first.text,
        "field": first.field,
        "start": first.start,
        "end": first.end,
        "sentence": first.sentence,
        "confidence": first.confidence,
        "found_by": first.source,
        "rule": first.rule,
    }


def group_mentions(mentions: Iterable[Mention]) -> dict[tuple[str, str], list[Mention]]:
    """Mentions grouped by (paper id, entity id), in first-appearance order."""
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[(m.paper_id, m.entity_id)].append(m)
    return grouped


def _add_mention_edges(
    parts: _Parts, by_id: Mapping[str, Paper], mentions: Iterable[Mention], known: Mapping[str, Entity]
) -> None:
    for (pid, eid), group in group_mentions(m for m in mentions if m.paper_id in by_id).items():
        rel, attrs = mention_edge(group)
        parts.edges[(pid, rel, eid)] = attrs
        parts.texts[eid].update(m.text for m in group)
        parts.papers[eid].add(pid)
        ent = known.get(eid)
        named = (ent.type, ent.name) if ent else min((m.type, m.name) for m in group)
        if eid not in parts.seen or named < parts.seen[eid]:  # order-independent without `entities`
            parts.seen[eid] = named


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


def author_links(paper: Paper) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Author id -> (first position, names as written) for the paper's authors (names that slug
    alike share an id).

    >>> from kg.model import Paper, Source
    >>> author_links(Paper(id="a", title="A", source=Source("f"), authors=(" Ada L ", "", "Ada  L")))
    {'author:ada-l': (0, ('Ada L', 'Ada  L'))}
    """
    out: dict[str, tuple[int, tuple[str, ...]]] = {}
    for position, raw in enumerate(paper.authors):
        name = raw.strip()
        if name:
            aid = f"author:{slug(name)}"
            first, names = out.get(aid, (position, ()))
            out[aid] = (first, (*names, name))
    return out


def publisher_key(paper: Paper) -> str | None:
    """The normalised name of the paper's publisher (what the organisation index is keyed by), or None.

    >>> from kg.model import Paper, Source
    >>> publisher_key(Paper(id="a", title="A", source=Source("f"), organization=" Meta  AI "))
    'meta ai'
    """
    org = (paper.organization or "").strip()
    return normalise_title(org) if org else None


def organization_link(paper: Paper, index: Mapping[str, str]) -> tuple[str, str] | None:
    """``(organization id, name as written)`` of the paper's publisher, or None."""
    key = publisher_key(paper)
    if key is None:
        return None
    org = (paper.organization or "").strip()
    return index.get(key, f"organization:{slug(org)}"), org  # = organization_id()


def _add_paper_edges(parts: _Parts, by_id: Mapping[str, Paper], known: Mapping[str, Entity]) -> None:
    author_names: dict[str, set[str]] = defaultdict(set)
    org_index = _organization_index(known)
    for pid in sorted(by_id):
        paper = by_id[pid]
        for aid, (position, names) in author_links(paper).items():
            author_names[aid].update(names)
            parts.edges[(aid, "WROTE", pid)] = {"type": "WROTE", "position": position}
        for ref in paper.references:
            if ref in by_id and ref != pid:
                parts.edges[(pid, "CITES", ref)] = {"type": "CITES"}
        link = organization_link(paper, org_index)
        if link is not None:
            oid, org = link
            parts.edges[(pid, "PUBLISHED_BY", oid)] = {"type": "PUBLISHED_BY"}
            parts.papers[oid].add(pid)
            parts.texts[oid].add(org)
            parts.seen.setdefault(oid, ("organization", known[oid].name if oid in known else org))
    for aid, spellings in author_names.items():
        parts.nodes[aid] = {"label": "Author", "name": min(spellings)}


def organization_index(names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Normalised name -> organisation id, from each organisation entity's names (its name and
    aliases); on a clash the smallest id wins."""
    index: dict[str, str] = {}
    for eid in sorted(names, reverse=True):
        for alias in names[eid]:
            index[normalise_title(alias)] = eid
    return index


def _organization_index(known: Mapping[str, Entity]) -> dict[str, str]:
    return organization_index(
        {eid: (ent.name, *ent.aliases) for eid, ent in known.items() if ent.type == "organization"}
    )


def paper_date(paper: Paper) -> str | None:
    """The date an entity counts as seen in this paper: its date, else its month."""
    return paper.date or paper_month(paper)


def entity_properties(
    etype: str, name: str, aliases: Iterable[str], dates: Iterable[str | None], n_papers: int
) -> dict[str, Any]:
    """The node attributes of an entity node (the name itself is never an alias)."""
    present = [d for d in dates if d]
    return {
        "label": label_for_type(etype),
        "name": name,
        "type": etype,
        "aliases": sorted(set(aliases) - {name}),
        "first_seen": min(present) if present else None,
        "n_papers": n_papers,
    }


def _add_entity_nodes(parts: _Parts, by_id: Mapping[str, Paper], known: Mapping[str, Entity]) -> None:
    for eid, (etype, name) in parts.seen.items():
        ent = known.get(eid)
        aliases = parts.texts[eid] | set(ent.aliases if ent else ())
        papers = parts.papers[eid]
        parts.nodes[eid] = entity_properties(
            etype, name, aliases, (paper_date(by_id[pid]) for pid in papers), len(papers)
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
    nodes: Counter[str] = Counter(str(attrs.get("label")) for attrs in node_dict(g).values())
    edges: Counter[str] = Counter(  # the dicts behind the views: a million edges in a fraction of a second
        str(k) for nbrs in succ_dict(g).values() for keydict in nbrs.values() for k in keydict
    )
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
    node, succ = (
        node_dict(g),
        succ_dict(g),
    )  # the plain dicts behind the views: much faster at a million edges
    nodes = [{"id": n, **node[n]} for n in sorted(node)]
    links = list(_link_records(succ, sorted(succ)))  # by source, then (type, target): many small sorts
    graph = {**g.graph, "kg_format": g.graph.get("kg_format", KG_FORMAT)}
    return {
        "kg_format": graph["kg_format"],
        "directed": True,
        "multigraph": True,
        "graph": graph,
        "nodes": nodes,
        "links": links,
    }


def graph_from_data(data: Mapping[str, Any], *, source: str = "<data>", copy: bool = True) -> nx.MultiDiGraph:
    """Rebuild the graph from a node-link dict written by :func:`graph_to_data`.

    Raises :class:`GraphError` when the dict is not a kg graph of a known format version.
    With ``copy=False`` the records of ``data`` become the attribute dicts (faster; ``data`` is
    consumed).

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
        nodes = {n.pop("id"): n for n in (dict(rec) if copy else rec for rec in data["nodes"])}
        edges = {}
        for rec in data["links"]:
            e = dict(rec) if copy else rec
            edges[(e.pop("source"), e.pop("key"), e.pop("target"))] = e
        return assemble_graph(data.get("graph", {}), nodes, edges)
    except (KeyError, TypeError, AttributeError) as err:
        raise GraphError(f"{source}: malformed graph file ({err!r})", hint="rebuild it: `kg build`") from err


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> str:
    """Write the graph file atomically: compact, sorted node-link JSON, one record per line.

    The same graph always gives the same bytes (those of :func:`graph_to_data`'s records,
    streamed rather than collected first). Returns their SHA-256 (hex), computed while
    writing, so a caller need not read the file back to know whether it changed.
    """
    encode = record_encoder()
    node, succ = node_dict(g), succ_dict(g)  # the plain dicts behind the views, as in graph_to_data
    graph = {**g.graph, "kg_format": g.graph.get("kg_format", KG_FORMAT)}
    head = {"kg_format": graph["kg_format"], "directed": True, "multigraph": True, "graph": graph}
    digest = hashlib.sha256()
    with open_atomic(path, "wb", encoding=None) as fh:

        def write(text: str) -> None:
            raw = text.encode("utf-8")
            digest.update(raw)
            fh.write(raw)  # type: ignore[arg-type]

        write(encode(head)[:-1] + ',"nodes":[')
        nodes = ({"id": n, **node[n]} for n in sorted(node))
        write("\n]" if _write_records(write, nodes, encode) else "]")
        write(',"links":[')
        write("\n]}\n" if _write_records(write, _link_records(succ, sorted(succ)), encode) else "]}\n")
    return digest.hexdigest()


def _link_records(succ: Mapping[str, Any], sources: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Link records of these sources (in order), each source's sorted by (type, target)."""
    for u in sources:
        nbrs = succ[u]
        ends = [(k, v) for v, keydict in nbrs.items() for k in keydict]
        if len(ends) > 1:
            ends.sort()
        for k, v in ends:
            yield {"source": u, "target": v, "key": k, **nbrs[v][k]}


def _write_records(
    write: Callable[[str], object], records: Iterable[dict[str, Any]], encode: Callable[[Any], str]
) -> bool:
    """Write records one per line, the first after a newline, the others after a comma and newline.

    Returns whether any record was written."""
    wrote = False
    it = iter(records)
    while chunk := list(itertools.islice(it, 10000)):
        write(("\n" if not wrote else ",\n") + ",\n".join(map(encode, chunk)))
        wrote = True
    return wrote


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
    return graph_from_data(data, source=str(p), copy=False)
