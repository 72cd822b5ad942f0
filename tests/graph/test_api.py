"""kg.api / kg.query.similarity / kg.query.lookup on the demo graph and on hand-built records."""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx
import pytest

from kg.api import KnowledgeGraph, open_graph
from kg.errors import ConfigError, GraphError
from kg.graph.build import build_graph
from kg.graph.demo import demo_graph
from kg.graph.io import save_graph
from kg.model import ENTITY_TYPES, Paper, Source
from kg.query.similarity import entities_of, sharing_papers, similar_papers

from .records import mention


@pytest.fixture
def kg() -> KnowledgeGraph:
    return KnowledgeGraph(demo_graph())


def test_open_graph_round_trip(tmp_path: Path) -> None:
    save_graph(demo_graph(), tmp_path / "g.json")
    kg = open_graph(tmp_path / "g.json")
    assert kg.paper("2501.00002").authors == ("Alan Turing",)
    assert kg.paper("2501.00002").references == ("2501.00001",)
    assert "5 " in repr(kg) or "nodes" in repr(kg)


def test_lookups(kg: KnowledgeGraph) -> None:
    assert kg.entity("dataset:coco").aliases == ("MS COCO",)
    assert kg.find("ms coco")[0].id == "dataset:coco"
    assert kg.find("Vision Transformer")[0].id == "model:vit"
    assert kg.find("imagenet", type="paper") == [] or kg.find("imagenet", type="paper")[0].kind == "paper"
    assert kg.lookup("arXiv:2501.00001v3") == "2501.00001"
    assert kg.lookup("RLHF for question answering on SQuAD", "paper") == "2502.00004"
    with pytest.raises(GraphError) as info:
        kg.lookup("completely unrelated words", "paper")
    assert info.value.hint
    with pytest.raises(GraphError):
        kg.paper("dataset:coco")
    with pytest.raises(GraphError):
        kg.entity("2501.00001")


def test_shared(kg: KnowledgeGraph) -> None:
    s = kg.shared("2501.00001", "2501.00002")
    assert [e.name for e in s["dataset"]] == ["ImageNet-1k"]
    assert [e.name for e in s["method"]] == ["contrastive learning"]
    assert kg.shared("2501.00001", "2502.00004") == {}


def test_similar_papers_ranking_and_explanation(kg: KnowledgeGraph) -> None:
    res = kg.similar_papers("2501.00002", via=("dataset", "method"), metric="jaccard")
    assert [n.paper_id for n in res] == ["2501.00001", "2502.00003"]
    # 2501.00001: {imagenet, contrastive} vs {imagenet, coco, contrastive} -> 2/3; 2502.00003: {coco} -> 1/3
    assert res[0].score == pytest.approx(2 / 3) and res[1].score == pytest.approx(1 / 3)
    assert [e.id for e in res[1].shared] == ["dataset:coco"]
    assert res[0].to_dict()["shared"][0] == {
        "id": "dataset:imagenet-1k",
        "name": "ImageNet-1k",
        "type": "dataset",
    }
    assert kg.similar_papers("2501.00002", via="benchmark") == []
    with pytest.raises(ConfigError):
        kg.similar_papers("2501.00002", metric="cosine")
    with pytest.raises(ConfigError):
        kg.similar_papers("2501.00002", via="datasets")


def test_similar_papers_compares_models_and_benchmarks_by_default() -> None:
    papers = [Paper(id=f"p{i}", title=f"Paper {i}", abstract="a", source=Source("t")) for i in range(4)]
    g = build_graph(
        papers,
        [
            mention("p0", "model:sam-2", "SAM 2", "We adapt SAM 2."),
            mention("p1", "model:sam-2", "SAM 2", "We prompt SAM 2."),
            mention("p0", "benchmark:mmlu", "MMLU", "On MMLU."),
            mention("p2", "benchmark:mmlu", "MMLU", "On MMLU."),
            mention("p0", "task:segmentation", "segmentation", "For segmentation."),
            mention("p3", "task:segmentation", "segmentation", "For segmentation."),
        ],
    )
    kg = KnowledgeGraph(g)
    assert [n.paper_id for n in kg.similar_papers("p0")] == ["p1", "p2", "p3"]  # tasks too since session 22
    assert [n.paper_id for n in kg.similar_papers("p0", via="dataset,benchmark,method,model")] == ["p1", "p2"]
    assert kg.similar_papers("p0", via="dataset,method") == []


def _star_graph() -> nx.MultiDiGraph:
    """Paper p0 shares a rare dataset with p1 and a very common method with p2..p9."""
    src = Source("f")
    papers = [Paper(id=f"p{i}", title=f"Paper {i}", source=src) for i in range(10)]
    ms = [mention(f"p{i}", "method:transformer", "Transformer", "Transformer") for i in range(10)]
    ms += [mention("p0", "dataset:rare", "Rare", "Rare"), mention("p1", "dataset:rare", "Rare", "Rare")]
    ms += [mention("p2", "dataset:other", "Other", "Other")]
    return build_graph(papers, ms)


