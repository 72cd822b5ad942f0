"""The query library: headers, typed parameters, errors, and real answers from the embedded engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from cypher_support import SAMPLE_PARAMS, normalise, write_graph

from kg.backends.embedded import EmbeddedSession, build_database, cached_database
from kg.backends.run import run_query
from kg.cypher.run import bind_params, list_queries, load_query
from kg.errors import GraphError, QueryError
from kg.model import ENTITY_TYPES


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cypher_support import sample_graph

    return write_graph(sample_graph(), tmp_path_factory.mktemp("sample") / "graph.json")


def run(name: str, graph: Path, **params: Any) -> list[dict[str, Any]]:
    return run_query(load_query(name), params, graph=graph).dicts()


def test_library_has_every_query_with_a_full_header() -> None:
    queries = list_queries()
    assert len(queries) >= 12
    assert {q.name for q in queries} == set(SAMPLE_PARAMS)
    for q in queries:
        assert q.purpose and q.example.startswith(f"kg query {q.name}"), q.name
        assert q.text.rstrip().splitlines()[-2].startswith("ORDER BY") or "ORDER BY" in q.text, q.name
        for p in q.params:  # every $parameter is declared, every declared one is used
            assert f"${p.name}" in q.text, (q.name, p.name)
        assert sorted(set(__import__("re").findall(r"\$(\w+)", q.text))) == sorted(p.name for p in q.params)


def test_every_collected_column_is_declared_a_set() -> None:
    """A collect() has no order on either engine; the header's ``// sets:`` makes kg sort it."""
    import re

    for q in list_queries():
        collected = re.findall(r"collect\((?:DISTINCT )?[^)]*\) AS (\w+)", q.text)
        assert sorted(collected) == sorted(q.sets), q.name


def test_collected_lists_come_sorted(sample_file: Path) -> None:
    """The names of a set column come in one order, whatever order the engine collected them in."""
    for _ in range(3):
        rows = run("shared_datasets", sample_file, id="2402.00002")
        assert [r["names"] for r in rows] == [["COCO", "ImageNet"], ["ImageNet"]]


def test_shared_datasets_ranked_with_names(sample_file: Path) -> None:
    rows = run("shared_datasets", sample_file, id="2402.00002")
    assert [(r["paper"], r["shared"], sorted(r["names"])) for r in rows] == [
        ("2404.00004", 2, ["COCO", "ImageNet"]),
        ("2401.00001", 1, ["ImageNet"]),
    ]


def test_top_entities_and_limit(sample_file: Path) -> None:
    rows = run("top_entities", sample_file, type="dataset", limit="2")
    assert [(r["id"], r["papers"]) for r in rows] == [("dataset:imagenet", 3), ("dataset:coco", 2)]


def test_entity_adoption_roles(sample_file: Path) -> None:
    rows = run("entity_adoption", sample_file, id="method:lora")
    assert [(r["role"], r["paper"]) for r in rows] == [
        ("introduced", "2402.00002"),
        ("used", "2404.00004"),
        ("used", "2405.00005"),
    ]


def test_co_occurring_ranks_shared_papers_then_the_more_specific(sample_file: Path) -> None:
    rows = run("co_occurring", sample_file, id="method:lora")  # LoRA: 2402, 2404, 2405
    assert [(r["id"], r["together"], r["papers"]) for r in rows] == [
        ("dataset:coco", 2, 2),
        ("model:llama-3", 2, 2),
        ("dataset:imagenet", 2, 3),  # also in 2401: fewer of its papers are LoRA's
        ("benchmark:mmlu", 1, 2),
        ("method:dpo", 1, 2),  # its undated paper counts in papers
        ("method:transformer", 1, 3),
    ]
    rows = run("co_occurring", sample_file, id="method:lora", type="dataset", limit="1")
    assert [(r["id"], r["type"], r["name"]) for r in rows] == [("dataset:coco", "dataset", "COCO")]


@pytest.mark.parametrize("entity", ["method:lora", "dataset:squad", "benchmark:mmlu", "organization:acme-ai"])
@pytest.mark.parametrize("type", ["all", "dataset", "method"])
def test_co_occurring_agrees_with_the_python_api(sample_file: Path, entity: str, type: str) -> None:
    from kg.api import open_graph

    api = [
        (e.id, e.type, e.name, t, n) for e, t, n in open_graph(sample_file).co_occurring(entity, type, k=None)
    ]
    rows = run("co_occurring", sample_file, id=entity, type=type, limit="100")
    assert [(r["id"], r["type"], r["name"], r["together"], r["papers"]) for r in rows] == api


