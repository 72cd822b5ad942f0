"""kg.build.job.build: the main job end to end on small fixture listings (real readers and extractor)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.explorer.jobs import build
from kg.graph.io import load_graph
from kg.query.similarity import DEFAULT_VIA

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
A, B, PAGE = FIX / "listing_a.jsonl", FIX / "listing_b.jsonl", FIX / "page.txt"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_writes_graph_and_explorer(tmp_path: Path) -> None:
    r = build([A], tmp_path / "out", explorer=True)
    assert r.graph_path == tmp_path / "out" / "graph.json" and r.graph_path.exists()
    assert r.papers_read == 5 and r.papers_extracted == 5 and r.summary.n_papers == 5
    g = load_graph(r.graph_path)
    edges = dict(r.summary.edges)
    assert edges["WROTE"] == 8 and edges["USES"] + edges.get("INTRODUCES", 0) > 5
    # the vision papers share ImageNet-1k and COCO through their abstracts
    shared = set(g.succ["2503.00103"]) & set(g.succ["2503.00104"])
    assert any(e.startswith("dataset:") for e in shared), shared
    if r.explorer_path is not None:  # kg.explorer.explorer present
        assert r.explorer_path.read_text("utf-8").lstrip().lower().startswith("<!doctype html")


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    one = build([A, B], tmp_path / "one", explorer=False)
    two = build([A, B], tmp_path / "two", explorer=False)
    assert _sha(one.graph_path) == _sha(two.graph_path)


def test_incremental_equals_full_rebuild(tmp_path: Path) -> None:
    full = build([A, B], tmp_path / "full", explorer=False)
    build([A], tmp_path / "incr", explorer=False)
    step = build([B], tmp_path / "incr", explorer=False)
    # B has two new papers and one changed one (a longer abstract): only those are extracted
    assert step.papers_new == 3 and step.papers_extracted == 3 and step.papers_total == 7
    assert _sha(step.graph_path) == _sha(full.graph_path)


def test_merged_ids_are_replaced_incrementally(tmp_path: Path) -> None:
    # the page has a paper that listing A carries under its arXiv id: reading both merges them
    full = build([PAGE, A], tmp_path / "full", explorer=False)
    build([PAGE], tmp_path / "incr", explorer=False)
    step = build([A], tmp_path / "incr", explorer=False)
    assert step.summary.n_papers == full.summary.n_papers == 6
    assert _sha(step.graph_path) == _sha(full.graph_path)
    g = load_graph(step.graph_path)
    assert not any(n.startswith("h:") and "Vision Transformers" in g.nodes[n].get("title", "") for n in g)


def test_unchanged_rerun_changes_nothing(tmp_path: Path) -> None:
    first = build([A], tmp_path / "out", explorer=False)
    before = _sha(first.graph_path)
    again = build([A], tmp_path / "out", explorer=False)
    assert not again.changed and again.papers_extracted == 0 and again.papers_new == 0
    assert _sha(again.graph_path) == before
    assert again.summary == first.summary


def test_rebuild_starts_fresh(tmp_path: Path) -> None:
    build([A, B], tmp_path / "out", explorer=False)
    r = build([B], tmp_path / "out", rebuild=True, explorer=False)
    assert r.summary.n_papers == 3
    fresh = build([B], tmp_path / "fresh", explorer=False)
    assert _sha(r.graph_path) == _sha(fresh.graph_path)


def test_organisation_line_gives_published_by(tmp_path: Path) -> None:
    r = build([PAGE], tmp_path / "out", explorer=False)
    g = load_graph(r.graph_path)
    orgs = [(u, v) for u, v, k in g.edges(keys=True) if k == "PUBLISHED_BY"]
    assert len(orgs) == 1 and g.nodes[orgs[0][1]]["label"] == "Organization"


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text('{"nothing": 1}\n', "utf-8")
    with pytest.raises(InputError):
        build([empty], tmp_path / "out", explorer=False)


@pytest.mark.shared
def test_real_listing_builds_and_has_neighbours(shared_data: Path, tmp_path: Path) -> None:
    from kg.api import open_graph

    r = build([shared_data / "hf_papers_page.txt"], tmp_path / "out", explorer=False)
    assert r.papers_read == 49 and r.summary.n_papers == 49 and not r.failures
    kg = open_graph(r.graph_path)
    with_neighbours = [
        p for p, label in kg.nx.nodes(data="label") if label == "Paper" and kg.similar_papers(p, k=3)
    ]
    assert len(with_neighbours) >= 10
    for p in with_neighbours:
        for n in kg.similar_papers(p, k=3):
            assert n.shared and all(e.type in DEFAULT_VIA for e in n.shared)
            assert {e.id for e in n.shared} <= set(kg.nx.succ[p]) & set(kg.nx.succ[n.paper_id])


def test_the_build_writes_the_page_it_is_handed(tmp_path: Path) -> None:
    """kg.build.job.build imports nothing of the explorer: it writes the page it is handed, or none."""
    from kg.build.job import build as build_graph_only
    from kg.build.store import GraphStore

    bare = build_graph_only([A], tmp_path / "bare")
    assert bare.explorer_path is None and not (tmp_path / "bare" / "explorer.html").exists()
    seen: list[int] = []

    def page(store: GraphStore, path: Path) -> None:
        seen.append(store.summary().n_papers)
        path.write_text("page", encoding="utf-8")

    r = build_graph_only([A], tmp_path / "out", explorer=page)
    assert seen == [5] and r.explorer_path is not None and r.explorer_path.read_text() == "page"
    again = build_graph_only([A], tmp_path / "out", explorer=page)  # unchanged: the page is not redone
    assert seen == [5] and again.notes == ("nothing changed: the graph was not rebuilt",)
    (tmp_path / "out" / "explorer.html").unlink()  # a missing page is written again
    build_graph_only([A], tmp_path / "out", explorer=page)
    assert seen == [5, 5] and (tmp_path / "out" / "explorer.html").read_text() == "page"


def test_other_resolution_code_rebuilds_the_stored_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored graph depends on the resolution and graph code as on the extractor: a store made by
    other ``kg/resolve`` or ``kg/graph`` code (same kg version) is rebuilt in full, not updated."""
    from kg.build import state
    from kg.build.cache import extractor_fingerprint, graph_code_fingerprint

    before = state.state_key(None)
    assert graph_code_fingerprint() == graph_code_fingerprint() != extractor_fingerprint()
    monkeypatch.setattr(state, "graph_code_fingerprint", lambda: "other resolver")
    assert state.state_key(None) != before
