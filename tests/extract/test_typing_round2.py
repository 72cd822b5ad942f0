"""Typing round 2 (session 13, docs/typing.md rules 173-176): coarse wrong types read off a fresh corpus
sample (seed 72200), one test per rule."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.shapes import type_from_shape


def _types(text: str) -> dict[str, str]:
    """Mention text -> type of the first mention with that text."""
    out: dict[str, str] = {}
    for m in extract_text(text):
        out.setdefault(m.text, m.type)
    return out


def test_a_task_headed_long_form_apposed_to_a_method_noun_is_a_method() -> None:
    """Rule 173: "our approach, X (Y)", "X (Y): a … method" name the paper's technique."""
    got = _types(
        "Our approach, Constraint Relationship Graph Completion (CRGC), explicitly models constraints. "
        "We propose the Dynamic Optical Test for Bot Identification (DOT-BI): a quick and easy method "
        "that uses human perception of motion. The framework integrates two key algorithms: Perceptive "
        "Aggregation and Collaborative Estimation (PACE) and a tracker."
    )
    assert got["Constraint Relationship Graph Completion"] == "method"
    assert got["Dynamic Optical Test for Bot Identification"] == "method"
    assert got["Perceptive Aggregation and Collaborative Estimation"] == "method"


def test_a_task_headed_long_form_with_no_method_noun_stays_a_task() -> None:
    got = _types(
        "Video quality assessment (VQA) is a challenging research topic. Existing methods for "
        "Infrared Small Target Detection (IRSTD), a hard task, fail on clutter."
    )
    assert got["Video quality assessment"] == "task"
    assert got["Infrared Small Target Detection"] == "task"


def test_knowledge_editing_is_a_task() -> None:
    """Rule 174: editing a model's knowledge is a problem, like image editing."""
    text = "Existing knowledge editing techniques can be slow, and model editing methods forget."
    got = {m.text: (m.type, m.name) for m in extract_text(text)}
    assert got["knowledge editing"] == ("task", "knowledge editing")
    assert got["model editing"] == ("task", "Model Editing")  # two entries: editing facts is one kind


def test_one_plain_word_before_set_is_no_dataset() -> None:
    """Rule 175: "Open-Set" names a setting; "SR-Set" and "TJ4DRadSet" keep the dataset shape."""
    got = [
        (m.text, m.type)
        for m in extract_text(
            "We evaluate on the TJ4DRadSet and on ImageNet-1k.",
            title="Improving Open-Set Semantic Segmentation in 3D Point Clouds",
        )
    ]
    assert ("TJ4DRadSet", "dataset") in got
    assert not any(text == "Open-Set" for text, _ in got)
    assert type_from_shape("Open-Set") is None and type_from_shape("SR-Set") == "dataset"


def test_an_augmented_generation_is_a_method() -> None:
    """Rule 176: "X-augmented generation" is a way of generating, as RAG is."""
    got = _types(
        "Graph-based retrieval-augmented generation (GraphRAG) is effective for multi-hop query tasks. "
        "Image generation (IG) is hard."
    )
    assert got["Graph-based retrieval-augmented generation"] == "method"
    assert got["Image generation"] == "task"
