"""Entity resolution: normalisation, acronym pairs, fuzzy merges, alias rules, and its properties."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import ConfigError
from kg.extract import extract_papers
from kg.extract.lexicon import load_lexicon
from kg.model import Mention, Paper, Source
from kg.resolve.resolver import (
    AliasRules,
    Keyer,
    load_aliases,
    norm_key,
    parse_aliases,
    resolve,
    similar,
)
from tests.extract.cluster_cache import updated_and_fresh

SRC = Source(file="t")


def mention(
    pid: str, text: str, kind: str = "dataset", rule: str = "cue.evaluate_on", start: int = 0
) -> Mention:
    source = "acronym" if rule.startswith("acronym") else "pattern"
    return Mention(
        pid, kind, text, "", "used", text, start, start + len(text), "abstract", text, 0.6, source, rule
    )


def paper(pid: str) -> Paper:
    return Paper(id=pid, title="", source=SRC)


def ids(res_docs: list[tuple[Paper, list[Mention]]]) -> list[list[str]]:
    return [[m.entity_id for m in ms] for _, ms in res_docs]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ImageNet 1K", "ImageNet-1k"),
        ("the Foo dataset", "Foo"),
        ("Mixture of Experts", "Mixture-of-Experts"),
        ("CNNs", "CNN"),
        ("Wombat Cars", "wombat cars"),
    ],
)
def test_normalisation_folds_variants(a: str, b: str) -> None:
    assert norm_key(a) == norm_key(b)


@pytest.mark.parametrize(("a", "b"), [("GPT-4", "GPT-3"), ("Llama 2", "Llama 3"), ("CIFAR-10", "CIFAR-100")])
def test_different_numbers_never_merge(a: str, b: str) -> None:
    assert similar(a, b) == 0.0
    res = resolve([(paper("p"), [mention("p", a), mention("p", b)])], lexicon=False)
    assert len(res.entities) == 2


def test_variants_become_one_entity_with_sorted_aliases() -> None:
    docs = [
        (paper("p1"), [mention("p1", "Wombat-Cars"), mention("p1", "the Wombat Cars dataset")]),
        (paper("p2"), [mention("p2", "Wombat Cars"), mention("p2", "Wombat Cars")]),
    ]
    res = resolve(docs, lexicon=False)
    assert list(res.entities) == ["dataset:wombat-cars"]
    entity = res.entities["dataset:wombat-cars"]
    assert (entity.name, entity.aliases) == ("Wombat Cars", ("Wombat-Cars", "the Wombat Cars dataset"))
    assert {m.name for _, ms in res.docs for m in ms} == {"Wombat Cars"}


def test_fuzzy_merge_of_near_spellings() -> None:
    texts = ["Wombatscapes Driving", "WombatScape Driving", "Wombatscaped Driving"]
    docs = [(paper("p1"), [mention("p1", t) for t in texts])]
    assert len(resolve(docs, lexicon=False).entities) == 1


def test_acronym_pairs_resolve_only_inside_their_paper() -> None:
    long1 = mention("p1", "Gradient Wobble Splatting", "method", "acronym.long", 0)
    short1 = mention("p1", "GWS", "method", "acronym.short", 27)
    again = mention("p1", "GWS", "method", "propagate", 60)
    elsewhere = mention("p2", "GWS", "method", "shape", 0)
    res = resolve([(paper("p1"), [long1, short1, again]), (paper("p2"), [elsewhere])], lexicon=False)
    assert ids(res.docs) == [
        ["method:gradient-wobble-splatting"] * 3,
        ["method:gws"],
    ]


def test_lexicon_anchor_gives_the_lexicon_id_name_and_type(mini_lexicon: Path) -> None:
    lex = load_lexicon([mini_lexicon])
    res = resolve([(paper("p"), [mention("p", "zorblax corpus", "benchmark")])], lexicon=lex)
    (m,) = res.docs[0][1]
    assert (m.entity_id, m.name, m.type) == ("dataset:zorblax", "Zorblax", "dataset")
    assert "zorblax corpus" in res.entities["dataset:zorblax"].aliases


def test_alias_file_merges_and_splits(fx: Path) -> None:
    rules = load_aliases(fx / "aliases.txt")
    assert rules == AliasRules(merges=(("Blorp Net", "BlorpNetwork"),), splits=(("Glimmer-7", "Glimmer 7"),))
    docs = [
        (
            paper("p"),
            [mention("p", "BlorpNetwork", "method"), mention("p", "Glimmer-7"), mention("p", "Glimmer 7")],
        )
    ]
    merged = resolve(docs, lexicon=False, aliases=rules)
    names = [m.name for m in merged.docs[0][1]]
    assert names[0] == "Blorp Net"
    assert len({m.entity_id for m in merged.docs[0][1][1:]}) == 2
    plain = resolve(docs, lexicon=False)
    assert len({m.entity_id for m in plain.docs[0][1][1:]}) == 1


def test_bad_alias_lines_are_config_errors() -> None:
    with pytest.raises(ConfigError, match=r"x\.txt:2: expected"):
        parse_aliases("A = B\njust a name\n", "x.txt")


NAMES = st.sampled_from(
    [
        "Wombat Cars",
        "wombat-cars",
        "Zeta-9",
        "Zeta 9",
        "ZetaNine",
        "Krill",
        "the Krill dataset",
        "KRILL",
        "Glop",
    ]
)


@st.composite
def corpora(draw: st.DrawFn) -> list[tuple[Paper, list[Mention]]]:
    n = draw(st.integers(1, 5))
    docs = []
    for i in range(n):
        texts = draw(st.lists(NAMES, max_size=5))
        kinds = draw(
            st.lists(
                st.sampled_from(["dataset", "benchmark", "method"]), min_size=len(texts), max_size=len(texts)
            )
        )
        docs.append(
            (
                paper(f"p{i}"),
                [
                    mention(f"p{i}", t, k, start=j * 20)
                    for j, (t, k) in enumerate(zip(texts, kinds, strict=True))
                ],
            )
        )
    return docs


@settings(max_examples=60, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_input_order_does_not_matter(docs: list[tuple[Paper, list[Mention]]], rnd: object) -> None:
    shuffled = [(p, list(ms)) for p, ms in docs]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    for _, ms in shuffled:
        rnd.shuffle(ms)  # type: ignore[attr-defined]
    a, b = resolve(docs), resolve(shuffled)
    assert a.entities == b.entities
    by_mention_a = {(m.paper_id, m.start, m.text): m for _, ms in a.docs for m in ms}
    by_mention_b = {(m.paper_id, m.start, m.text): m for _, ms in b.docs for m in ms}
    assert by_mention_a == by_mention_b


@settings(max_examples=60, deadline=None)
@given(corpora())
def test_resolving_twice_changes_nothing(docs: list[tuple[Paper, list[Mention]]]) -> None:
    once = resolve(docs)
    twice = resolve(once.docs)
    assert twice.docs == once.docs
    assert twice.entities == once.entities


def test_real_extraction_resolves_idempotently(mini_lexicon: Path) -> None:
    papers = [
        Paper(
            id="a",
            title="Krillbench: A Benchmark",
            source=SRC,
            abstract="We evaluate Quuxformer on Krillbench.",
        ),
        Paper(
            id="b", title="", source=SRC, abstract="Results on KrillBench and Zorblax XL (ZXL). ZXL is big."
        ),
    ]
    raw = list(extract_papers(papers, extra_lexicons=(mini_lexicon,)))
    once = resolve(raw)
    assert resolve(once.docs).docs == once.docs


# Re-clustering from a cache (an incremental build) equals clustering from scratch.
POOL = [
    "FooNet", "FooNets", "Foo-Net", "FooNet-2", "FooNet 2", "BarFormer", "Bar-Former", "BarFormers",
    "ImageNet-1k", "ImageNet 1K", "Imagenet1k", "ImageNets", "Llama 2", "LLaMA-2", "Llama 3",
    "QuuxBench", "Quux-Bench", "QuuxBench++", "the QuuxBench dataset", "ResNet-50", "ResNet50",
    "Mixture of Experts", "Mixture-of-Experts", "COCO", "CIFAR-10", "CIFAR10", "GPT-4", "GPT-4o",
    "BarFormr", "BarrFormer", "QuuxBnch", "Imagenett", "ImageNt", "Transformr", "Wikipedias Corpus",
    "SuperGLUBench", "SuperGLUEBench", "CityScape", "Cityscapess",
]  # typos and near-names make fuzzy edges, some to lexicon keys  # fmt: skip
TYPES = ["dataset", "method", "model", "benchmark"]


def _doc(pid: str, picks: list[tuple[int, int]]) -> tuple[Paper, list[Mention]]:
    paper = Paper(id=pid, title="", source=Source(file="x"))
    return paper, [
        Mention(
            pid, TYPES[t], POOL[i], "", "used", POOL[i], 0, len(POOL[i]), "abstract", POOL[i], 0.5, "pattern"
        )
        for i, t in picks
    ]


docs_st = st.lists(
    st.lists(st.tuples(st.integers(0, len(POOL) - 1), st.integers(0, len(TYPES) - 1)), max_size=5),
    min_size=1,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(before=docs_st, added=docs_st, drop=st.integers(0, 7))
def test_clustering_from_a_cache_equals_clustering_from_scratch(
    before: list[list[tuple[int, int]]], added: list[list[tuple[int, int]]], drop: int
) -> None:
    keyer = Keyer(True)
    old = [keyer.key_mentions(_doc(f"p{n}", d)[1]) for n, d in enumerate(before)]
    new = [keyer.key_mentions(_doc(f"q{n}", d)[1]) for n, d in enumerate(added)]
    updated, scratch, cache, fresh = updated_and_fresh(keyer, old, new, drop)
    assert updated == scratch
    assert cache.reasons == fresh.reasons