def test_trending_in_period_skips_undated(sample_file: Path) -> None:
    rows = run("trending_entities", sample_file, since="2024-01", until="2024-03", type="dataset")
    assert [(r["id"], r["papers"]) for r in rows] == [("dataset:imagenet", 2), ("dataset:coco", 1)]


def test_rising_compares_two_periods_and_skips_undated(sample_file: Path) -> None:
    periods = {"before": "2024-01", "since": "2024-03", "until": "2024-06"}
    rows = run("rising_entities", sample_file, **periods, type="method", min_papers="1")
    assert [(r["id"], r["earlier"], r["now"], r["growth"]) for r in rows] == [
        ("method:lora", 1, 2, 1),  # 2402 | 2404, 2405
        ("method:transformer", 1, 2, 1),  # 2401 | 2403, 2404
        ("method:dpo", 0, 1, 1),  # 2405 (its undated paper counts in neither period)
    ]
    rows = run("rising_entities", sample_file, **periods, type="dataset", min_papers="1")
    assert [(r["id"], r["growth"]) for r in rows] == [
        ("dataset:squad", 1),
        ("dataset:coco", 0),
        ("dataset:imagenet", -1),  # 2401, 2402 | 2404: a decline ranks last
    ]
    assert run("rising_entities", sample_file, **periods, type="method") == []  # min_papers 3 by default


def test_citing_pairs_share_datasets(sample_file: Path) -> None:
    rows = run("citing_shared_datasets", sample_file)
    assert [(r["citing"], r["cited"], r["shared"]) for r in rows] == [
        ("2404.00004", "2402.00002", 2),
        ("2402.00002", "2401.00001", 1),
        ("2404.00004", "2401.00001", 1),
    ]


def test_search_is_case_insensitive_and_uses_aliases(sample_file: Path) -> None:
    assert [r["id"] for r in run("search_entities", sample_file, q="ilsvrc")] == ["dataset:imagenet"]
    assert [r["id"] for r in run("search_entities", sample_file, q="LOW-RANK")] == ["method:lora"]


def test_two_hop_kinds(sample_file: Path) -> None:
    rows = run("paper_two_hop", sample_file, id="2401.00001")
    kinds = {r["id"]: r["kind"] for r in rows}
    assert kinds["author:ada"] == "author" and kinds["2404.00004"] == "paper"
    assert kinds["organization:acme-ai"] == "organization" and "2401.00001" not in kinds
    assert kinds["openalex:W99"] == "work"  # a Work node (kg enrich --external) is not a paper


def test_every_query_runs_and_answers_on_the_sample(sample_file: Path) -> None:
    db = cached_database(sample_file)
    with EmbeddedSession(db) as session:
        for q in list_queries():
            rows = session.run(q.text, bind_params(q, SAMPLE_PARAMS[q.name])).rows
            assert rows, q.name


def test_cache_is_reused_and_rebuilt_when_the_file_changes(sample_file: Path, tmp_path: Path) -> None:
    from cypher_support import sample_graph

    path = write_graph(sample_graph(), tmp_path / "graph.json")
    first = cached_database(path)
    assert cached_database(path) == first
    g = sample_graph()
    g.add_node("2412.99999", label="Paper", title="New")
    write_graph(g, path)
    second = cached_database(path)
    assert second != first and not first.exists()
    assert run("search_papers", path, q="new")[0]["id"] == "2412.99999"


def test_unknown_query_lists_the_library() -> None:
    with pytest.raises(QueryError) as err:
        load_query("no_such_query")
    assert "shared_datasets" in (err.value.hint or "")


def test_missing_and_mistyped_parameters_are_named() -> None:
    q = load_query("shared_datasets")
    with pytest.raises(QueryError, match=r"needs parameter \$id"):
        bind_params(q, {})
    with pytest.raises(QueryError, match=r"\$limit must be int"):
        bind_params(q, {"id": "x", "limit": "ten"})
    assert bind_params(q, {"id": "2401.00001", "limit": 3}) == {"id": "2401.00001", "limit": 3}


