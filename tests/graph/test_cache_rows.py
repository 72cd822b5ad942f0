"""A full build's cache rows encoded by a forked child are the rows the parent stores itself."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import kg.build.cache_rows
import kg.build.job
from kg.build.cache import BuildCache

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
INPUTS = [FIX / "listing_a.jsonl", FIX / "listing_b.jsonl"]


def _tables(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    db = sqlite3.connect(out / "kg-cache.sqlite")
    try:
        tables = {
            "papers": list(db.execute("SELECT rowid, id, key, data FROM papers ORDER BY rowid")),
            "paper_index": list(db.execute("SELECT kind, value, pid FROM paper_index ORDER BY 1, 2, 3")),
            "mention_keys": list(db.execute("SELECT rowid, key FROM mentions ORDER BY rowid")),
        }
    finally:
        db.close()
    with BuildCache(out / "kg-cache.sqlite") as cache:  # the blobs compress alike; compare what they hold
        tables["mentions"] = sorted(cache.mentions([k for _, k in tables["mention_keys"]]).items())
    return tables


def test_child_rows_are_the_serial_ones(tmp_path: Path) -> None:
    forked = kg.build.job.build(INPUTS, tmp_path / "forked", processes=2)
    serial = kg.build.job.build(INPUTS, tmp_path / "serial")
    assert forked.graph_path.read_bytes() == serial.graph_path.read_bytes()
    rows = _tables(tmp_path / "forked")
    assert rows == _tables(tmp_path / "serial")
    assert rows["papers"] and rows["paper_index"] and rows["mentions"]


def test_a_failing_child_leaves_the_parent_to_store_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half(papers: Any, keys: Any, mentions: Any, send: Any, parent: int) -> None:
        send.send(next(kg.build.cache_rows._batches(papers, keys, mentions)))  # one batch, then it dies
        os._exit(1)

    monkeypatch.setattr(kg.build.cache_rows, "_child", half)
    failed = kg.build.job.build(INPUTS, tmp_path / "failed", processes=2)
    serial = kg.build.job.build(INPUTS, tmp_path / "serial")
    assert failed.graph_path.read_bytes() == serial.graph_path.read_bytes()
    assert _tables(tmp_path / "failed") == _tables(tmp_path / "serial")
