"""Views: what each explorer view selects from a graph, and what its note says."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError, GraphError
from kg.explorer.sample import synthetic_graph, tiny_graph
from kg.explorer.views import entity_view, find_entity, overview, paper_view, parse_via, projection_view


def test_overview_shows_everything_that_fits() -> None:
    g = tiny_graph()
    v = overview(g)
    assert len(v.nodes) == g.number_of_nodes()
    assert v.note == "Showing all 10 papers and entities."
    assert {(e.source, e.type, e.target) for e in v.edges} == {(u, k, t) for u, t, k in g.edges(keys=True)}


def test_overview_caps_and_says_what_was_left_out() -> None:
    g = synthetic_graph(600, seed=3)
    v = overview(g, max_nodes=100)
    assert len(v.nodes) == 100
    assert v.note.startswith("Showing 100 of 600 nodes")
    assert "Left out:" in v.note
    degrees = {n: sum(1 for _ in g.predecessors(n)) for n in g if g.nodes[n]["label"] != "Paper"}
    best = max(degrees, key=lambda n: (degrees[n], n))
    assert best in v.nodes  # the most connected entity is always in


def test_overview_never_draws_authors_but_says_so(hostile: object) -> None:
    v = overview(hostile)  # type: ignore[arg-type]
    assert not [n for n in v.nodes if n.startswith("author:")]
    assert "authors are listed in the paper panels" in v.note


def test_paper_view_ranks_papers_by_number_shared() -> None:
    g = tiny_graph()
    v = paper_view(g, "2501.00002", via="all")
    assert v.focus == "2501.00002"
    assert [(r.paper, r.shared) for r in v.ranking] == [
        ("2501.00001", ("ImageNet",)),
        ("2501.00003", ("COCO",)),
    ]
    assert "method:lora" in v.nodes  # --via all includes methods the others do not share


def test_paper_view_via_limits_types_and_hops_widen() -> None:
    g = tiny_graph()
    assert paper_view(g, "2501.00001", via="dataset").nodes == (
        "2501.00001",
        "2501.00002",
        "dataset:imagenet",
    )
    wider = paper_view(g, "2501.00001", via="dataset", hops=2).nodes
    assert "dataset:coco" in wider and "2501.00003" in wider


def test_paper_view_respects_max_nodes_and_reports_it() -> None:
    g = synthetic_graph(400, seed=5)
    hub_paper = max((n for n in g if g.nodes[n]["label"] == "Paper"), key=lambda n: (g.out_degree(n), n))
    v = paper_view(g, hub_paper, via="all", max_nodes=20)
    assert len(v.nodes) == 20
    assert "left out" in v.note
    kept = [r.paper for r in v.ranking if r.paper in v.nodes]
    assert kept == [r.paper for r in v.ranking[: len(kept)]]  # highest-ranked kept first


def test_paper_view_errors() -> None:
    g = tiny_graph()
    with pytest.raises(GraphError, match="no paper"):
        paper_view(g, "9999.99999")
    with pytest.raises(GraphError, match="not a paper"):
        paper_view(g, "dataset:coco")
    with pytest.raises(ConfigError, match="planet"):
        parse_via("dataset,planet")


def test_entity_lookup_by_id_name_alias_case_insensitive() -> None:
    g = tiny_graph()
    assert find_entity(g, "dataset:coco") == "dataset:coco"
    assert find_entity(g, "ms coco") == "dataset:coco"
    assert find_entity(g, "IMAGENET-1K") == "dataset:imagenet"
    with pytest.raises(GraphError, match="no entity matches"):
        find_entity(g, "Nonexistent")


def test_entity_view_papers_then_cooccurring_entities() -> None:
    g = tiny_graph()
    v = entity_view(g, "ImageNet")
    assert v.nodes == ("2501.00001", "2501.00002", "dataset:imagenet")
    v2 = entity_view(g, "ImageNet", hops=2)
    assert {"method:mixture-of-experts", "method:lora", "dataset:coco"} <= set(v2.nodes)


def test_projection_weights_and_labels_edges_by_shared_entities() -> None:
    g = tiny_graph()
    g.add_edge("2501.00003", "dataset:imagenet", key="USES", type="USES")
    v = projection_view(g, via="dataset,method")
    by_pair = {(e.source, e.target): (e.weight, e.shared) for e in v.edges}
    assert by_pair[("2501.00001", "2501.00003")] == (2, ("ImageNet", "Mixture-of-Experts"))
    assert all(e.type == "SHARES" for e in v.edges)
    assert "2501.00004" not in v.nodes  # shares nothing


def test_views_are_deterministic_whatever_the_insertion_order() -> None:
    g = tiny_graph()
    h = type(g)()
    h.graph.update(g.graph)
    h.add_nodes_from(sorted(g.nodes(data=True), reverse=True))
    h.add_edges_from(sorted(g.edges(keys=True, data=True), reverse=True))
    assert overview(g) == overview(h)
    assert paper_view(g, "2501.00001") == paper_view(h, "2501.00001")
