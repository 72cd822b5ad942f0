"""The loader's statements and row planning, without a server (the Bolt tests run them for real)."""

from __future__ import annotations

import re

import pytest
from cypher_support import sample_graph

from kg.backends.neo4j import _node_phase, _rel_phase
from kg.backends.neo4j_statements import (
    _checked_keys,
    create_nodes_statement,
    create_rels_statement,
    hub_key,
    load_statements,
    partition,
    update_nodes_statement,
)
from kg.errors import StoreError
from kg.schema import EDGE_PROPERTIES, NODE_PROPERTIES


def test_every_statement_takes_values_only_as_parameters() -> None:
    for name, text in load_statements().items():
        assert "'" not in text and '"' not in text, name
        assert not re.search(r"[:=]\s*\d", text.replace("$limit", "")), name  # no literal values


def test_create_statements_set_every_listed_property_at_once() -> None:
    text = create_nodes_statement("Paper")
    assert all(f"{key}: row.props.{key}" in text for key in NODE_PROPERTIES["Paper"])
    assert " SET " not in text and text.endswith("RETURN count(*) AS created")
    assert all(
        f"{key}: row.props.{key}" in create_rels_statement("USES", "Paper", "Task")
        for key in EDGE_PROPERTIES["USES"]
    )
    assert "]->(b) RETURN" in create_rels_statement("CITES", "Paper", "Paper")
    assert update_nodes_statement("Author") == (
        "UNWIND $rows AS row MERGE (n:Author {id: row.id}) SET n.name = row.props.name"
    )


def test_only_plain_keys_enter_cypher() -> None:
    assert _checked_keys(("title", "n_papers")) == ("title", "n_papers")
    with pytest.raises(StoreError):
        _checked_keys(("title}) DETACH DELETE (n",))


def test_partition_keeps_equal_keys_together_and_is_stable() -> None:
    rows = [{"target": f"t{i % 5}", "source": f"s{i}"} for i in range(100)]
    parts = partition(rows, "target", 3)
    assert sum(len(p) for p in parts) == 100 and parts == partition(rows, "target", 3)
    assert all(
        len({r["target"] for r in p} & {r["target"] for r in q}) == 0
        for p in parts
        for q in parts
        if p is not q
    )
    assert hub_key(rows) == "target" and partition(rows, "target", 1) == [rows]


def test_plan_covers_every_row_once_per_worker_split() -> None:
    g = sample_graph()
    g.nodes["dataset:coco"]["note"] = "outside the lists"
    for workers, fresh in ((1, False), (3, False), (2, True)):
        nodes, node_jobs = _node_phase(g, 2, workers, fresh)
        rels, rel_jobs = _rel_phase(g, 2, workers, fresh)
        assert sum(nodes.values()) == g.number_of_nodes() and sum(rels.values()) == g.number_of_edges()
        assert sum(len(j.rows) for jobs in node_jobs for j in jobs) == g.number_of_nodes()
        assert sum(len(j.rows) for jobs in rel_jobs for j in jobs) == g.number_of_edges()
        dataset_jobs = [j for jobs in node_jobs for j in jobs if j.doing == "loading Dataset nodes"]
        assert dataset_jobs and all(j.create is None for j in dataset_jobs)  # unknown key: general MERGE
        assert all(j.create is not None for jobs in rel_jobs for j in jobs)
        # a fresh load creates without the per-row check, and keeps the checked statement to fall back on
        checked = [j for jobs in rel_jobs for j in jobs if "OPTIONAL MATCH" in (j.create or "")]
        assert (not checked) if fresh else len(checked) == sum(len(jobs) for jobs in rel_jobs)
        assert all((j.guarded is not None) == fresh for jobs in rel_jobs for j in jobs)
