"""Precision round 17 (docs/typing.md rules 177 and 179; rule 178 was dropped). Texts are made up in the
shape of the corpus cases (the 3,000-paper dump of seed 72401 and the tuning diff of seed 72410, judged in
bench/reviews/prec14_seed72410.tsv); each test of a wrong link fails on the code before the rule, and the
right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _names(text: str) -> set[str]:
    return {m.name for m in extract_text(text) if m.type == "method"}


# Rule 177: a modifier in front of "attention mechanism" names one particular mechanism, not the class.
@pytest.mark.parametrize(
    "text",
    [
        "We address this gap with an edge-guided attention mechanism that reweights responses.",
        "The fused features pass through a gated attention mechanism before the decoder.",
        "It also introduces a hybrid attention mechanism to model interactions among labels.",
        "We propose a training-free sparse attention mechanism for long-context inference.",
        "Multi-Perspective Attention Mechanism for Bias-Aware Sequential Recommendation",
        "Our framework utilizes a dual attention mechanism that emphasizes critical features.",
    ],
)
def test_narrowed_attention_mechanism_is_no_link(text: str) -> None:
    assert "attention mechanism" not in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We propose a novel model that incorporates attention mechanisms in pedestrian tracking.",
        "The quadratic complexity of the standard attention mechanism is a bottleneck.",
        "Diffusion models are slow due to costly attention mechanisms and many steps.",
        "The model's attention mechanism restricts the flow of information.",
        "Since the soft attention mechanism is differentiable, gradients flow to the detector.",
        "Attention Mechanism for Sequential Recommendation",
    ],
)
def test_plain_attention_mechanism_is_kept(text: str) -> None:
    assert "attention mechanism" in _names(text)


def test_a_named_kind_of_attention_takes_the_place_of_the_class() -> None:
    names = _names("SENets are leveraged as a channel attention mechanism to weight the channels.")
    assert "attention mechanism" not in names
    assert {"channel attention"} <= names


def test_plural_kinds_stay_a_class() -> None:
    names = _names("Recent methods have explored novel attention mechanisms and lightweight architectures.")
    assert "attention mechanism" in names


# Rule 179: an adjective of origin is not a dataset.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We segment legal text with a BiLSTM CRF classifier trained on Indian judgments.", "Indian"),
        ("PsychEthicsBench is the first benchmark based on Australian psychology guidelines.", "Australian"),
        ("Existing ASR models lack full coverage of the Quranic corpus.", "Quranic"),
    ],
)
def test_adjective_of_origin_is_no_dataset(text: str, word: str) -> None:
    assert word not in {m.text for m in extract_text(text) if m.type in ("dataset", "benchmark")}


def test_named_dataset_with_a_place_is_kept() -> None:
    found = {m.text for m in extract_text("We classify pixels of the Indian Pines dataset.")}
    assert "Indian Pines" in found


@pytest.mark.parametrize(
    "text",
    [
        "Our approach modulates the attention mechanism to emphasize background context.",
        "We analyse how system prompts influence the attention mechanism and compliance.",
        "The scheme introduces an additional attention mechanism to learn small targets.",
        "MAST controls content-style interactions within the diffusion attention mechanism.",
    ],
)
def test_verbs_counts_and_the_models_attention_keep_the_class(text: str) -> None:
    assert "attention mechanism" in _names(text)


def test_different_mechanisms_in_a_title_keep_the_class() -> None:
    title = "Effects of Different Attention Mechanisms Applied on 3D Models in Video Classification"
    found = extract_text("We compare variants of 3D models.", title=title)
    assert "attention mechanism" in {m.name for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "The model is improved by the integrated attention mechanism, which focuses on key regions.",
        "Attention scores are computed using a Transformer-based attention mechanism fusing both views.",
    ],
)
def test_participles_and_the_standard_mechanism_keep_the_class(text: str) -> None:
    assert "attention mechanism" in _names(text)
