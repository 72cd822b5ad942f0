"""The incremental build (kg.build.store + kg.build.update) against the in-memory builder.

Three equalities, each byte for byte:
- the store's graph file equals ``save_graph(build_graph(...))`` over the same papers and mentions;
- listings added one by one, in any order and split any way, equal one build of all of them
  (graph file and explorer page);
- the explorer page made from the store equals ``kg explore`` on the loaded graph.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build.job import CACHE_FILE
from kg.build.store import GraphStore
from kg.explorer.explorer import explore
from kg.explorer.jobs import build
from kg.explorer.store import store_explorer
from kg.extract import extract_papers
from kg.graph.build import build_graph
from kg.graph.io import load_graph, save_graph
from kg.readers import read_files
from kg.resolve.resolver import resolve

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
A, B, PAGE = FIX / "listing_a.jsonl", FIX / "listing_b.jsonl", FIX / "page.txt"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_file_equals_the_in_memory_builder(tmp_path: Path) -> None:
    result = build([PAGE, A, B], tmp_path / "out", explorer=False)
    papers = read_files([str(PAGE), str(A), str(B)]).papers
    resolution = resolve(list(extract_papers(papers)))
    g = build_graph(papers, [m for _, ms in resolution.docs for m in ms], entities=resolution.entities)
    assert save_graph(g, tmp_path / "memory.json") == _sha(result.graph_path)


def test_store_explorer_equals_explore_on_the_loaded_graph(tmp_path: Path) -> None:
    result = build([PAGE, A, B], tmp_path / "out", explorer=False)
    g = load_graph(result.graph_path)
    with sqlite3.connect(tmp_path / "out" / CACHE_FILE) as db:
        store = GraphStore(db)
        for max_nodes in (3, 8, 10_000):  # capped (entities, then papers), and everything
            assert store_explorer(store, max_nodes=max_nodes).html == explore(g, max_nodes=max_nodes).html


def test_store_explorer_draws_the_same_communities(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the cluster threshold (lowered here to fit the fixture) both draw communities."""
    monkeypatch.setattr("kg.explorer.explorer.CLUSTER_AT", 5)
    monkeypatch.setattr("kg.explorer.store.CLUSTER_AT", 5)
    result = build([PAGE, A, B], tmp_path / "out", explorer=False)
    g = load_graph(result.graph_path)
    with sqlite3.connect(tmp_path / "out" / CACHE_FILE) as db:
        ex = store_explorer(GraphStore(db), max_nodes=8)
        assert ex.kind == "communities"
        assert ex.html == explore(g, max_nodes=8).html


# Synthetic listings: papers drawn from a small pool, so that listings overlap (the same paper
# read twice, once with a longer abstract), share entities, authors (two spellings, one id),
# organisations and citations, and one paper is known by its title first and its arXiv id later.
SENTENCES = [
    "We evaluate on ImageNet-1k and COCO with a ResNet-50 backbone.",
    "Our method beats BERT on GLUE and SQuAD.",
    "We fine-tune Llama 2 with LoRA on GSM8K and report accuracy.",
    "Mixture of Experts (MoE) layers scale the Transformer cheaply.",
    "We introduce FooBench, a benchmark for table reasoning, and evaluate GPT-4 on it.",
    "Experiments on CIFAR-10 use Adam and report top-1 accuracy.",
]
AUTHORS = ["Ada Lovelace", "Ada  Lovelace", "Alan Turing", "Grace Hopper", "Mei Lin"]


def _record(i: int, variant: int) -> dict[str, object]:
    text = " ".join(SENTENCES[(i + k) % len(SENTENCES)] for k in range(1 + variant))
    rec: dict[str, object] = {
        "id": f"2503.{i:05d}",
        "title": f"Paper {i}: {SENTENCES[i % len(SENTENCES)].split(' on ')[0]}",
        "authors": [AUTHORS[i % len(AUTHORS)], AUTHORS[(i + 1) % len(AUTHORS)]],
        "summary": text,
        "categories": ["cs.LG"],
    }
    if i % 3 == 0:
        rec["references"] = [f"2503.{(i + 1) % 8:05d}", "10.9999/elsewhere"]
    return rec


records = st.lists(st.tuples(st.integers(0, 7), st.integers(0, 1)), min_size=1, max_size=10)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(records, min_size=2, max_size=3))
def test_listings_added_one_by_one_equal_one_build(tmp_path_factory, parts) -> None:  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("incr")
    files = []
    for n, part in enumerate(parts):
        path = tmp / f"part{n}.jsonl"
        path.write_text("".join(json.dumps(_record(i, v)) + "\n" for i, v in part), "utf-8")
        files.append(path)
    full = build(files, tmp / "full")
    for path in files:
        step = build([path], tmp / "incr")
    assert _sha(step.graph_path) == _sha(full.graph_path)
    assert step.explorer_path is not None and full.explorer_path is not None
    assert _sha(step.explorer_path) == _sha(full.explorer_path)
    assert step.summary == full.summary


