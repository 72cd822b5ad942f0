"""Task links, round 9 (docs/typing.md rules 142-143 and the added lexicon tasks): a task the text says is
not done, a title's name that a means-preposition governs, and established tasks no rule reads."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.task_phrases import title_task_candidates
from kg.extract.task_words import denied


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    "text",
    [
        "Our model generalizes to new tasks without requiring hyperparameter tuning.",
        "Training requires no image registration at all.",
        "A single frame suffices without any temporal reasoning.",
        "It improves class separability without direct feature matching.",
        "The detector runs on raw measurements, avoiding full image reconstruction.",
    ],
)
def test_a_task_the_text_says_is_not_done_is_no_link(text: str) -> None:
    assert _tasks(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "We improve image registration with a learned prior.",
        "Prompt tuning often leads to poor confidence calibration.",  # a problem the paper takes on
        "Existing methods rely on visual grounding.",
        "We extend it to graph classification instead of node classification.",  # a contrast: kept
        "Existing systems rely on deep learning without uncertainty quantification.",  # a gap in prior work
    ],
)
def test_other_contexts_keep_the_task(text: str) -> None:
    assert _tasks(text)


def test_the_denial_reads_only_the_words_right_before() -> None:
    text = "without labels, image registration improves; avoiding the full image reconstruction"
    assert not denied(text, text.index("image registration"))
    assert denied(text, text.index("image reconstruction"))


@pytest.mark.parametrize(
    "title",
    [
        "Towards Pixel-Level VLM Perception via Simple Points Prediction",
        "Improving Factuality of LLMs via Dynamic Interactive Subspace Editing",
        "Efficient Robotic Policy Learning via Latent Space Backward Planning",
        "Knowledge Graph Construction using Enhanced Triple Extraction",
        "HarmonyGuard: Safety in Web Agents via Adaptive Policy Enhancement and Dual-Objective Optimization",
    ],
)
def test_a_title_name_a_means_word_governs_is_no_task(title: str) -> None:
    assert [c.name for c in title_task_candidates(title, title.lower()) if c.rule == "title.task"] == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Dental Radiograph Analysis Using YOLO26 From Tooth Detection to Diagnosis", ["Tooth Detection"]),
        (
            "Street View Generation via Diffusion Enhancing Place Recognition",
            ["Street View Generation", "Place Recognition"],
        ),
        ("Agglomerating Vision Encoders via Distillation for VFSS Segmentation", ["VFSS Segmentation"]),
        ("A Geometry Transformer with Improved Dynamic Depth Estimation", ["Depth Estimation"]),
    ],
)
def test_the_run_ends_before_a_task_the_title_names(title: str, expected: list[str]) -> None:
    assert [c.name for c in title_task_candidates(title, title.lower()) if c.rule == "title.task"] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We study inverse rendering of indoor scenes.", "inverse rendering"),
        ("This study examines emotion analysis on social media comments.", "emotion analysis"),
        ("Cross-view geo-localization locates a ground image.", "Cross-view geo-localization"),
        ("We survey LLMs in argument mining.", "argument mining"),
        ("Clinical notes need de-identification before sharing.", "de-identification"),
    ],
)
def test_established_tasks_no_rule_reads_are_known(text: str, name: str) -> None:
    assert name in _tasks(text)
