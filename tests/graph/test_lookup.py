"""One resolver from a user's reference to a node (kg.query.lookup), and every door that uses it."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.api import KnowledgeGraph, neighbourhood
from kg.cli import main
from kg.errors import ConfigError, GraphError, NoMatchError
from kg.graph.demo import demo_graph
from kg.graph.io import save_graph
from kg.query.lookup import parse_via, resolve_node


def _graph() -> nx.MultiDiGraph:
    """The demo graph plus a paper known by its DOI and two papers sharing a distinctive word."""
    g = demo_graph().copy()
    g.add_node(
        "10.1000/holmes.42", label="Paper", title="Holmes: tracing evidence chains", doi="10.1000/Holmes.42"
    )
    g.add_node("2504.00007", label="Paper", title="Watson and Crick revisited", arxiv_id="2504.00007v3")
    g.add_node("2504.00008", label="Paper", title="Crick: a second look at Watson")
    return g


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.json"
    save_graph(demo_graph(), path)
    return path


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("2501.00001", "2501.00001"),
        ("2501.00001v4", "2501.00001"),
        ("arXiv:2501.00001v2", "2501.00001"),
        ("https://arxiv.org/abs/2501.00001v2", "2501.00001"),
        ("10.1000/HOLMES.42", "10.1000/holmes.42"),
        ("https://doi.org/10.1000/Holmes.42", "10.1000/holmes.42"),
        ("  contrastive PRETRAINING of vit on imagenet-1k ", "2501.00001"),  # exact title, any case
        ("Holmes", "10.1000/holmes.42"),  # a distinctive word of one title
        ("holm tracing", "10.1000/holmes.42"),  # beginnings of words of one title
        ("Contrastive pretraning of ViT on ImageNet-1k", "2501.00001"),  # a typo: clear fuzzy winner
    ],
)
def test_paper_references(ref: str, expected: str) -> None:
    assert resolve_node(_graph(), ref, kinds="paper") == expected


def test_arxiv_id_of_a_paper_whose_id_is_not_it() -> None:
    g = _graph()
    nx.relabel_nodes(g, {"2504.00007": "h:watson"}, copy=False)
    assert resolve_node(g, "2504.00007v1", kinds="paper") == "h:watson"


def test_entity_references() -> None:
    g = _graph()
    assert resolve_node(g, "ms coco") == "dataset:coco"  # an alias
    assert resolve_node(g, "ILSVRC 2012", kinds="dataset") == "dataset:imagenet-1k"
    # "ImageNet" is in an entity's name and in two titles: entities come first
    assert resolve_node(g, "ImageNet") == "dataset:imagenet-1k"


def test_refusals_carry_candidates() -> None:
    g = _graph()
    with pytest.raises(NoMatchError) as info:
        resolve_node(g, "Speech recognition in noisy rooms", kinds="paper")
    assert "no paper matches" in str(info.value) and info.value.hint
    with pytest.raises(NoMatchError) as info:
        resolve_node(g, "Watson Crick", kinds="paper")  # both words in two titles: ambiguous
    assert {c[0] for c in info.value.candidates} == {"2504.00007", "2504.00008"}
    assert "did you mean" in (info.value.hint or "")
    with pytest.raises(NoMatchError, match="is a dataset, not a paper"):
        resolve_node(g, "dataset:coco", kinds="paper")
    with pytest.raises(NoMatchError):
        resolve_node(g, "2599.99999", kinds="paper")


def test_fuzzy_match_needs_a_margin() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Paper", title="Scaling laws for vision models A")
    g.add_node("b", label="Paper", title="Scaling laws for vision models B")
    with pytest.raises(NoMatchError) as info:
        resolve_node(g, "Scaling laws for vision models C", kinds="paper")
    assert {c[0] for c in info.value.candidates} == {"a", "b"}


def test_one_parse_via_everywhere() -> None:
    from kg.explorer import views
    from kg.query import similarity

    assert views.parse_via is similarity.parse_via is parse_via
    assert parse_via("all") == parse_via(None)
    with pytest.raises(ConfigError):
        parse_via("planet")
    kg = KnowledgeGraph(demo_graph())
    assert kg.similar_papers("2502.00004", via="all")[0].paper_id == "2503.00005"


def test_api_methods_take_references() -> None:
    kg = KnowledgeGraph(demo_graph())
    assert kg.lookup("ViT", "model") == "model:vit"
    assert kg.paper("arXiv:2501.00002v1").id == "2501.00002"
    assert kg.trend("MS COCO") == kg.trend("dataset:coco")
    assert kg.cites("VisBench: a benchmark for visual reasoning on COCO") == ["2501.00002"]
    with pytest.raises(GraphError):
        kg.similar_papers("Speech recognition in noisy rooms")
    with pytest.deprecated_call():
        assert kg.resolve("MoE") == "method:mixture-of-experts"


def _hub() -> nx.MultiDiGraph:
    """Entity e0 in one paper that has 6 authors and 5 other entities."""
    g = nx.MultiDiGraph()
    g.add_node("p", label="Paper", title="P")
    for i in range(6):
        g.add_node(f"author:{i}", label="Author", name=f"A{i}")
        g.add_edge(f"author:{i}", "p", key="WROTE", type="WROTE")
    for i in range(6):
        g.add_node(f"dataset:e{i}", label="Dataset", type="dataset", name=f"E{i}")
        g.add_edge("p", f"dataset:e{i}", key="USES", type="USES")
    return g


def test_a_cut_neighbourhood_keeps_entities_and_says_what_it_left_out() -> None:
    sub = neighbourhood(_hub(), "dataset:e0", hops=2, max_nodes=5)
    assert sorted(sub) == ["dataset:e0", "dataset:e1", "dataset:e2", "dataset:e3", "p"]
    assert sub.graph["left_out"] == {"author": 6, "dataset": 2}
    assert neighbourhood(_hub(), "dataset:e0", hops=2).graph["left_out"] == {}


def test_neighbours_cli_announces_the_cut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hub.json"
    save_graph(_hub(), path)
    assert main(["neighbours", "E0", "--graph", str(path), "--max-nodes", "5"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("dataset:e0: 4 of 12 neighbours shown, ")
    assert "2 more datasets, 6 more authors not shown: use --max-nodes / --types" in out
    assert main(["neighbours", "E0", "--graph", str(path), "--max-nodes", "5", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["left_out"] == {"author": 6, "dataset": 2}
    assert "not shown" in captured.err


def test_cli_refuses_an_unknown_paper(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similar", "Speech recognition in noisy rooms", "--graph", str(graph_file)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and err[0].startswith("kg similar: error: no paper matches") and "hint:" in err[1]
    assert main(["similar", "arXiv:2502.00004v2", "--via", "all", "--graph", str(graph_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["paper_id"] == "2503.00005"


def test_explore_takes_the_same_references(
    graph_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "x.html")
    assert main(["explore", str(graph_file), "--entity", "ImageNet", "-o", out]) == 0
    assert "ImageNet-1k (dataset)" in capsys.readouterr().err
    assert main(["explore", str(graph_file), "--paper", "arXiv:2501.00001v3", "--via", "all", "-o", out]) == 0
    assert main(["explore", str(graph_file), "--paper", "Speech recognition in noisy rooms", "-o", out]) == 2
    assert "no paper matches" in capsys.readouterr().err


def test_query_checks_node_parameters(graph_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "shared_datasets", "--param", "id=2599.99999", "--graph", str(graph_file)]) == 2
    assert "no paper matches '2599.99999'" in capsys.readouterr().err
    assert (
        main(["query", "shared_datasets", "--param", "id=arXiv:2501.00002v2", "--graph", str(graph_file)])
        == 0
    )
    assert (
        main(["query", "dataset_neighbourhood", "--param", "id=COCO", "--graph", str(graph_file), "--json"])
        == 0
    )
    rows = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert {r["paper"] for r in rows} == {"2501.00002", "2502.00003"}


def test_a_name_as_typed_settles_keys_that_differ_only_in_punctuation() -> None:
    """On the corpus "ImageNet" was refused as ambiguous with ImageNet++ (a paper's own benchmark, id
    benchmark:imagenet): the lookup key drops the "+", the name as typed does not."""
    g = nx.MultiDiGraph()
    g.add_node("dataset:imagenet", label="Dataset", name="ImageNet", aliases=["Imagenet"], n_papers=500)
    g.add_node("benchmark:imagenet", label="Benchmark", name="ImageNet++", aliases=[], n_papers=1)
    assert resolve_node(g, "ImageNet") == resolve_node(g, " imagenet ") == "dataset:imagenet"
    assert resolve_node(g, "ImageNet++") == "benchmark:imagenet"
    with pytest.raises(NoMatchError, match="ambiguous"):
        resolve_node(g, "ImageNet+")  # neither is written so: still asked about


def test_a_name_two_entities_share_is_asked_about_not_answered() -> None:
    """Rule 345 keeps a paper's own "SGM (Specification-Guided Moderation)" apart from the lexicon's
    Semi-Global Matching (alias "SGM"): a lookup of "SGM" must not pick one of them by paper count."""
    g = nx.MultiDiGraph()
    g.add_node(
        "method:semi-global-matching",
        label="Method",
        name="Semi-Global Matching",
        aliases=["SGM"],
        n_papers=3,
    )
    g.add_node("method:sgm", label="Method", name="SGM", aliases=[], n_papers=1)
    g.add_node("2601.00001", label="Paper", title="SGM: safe generation")
    with pytest.raises(NoMatchError, match="ambiguous") as info:
        resolve_node(g, "sgm")
    assert [c[0] for c in info.value.candidates] == ["method:semi-global-matching", "method:sgm"]
    assert "did you mean" in (info.value.hint or "")
    assert resolve_node(g, "method:sgm") == "method:sgm"  # the id answers
    assert resolve_node(g, "Semi-Global Matching") == "method:semi-global-matching"
    assert (
        resolve_node(g, "SGM", kinds="paper") == "2601.00001"
    )  # one paper has it: the kind filter settles it


def test_an_ambiguous_name_says_how_many_it_left_out() -> None:
    """Seven entities written "LoRA": the hint names the five with most papers, each with its count,
    and says two more were left out (it never picks one by its paper count)."""
    g = _graph()
    for i in range(7):
        g.add_node(
            f"method:lora-{i}", label="Method", name=f"LoRA variant {i}", aliases=["LoRA"], n_papers=10 - i
        )
    with pytest.raises(NoMatchError, match="7 method names or aliases are 'LoRA'") as info:
        resolve_node(g, "LoRA", kinds="method")
    hint = info.value.hint or ""
    assert "'LoRA variant 0' (method:lora-0, 10 papers)" in hint
    assert "method:lora-4" in hint and "method:lora-5" not in hint
    assert hint.endswith("2 more not shown: give an id")
    assert info.value.total == 7 and info.value.papers == (10, 9, 8, 7, 6)


def test_ambiguous_paper_titles_give_no_paper_count() -> None:
    """Papers have no paper count: the hint names each title and id without a made-up "0 papers"
    (the corpus's "Segment Anything" listed five SAM papers, each "(…, 0 papers)")."""
    g = _graph()
    with pytest.raises(NoMatchError, match="2 paper names contain it") as info:
        resolve_node(g, "Crick", kinds="paper")
    hint = info.value.hint or ""
    assert "'Watson and Crick revisited' (2504.00007)" in hint
    assert "'Crick: a second look at Watson' (2504.00008)" in hint
    assert "0 papers" not in hint and info.value.papers == (None, None)
