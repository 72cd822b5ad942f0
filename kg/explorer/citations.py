"""The citation view of a paper for the explorer: what it cites, who cites it, and its coupled and
co-cited papers, with the ``CITES`` edges among them (``kg explore --paper P --via citation``).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n in "abc":
...     g.add_node(n, label="Paper", title=n.upper())
>>> g.add_node("w", label="Work", title="W", year=2017)
>>> for u, v in [("a", "w"), ("b", "w"), ("c", "a")]:
...     _ = g.add_edge(u, v, key="CITES", type="CITES")
>>> v = citation_view(g, "a")
>>> v.kind, v.nodes, [(e.source, e.target) for e in v.edges]
('citations', ('a', 'b', 'c', 'w'), [('a', 'w'), ('b', 'w'), ('c', 'a')])
>>> [(r.paper, r.shared) for r in v.ranking]
[('b', ('cites W',))]
"""

from __future__ import annotations

import networkx as nx

from kg.explorer.views import Ranked, View, induced_edges
from kg.query.citation_index import citation_index
from kg.query.citations import _citers, bibliographic_coupling, co_cited, references_of
from kg.query.lookup import resolve_node

__all__ = ["citation_view"]


def _name(g: nx.MultiDiGraph, node: str) -> str:
    data = g.nodes[node]
    return str(data.get("title") or data.get("name") or node)


def citation_view(g: nx.MultiDiGraph, paper: str, *, max_nodes: int = 500) -> View:
    """The paper (any reference :func:`~kg.query.lookup.resolve_node` takes), its references
    (papers and ``Work`` nodes), its citers, then coupled and co-cited papers in rank order, up to
    ``max_nodes``; ranked papers are explained by what they share."""
    paper = resolve_node(g, paper, kinds="paper")  # an id, arXiv id, DOI or title
    index = citation_index(g)
    coupled = bibliographic_coupling(g, paper, k=None, index=index)
    cocited = co_cited(g, paper, k=None, index=index)
    kept: dict[str, None] = dict.fromkeys(
        [paper, *sorted(references_of(g, paper)), *sorted(_citers(g, paper))]
    )
    reasons: dict[str, list[str]] = {}
    for link in coupled:
        reasons.setdefault(link.paper_id, []).extend(f"cites {_name(g, w)}" for w in link.via)
    for link in cocited:
        reasons.setdefault(link.paper_id, []).extend(f"cited with it by {_name(g, c)}" for c in link.via)
    ranking = sorted(reasons.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for q, _ in ranking:
        kept.setdefault(q, None)
    nodes = sorted(list(kept)[:max_nodes])
    title = _name(g, paper)
    note = (
        f"{title}: cites {len(references_of(g, paper))}, cited by {len(_citers(g, paper))};"
        f" {len(coupled)} papers cite the same works, {len(cocited)} are cited together with it."
    )
    if len(kept) > max_nodes:
        note += f" {len(kept) - max_nodes} left out (raise --max-nodes)."
    if not references_of(g, paper) and not _citers(g, paper):
        note += " No citations yet: kg enrich DIR --citations adds them."
    rank = tuple(Ranked(q, tuple(sorted(r))) for q, r in ranking)
    return View(
        "citations", f"Citations of {paper}", tuple(nodes), induced_edges(g, nodes), paper, note, rank
    )
