"""Session 22: ``kg similar`` ranks by how specific the shared entities are (the ``specific`` metric,
the default), compares through tasks too, and the explorer's paper view ranks the same way."""

from __future__ import annotations

import json
import math
from pathlib import Path

import networkx as nx
import pytest

from kg.api import KnowledgeGraph
from kg.cli import main
from kg.explorer.views import paper_view
from kg.graph.build import build_graph
from kg.graph.io import save_graph
from kg.model import Paper, Source
from kg.query.similarity import DEFAULT_METRIC, DEFAULT_VIA, sharing_papers, similar_papers
from kg.query.specificity import HUB_MIN_PAPERS, TITLE_WEIGHT, specific_weights

from .records import mention

N = 80
SFOD = "task:source-free-object-detection"


def _graph() -> nx.MultiDiGraph:
    """80 papers that all use CNN (a hub); p00 shares a rare dataset with p01, a specific task with p02
    (named in p02's title) and p03, and a common-but-not-hub method (41 papers) with p40..p79."""
    src = Source("t")
    papers = [Paper(id=f"p{i:02d}", title=f"Paper {i}", abstract="a", source=src) for i in range(N)]
    sfod = ("source-free object detection", "source-free object detection")
    ms = [mention(f"p{i:02d}", "method:cnn", "CNN", "CNN") for i in range(N)]
    common = ["p00"] + [f"p{i}" for i in range(40, N)]
    ms += [mention(p, "method:transformer", "Transformer", "Transformer") for p in common]
    ms += [mention(p, "dataset:rare", "RareSet", "RareSet") for p in ("p00", "p01")]
    ms += [mention(p, SFOD, *sfod) for p in ("p00", "p03")]
    ms.append(mention("p02", SFOD, sfod[0], "Source-Free Object Detection", field="title"))
    return build_graph(papers, ms)


def test_specific_is_the_default_and_compares_tasks() -> None:
    assert DEFAULT_METRIC == "specific" and "task" in DEFAULT_VIA
    g = _graph()
    assert similar_papers(g, "p00") == similar_papers(g, "p00", metric="specific", via=DEFAULT_VIA)


def test_rare_and_title_named_entities_rank_first_and_hubs_do_not_count() -> None:
    g = _graph()
    res = similar_papers(g, "p00", k=4)
    # the task named in p02's title (x1.5), the rare dataset, the task, then the common method
    assert [n.paper_id for n in res] == ["p02", "p01", "p03", "p40"]
    assert res[0].score == pytest.approx(TITLE_WEIGHT * math.log(N / 3))
    assert res[1].score == pytest.approx(math.log(N / 2))
    assert res[3].score == pytest.approx(math.log(N / 41))
    # CNN (all 80 papers, above 1% and HUB_MIN_PAPERS) is shared by every one but neither scores nor explains
    assert N > HUB_MIN_PAPERS and "method:cnn" not in specific_weights(g, ["method:cnn", "dataset:rare"])
    assert [[e.id for e in n.shared] for n in res] == [
        [SFOD],
        ["dataset:rare"],
        [SFOD],
        ["method:transformer"],
    ]
    # Jaccard (still an option) sees four papers sharing two of p00's four entities alike
    assert {n.score for n in similar_papers(g, "p00", k=4, metric="jaccard")} == {0.5}


def test_hubs_count_when_a_paper_has_nothing_else() -> None:
    g = _graph()
    res = similar_papers(g, "p05", k=3)  # p05 has only CNN
    assert [n.paper_id for n in res] == ["p00", "p01", "p02"]
    assert all([e.id for e in n.shared] == ["method:cnn"] for n in res)


def test_sharing_papers_and_the_explorer_paper_view_rank_as_kg_similar() -> None:
    g = _graph()
    ranked = sharing_papers(g, "p00")
    assert [q for q, _ in ranked[:4]] == [n.paper_id for n in similar_papers(g, "p00", k=4)]
    # every sharer is kept: those sharing only the hub come last, by id
    assert len(ranked) == N - 1 and ranked[-1] == ("p39", ("method:cnn",))
    view = paper_view(g, "p00")
    assert [r.paper for r in view.ranking[:4]] == ["p02", "p01", "p03", "p40"]


def test_kg_similar_cli_names_what_is_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "graph.json"
    save_graph(_graph(), path)
    assert main(["similar", "p00", "--graph", str(path), "-k", "2"]) == 0
    out = capsys.readouterr().out
    assert "  1. 4.925  p02  Paper 2\n       shared: task source-free object detection" in out
    assert "  2. 3.689  p01  Paper 1\n       shared: dataset RareSet" in out
    assert main(["similar", "p00", "--graph", str(path), "-k", "1", "--metric", "jaccard", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["score"] == 0.5
    assert KnowledgeGraph(_graph()).similar_papers("p00", k=1)[0].paper_id == "p02"
