"""A full build's paper-side records (papers' WROTE and CITES edges and nodes, authors' nodes) written by a
forked child into a scratch store and copied in: the same store rows and graph file as the build
writing them itself, also when the child fails or the build dies."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

import kg.build.side
import kg.build.update
from kg.build.job import CACHE_FILE, build
from kg.build.side import SideStore
from kg.build.state import Meta
from kg.build.store import GraphStore

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
INPUTS = [FIX / "page.txt", FIX / "listing_a.jsonl", FIX / "listing_b.jsonl"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(out: Path) -> dict[str, list[tuple[object, ...]]]:
    tables = {
        "g_nodes": "SELECT id, label, line FROM g_nodes",
        "g_edges": "SELECT * FROM g_edges",
        "g_meta": "SELECT * FROM g_meta",
        "r_entity": "SELECT * FROM r_entity",
        "x_keys": "SELECT * FROM x_keys",
        "x_refs": "SELECT * FROM x_refs",
        "x_orgs": "SELECT * FROM x_orgs",
    }
    with sqlite3.connect(out / CACHE_FILE) as db:
        return {t: sorted(db.execute(q).fetchall()) for t, q in tables.items()}


def _count_sides(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Let every full build use the child (the fixtures are small) and count the children started."""
    started: list[int] = []
    real = kg.build.update.start_side
    monkeypatch.setattr(kg.build.update, "SIDE_PAPERS", 0)
    monkeypatch.setattr(kg.build.update, "start_side", lambda *a: started.append(1) or real(*a))
    return started


def test_a_full_build_with_the_side_child_writes_the_same_store_and_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = build(INPUTS, tmp_path / "one")  # one process: no child
    started = _count_sides(monkeypatch)
    side = build(INPUTS, tmp_path / "side", processes=2)
    assert started == [1]
    assert _sha(side.graph_path) == _sha(one.graph_path)
    assert side.summary == one.summary
    assert _tables(tmp_path / "side") == _tables(tmp_path / "one")


def test_a_child_that_fails_leaves_the_parent_to_write_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = build(INPUTS, tmp_path / "one")
    started = _count_sides(monkeypatch)

    def fail(*_: object) -> None:
        raise SystemExit(3)

    monkeypatch.setattr(kg.build.side, "_child", fail)
    side = build(INPUTS, tmp_path / "side", processes=2)
    assert started == [1]
    assert _sha(side.graph_path) == _sha(one.graph_path)
    assert _tables(tmp_path / "side") == _tables(tmp_path / "one")


def test_a_full_build_dying_after_the_copy_claims_nothing_and_the_next_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one = build(INPUTS, tmp_path / "one")
    started = _count_sides(monkeypatch)
    scratch: list[str] = []
    real_init = SideStore.__init__

    def init(self: SideStore, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        scratch.append(self.path)

    def die(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(SideStore, "__init__", init)
    monkeypatch.setattr("kg.build.update._redo_entities", die)  # after the papers' rows are copied in
    with pytest.raises(KeyboardInterrupt):
        build(INPUTS, tmp_path / "side", processes=2)
    monkeypatch.undo()
    assert started == [1] and not os.path.exists(os.path.dirname(scratch[0]))  # the scratch store is gone
    assert Path(scratch[0]).parent.parent == tmp_path / "side"  # it was made beside the build cache
    with sqlite3.connect(tmp_path / "side" / CACHE_FILE) as db:  # nothing says the store is complete
        store_state = db.execute("SELECT value FROM meta WHERE key = ?", (Meta.STORE_STATE,)).fetchone()
        tables = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert store_state is None
        assert "g_edges" not in tables or db.execute("SELECT count(*) FROM g_edges").fetchone() == (0,)
    again = build(INPUTS, tmp_path / "side", processes=2)
    assert _sha(again.graph_path) == _sha(one.graph_path)


def test_a_scratch_store_is_copied_by_label_and_deleted_on_leaving() -> None:
    def write(store: GraphStore) -> None:
        store.put_nodes([("p1", "Paper", {"label": "Paper"}), ("author:a", "Author", {"label": "Author"})])
        store.put_edges([("author:a", "WROTE", "p1", "p1", {"type": "WROTE", "position": 0}, ["A"], None)])

    main = GraphStore(sqlite3.connect(":memory:"))
    with SideStore(write, fork=True) as side:
        assert side.copy_nodes(main.db, "Paper") == 1
        assert main.summary().to_dict() == {"nodes": {"Paper": 1}, "edges": {}}
        side.copy_edges(main.db)
        assert side.copy_nodes(main.db, "Author") == 1
        path = side.path
    assert not os.path.exists(path)
    assert main.summary().to_dict() == {"nodes": {"Author": 1, "Paper": 1}, "edges": {"WROTE": 1}}


def test_a_killed_builds_scratch_directory_is_swept_by_the_next_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL runs no cleanup: the next full build (it holds the directory lock) deletes the leftover."""
    _count_sides(monkeypatch)
    first = build(INPUTS, tmp_path / "out", processes=2)
    cache_dir = (tmp_path / "out" / CACHE_FILE).parent
    stale = cache_dir / ".kg-side-killed"
    stale.mkdir()
    (stale / "side.sqlite").write_bytes(b"left over")
    again = build(INPUTS, tmp_path / "out", processes=2, rebuild=True)
    assert not stale.exists()
    assert not [p for p in cache_dir.iterdir() if p.name.startswith(".kg-side-")]
    assert _sha(again.graph_path) == _sha(first.graph_path)
