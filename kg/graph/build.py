"""The in-memory build of the kg graph: a :class:`networkx.MultiDiGraph` following ``docs/schema.md``
(the record rules are :mod:`kg.graph.records`; the graph file is :mod:`kg.graph.io`).

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

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx

from kg import __version__
from kg.graph import records
from kg.graph.io import KG_FORMAT, assemble_graph
from kg.graph.records import EdgeRow
from kg.model import Entity, Mention, Paper

__all__ = ["build_graph"]


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
    by_paper: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.paper_id in by_id:
            by_paper[m.paper_id].append(m)
    edges = _edges(by_id, by_paper, known)
    nodes: dict[str, dict[str, Any]] = {pid: records.paper_node(p)[2] for pid, p in by_id.items()}
    spellings: dict[str, set[str]] = defaultdict(set)
    for u, k, _, _, _, texts, _ in edges:
        if k == "WROTE":
            spellings[u].update(texts or ())
    nodes.update((aid, records.author_node(aid, names)[2]) for aid, names in spellings.items())
    named = _names(by_paper, known)
    links, publishers = records.sum_links(edges)
    for eid, link in links.items():
        forms = known[eid].aliases if eid in known else ()
        nodes[eid] = records.entity_node(eid, link, named.get(eid), forms, publishers.get(eid))[2]
    graph = {"kg_format": KG_FORMAT, "kg_version": __version__}
    return assemble_graph(graph, nodes, {(u, k, v): attrs for u, k, v, _, attrs, _, _ in edges})


def _edges(
    by_id: Mapping[str, Paper], by_paper: Mapping[str, Sequence[Mention]], known: Mapping[str, Entity]
) -> list[EdgeRow]:
    """Every paper's mention edges and other edges (organisations through the known ones' names)."""
    index = records.organization_index(
        {eid: (ent.name, *ent.aliases) for eid, ent in known.items() if ent.type == "organization"}
    )
    edges: list[EdgeRow] = []
    for pid in sorted(by_id):
        paper = by_id[pid]
        edges += records.mention_edges(pid, records.paper_date(paper), by_paper.get(pid, ()))
        edges += records.paper_edges(paper, by_id, index)
    return edges


def _names(
    by_paper: Mapping[str, Iterable[Mention]], known: Mapping[str, Entity]
) -> dict[str, tuple[str, str]]:
    """Each entity's (type, name): the known entity's, else the smallest its mentions give (so the
    result does not depend on the order of the mentions)."""
    named = {eid: (ent.type, ent.name) for eid, ent in known.items()}
    for ms in by_paper.values():
        for m in ms:
            if m.entity_id not in known:
                pair = (m.type, m.name)
                if m.entity_id not in named or pair < named[m.entity_id]:
                    named[m.entity_id] = pair
    return named
