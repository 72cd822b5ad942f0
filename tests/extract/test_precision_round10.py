"""Precision round 10 (docs/typing.md rule 76): "accuracy" next to a quality that is no measure, after a
dimension it is correct in or a degree, with no number near, is an ordinary word. Texts are made up in
the shape of the corpus cases (bench/reviews/precision8_diff_seed67402.tsv); each test of an ordinary
use fails on the code before the rule, and the measures keep their link."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.metric_words import ordinary_metric


def _metrics(text: str) -> list[str]:
    return [m.text for m in extract_text(text) if m.type == "metric"]


@pytest.mark.parametrize(
    "text",
    [
        "Experiments show that our method outperforms existing methods in both accuracy and efficiency.",
        "The guidance ensures both global consistency and local accuracy.",
        "FooNet strikes a balance between reconstruction accuracy and perceptual realism.",
        "Results confirm high spatial reconstruction accuracy and strong spectral fidelity.",
        "The system reports ball speed, shot accuracy, and player reaction times.",
        "To ensure geometric accuracy, we introduce a surface-anchoring mechanism.",
        "Retrieval grounding keeps factual accuracy while the model answers open questions.",
        "LITERA offers an unprecedented level of accuracy for classical Latin.",
        "It surpasses prior work in accuracy, robustness, and generalization on three benchmarks.",
        "Results show gains in instruction-following accuracy and trajectory efficiency.",
    ],
)
def test_accuracy_as_a_quality_is_ordinary(text: str) -> None:
    assert _metrics(text) == []


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # a number near keeps the measure
        ("It improves accuracy and efficiency by 4.2% on the test split.", ["accuracy"]),
        ("FooNet reaches 91.2% accuracy and twice the speed of the baseline.", ["accuracy"]),
        # "in terms of", metrics, evaluation dimensions: the measured quantity
        ("The method is better in terms of accuracy and efficiency.", ["accuracy"]),
        ("Gains across expert-judged dimensions including accuracy, completeness, and safety.", ["accuracy"]),
        ("We systematically evaluate both the accuracy and inference efficiency of LLMs.", ["accuracy"]),
        ("Reports improve across three outcomes, accuracy, quality, and completion.", ["accuracy"]),
        # a test split or a zero-shot setting is no dimension of correctness
        ("LLM-optimized prompts significantly enhance zero-shot accuracy on ZeroWaste.", ["accuracy"]),
        ("It gains diagnostic accuracy over the baseline.", ["accuracy"]),
    ],
)
def test_accuracy_as_a_measure_keeps_its_link(text: str, metrics: list[str]) -> None:
    assert [m.lower() for m in _metrics(text)] == metrics


def test_qualities_are_whole_words() -> None:
    """ "consistently" is no "consistency": the measure before it keeps its link."""
    text = "FooNet achieves state-of-the-art detection accuracy, consistently outperforming the baselines."
    start = text.find("accuracy")
    assert not ordinary_metric(text, start, start + len("accuracy"))


def _names(text: str, title: str = "Title") -> dict[str, str]:
    return {m.text: m.name for m in extract_text(text, title=title)}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("FooGen adds a Dual-Prompt Controlled Attention Mechanism for alignment.", "Attention Mechanism"),
        ("We leverage the Slot Attention mechanism and a pretrained encoder.", "Attention mechanism"),
        ("Our pipeline incorporates Diffusion Self-Distillation into the transformer.", "Self-Distillation"),
        ("We integrate Soft Dynamic Time Warping into the evaluation pipelines.", "Dynamic Time Warping"),
    ],
)
def test_a_known_method_after_a_capitalised_word_is_part_of_the_longer_name(text: str, part: str) -> None:
    """Rule 77: each fails on the code before the rule (the part was linked)."""
    assert part not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unlike Knowledge Distillation, FooNet needs no teacher.", "Knowledge Distillation"),
        ("We employ Multi-task Prompt Engineering for the reports.", "Prompt Engineering"),
        ("Leading methods used Mamba-like State Space Models for segmentation.", "State Space Models"),
        ("Multi-Head Attention is replaced by a cheaper operator.", "Multi-Head Attention"),
    ],
)
def test_a_known_method_after_a_function_word_a_modifier_or_at_a_sentence_start_is_kept(
    text: str, name: str
) -> None:
    assert name in _names(text)


def test_sibling_releases_and_algorithms_are_entries_of_their_own() -> None:
    """CogVideoX-5B is CogVideoX, not CogVideo; the Sinkhorn algorithm is not optimal transport itself."""
    names = _names("We distil CogVideoX-5B and solve the transport with the Sinkhorn algorithm.")
    assert names["CogVideoX-5B"] == "CogVideoX"
    assert names["Sinkhorn algorithm"] == "Sinkhorn Algorithm"
