"""merge_into (reads only the stored papers a listing reaches) equals merging everything again."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.build.job import merge_stored
from kg.ids import paper_id
from kg.model import Paper, Source
from kg.readers import merge_papers
from kg.readers.merge_incremental import MemoryIndex, merge_into

ARXIV = ["2501.00001", "2501.00002", "2501.00003", "2501.00004"]
DOIS = ["10.1/a", "10.1/b", "10.1/c"]
TITLES = ["Deep nets", "deep nets!", "Graph models", "Sparse attention", "A survey"]
OTHER = ["openalex:W1", "openalex:W2", "s2:x", "s2:y"]
IDS = ARXIV + DOIS + OTHER


@st.composite
def papers(draw: st.DrawFn, file: str) -> Paper:
    arxiv = draw(st.one_of(st.none(), st.sampled_from(ARXIV)))
    doi = draw(st.one_of(st.none(), st.sampled_from(DOIS)))
    title = draw(st.sampled_from(TITLES))
    return Paper(
        id=paper_id(arxiv_id=arxiv, doi=doi, title=title),
        title=title,
        source=Source(file, draw(st.integers(1, 9))),
        abstract=draw(st.sampled_from(["", "short", "a longer abstract"])),
        arxiv_id=arxiv,
        doi=doi,
        upvotes=draw(st.one_of(st.none(), st.integers(0, 9))),
        references=tuple(draw(st.lists(st.sampled_from(IDS), max_size=3))),
        alt_ids=tuple(draw(st.lists(st.sampled_from(OTHER), max_size=2))),
        cited_by=tuple(draw(st.lists(st.sampled_from(IDS), max_size=2))),
    )


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old=st.lists(papers("old"), max_size=8), new=st.lists(papers("new"), min_size=1, max_size=4))
def test_merge_into_equals_merging_everything(old: list[Paper], new: list[Paper]) -> None:
    stored = {p.id: p for p in merge_papers(old)}
    # merge_into relies on the stored set being merged already (merging it again changes nothing).
    # Records whose keys conflict (one title, two DOIs) can break that: merging is then
    # order-dependent, and re-merging everything (merge_stored) may regroup stored papers.
    assume(merge_stored(stored, [])[1:] == (set(), set()))
    merged, changed, removed = merge_stored(stored, new)
    got, gone = merge_into(MemoryIndex(stored), new)
    assert gone == removed
    assert set(got) == changed
    assert all(got[pid] == merged[pid] for pid in got)


def test_a_paper_read_again_changes_nothing() -> None:
    url = "https://arxiv.org/abs/2501.00001"
    p = Paper(id="2501.00001", title="Deep nets", source=Source("a"), arxiv_id="2501.00001", url=url)
    stored = {p.id: p for p in merge_papers([p])}
    assert merge_into(MemoryIndex(stored), [p]) == ({}, set())
    assert merge_stored(stored, [p])[1:] == (set(), set())


def test_a_new_paper_resolves_an_older_papers_reference() -> None:
    citing = Paper(
        id="2501.00002", title="B", source=Source("a"), arxiv_id="2501.00002", references=("10.1/a",)
    )
    stored = {p.id: p for p in merge_papers([citing])}
    cited = Paper(id="2501.00001", title="A", source=Source("b"), arxiv_id="2501.00001", doi="10.1/a")
    got, gone = merge_into(MemoryIndex(stored), [cited])
    assert got["2501.00002"].references == ("2501.00001",)
    assert set(got) == {"2501.00001", "2501.00002"} and not gone
