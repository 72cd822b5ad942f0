"""Citation neighbourhoods: hand-checked counts, and Python = embedded Cypher on every paper."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from cypher_support import sample_graph, write_graph

from kg.api import KnowledgeGraph
from kg.backends.embedded import EmbeddedSession, cached_database
from kg.cypher.run import bind_params, load_query
from kg.errors import ConfigError, GraphError
from kg.query.citations import bibliographic_coupling, cited_by_neighbours, co_cited

PYTHON = {
    "bibliographic_coupling": bibliographic_coupling,
    "co_cited": co_cited,
    "cited_by_neighbours": cited_by_neighbours,
}


def hand_graph() -> nx.MultiDiGraph:
    """p1..p5 and two external works. p1, p2 and p3 all cite w1; p1 and p2 also cite p4 and w2;
    p5 cites p1 and p2 (so they are co-cited once), p3 cites p1 and p2 as well (twice)."""
    g = nx.MultiDiGraph(kg_format=1)
    for i in range(1, 6):
        g.add_node(f"p{i}", label="Paper", title=f"Paper {i}")
    for w in ("w1", "w2"):
        g.add_node(w, label="Work", title=f"Work {w}", year=2020)
    edges = [("p1", "w1"), ("p2", "w1"), ("p3", "w1"), ("p1", "p4"), ("p2", "p4"), ("p1", "w2"), ("p2", "w2")]
    edges += [("p5", "p1"), ("p5", "p2"), ("p3", "p1"), ("p3", "p2")]
    for u, v in edges:
        g.add_edge(u, v, key="CITES", type="CITES")
    return g


def test_hand_checked_counts() -> None:
    g = hand_graph()
    assert [(n.paper_id, n.count, n.via) for n in bibliographic_coupling(g, "p1")] == [
        ("p2", 3, ("p4", "w1", "w2")),
        ("p3", 1, ("w1",)),
    ]
    assert [(n.paper_id, n.count, n.via) for n in co_cited(g, "p1")] == [("p2", 2, ("p3", "p5"))]
    with pytest.raises(GraphError):
        co_cited(g, "w1")
    assert [(n.paper_id, n.count, n.via) for n in cited_by_neighbours(g, "p1")] == [
        ("p3", 1, ("w1",)),
        ("p5", 0, ()),
    ]


def test_similar_by_citation_and_combined() -> None:
    g = hand_graph()
    kg = KnowledgeGraph(g)
    (best, second) = kg.similar_papers("p1", via="citation", k=2)
    assert best.paper_id == "p2" and best.references == ("p4", "w1", "w2") and best.citers == ("p3", "p5")
    assert best.score == pytest.approx(1.0) and second.paper_id == "p3"
    assert best.to_dict()["shared_references"] == ["p4", "w1", "w2"]
    # an entity shared with p3 only lifts p3 in the combined ranking, explained by the entity
    g.add_node(
        "dataset:x", label="Dataset", name="X", type="dataset", aliases=[], first_seen=None, n_papers=2
    )
    for p in ("p1", "p3"):
        g.add_edge(p, "dataset:x", key="USES", type="USES")
    combined = KnowledgeGraph(g).similar_papers("p1", via=("dataset", "citation"))
    p3 = next(n for n in combined if n.paper_id == "p3")
    assert [e.name for e in p3.shared] == ["X"] and p3.score > second.score
    with pytest.raises(ConfigError):
        kg.similar_papers("p1", via="citation", metric="adamic_adar")


@pytest.mark.parametrize("graph", ["hand", "sample"])
def test_python_equals_embedded_cypher_for_every_paper(graph: str, tmp_path: Path) -> None:
    g = hand_graph() if graph == "hand" else sample_graph()
    db = cached_database(write_graph(g, tmp_path / "graph.json"))
    papers = sorted(n for n, label in g.nodes(data="label") if label == "Paper")
    rows_seen = 0
    with EmbeddedSession(db) as session:
        for name, fn in PYTHON.items():
            q = load_query(name)
            for pid in papers:
                got = session.run(q.text, bind_params(q, {"id": pid, "limit": 100})).rows
                cypher = [(r[0], r[2], sorted(r[3])) for r in got]
                python = [(n.paper_id, n.count, list(n.via)) for n in fn(g, pid, k=100)]
                assert cypher == python, (name, pid)
                rows_seen += len(python)
    assert rows_seen >= 10


def hub_graph() -> nx.MultiDiGraph:
    """A work cited by 1,200 papers (more than the old 1,000-citer cap) and a rare one; ``a`` cites
    both, ``b`` both and ``a``, ``c`` the hub and ``a``; ``q0000`` also cites ``a`` and ``b``."""
    g = nx.MultiDiGraph(kg_format=1)
    g.add_node("hub", label="Work", title="Hub", year=2017)
    g.add_node("rare", label="Work", title="Rare", year=2018)
    for i in range(1200):
        g.add_node(f"q{i:04d}", label="Paper", title=f"Q{i}")
        g.add_edge(f"q{i:04d}", "hub", key="CITES", type="CITES")
    for p in ("a", "b", "c"):
        g.add_node(p, label="Paper", title=p.upper())
        g.add_edge(p, "hub", key="CITES", type="CITES")
    for u, v in [("a", "rare"), ("b", "rare"), ("b", "a"), ("c", "a"), ("q0000", "a"), ("q0000", "b")]:
        g.add_edge(u, v, key="CITES", type="CITES")
    return g


def test_hubs_count_in_every_door(tmp_path: Path) -> None:
    """Python and Cypher count every shared work, however many papers cite it (no cap in either)."""
    g = hub_graph()
    coupled = bibliographic_coupling(g, "c", k=3)
    assert [(n.paper_id, n.count, n.via) for n in coupled] == [
        ("b", 2, ("a", "hub")), ("q0000", 2, ("a", "hub")), ("a", 1, ("hub",))
    ]  # fmt: skip
    assert len(bibliographic_coupling(g, "c", k=None)) == 1202
    db = cached_database(write_graph(g, tmp_path / "graph.json"))
    with EmbeddedSession(db) as session:
        for name, fn in PYTHON.items():
            q = load_query(name)
            for pid in ("a", "b", "c", "q0000", "q0500"):
                got = session.run(q.text, bind_params(q, {"id": pid, "limit": 5})).rows
                python = [(n.paper_id, n.count, list(n.via)) for n in fn(g, pid, k=5)]
                assert [(r[0], r[2], sorted(r[3])) for r in got] == python, (name, pid)


def test_the_graph_index_gives_the_answers_of_a_fresh_one() -> None:
    from kg.query.citation_index import citation_index

    g = hub_graph()
    kg, index = KnowledgeGraph(g), citation_index(g)
    for pid in ("a", "b", "c", "q0001"):
        assert kg.bibliographic_coupling(pid, k=4) == bibliographic_coupling(g, pid, k=4, index=index)
        assert kg.co_cited(pid) == co_cited(g, pid) and kg.cited_by_neighbours(pid) == cited_by_neighbours(
            g, pid
        )
    assert [(n.paper_id, n.count) for n in kg.co_cited("a")] == [("b", 1)]
    assert [(n.paper_id, n.count, n.via) for n in kg.cited_by_neighbours("a")] == [
        ("b", 2, ("hub", "rare")), ("c", 1, ("hub",)), ("q0000", 1, ("hub",))
    ]  # fmt: skip


def test_top_k_pruning_equals_the_full_ranking() -> None:
    import random

    from kg.query.citations import citation_similar

    rng = random.Random(3)
    g = nx.MultiDiGraph()
    for i in range(60):
        g.add_node(f"p{i:02d}", label="Paper", title=str(i))
    for i in range(60):
        for _ in range(rng.randint(0, 8)):
            j = int(60 * rng.random() ** 2)
            if j != i:
                g.add_edge(f"p{i:02d}", f"p{j:02d}", key="CITES", type="CITES")
    for p in sorted(g)[:20]:
        full = citation_similar(g, p, (), k=1000)
        assert citation_similar(g, p, (), k=3) == full[:3], p