def test_a_publisher_moves_when_a_later_paper_names_its_organisation(tmp_path: Path) -> None:
    # The page says "Facebook AI Research"; no paper mentions it, so it is an organisation of its
    # own. A later listing mentions Meta AI, whose lexicon entry has "Facebook AI Research" as a
    # form: the page paper's publisher becomes Meta AI, in the incremental build as in a full one.
    page = tmp_path / "page.txt"
    page.write_text(
        PAGE.read_text("utf-8").replace("google-deepmind Google DeepMind", "fair Facebook AI Research")
    )
    later = tmp_path / "later.jsonl"
    summary = "We thank Meta AI for compute. We evaluate on ImageNet-1k."
    later.write_text(json.dumps({"id": "2503.09999", "title": "Scaling study", "summary": summary}) + "\n")
    build([page], tmp_path / "incr", explorer=False)
    before = load_graph(tmp_path / "incr" / "graph.json")
    assert any(
        k == "PUBLISHED_BY" and v == "organization:facebook-ai-research"
        for _, v, k in before.edges(keys=True)
    )
    step = build([later], tmp_path / "incr", explorer=False)
    full = build([page, later], tmp_path / "full", explorer=False)
    assert _sha(step.graph_path) == _sha(full.graph_path)
    after = load_graph(step.graph_path)
    assert any(k == "PUBLISHED_BY" and v == "organization:meta-ai" for _, v, k in after.edges(keys=True))
    assert "organization:facebook-ai-research" not in after


def test_a_missing_graph_file_is_written_again_from_the_store(tmp_path: Path) -> None:
    first = build([A], tmp_path / "out")
    sha = _sha(first.graph_path)
    first.graph_path.unlink()
    with sqlite3.connect(tmp_path / "out" / CACHE_FILE) as db:  # as if the last run died mid-way
        db.execute("DELETE FROM meta WHERE key IN ('graph_sha', 'graph_stat')")
    again = build([A], tmp_path / "out")
    assert again.papers_extracted == 0 and _sha(again.graph_path) == sha


def test_a_build_that_dies_half_way_leaves_a_state_the_next_build_completes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = build([A, B], tmp_path / "full")
    first = build([A], tmp_path / "incr")
    sha_a = _sha(first.graph_path)

    def die(*_: object) -> None:
        raise KeyboardInterrupt

    # 1. dies while updating the store: nothing of the update is kept, the files are A's
    monkeypatch.setattr("kg.build.update.author_nodes", die)
    with pytest.raises(KeyboardInterrupt):
        build([B], tmp_path / "incr")
    monkeypatch.undo()
    assert _sha(first.graph_path) == sha_a
    # 2. dies after the store is updated, while writing (or splicing) the graph file: the next run
    # writes it whole
    monkeypatch.setattr(GraphStore, "write_file", die)
    monkeypatch.setattr("kg.build.splice.splice_graph_file", die)
    with pytest.raises(KeyboardInterrupt):
        build([B], tmp_path / "incr")
    monkeypatch.undo()
    again = build([B], tmp_path / "incr")
    assert _sha(again.graph_path) == _sha(full.graph_path)
    assert again.explorer_path is not None and full.explorer_path is not None
    assert _sha(again.explorer_path) == _sha(full.explorer_path)


def test_extractions_no_paper_uses_any_more_are_pruned(tmp_path: Path) -> None:
    build([A], tmp_path / "out")
    build([B], tmp_path / "out")  # B changes the abstract of one of A's papers
    with sqlite3.connect(tmp_path / "out" / CACHE_FILE) as db:
        used = {k for (k,) in db.execute("SELECT key FROM papers")}
        cached = {k for (k,) in db.execute("SELECT key FROM mentions")}
    assert cached == used and len(used) == 7


