"""A big build writes its explorer in a forked child while it saves the graph: the same bytes."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

import kg.build.job
import kg.explorer.jobs
import kg.graph.build

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="fork-based parallelism is Linux-only"
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@linux_only
def test_explorer_written_by_a_child_is_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("kg.explorer.explorer")
    serial = kg.explorer.jobs.build([FIX / "listing_a.jsonl"], tmp_path / "serial", explorer=True)
    monkeypatch.setattr(kg.build.job, "PARALLEL_EXPLORER_NODES", 0)
    forked = kg.explorer.jobs.build([FIX / "listing_a.jsonl"], tmp_path / "forked", explorer=True)
    assert serial.explorer_path is not None and forked.explorer_path is not None
    assert _sha(serial.explorer_path) == _sha(forked.explorer_path)
    assert _sha(serial.graph_path) == _sha(forked.graph_path)


def test_saved_file_is_graph_to_data_and_its_sha_is_returned(tmp_path: Path) -> None:
    import json

    from kg.graph.build import build_graph
    from kg.graph.io import graph_to_data, save_graph

    from .records import ENTITIES, MENTIONS, PAPERS

    g = build_graph(PAPERS, MENTIONS, entities=ENTITIES)
    sha = save_graph(g, tmp_path / "g.json")
    assert sha == _sha(tmp_path / "g.json")
    assert json.loads((tmp_path / "g.json").read_bytes()) == json.loads(json.dumps(graph_to_data(g)))
