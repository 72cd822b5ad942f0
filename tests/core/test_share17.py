"""bench/share_gaps.py: the kinds of papers outside corpus measure (c) (docs/evaluation.md, session 17)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "share_gaps.py"


def _module(name: str = "share_gaps") -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCH.with_name(f"{name}.py"))
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _graph(tmp_path: Path) -> Path:
    papers = [{"id": f"p{i}", "label": "Paper", "title": f"T{i}", "abstract": ""} for i in range(200)]
    ents = [
        {"id": "method:shared", "label": "Method", "type": "method", "name": "Shared"},
        {"id": "method:generic", "label": "Method", "type": "method", "name": "Generic"},
        {"id": "method:own", "label": "Method", "type": "method", "name": "Own"},
        {"id": "dataset:rare", "label": "Dataset", "type": "dataset", "name": "Rare"},
        {"id": "task:t", "label": "Task", "type": "task", "name": "T"},
    ]
    links = [{"source": "p0", "target": "method:shared", "type": "USES"}]
    links += [{"source": "p1", "target": "method:shared", "type": "USES"}]
    # four papers use the generic method: over the cap (1% of 200)
    links += [{"source": f"p{i}", "target": "method:generic", "type": "USES"} for i in range(2, 6)]
    links += [{"source": "p2", "target": "method:own", "type": "INTRODUCES"}]
    links += [{"source": "p3", "target": "dataset:rare", "type": "USES", "text": "Rare"}]
    links += [{"source": "p6", "target": "method:own", "type": "USES"}]  # the own name reused: p2, p6 share
    links += [
        {"source": "p7", "target": "task:t", "type": "USES"},
        {"source": "p8", "target": "task:t", "type": "USES"},
    ]
    links += [{"source": "p0", "target": "a", "type": "WROTE"}]
    out = tmp_path / "build"
    out.mkdir()
    (out / "graph.json").write_text(json.dumps({"nodes": papers + ents, "links": links}), encoding="utf-8")
    return out


def test_each_paper_outside_c_gets_one_kind(tmp_path: Path) -> None:
    mod = _module()
    nodes, links = mod.load(_graph(tmp_path))
    kinds = mod.kinds(nodes, links)
    assert {p for p in ("p0", "p1", "p2", "p6") if p in kinds} == set()  # they share
    assert kinds["p3"] == "used-singleton"
    assert kinds["p4"] == "over" and kinds["p5"] == "over"
    assert kinds["p7"] == "none"  # a task is not counted
    assert len(kinds) == 200 - 4


def test_share_matches_merges_c_and_counts_tasks_on_request(tmp_path: Path) -> None:
    mod = _module()
    nodes, links = mod.load(_graph(tmp_path))
    assert mod.share(nodes, links) == 4 / 200
    assert mod.share(nodes, links, cap=1.0) == 7 / 200  # p3-p5, users of the generic method, join
    assert mod.share(nodes, links, mod.SHARE_TYPES | {"task"}) == 6 / 200
    merges = _module("merges")
    m_nodes, m_links = merges._load(tmp_path / "build")
    assert merges.shared_share(m_nodes, m_links) == (mod.share(nodes, links), 200)
