"""Task names that are parts of a method ("a style transfer module"), list items after a parenthesis or
before a preposition, dimensions ("3D") at the start of a task name, and "geolocation" as a head
(docs/typing.md "Tasks the text itself calls tasks", round 5)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.task_cues import names_a_part
from kg.extract.task_phrases import task_candidates


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    "text",
    [
        "Our framework operates in stages: a 2D style transfer module converts the image.",
        "The model is trained with a hybrid point cloud reconstruction loss.",
        "We learn to modify gradients of a language modeling loss.",
        "Existing summarization-based methods define salience as mention-worthiness.",
        "We compress search trees into concise, causal reasoning chains.",
        "Flow-CDNet has two branches: an optical flow branch and a binary change detection branch.",
        # round 7 (rule 89): "control over" is a capability, not the control task
        "Personality vectors enable continuous control over trait intensity.",
    ],
)
def test_a_task_name_before_a_part_of_the_method_is_no_task(text: str) -> None:
    assert _tasks(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We build a style transfer model for paintings.", {"style transfer"}),
        ("Our results reduce effort and streamline the fact-checking process.", {"fact-checking"}),
        ("The object detection component obtains a mAP of 0.57.", {"object detection"}),
        ("Results on continuous control benchmarks show gains.", {"continuous control"}),
    ],
)
def test_a_task_name_before_other_nouns_stays(text: str, expected: set[str]) -> None:
    assert _tasks(text) == expected


def test_names_a_part() -> None:
    text = "an OCR-free method, a QA module, a QA-guided search and a QA model"
    ends = [text.index(name) + len(name) for name in ("OCR", "a QA", "a QA-", "and a QA")]
    ends[2] -= 1  # the end of "QA" before "-guided"
    assert [names_a_part(text, end) for end in ends] == [True, True, True, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Evaluation across tasks including emotion recognition (both English and Bangla), irony "
            "detection and disease identification, showing gains.",
            ["emotion recognition", "irony detection", "disease identification"],
        ),
        (
            "VLMs reframe visual tasks such as classification, detection, and keypoint localization within "
            "a single interface.",
            ["keypoint localization"],
        ),
        ("Results on 3D scene forecasting tasks are strong.", ["3D scene forecasting"]),
        ("We evaluate on 2D segmentation tasks.", []),
    ],
)
def test_lists_and_dimensions_in_a_task_context(text: str, expected: list[str]) -> None:
    assert [c.name for c in task_candidates(text)] == expected


def test_a_dimension_starts_a_cued_task_name() -> None:
    assert "3D human generation" in _tasks("3D human generation is an important problem in graphics.")
    assert "3D tooth instance segmentation" in _tasks(
        "We propose a two-stage framework for 3D tooth instance segmentation that needs no labels."
    )
    assert not {
        t for t in _tasks("We apply SAM2 for 2D segmentation, and reconstruct 3D results.") if "2D" in t
    }


def test_a_title_name_with_a_dimension_wins_over_the_known_task() -> None:
    title = "A Comparative Study of 3D Person Detection"
    found = _tasks("We compare sensors for person detection in indoor scenes.", title=title)
    assert "3D Person Detection" in found and "Person Detection" not in found


def test_geolocation_is_a_head() -> None:
    assert "Image geolocation" in _tasks("Image geolocation aims to infer where a photo was taken.")
