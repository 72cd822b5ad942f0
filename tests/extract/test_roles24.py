"""Session 24, roles (rules 518-520): a task the paper introduces with "the task of", its long form typed a
task, and the paper's own parts in an enumerated list followed by "to / for"."""

from __future__ import annotations

from kg.extract import extract_text


def _found(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, title=title, model=False)}


def test_the_task_of_x_is_the_papers_own_task() -> None:
    text = (
        "In response, we introduce the task of persona editing, which adversarially steers LLM traits "
        "through user-side inputs under a black-box, inference-only setting."
    )
    assert _found(text)["persona editing"] == ("task", "introduced")
    text = "This work presents the task of unsupervised location mapping, which seeks to map a trajectory."
    assert _found(text)["unsupervised location mapping"] == ("task", "introduced")
    # rule 447's failures (session 22): the new task is longer than the known head before the preposition
    for text in (
        "In this paper, we introduce the problem of query answering with soft constraints over graphs.",
        "This work introduces the task of action anticipation in basketball broadcast videos.",
    ):
        assert all(role == "used" for _, role in _found(text).values()), text


def test_a_long_form_called_a_task_is_a_task() -> None:
    text = (
        "In this paper, we introduce the task of Pre-Editorial Normalization (PEN), which consists in "
        "normalizing graphemic text."
    )
    found = _found(text)
    assert found["Pre-Editorial Normalization"] == ("task", "introduced")
    assert found["PEN"][0] == "task"
    text = "We propose a new task named Video Anomaly Reasoning (VAR), which aims to enable deep analysis."
    assert _found(text)["Video Anomaly Reasoning"] == ("task", "introduced")


def test_enumerated_parts_followed_by_a_purpose() -> None:
    text = (
        "We present FooResearch, a multi-agent system that integrates (1) a Master Planning Agent for "
        "adaptive query decomposition, (2) a Source Text Extractor to mitigate noise, and (3) a "
        "Visualization Agent for data-driven insights."
    )
    found = _found(text)
    for name in ("Master Planning Agent", "Source Text Extractor", "Visualization Agent"):
        assert found[name] == ("method", "introduced"), name
    text = (
        "Our framework consists of three key components: (i) Coarse-to-Fine Global Tokenization for forming "
        "instance-level identity, and (ii) Category-Conditioned Contrastive Learning for disentangling "
        "semantics."
    )
    assert _found(text)["Coarse-to-Fine Global Tokenization"] == ("method", "introduced")
    # a two-word step or concept stays out
    text = (
        "We propose FooPrune. Our method progressively prunes Gaussians in three stages: (1) Gaussian "
        "Sampling to identify primitives, (2) Gaussian Pruning to remove redundancies, and (3) Gaussian "
        "Merging to fuse primitives."
    )
    assert not {"Gaussian Sampling", "Gaussian Pruning", "Gaussian Merging"} & set(_found(text))