def test_adamic_adar_prefers_rare_entities() -> None:
    g = _star_graph()
    res = similar_papers(g, "p0", metric="adamic_adar", k=3)
    assert res[0].paper_id == "p1" and {e.id for e in res[0].shared} == {"dataset:rare", "method:transformer"}
    # ties (p2..p9 share only the common method; AA ignores their other entities) break by id
    assert [n.paper_id for n in res[1:]] == ["p2", "p3"]


def test_common_entities_still_count_when_capped() -> None:
    g = _star_graph()
    capped = similar_papers(g, "p0", max_entity_papers=5, k=20)
    # the common method does not propose candidates, but p1's score still counts it
    assert [n.paper_id for n in capped] == ["p1"] and len(capped[0].shared) == 2
    full = similar_papers(g, "p0", max_entity_papers=100, k=20)
    assert full[0] == capped[0] and len(full) == 9


def test_jaccard_top_k_is_exact() -> None:
    g = _star_graph()
    everything = similar_papers(g, "p2", k=100, metric="jaccard")
    for k in range(1, 10):
        assert similar_papers(g, "p2", k=k, metric="jaccard") == everything[:k]
    scores = [n.score for n in everything]
    assert scores == sorted(scores, reverse=True)


def test_sharing_papers_is_every_pair_ranked() -> None:
    """Every other paper with a shared ``via`` entity, ranked by the ``specific`` score (no hubs in
    these small graphs), then most shared, then id (brute force)."""

    def score(g: nx.MultiDiGraph, q: str, shared: tuple[str, ...]) -> float:
        n = sum(1 for _, label in g.nodes(data="label") if label == "Paper")
        title = [any(a.get("field") == "title" for a in g.succ[q][e].values()) for e in shared]
        weights = [math.log(n / len(g.pred[e])) for e in shared]
        return sum(w * (1.5 if t else 1.0) for w, t in zip(weights, title, strict=True))

    for g in (_star_graph(), demo_graph()):
        papers = sorted(n for n, label in g.nodes(data="label") if label == "Paper")
        for via in (("dataset", "method"), ("dataset",), ENTITY_TYPES):
            for p in papers:
                mine = entities_of(g, p, via)
                pairs = [(q, tuple(sorted(mine & entities_of(g, q, via)))) for q in papers if q != p]
                expect = sorted((x for x in pairs if x[1]), key=lambda x: (-score(g, *x), -len(x[1]), x[0]))
                assert sharing_papers(g, p, via) == expect
    assert sharing_papers(demo_graph(), "2501.00001")[0][0] == "2501.00002"
    with pytest.raises(GraphError):
        sharing_papers(demo_graph(), "nope")


def test_neighbourhood(kg: KnowledgeGraph) -> None:
    sub = kg.neighbourhood("dataset:squad", hops=1)
    assert sorted(sub) == ["2502.00004", "2503.00005", "dataset:squad"]
    # the induced subgraph: two USES edges and the citation between the two papers
    assert isinstance(sub, nx.MultiDiGraph) and sub.number_of_edges() == 3
    two = kg.neighbourhood("dataset:squad", hops=2, types="paper,method")
    assert "task:question-answering" not in two and "method:rlhf" in two
    capped = kg.neighbourhood("2501.00001", hops=3, max_nodes=4)
    assert len(capped) == 4
    with pytest.raises(GraphError):
        kg.neighbourhood("nope")


def test_rankings_and_trends(kg: KnowledgeGraph) -> None:
    assert [(e.id, n) for e, n in kg.top_entities("method", 2)] == [
        ("method:contrastive-learning", 2),
        ("method:rlhf", 2),
    ]
    pairs = kg.cooccurrence("dataset", "dataset")
    assert all(a.id < b.id for a, b, _ in pairs)
    assert ("dataset:coco", "dataset:imagenet-1k", 1) in [(a.id, b.id, n) for a, b, n in pairs]
    assert kg.trend("dataset:squad", by="year") == [("2025", 2)]
    assert kg.first_seen("dataset:squad") == "2025-02-15"
    with pytest.raises(GraphError):
        kg.trend("dataset:squad", by="week")


def test_projection_and_communities(kg: KnowledgeGraph) -> None:
    p = kg.projection(via=("dataset", "method"))
    assert p.number_of_nodes() == 5
    assert p["2501.00001"]["2501.00002"] == {
        "weight": 2,
        "shared": ["dataset:imagenet-1k", "method:contrastive-learning"],
    }
    sub = kg.projection(via="dataset", papers=["2501.00001", "2501.00002"])
    assert list(sub.edges) == [("2501.00001", "2501.00002")]
    first = kg.communities(via=("dataset", "method"), seed=3)
    assert first == kg.communities(via=("dataset", "method"), seed=3)
    assert first == [("2501.00001", "2501.00002", "2502.00003"), ("2502.00004", "2503.00005")]


def test_citations(kg: KnowledgeGraph) -> None:
    assert kg.cites("2501.00002") == ["2501.00001"]
    assert kg.cited_by("2501.00001") == ["2501.00002"]


def test_describe(kg: KnowledgeGraph) -> None:
    d = kg.describe(top=2)
    assert d["nodes"]["Paper"] == 5 and d["edges"]["CITES"] == 3
    assert d["top"]["dataset"] == [["COCO", 2], ["ImageNet-1k", 2]]
