"""Session 24, roles (rules 518-519): a task the paper introduces with "the task of", and its long form
typed a task (rule 520, enumerated parts followed by "to / for", was dropped)."""

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
