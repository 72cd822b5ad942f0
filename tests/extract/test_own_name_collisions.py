"""Coined names that different papers introduce for different things stay distinct (issue 10, item 1)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import Lexicon, LexiconEntry
from kg.model import Mention, Paper, Source
from kg.resolve.resolver import Keyer, resolve
from tests.extract.cluster_cache import updated_and_fresh

SRC = Source(file="t")
TITLES = {
    "robot": "{n}: Encoding Dexterous Robotic Manipulation Priors Learned From Egocentric Videos",
    "table": "{n}: Multi-Agent Adaptive Planning with Long-Term Memory for Table Reasoning",
    "table2": "{n}: Multi-Agent Adaptive Planning with Long-Term Memory for Table Reasoning (v2)",
}


def intro(pid: str, name: str, title: str, kind: str = "method") -> tuple[Paper, list[Mention]]:
    """A paper whose title introduces ``name`` and whose abstract uses it again."""
    t = TITLES[title].format(n=name)
    s = f"We evaluate {name} on three tasks."
    return Paper(id=pid, title=t, source=SRC), [
        Mention(
            pid, kind, name, "", "introduced", name, 0, len(name), "title", t, 0.9, "pattern", "title.prefix"
        ),
        Mention(
            pid, kind, name, "", "used", name, 12, 12 + len(name), "abstract", s, 0.6, "pattern", "cue.used"
        ),
    ]


def use(pid: str, name: str) -> tuple[Paper, list[Mention]]:
    s = f"We compare with {name}."
    m = Mention(
        pid,
        "method",
        name,
        "",
        "used",
        name,
        16,
        16 + len(name),
        "abstract",
        s,
        0.6,
        "pattern",
        "cue.compared",
    )
    return Paper(id=pid, title="", source=SRC), [m]


def links(docs: list[tuple[Paper, list[Mention]]]) -> dict[str, set[str]]:
    return {p.id: {m.entity_id for m in ms} for p, ms in resolve(docs, lexicon=False).docs}


def test_two_works_that_introduce_one_spelling_are_two_entities_and_a_mere_use_is_refused() -> None:
    got = links(
        [intro("2504.06084", "MAPLE", "robot"), intro("2506.05813", "MAPLE", "table"), use("u1", "MAPLE")]
    )
    assert got == {
        "2504.06084": {"method:maple-2504-06084"},
        "2506.05813": {"method:maple-2506-05813"},
        "u1": set(),  # which MAPLE is unknown: no link
    }


def test_versions_of_one_work_stay_one_entity_and_uses_link_to_it() -> None:
    got = links([intro("p1", "MAPLE", "table"), intro("p2", "MAPLE", "table2"), use("u1", "MAPLE")])
    assert got == {"p1": {"method:maple"}, "p2": {"method:maple"}, "u1": {"method:maple"}}


def test_one_introducer_with_users_is_one_entity_as_before() -> None:
    got = links([intro("p1", "GraphSearch", "robot"), use("u1", "GraphSearch"), use("u2", "GraphSearch")])
    assert set().union(*got.values()) == {"method:graphsearch"}


def test_a_phrase_is_not_a_coined_name() -> None:
    got = links([intro("p1", "Long-Term Memory", "robot"), intro("p2", "Long-Term Memory", "table")])
    assert got == {"p1": {"method:long-term-memory"}, "p2": {"method:long-term-memory"}}


def test_a_well_known_name_many_papers_use_links_its_users_and_the_coiners_keep_their_own() -> None:
    users = [use(f"u{i}", "LVBench") for i in range(4)]
    got = links([intro("p1", "LVBench", "robot"), intro("p2", "LVBench", "table"), *users])
    assert got["p1"] == {"method:lvbench-p1"} and got["p2"] == {"method:lvbench-p2"}
    assert all(got[f"u{i}"] == {"method:lvbench"} for i in range(4))


def test_a_name_used_a_few_times_or_shaped_as_a_word_stays_refused() -> None:
    for name, n_users in (("LVBench", 3), ("SHIELD", 6)):
        users = [use(f"u{i}", name) for i in range(n_users)]
        got = links([intro("p1", name, "robot"), intro("p2", name, "table"), *users])
        assert all(got[f"u{i}"] == set() for i in range(n_users)), name


def test_two_lexicon_names_joined_are_no_well_known_name() -> None:
    lex = Lexicon(
        (LexiconEntry("method:cnn", "method", "CNN"), LexiconEntry("method:lstm", "method", "LSTM"))
    )
    users = [use(f"u{i}", "CNN-LSTM") for i in range(6)]
    docs = [intro("p1", "CNN-LSTM", "robot"), intro("p2", "CNN-LSTM", "table"), *users]
    got = {p.id: {m.entity_id for m in ms} for p, ms in resolve(docs, lexicon=lex).docs}
    assert all(got[f"u{i}"] == set() for i in range(6))


corpus_st = st.lists(
    st.tuples(
        st.sampled_from(["intro", "use"]),
        st.sampled_from(["MAPLE", "SHIELD", "LVBench"]),
        st.sampled_from(sorted(TITLES)),
    ),
    min_size=1,
    max_size=10,
)


def _docs(spec: list[tuple[str, str, str]]) -> list[tuple[Paper, list[Mention]]]:
    return [intro(f"p{i}", n, t) if k == "intro" else use(f"p{i}", n) for i, (k, n, t) in enumerate(spec)]


@settings(max_examples=80, deadline=None)
@given(corpus_st, st.randoms(use_true_random=False))
def test_scoped_own_names_are_order_independent_and_idempotent(
    spec: list[tuple[str, str, str]], rnd: object
) -> None:
    docs = _docs(spec)
    shuffled = [(p, list(ms)) for p, ms in docs]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for _, ms in shuffled:
        rnd.shuffle(ms)  # type: ignore[attr-defined]
    once, other = resolve(docs, lexicon=False), resolve(shuffled, lexicon=False)
    assert once.entities == other.entities
    by_a = {(m.paper_id, m.start, m.field): m for _, ms in once.docs for m in ms}
    assert by_a == {(m.paper_id, m.start, m.field): m for _, ms in other.docs for m in ms}
    twice = resolve(once.docs, lexicon=False)
    assert twice.docs == once.docs and twice.entities == once.entities


@settings(max_examples=80, deadline=None)
@given(corpus_st, corpus_st, st.integers(0, 6))
def test_scoped_own_names_from_a_cache_equal_from_scratch(
    before: list[tuple[str, str, str]], added: list[tuple[str, str, str]], drop: int
) -> None:
    keyer = Keyer(False)
    old = [keyer.key_mentions(ms) for _, ms in _docs(before)]
    new = [keyer.key_mentions(list(ms)) for _, ms in _docs(added)]
    updated, scratch, _, _ = updated_and_fresh(keyer, old, new, drop)
    assert updated == scratch


def test_a_phrase_that_one_paper_introduces_is_never_refused() -> None:
    docs = [
        intro("p1", "Inside-Out", "robot"),
        intro("p2", "Inside-Out", "table"),
        intro("p3", "Inside Out", "table2"),
    ]
    got = links(docs)
    assert got["p1"] != got["p2"]
    assert len(got["p3"]) == 1 and got["p3"] <= {"method:inside-out-p2"}  # with the work its title matches
