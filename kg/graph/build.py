"""The record rules and the in-memory build of the kg graph: a :class:`networkx.MultiDiGraph` following
``docs/schema.md`` (the graph file is :mod:`kg.graph.io`).

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
>>> from kg.graph.io import load_graph, save_graph
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
>>> len(save_graph(g, path))  # the file's SHA-256, hex
64
>>> load_graph(path).nodes["2501.00001"]["title"]
'BigBench: a benchmark'
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg import __version__
from kg.graph.io import KG_FORMAT, assemble_graph
from kg.ids import normalise_title, slug
from kg.model import Entity, Mention, Paper
from kg.schema import label_for_type

__all__ = [
    "author_links",
    "build_graph",
    "entity_properties",
    "group_mentions",
    "mention_edge",
    "organization_id",
    "organization_index",
    "organization_link",
    "paper_date",
    "paper_properties",
    "publisher_key",
]


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