def test_query_file_by_path_and_engine_errors(tmp_path: Path, sample_file: Path) -> None:
    good = tmp_path / "count.cypher"
    good.write_text("// purpose: count papers\nMATCH (p:Paper) WHERE p.year >= $y RETURN count(p) AS n\n")
    assert run_query(load_query(str(good)), {"y": "2024"}, graph=sample_file).rows == ((5,),)
    bad = tmp_path / "bad.cypher"
    bad.write_text("MATCH (p:Paper) RETURN type(p) AS t\n")
    with pytest.raises(QueryError, match="embedded engine cannot run"):
        run_query(load_query(str(bad)), {}, graph=sample_file)


def test_missing_graph_file_is_a_graph_error(tmp_path: Path) -> None:
    with pytest.raises(GraphError):
        run_query(load_query("search_papers"), {"q": "x"}, graph=tmp_path / "nope.json")


INJECTIONS = [
    "'}) MATCH (n) DETACH DELETE n //",
    '"}) MATCH (n) DETACH DELETE n //',
    "`) DETACH DELETE n //",
    "Robert'); DROP TABLE Paper; --",
]


def test_injection_text_is_only_data_embedded(tmp_path: Path) -> None:
    g = nx.MultiDiGraph()
    for i, evil in enumerate(INJECTIONS):
        g.add_node(f"p{i}", label="Paper", title=f"T {evil}")
    g.add_node("dataset:`x`", label="Dataset", name="`x` 'y' \"z\"", type="dataset", aliases=INJECTIONS)
    g.add_edge("p0", "dataset:`x`", key="USES", type="USES", text=INJECTIONS[0])
    db = build_database(g, tmp_path / "db")
    with EmbeddedSession(db) as s:
        for evil in INJECTIONS:
            q = load_query("search_papers")
            rows = s.run(q.text, bind_params(q, {"q": evil})).rows
            assert [r[1] for r in rows] == [f"T {evil}"]
            q = load_query("shared_datasets")
            assert s.run(q.text, bind_params(q, {"id": evil})).rows == ()
        assert s.run("MATCH (n) RETURN count(n) AS n", {}).rows == ((len(INJECTIONS) + 1,),)
        q = load_query("search_entities")
        rows = normalise(s.run(q.text, bind_params(q, {"q": "DETACH"})).rows)
        assert rows == [("dataset:`x`", "`x` 'y' \"z\"", "dataset", None)]


@pytest.mark.parametrize("type", ENTITY_TYPES)
def test_top_entities_agrees_with_the_python_api(sample_file: Path, type: str) -> None:
    from kg.api import open_graph

    api = [(e.id, e.name, n) for e, n in open_graph(sample_file).top_entities(type, k=100)]
    rows = run("top_entities", sample_file, type=type.upper(), limit="100")
    assert [(r["id"], r["name"], r["papers"]) for r in rows] == api and (api or type == "task")


def test_entity_types_and_months_are_checked_and_normalised() -> None:
    q = load_query("rising_entities")
    bound = bind_params(q, {"before": "2024-1", "since": "2024-03", "until": "2024-6", "type": "Method"})
    assert (bound["before"], bound["until"], bound["type"]) == ("2024-01", "2024-06", "method")
    for bad in ("2024", "24-01", "2024-13", "2024-00", "2024-01-05"):
        with pytest.raises(QueryError, match=r"\$before must be a month YYYY-MM"):
            bind_params(q, {"before": bad, "since": "2024-03", "until": "2024-06"})
    with pytest.raises(QueryError, match=r"\$type must be an entity type \(dataset"):
        bind_params(q, {"before": "2024-01", "since": "2024-03", "until": "2024-06", "type": "all"})
    assert bind_params(load_query("co_occurring"), {"id": "x", "type": "ALL"})["type"] == "all"


def test_a_cut_answer_says_so_and_a_whole_one_does_not(sample_file: Path) -> None:
    cut = run_query(load_query("top_entities"), {"type": "dataset", "limit": "1"}, graph=sample_file)
    whole = run_query(load_query("top_entities"), {"type": "dataset", "limit": "100"}, graph=sample_file)
    assert cut.more and len(cut.rows) == 1 and cut.rows[0] == whole.rows[0]
    assert not whole.more and len(whole.rows) > 1
    params = {"type": "dataset", "limit": len(whole.rows)}
    exact = run_query(load_query("top_entities"), params, graph=sample_file)
    assert not exact.more and exact.rows == whole.rows
