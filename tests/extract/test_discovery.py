"""Discovery of names the lexicon lacks: one test per rule, roles, generic phrases, acronym pairs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Mention

Extract = Callable[..., list[Mention]]


def found(ms: list[Mention]) -> list[tuple[str, str, str, str]]:
    return [(m.text, m.type, m.role, m.rule) for m in ms]


def test_cue_introduce_with_appositive_type(extract: Extract) -> None:
    ms = extract("We introduce GlorpBench, a benchmark for evaluating agents.")
    assert found(ms) == [("GlorpBench", "benchmark", "introduced", "cue.introduce")]


def test_cue_introduce_called(extract: Extract) -> None:
    ms = extract("This paper presents a new dataset called Snarfle-9K for parsing.")
    assert found(ms)[0] == ("Snarfle-9K", "dataset", "introduced", "cue.introduce")


def test_cue_introduce_defaults_to_method(extract: Extract) -> None:
    ms = extract("We propose BlimpNet to align the two streams.")
    assert found(ms) == [("BlimpNet", "method", "introduced", "cue.introduce")]


def test_evaluate_on_lists(extract: Extract) -> None:
    ms = extract("Experiments on Grommet-5, FizzData and Wombat Cars show gains.")
    assert [(m.text, m.type, m.rule) for m in ms] == [
        ("Grommet-5", "dataset", "cue.evaluate_on"),
        ("FizzData", "dataset", "cue.evaluate_on"),
        ("Wombat Cars", "dataset", "cue.evaluate_on"),
    ]
    assert {m.role for m in ms} == {"used"}


def test_the_x_dataset(extract: Extract) -> None:
    ms = extract("Results improve on the Hobnob Treebank dataset and the Krill benchmark.")
    assert [(m.text, m.type, m.rule) for m in ms] == [
        ("Hobnob Treebank", "dataset", "cue.the_x_head"),
        ("Krill", "benchmark", "cue.the_x_head"),
    ]


def test_title_prefix_introduces(extract: Extract) -> None:
    ms = extract("We study things.", title="Zapdos-VL: A Multimodal Model for Charts")
    assert found(ms) == [("Zapdos-VL", "model", "introduced", "title.prefix")]
    assert ms[0].field == "title"


@pytest.mark.parametrize(
    "title", ["Towards Better Charts: A Study", "How Models Fail: An Analysis", "A Survey: Everything"]
)
def test_title_prefix_skips_non_names(extract: Extract, title: str) -> None:
    assert [m for m in extract("", title=title) if m.rule == "title.prefix"] == []


def test_acronym_definition_pairs_both_forms(extract: Extract) -> None:
    ms = extract("We build on Gradient Wobble Splatting (GWS). GWS is fast.")
    assert [(m.text, m.type, m.source, m.rule) for m in ms] == [
        ("Gradient Wobble Splatting", "method", "acronym", "acronym.long"),
        ("GWS", "method", "acronym", "acronym.short"),
        ("GWS", "method", "acronym", "propagate"),
    ]
    assert len({m.name for m in ms[:2]}) == 1 or ms[1].name == "GWS"


def test_acronym_of_a_lexicon_entity_takes_its_id(extract: Extract) -> None:
    ms = extract("We compare with Quux Former (QF) baselines.")
    assert [(m.text, m.entity_id) for m in ms] == [
        ("Quux Former", "method:quuxformer"),
        ("QF", "method:quuxformer"),
    ]


def test_name_shapes(extract: Extract) -> None:
    ms = extract("Compared with Blarg-72B and Flurp-Instruct on TrivvyQA and NimbleBench, Snoot++ wins.")
    assert [(m.text, m.type, m.rule) for m in ms] == [
        ("Blarg-72B", "model", "shape"),
        ("Flurp-Instruct", "model", "shape"),
        ("TrivvyQA", "dataset", "shape"),
        ("NimbleBench", "benchmark", "shape"),
        ("Snoot++", "method", "shape"),
    ]


def test_discovered_names_propagate_within_the_paper(extract: Extract) -> None:
    ms = extract("Agents fail on it. We evaluate on Zonkers.", title="Zonkers: A Benchmark for Agents")
    assert [(m.field, m.text, m.type, m.rule) for m in ms] == [
        ("title", "Zonkers", "benchmark", "title.prefix"),
        ("abstract", "Zonkers", "benchmark", "cue.evaluate_on"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We propose a new dataset for machine learning.",
        "Large language models (LLMs) and deep neural networks are popular.",
        "We present a novel approach using deep learning.",
        "Our 3D model is trained on 5k images with a Transformer-based encoder.",
    ],
)
def test_generic_phrases_are_not_entities(extract: Extract, text: str) -> None:
    assert [m.text for m in extract(text) if m.source != "lexicon"] == []


def test_roles_lexicon_entities_are_used_unless_presented(extract: Extract) -> None:
    ms = extract(
        "We propose FlibNet, trained on Zorblax with a Quuxformer encoder. Our Quuxformer Large is new."
    )
    roles = {(m.text, m.role) for m in ms}
    assert ("FlibNet", "introduced") in roles
    assert ("Zorblax", "used") in roles
    assert ("Quuxformer", "used") in roles
    assert ("Quuxformer Large", "introduced") in roles


def test_roles_new_names_after_using_are_used(extract: Extract) -> None:
    ms = extract("We propose a method using SnorkBench prompts.")
    assert [(m.text, m.role) for m in ms] == [("SnorkBench", "used")]


def test_confidence_and_rule_on_every_mention(extract: Extract) -> None:
    text = "We introduce GlorpBench, evaluate Quuxformer on Zorblax, and define Frob Wiggle Loss (FWL)."
    for m in extract(text):
        assert 0.0 < m.confidence <= 1.0
        assert m.rule
        assert m.source in {"lexicon", "pattern", "acronym"}


def test_named_variant_of_a_lexicon_entity(extract: Extract) -> None:
    ms = extract("We distil Quuxformer-9 into Quuxformer-Tiny, unlike Quuxformer-based baselines.")
    assert [(m.text, m.type, m.rule, m.entity_id) for m in ms] == [
        ("Quuxformer-9", "method", "lexicon.variant", "method:quuxformer-9"),
        ("Quuxformer-Tiny", "method", "lexicon.variant", "method:quuxformer-tiny"),
        ("Quuxformer", "method", "lexicon.cased", "method:quuxformer"),
    ]


def test_acronym_halves_share_the_introduced_role(extract: Extract) -> None:
    ms = extract("It has an encoder called the Wibble Thinking Mapper (WTM).")
    assert [(m.text, m.role) for m in ms] == [("Wibble Thinking Mapper", "introduced"), ("WTM", "introduced")]


def test_our_before_a_lower_case_concept_is_not_a_contribution(extract: Extract) -> None:
    ms = extract("We show that our active learning loop helps.")
    assert [(m.text, m.role) for m in ms if m.text == "active learning"] == [("active learning", "used")]