def test_a_work_node_no_paper_cites_any_more_is_deleted() -> None:
    from kg.build.update import update_graph
    from kg.model import Paper, Source
    from kg.resolve.resolver import Keyer

    store = GraphStore(sqlite3.connect(":memory:"))
    store.put_nodes((w, "Work", {"label": "Work", "title": w}) for w in ("w1", "w2"))
    a = Paper(id="a", title="A", source=Source("f"), references=("w1", "w2"))
    b = Paper(id="b", title="B", source=Source("f"), references=("w1",))

    def rows(pids, old):  # type: ignore[no-untyped-def]
        return {pid: [] for pid in pids}

    update_graph(store, Keyer(False), {"a": a, "b": b}, {}, ["a", "b"], [], rows)
    assert store.summary().to_dict()["nodes"] == {"Paper": 2, "Work": 2}
    a2 = Paper(id="a", title="A", source=Source("f"), references=("w1",))  # a no longer cites w2
    update_graph(store, Keyer(False), {"a": a2, "b": b}, {"a": a, "b": b}, ["a"], [], rows)
    assert store.with_label(["w1", "w2"], "Work") == {"w1"}
    update_graph(store, Keyer(False), {"a": a2}, {"a": a2, "b": b}, [], ["b"], rows)  # b is gone
    assert store.with_label(["w1"], "Work") == {"w1"}  # a still cites it
    update_graph(store, Keyer(False), {}, {"a": a2}, [], ["a"], rows)
    assert store.summary().to_dict() == {"nodes": {}, "edges": {}}


def _indexes(db: sqlite3.Connection) -> set[str]:
    query = "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'g_%'"
    return {n for (n,) in db.execute(query)}


def test_a_full_build_indexes_the_store_after_writing_it(tmp_path: Path) -> None:
    """A full build drops the store's secondary indexes while it writes every record and builds
    them after: the store ends with all of them, whether the store was new or cleared."""
    out = tmp_path / "out"
    build([PAGE, A], out, explorer=False)
    build([PAGE, A], out, explorer=False, rebuild=True)
    with sqlite3.connect(out / CACHE_FILE) as db:
        assert _indexes(db) == {"g_edges_owner", "g_edges_links", "g_nodes_label", "g_edges_cites"}


def test_deferring_indexes_keeps_them_when_the_store_has_records_or_rolls_back(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / "s.sqlite")
    store = GraphStore(db)
    everything = _indexes(db)
    assert store.defer_indexes() and _indexes(db) == set()
    db.rollback()  # DDL is transactional: a failed build leaves its store indexed
    assert _indexes(db) == everything
    store.put_nodes([("p1", "Paper", {"label": "Paper"})])
    assert not store.defer_indexes() and _indexes(db) == everything  # not empty: nothing dropped
    db.close()
    db = sqlite3.connect(tmp_path / "s.sqlite")
    db.execute("DROP INDEX g_edges_owner")
    db.commit()
    GraphStore(db)  # opening a store builds what is missing
    assert _indexes(db) == everything


def _tables(db: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    tables = ("g_nodes", "g_edges", "g_meta", "r_entity", "x_keys", "x_refs", "x_orgs")
    return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall()) for t in tables}


def test_a_full_build_sums_the_links_it_writes_as_the_store_reads_them_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full build (an empty store) makes its entity and author nodes from the links it summed while
    writing them; a store that says it is not empty reads every link back instead: the same records."""
    summed = build([PAGE, A, B], tmp_path / "summed", explorer=False)
    monkeypatch.setattr(GraphStore, "defer_indexes", lambda self: False)  # as if the store held records
    read_back = build([PAGE, A, B], tmp_path / "read", explorer=False)
    assert _sha(summed.graph_path) == _sha(read_back.graph_path)
    with (
        sqlite3.connect(tmp_path / "summed" / CACHE_FILE) as one,
        sqlite3.connect(tmp_path / "read" / CACHE_FILE) as two,
    ):
        assert _tables(one) == _tables(two)


def test_link_sums_batch_by_batch_equal_one_sum_and_ignore_repeats() -> None:
    from kg.graph.records import LinkSums, sum_links

    edges = [
        ("p2", "USES", "method:x", "p2", {}, ["X"], "2025-03-01"),
        ("p1", "INTRODUCES", "method:x", "p1", {}, ["X-1"], None),
        ("p3", "PUBLISHED_BY", "organization:o", "p3", {}, ["O Lab"], "2025-01"),
        ("p1", "PUBLISHED_BY", "organization:o", "p1", {}, ["O lab"], None),
        ("author:a", "WROTE", "p1", "p1", {}, ["A"], None),
        ("p1", "USES", "organization:o", "p1", {}, ["O"], "2024-12-31"),
    ]
    sums = LinkSums()
    for edge in [*edges, *edges[:3]]:
        sums.add([edge])
    assert sums.result() == sum_links(edges)
    links, publishers = sums.result()
    assert (links["method:x"].n_papers, links["method:x"].first_seen) == (2, "2025-03-01")
    assert links["organization:o"].first_seen == "2024-12-31" and links["organization:o"].mentioned
    assert publishers == {"organization:o": "O lab"} and "author:a" not in links
