"""Splicing changed records into the graph file gives the bytes of writing it whole from the store."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from kg.build import splice
from kg.build.splice import ChangeLog, splice_graph_file
from kg.build.store import GraphStore
from kg.errors import GraphError
from kg.graph import io

GRAPH = {"kg_format": 1, "kg_version": "test"}


def _node(rng: random.Random, n: str) -> tuple[str, str, dict[str, object]]:
    return n, "Work", {"label": "Work", "title": f'Wörk {n} "q" {rng.randint(0, 3)}', "year": 2020}


def _edge(u: str, typ: str, v: str) -> tuple[str, str, str, str, dict[str, object], None, None]:
    return u, typ, v, u, {"type": typ}, None, None


def _random_store(rng: random.Random, n_nodes: int) -> tuple[GraphStore, list[str]]:
    store = GraphStore(sqlite3.connect(":memory:"))
    ids = sorted({f"{rng.choice('abcé')}{rng.randint(0, 999):03d}" for _ in range(n_nodes)})
    store.put_nodes(_node(rng, n) for n in ids)
    store.put_edges(
        _edge(rng.choice(ids), rng.choice(["CITES", "USES", "WROTE"]), rng.choice(ids))
        for _ in range(3 * n_nodes)
    )
    return store, ids


@pytest.mark.parametrize("small_blocks", [False, True])
@pytest.mark.parametrize("seed", range(12))
def test_splice_equals_a_full_write(
    seed: int, small_blocks: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if small_blocks:  # the paths a 500 MB file takes: runs copied as page views, hashed in blocks
        monkeypatch.setattr(splice, "_PIECE", 64)
        monkeypatch.setattr(io, "_BLOCK", 100)
    rng = random.Random(seed)
    store, ids = _random_store(rng, rng.choice([1, 5, 60, 400]))
    path, full = tmp_path / "graph.json", tmp_path / "full.json"
    store.write_file(path, GRAPH)
    before = store.summary()
    with ChangeLog(store.db) as log:
        for _ in range(rng.randint(0, 6)):  # batches of changes, some of them no change at all
            new = [f"{rng.choice('0abcéz')}{rng.randint(0, 999):03d}" for _ in range(rng.randint(0, 30))]
            store.put_nodes(_node(rng, n) for n in [*new, *rng.sample(ids, min(len(ids), 5))])
            store.delete_nodes(rng.sample(ids, min(len(ids), rng.randint(0, 4))))
            pool = ids + new
            store.put_edges(
                _edge(rng.choice(pool), rng.choice(["CITES", "USES"]), rng.choice(pool))
                for _ in range(rng.randint(0, 40))
            )
            store.delete_owned(rng.sample(pool, min(len(pool), rng.randint(0, 3))))
        nodes, links = log.edits()
        assert log.summary(before) == store.summary()
    sha = splice_graph_file(path, GRAPH, nodes, links)
    assert sha == store.write_file(full, GRAPH)
    assert path.read_bytes() == full.read_bytes()


def test_only_lines_that_differ_are_edits(tmp_path: Path) -> None:
    store, ids = _random_store(random.Random(1), 50)
    store.write_file(tmp_path / "g.json", GRAPH)
    with ChangeLog(store.db) as log:
        lines = store.node_lines(ids[:10])
        store.delete_nodes(ids[:10])
        store.db.executemany("INSERT INTO g_nodes (id, label, line) VALUES (?, 'Work', ?)", lines.items())
        store.put_nodes([("zzz", "Work", {"label": "Work"})])
        assert log.edits() == ([(("zzz",), b'{"id":"zzz","label":"Work"}')], [])
    # the log is gone with the block: later changes are not recorded
    assert store.db.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone() == (
        0,
    )


def test_a_file_in_another_layout_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text('{"nodes": [{"id": "a"}], "links": []}')
    with pytest.raises(GraphError):
        splice_graph_file(path, GRAPH, [], [])
