"""kg.graph.build: the schema of built graphs, the graph file, determinism and error cases."""

from __future__ import annotations

import gc
import hashlib
import json
import random
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import GraphError
from kg.graph.build import build_graph
from kg.graph.io import KG_FORMAT, load_graph, save_graph, summarise
from kg.schema import LABELS, REL_TYPES

from .records import ENTITIES, MENTIONS, PAPERS, mention


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(PAPERS, MENTIONS, entities=ENTITIES)


def test_nodes_follow_schema(graph: nx.MultiDiGraph) -> None:
    assert graph.graph["kg_format"] == KG_FORMAT
    for node, attrs in graph.nodes(data=True):
        assert attrs["label"] in LABELS, node
        for value in attrs.values():
            assert value is None or isinstance(value, str | int | float | bool | list)
    paper = graph.nodes["2501.00003"]
    assert paper["year"] == 2025 and paper["month"] == "2025-02"
    assert paper["organization"] == "Meta Research" and paper["source_format"] == "hf_page"
    undated = graph.nodes["h:0123456789abcdef"]
    assert undated["date"] is None and undated["year"] is None and undated["month"] is None


def test_entity_nodes(graph: nx.MultiDiGraph) -> None:
    imagenet = graph.nodes["dataset:imagenet-1k"]
    assert imagenet["label"] == "Dataset" and imagenet["type"] == "dataset"
    assert imagenet["name"] == "ImageNet-1k"
    # aliases: known ones plus texts seen, minus the canonical name, sorted
    assert imagenet["aliases"] == ["ILSVRC-2012", "ImageNet", "ImageNet 1K"]
    assert imagenet["first_seen"] == "2025-02-10" and imagenet["n_papers"] == 2
    bigbench = graph.nodes["benchmark:bigbench"]
    # the undated paper counts, but does not give a date; the stray mention's paper is not in the set
    assert bigbench["n_papers"] == 3 and bigbench["first_seen"] == "2025-01-03"
    assert bigbench["aliases"] == []


def test_one_mention_edge_per_paper_entity(graph: nx.MultiDiGraph) -> None:
    edges = graph.get_edge_data("2501.00001", "benchmark:bigbench")
    assert list(edges) == ["INTRODUCES"]
    e = edges["INTRODUCES"]
    assert e["type"] == "INTRODUCES" and e["mentions"] == 2
    assert (e["field"], e["start"], e["text"]) == ("title", 0, "BigBench")  # title before abstract
    moe = graph.get_edge_data("2501.00003", "method:mixture-of-experts")
    assert list(moe) == ["USES"] and moe["USES"]["text"] == "Mixture of experts"
    assert "not-a-paper" not in graph


def test_introduced_wins_over_earlier_used_mention() -> None:
    ms = [
        mention("2501.00001", "model:vit", "ViT", "ViT", field="title", start=0),
        mention("2501.00001", "model:vit", "ViT", "ViT", role="introduced", start=50),
    ]
    g = build_graph(PAPERS[:1], ms)
    ((key, attrs),) = g.get_edge_data("2501.00001", "model:vit").items()
    assert (
        key == "INTRODUCES"
        and attrs["start"] == 50
        and attrs["field"] == "abstract"
        and attrs["mentions"] == 2
    )


def test_authors_citations_and_organisation(graph: nx.MultiDiGraph) -> None:
    assert graph.nodes["author:alan-turing"] == {"label": "Author", "name": "Alan Turing"}
    assert graph.get_edge_data("author:alan-turing", "2501.00001")["WROTE"]["position"] == 1
    assert graph.get_edge_data("author:alan-turing", "2501.00002")["WROTE"]["position"] == 0
    cites = sorted((u, v) for u, v, k in graph.edges(keys=True) if k == "CITES")
    assert cites == [("2501.00002", "2501.00001"), ("2501.00003", "2501.00002")]  # out-of-set ref dropped
    # "Meta Research" resolves to the known organisation through its alias
    assert graph.has_edge("2501.00003", "organization:meta-ai", key="PUBLISHED_BY")
    assert graph.nodes["organization:meta-ai"]["name"] == "Meta AI"
    assert {k for _, _, k in graph.edges(keys=True)} <= set(REL_TYPES)


