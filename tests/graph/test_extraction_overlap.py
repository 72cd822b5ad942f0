"""A full build keys mentions and stores papers while its workers extract: the same graph, byte for byte."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

import kg.build.extraction
import kg.build.job
from kg.build.cache import BuildCache
from kg.build.extraction import extract_missing, key_rows
from kg.model import Paper, Source
from kg.resolve.resolver import Keyer

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _papers(cache: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return list(cache.execute("SELECT id, key, data FROM papers ORDER BY id"))


def test_overlapped_full_build_is_the_serial_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = [FIX / "listing_a.jsonl", FIX / "listing_b.jsonl"]
    forked = kg.build.job.build(inputs, tmp_path / "forked", processes=2)
    one = kg.build.job.build(inputs, tmp_path / "one")
    real = kg.build.job.extract_missing

    def unkeyed(*args: object, **kwargs: object) -> kg.build.extraction.Extracted:
        kwargs.update(keyer=None, meanwhile=None)  # keys made in the update, papers stored after it
        got = real(*args, **kwargs)  # type: ignore[arg-type]
        kg.build.job._store_papers(args[0], plan_of[0])  # type: ignore[arg-type]
        return got

    plan_of: list[object] = []
    real_plan = kg.build.job._plan
    monkeypatch.setattr(kg.build.job, "_plan", lambda *a: plan_of.append(real_plan(*a)) or plan_of[-1])
    monkeypatch.setattr(kg.build.job, "extract_missing", unkeyed)
    serial = kg.build.job.build(inputs, tmp_path / "serial")
    assert _sha(forked.graph_path) == _sha(one.graph_path) == _sha(serial.graph_path)
    dbs = [sqlite3.connect(d / "kg-cache.sqlite") for d in (tmp_path / "forked", tmp_path / "serial")]
    assert _papers(dbs[0]) == _papers(dbs[1])


def test_every_paper_sharing_a_text_is_keyed_and_meanwhile_runs_once(tmp_path: Path) -> None:
    text = "We evaluate FooNet on CIFAR-10 and ImageNet."
    ps = {pid: Paper(id=pid, title="", source=Source("f"), abstract=text) for pid in ("a", "b")}
    calls: list[int] = []
    with BuildCache(tmp_path / "c.sqlite") as cache:
        keyer = Keyer(False)
        got = extract_missing(
            cache, ps, {"a": "k", "b": "k"}, ["a", "b"], 2, keyer=keyer, meanwhile=lambda: calls.append(1)
        )
        assert got.extracted == 1 and calls == [1]
        assert {pid: [(m.paper_id, k) for m, k, _ in row] for pid, row in got.keyed.items()} == {
            pid: [(m.paper_id, k) for m, k, _ in key_rows(keyer, pid, got.rows["k"])] for pid in ("a", "b")
        }
        assert got.keyed["a"][0][0].paper_id == "a" and got.keyed["b"][0][0].paper_id == "b"


def test_nothing_to_extract_starts_no_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.extract.extractor

    p = Paper(id="a", title="", source=Source("f"), abstract="We use CIFAR-10.")
    calls: list[int] = []
    with BuildCache(tmp_path / "c.sqlite") as cache:
        cache.put_mentions({"k": []})

        def boom(*_: object, **__: object) -> None:
            raise AssertionError("the pipeline was loaded for nothing")

        monkeypatch.setattr(kg.extract.extractor, "extract_paper_rows", boom)
        got = extract_missing(cache, {"a": p}, {"a": "k"}, ["a"], 2, meanwhile=lambda: calls.append(1))
        assert (got.extracted, got.rows, calls) == (0, {}, [1])
