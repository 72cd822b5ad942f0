"""Roles and types read off real abstracts (bench/review_sample.py): one test per rule, invented names."""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Mention

Extract = Callable[..., list[Mention]]


def roles(ms: list[Mention]) -> dict[str, str]:
    return {m.text: m.role for m in ms}


def types(ms: list[Mention]) -> dict[str, str]:
    return {m.text: m.type for m in ms}


def test_known_name_modifying_a_noun_is_used(extract: Extract) -> None:
    ms = extract("This paper presents our Quuxformer-based approach, and our Quuxformer encoder.")
    assert {m.role for m in ms if m.text == "Quuxformer"} == {"used"}


def test_known_name_brought_into_the_work_is_used(extract: Extract) -> None:
    ms = extract("We introduce Quuxformer into video diffusion models.")
    assert roles(ms)["Quuxformer"] == "used"
    ms = extract("We introduce Quuxformer, a new architecture for parsing.")
    assert roles(ms)["Quuxformer"] == "introduced"


def test_acronym_of_known_name_follows_known_name_rules(extract: Extract) -> None:
    # "SDR" pairs with a lexicon entity: it is known, so "we develop a … (SDR) framework" uses it
    ms = extract("We develop a semidefinite relaxation (SDR) framework that bounds the region.")
    assert "introduced" not in {m.role for m in ms if m.text in ("SDR", "semidefinite relaxation")}


def test_new_task_is_introduced_only_right_after_the_cue(extract: Extract) -> None:
    text = (
        "This report presents our solution for the Snorp Challenge, addressing both "
        "Looking At Blorp (LAB) and Talking To Blorp (TTB) tasks."
    )
    ms = extract(text)
    assert types(ms)["Looking At Blorp"] == types(ms)["TTB"] == "task"
    assert roles(ms)["Looking At Blorp"] == roles(ms)["TTB"] == "used"


def test_defined_part_of_the_contribution_is_introduced(extract: Extract) -> None:
    text = (
        "We propose the Glorp framework. Afterward, a Fine-Grained Snarf Alignment (FGSA) module is "
        "carried out to explore part-level patterns."
    )
    ms = extract(text)
    assert roles(ms)["Fine-Grained Snarf Alignment"] == roles(ms)["FGSA"] == "introduced"
    # without any introduction cue in the paper, the same sentence names nothing of its own
    ms = extract("Afterward, a Fine-Grained Snarf Alignment (FGSA) module is carried out.")
    assert roles(ms).get("FGSA", "used") == "used"


def test_we_call_names_the_contribution(extract: Extract) -> None:
    ms = extract("In this work, we introduce a framework we call Snarfed Blorp Place Recognition (SBPR).")
    assert roles(ms)["SBPR"] == "introduced"


def test_the_paper_introduces_and_emphasis(extract: Extract) -> None:
    ms = extract("To address this, the paper introduces GlorpNet, a training-free framework.")
    assert roles(ms)["GlorpNet"] == "introduced"
    ms = extract("To address these issues, we introduce **GlorpE**, a training-free framework.")
    assert ("GlorpE", "introduced", "cue.introduce") in [(m.text, m.role, m.rule) for m in ms]


def test_lowercase_long_form_after_a_blocker_is_not_a_name(extract: Extract) -> None:
    text = "In this paper, we propose a design based on antenna selection for snorp area (SA) coverage."
    assert "snorp area" not in types(extract(text))
    text = "We propose a heuristic snorp selection (HSS) for video frames."
    assert roles(extract(text))["heuristic snorp selection"] == "introduced"


def test_head_word_after_the_definition_gives_the_type(extract: Extract) -> None:
    ms = extract("Prior work proposed the Conditional Snorp Similarity (C-SS) task.")
    assert types(ms)["Conditional Snorp Similarity"] == "task"
    ms = extract("We evaluate on five wrist-mounted snorp measurement unit (SMU) datasets.")
    assert "snorp measurement unit" not in types(ms)  # a kind of data, not a dataset's name


def test_artificial_neural_networks_are_generic(extract: Extract) -> None:
    ms = extract("We train artificial neural networks (ANN) on synthetic data.")
    assert "artificial neural networks" not in types(ms)


def test_title_prefix_before_a_task_subtitle_is_a_method(extract: Extract) -> None:
    ms = extract(
        "We evaluate on two datasets.", title="FrobSelect: Frequency-Aware fMRI-to-Image Reconstruction"
    )
    assert types(ms)["FrobSelect"] == "method"
    ms = extract("We evaluate.", title="Snorp Change Detection: A Study of Satellites")
    assert types(ms)["Snorp Change Detection"] == "task"  # the name's own head word comes first


def test_from_x_to_y_title_is_a_slogan(extract: Extract) -> None:
    ms = extract("We study brands.", title="From Unlearning to GLORPING: A Benchmark for Safe Generation")
    assert not [m for m in ms if m.rule == "title.prefix"]


def test_evaluation_list_in_a_title_needs_name_shaped_words(extract: Extract) -> None:
    ms = extract(
        "We study mixing.", title="Training on Real and Synthetic Data: Benchmark on Two Mixed Strategies"
    )
    assert not [m for m in ms if m.rule == "cue.evaluate_on"]
    ms = extract("We study mixing.", title="Results on Snorp-5K and Glorp-2")
    assert [m.text for m in ms if m.rule == "cue.evaluate_on"] == ["Snorp-5K", "Glorp-2"]


def test_millions_suffix_is_a_dataset(extract: Extract) -> None:
    ms = extract("We construct two datasets: SnorpLite-42M, with captions, and GlorpPro-1.5M.")
    assert types(ms)["SnorpLite-42M"] == types(ms)["GlorpPro-1.5M"] == "dataset"
    assert types(extract("We fine-tune Snorp-7B."))["Snorp-7B"] == "model"


def test_a_baseline_after_gains_over_is_not_a_dataset(extract: Extract) -> None:
    ms = extract(
        "SnorpNet achieves a 2.6% relative improvement over GlorpDet and gains over the BarNet baseline."
    )
    assert not [m for m in ms if m.rule == "cue.evaluate_on"]
    ms = extract("Experiments over Snorp-5K and Glorp-2 show gains.")
    assert [m.text for m in ms if m.rule == "cue.evaluate_on"] == ["Snorp-5K", "Glorp-2"]


def test_a_slogan_title_prefix_is_not_a_name(extract: Extract) -> None:
    ms = extract("We share weights across layers.", title="Share Your Attention: Weight Sharing via Glorps")
    assert not [m for m in ms if m.rule == "title.prefix"]