def test_summary(graph: nx.MultiDiGraph) -> None:
    s = summarise(graph)
    assert s.n_papers == 4
    assert dict(s.edges) == {"CITES": 2, "INTRODUCES": 1, "PUBLISHED_BY": 1, "USES": 6, "WROTE": 3}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_is_deterministic_and_order_independent(tmp_path: Path) -> None:
    save_graph(build_graph(PAPERS, MENTIONS, entities=ENTITIES), tmp_path / "a.json")
    papers, mentions = list(PAPERS), list(MENTIONS)
    rng = random.Random(7)
    rng.shuffle(papers)
    rng.shuffle(mentions)
    save_graph(build_graph(papers, mentions, entities=dict(reversed(ENTITIES.items()))), tmp_path / "b.json")
    assert _sha(tmp_path / "a.json") == _sha(tmp_path / "b.json")


def test_round_trip(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    path = tmp_path / "g.json"
    save_graph(graph, path)
    back = load_graph(path)
    assert nx.utils.edges_equal(back.edges(keys=True, data=True), graph.edges(keys=True, data=True))
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert back.graph == graph.graph
    save_graph(back, tmp_path / "again.json")
    assert _sha(path) == _sha(tmp_path / "again.json")


def test_file_is_plain_node_link_json(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    path = tmp_path / "g.json"
    save_graph(graph, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["kg_format"] == KG_FORMAT
    assert [n["id"] for n in data["nodes"]] == sorted(graph.nodes)
    keys = [(e["source"], e["type"], e["target"]) for e in data["links"]]
    assert keys == sorted(keys)
    plain = nx.node_link_graph(data, edges="links")
    assert isinstance(plain, nx.MultiDiGraph) and plain.number_of_edges() == graph.number_of_edges()


def test_load_reads_the_graph_file_of_a_build_folder(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    save_graph(graph, tmp_path / "graph.json")
    assert sorted(load_graph(tmp_path).nodes) == sorted(graph.nodes)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(GraphError, match=r"empty/graph\.json: no such graph file"):
        load_graph(empty)


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no such graph file") as info:
        load_graph(tmp_path / "missing.json")
    assert info.value.hint and "kg build" in info.value.hint
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(GraphError, match="cannot read"):
        load_graph(bad)
    bad.write_bytes(b'{"kg_format": 1, "nodes": [{"id": "\xff"}], "links": []}')
    with pytest.raises(GraphError, match=r"cannot read graph file .*utf-8"):
        load_graph(bad)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"kg_format": 1, "nodes": [], "links": []}).encode())
    assert load_graph(bom).number_of_nodes() == 0
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"kg_format": 2, "nodes": [], "links": []}), "utf-8")
    with pytest.raises(GraphError, match="format 2 is not supported") as info:
        load_graph(future)
    assert info.value.hint and "--rebuild" in info.value.hint
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"nodes": []}), "utf-8")
    with pytest.raises(GraphError, match="not a kg graph"):
        load_graph(other)


def test_load_runs_no_garbage_collection_and_restores_the_collector(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    nodes = [{"id": f"p{i}", "label": "Paper", "title": f"T{i}"} for i in range(5000)]
    path.write_text(json.dumps({"kg_format": KG_FORMAT, "nodes": nodes, "links": []}), "utf-8")
    passes: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        passes.append(phase)

    gc.callbacks.append(count)
    try:
        assert gc.isenabled()
        assert load_graph(path).number_of_nodes() == 5000
        # unpaused, the load's ~20,000 new containers start a pass every 700; paused, only the one
        # that may follow re-enabling the collector remains
        assert passes.count("start") <= 1 and gc.isenabled()
        with pytest.raises(GraphError):  # an error on the way out still restores the collector
            load_graph(tmp_path / "missing.json")
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)


def test_empty_graph_round_trips(tmp_path: Path) -> None:
    save_graph(build_graph([], []), tmp_path / "e.json")
    g = load_graph(tmp_path / "e.json")
    assert g.number_of_nodes() == 0 and g.graph["kg_format"] == KG_FORMAT
