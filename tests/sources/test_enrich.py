"""``kg enrich --citations``: matching, CITES edges and Work nodes, incremental and deterministic."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from fake_api import SOURCES, FakeApi, Reply, json_reply

from kg import __version__
from kg.api import open_graph
from kg.build.cache import BuildCache
from kg.build.citation_table import CitationTable
from kg.build.state import Meta
from kg.build.store import GraphStore
from kg.cli import main
from kg.errors import ConfigError, FetchError, GraphError
from kg.explorer.jobs import build, enrich
from kg.graph.io import KG_FORMAT
from kg.sources.http import Http

WORKS = json.loads((SOURCES / "openalex_works.json").read_text())
DAY1, DAY2 = SOURCES / "hf_daily_2026-03-06.json", SOURCES / "hf_daily_2026-03-07.json"
TITLES = SOURCES / "title_only.csv"


def _doi(w: dict[str, object]) -> str:
    return str(w.get("doi") or "").lower().removeprefix("https://doi.org/")


def openalex_works(params: dict[str, str]) -> Reply:
    """``/works`` as OpenAlex answers it: OR filters on doi / openalex id, or a title search."""
    flt, search = params.get("filter", ""), params.get("search")
    if flt.startswith("doi:"):
        found = [w for w in WORKS if _doi(w) and _doi(w) in flt[4:].split("|")]
    elif flt.startswith("openalex:"):
        found = [w for w in WORKS if str(w["id"]).rsplit("/", 1)[1] in flt[9:].split("|")]
    elif search:  # a search engine: anything sharing the first three words
        head = " ".join(search.lower().split()[:3])
        found = [w for w in WORKS if str(w["display_name"]).lower().startswith(head)]
    else:
        return json_reply({"error": "bad filter"}, 400)
    return json_reply({"meta": {"count": len(found), "next_cursor": None}, "results": found})


@pytest.fixture
def oa(api: FakeApi) -> FakeApi:
    api.route("/works", openalex_works)
    return api


def cites(out: Path) -> list[tuple[str, str]]:
    g = open_graph(out / "graph.json").nx
    return sorted((u, v) for u, v, k in g.edges(keys=True) if k == "CITES")


def test_matching_by_arxiv_id_and_title_with_a_near_miss_rejected(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    out = tmp_path / "kg"
    build([str(DAY1), str(DAY2), str(TITLES)], out, explorer=False)
    r = enrich(out, make_http(), base=oa.base, explorer=False)
    assert r.fetched == 5 and dict(r.methods) == {"arxiv": 3, "none": 1, "title": 1}
    g = open_graph(out / "graph.json")
    ltc = g.lookup("Learning to Cite with Large Language Models", type="paper")
    assert cites(out) == sorted(
        [("2603.00002", "2603.00001"), ("2603.00003", "2603.00001"), (ltc, "2603.00001")]
    )
    import sqlite3

    with sqlite3.connect(out / "kg-cache.sqlite") as db:
        rows = CitationTable(db).rows("openalex", [ltc, "2603.00001"])
    assert rows[ltc].method == "title" and rows[ltc].score == 100.0 and rows[ltc].work_id == "openalex:W4"
    assert rows["2603.00001"].method == "arxiv" and rows["2603.00001"].references[0] == "openalex:W10"
    with BuildCache(out / "kg-cache.sqlite") as cache:  # the paper's OpenAlex id is one of its ids now
        assert "openalex:W1" in cache.load(["2603.00001"])["2603.00001"].alt_ids
    second = make_http()
    again = enrich(out, second, base=oa.base, explorer=False)
    assert again.fetched == 0 and not again.changed and second.stats.requests == 0


def test_external_works_become_work_nodes(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    out = tmp_path / "kg"
    build([str(DAY1), str(DAY2), str(TITLES)], out)
    r = enrich(out, make_http(), base=oa.base, external=True)
    assert r.works == 4
    g = open_graph(out / "graph.json").nx
    works = sorted(n for n, label in g.nodes(data="label") if label == "Work")
    assert works == ["openalex:W10", "openalex:W11", "openalex:W12", "openalex:W13"]
    assert g.nodes["openalex:W11"] == {"label": "Work", "title": "Attention Is All You Need", "year": 2017}
    assert len(cites(out)) == 3 + 9
    assert "CITES" in (out / "explorer.html").read_text()  # the overview draws the papers' citations


def test_enriching_in_steps_equals_enriching_at_once(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    """Papers citing a work that is matched to a graph paper later are updated then; the bytes agree."""
    steps, once = tmp_path / "steps", tmp_path / "once"
    build([str(DAY2), str(TITLES)], steps, explorer=False)
    enrich(steps, make_http(), base=oa.base, explorer=False, external=True)
    ltc = open_graph(steps / "graph.json").lookup("Learning to Cite", type="paper")
    assert cites(steps) == sorted(
        [("2603.00003", f"openalex:W{n}") for n in (1, 10, 13)]
        + [(ltc, f"openalex:W{n}") for n in (1, 10, 12)]
    )
    build([str(DAY1)], steps, explorer=False)
    step = enrich(steps, make_http(), base=oa.base, explorer=False, external=True)
    assert step.fetched == 2  # only the new papers
    build([str(DAY2), str(TITLES), str(DAY1)], once, explorer=False)
    enrich(once, make_http(), base=oa.base, explorer=False, external=True)
    assert (steps / "graph.json").read_bytes() == (once / "graph.json").read_bytes()
    assert ("2603.00003", "2603.00001") in cites(steps) and ("2603.00003", "openalex:W1") not in cites(steps)
    # the second step spliced its records into the file: the store writes the same bytes whole
    assert_written_whole(steps, tmp_path / "whole.json")


def test_a_day_is_spliced_into_the_file_and_a_stale_file_is_written_whole(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build.splice as splice

    calls: list[str] = []
    real = splice.splice_graph_file
    monkeypatch.setattr(splice, "splice_graph_file", lambda *a: calls.append("splice") or real(*a))
    out = tmp_path / "kg"
    build([str(DAY2), str(TITLES)], out, explorer=False)
    enrich(out, make_http(), base=oa.base, explorer=False, external=True)
    assert calls == ["splice"]
    build([str(DAY1)], out, explorer=False)  # a day's build splices too
    assert calls == ["splice", "splice"]
    assert_written_whole(out, tmp_path / "day.json")
    with (out / "graph.json").open("ab") as fh:  # the file is not the one the store wrote
        fh.write(b" ")
    enrich(out, make_http(), base=oa.base, explorer=False, external=True)
    assert calls == ["splice", "splice"]  # written whole
    assert_written_whole(out, tmp_path / "whole.json")


def assert_written_whole(out: Path, whole: Path) -> None:
    """The graph file in ``out`` (and its recorded hash) is what the store writes whole."""
    with BuildCache(out / "kg-cache.sqlite") as cache:
        sha = GraphStore(cache.db).write_file(whole, {"kg_format": KG_FORMAT, "kg_version": __version__})
        assert cache.get_meta(Meta.GRAPH_SHA) == sha
    assert whole.read_bytes() == (out / "graph.json").read_bytes()


def test_rebuild_keeps_the_fetched_citations(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    out = tmp_path / "kg"
    build([str(DAY1), str(DAY2)], out, explorer=False)
    enrich(out, make_http(), base=oa.base, explorer=False)
    first = (out / "graph.json").read_bytes()
    build([str(DAY1), str(DAY2)], out, explorer=False, rebuild=True)  # the rows go back in, offline
    assert (out / "graph.json").read_bytes() == first
    offline = make_http(offline=True)
    again = enrich(out, offline, base=oa.base, explorer=False)
    assert (out / "graph.json").read_bytes() == first and offline.stats.requests == 0 and not again.changed


def test_rebuild_keeps_the_work_nodes_of_an_external_enrichment(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    out = tmp_path / "kg"
    build([str(DAY1), str(DAY2), str(TITLES)], out, explorer=False)
    enrich(out, make_http(), base=oa.base, explorer=False, external=True)
    first = (out / "graph.json").read_bytes()
    assert b'"label":"Work"' in first
    build([str(DAY1), str(DAY2), str(TITLES)], out, explorer=False, rebuild=True)
    assert (out / "graph.json").read_bytes() == first


def test_a_failing_source_keeps_what_arrived(
    api: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    out = tmp_path / "kg"
    build([str(DAY1)], out, explorer=False)
    api.route("/works", lambda _: Reply(body=b'{"results": ['))
    with pytest.raises(FetchError, match="not valid JSON") as err:
        enrich(out, make_http(retries=0), base=api.base, explorer=False)
    assert "/works?" in (err.value.url or "")
    assert cites(out) == []


def test_a_graph_built_without_the_model_can_be_enriched(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path
) -> None:
    """The stored state records the extractor switch, so enrich does not refuse a --no-model build."""
    out = tmp_path / "kg"
    build([str(DAY1)], out, explorer=False, model=False)
    report = enrich(out, make_http(), base=oa.base, explorer=False)
    assert dict(report.methods) == {"arxiv": 2} and report.updated > 0


def test_errors_name_what_to_do(make_http: Callable[..., Http], tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="no kg build"):
        enrich(tmp_path / "nothing", make_http())
    with pytest.raises(ConfigError, match="unknown citation source"):
        enrich(tmp_path, make_http(), source="scholar")


def test_cli_enrich(oa: FakeApi, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kg"
    build([str(DAY1)], out, explorer=False)
    args = ["enrich", str(out), "--citations", "--base-url", oa.base, "--cache-dir", str(tmp_path / "h")]
    assert main([*args, "--no-explorer", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["matched_by"] == {"arxiv": 2} and data["edges"]["CITES"] == 1 and data["requests"] == 1
    assert main(["enrich", str(out)]) == 2
    shutil.rmtree(out)


def test_citation_view_and_similar_by_citation(
    oa: FakeApi, make_http: Callable[..., Http], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.explorer.explorer import explore

    out = tmp_path / "kg"
    build([str(DAY1), str(DAY2)], out, explorer=False)
    enrich(out, make_http(), base=oa.base, explorer=False, external=True)
    g = open_graph(out / "graph.json").nx
    page = explore(g, paper="2603.00002", via="citation")
    # itself; what it cites: 2603.00001, W10, W11; coupled with it: 2603.00003 (and 2603.00001)
    assert page.kind == "citations" and page.n_nodes == 5 and page.n_edges == 7
    assert "Deep Residual Learning" in page.html and '"CITES"' in page.html
    assert (
        main(["similar", "2603.00002", "--graph", str(out / "graph.json"), "--via", "citation", "--json"])
        == 0
    )
    ranked = json.loads(capsys.readouterr().out)
    assert [n["paper_id"] for n in ranked] == ["2603.00003", "2603.00001"]
    assert ranked[0]["shared_references"] == ["2603.00001", "openalex:W10"]


def test_enrich_from_semantic_scholar(api: FakeApi, make_http: Callable[..., Http], tmp_path: Path) -> None:
    """S2 records carry their references' ids (arXiv id, DOI) and titles: Work nodes need no second call."""
    rec = json.loads((SOURCES / "s2_paper.json").read_text())
    api.route("/graph/v1/paper/ARXIV:2603.00001", lambda _: json_reply(rec))
    near = {
        "data": [
            {"paperId": "x", "title": "Sparse Mixtures of Experts for Dense Retrieval", "matchScore": 80}
        ]
    }
    api.route("/graph/v1/paper/search/match", lambda _: json_reply(near))
    out = tmp_path / "kg"
    build([str(DAY1)], out, explorer=False)
    http = make_http()
    r = enrich(out, http, source="s2", base=api.base, external=True, explorer=False, creds={"api_key": "k"})
    # 2603.00002: unknown by arXiv id (404), its title search a near miss: not matched
    assert dict(r.methods) == {"arxiv": 1, "none": 1} and r.works == 2
    assert cites(out) == [
        ("2603.00001", "10.1109/cvpr.2016.90"),
        ("2603.00001", "1706.03762"),
        ("2603.00001", "2603.00002"),
    ]
    g = open_graph(out / "graph.json").nx
    assert g.nodes["1706.03762"] == {"label": "Work", "title": "Attention Is All You Need", "year": 2017}
    assert all(h.get("x-api-key") == "k" for _, _, h in api.log)
