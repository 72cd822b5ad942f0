"""Task links round 13 (session 15, docs/typing.md rule 230 and round 13's task entries): tasks kg did not
link on seed 73600's sample, one test per change and one for what the rule must leave alone."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.task_phrases import title_task_candidates


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


def test_established_application_tasks_are_known() -> None:
    """Round 13's entries (kg/extract/lexicon/tasks.jsonl): tasks the corpus names often that kg missed."""
    found = _tasks(
        "We study automated essay scoring with LLMs, writer identification in manuscripts and "
        "image aesthetic assessment."
    )
    assert {"automated essay scoring", "writer identification"} <= found
    assert "image aesthetic assessment" in found


def test_a_leading_verb_of_progress_is_no_part_of_the_title_task() -> None:
    """Rule 230: "Advancing Mental Disorder Detection" names the task "Mental Disorder Detection"."""
    found = _tasks(
        "We compare transformers for mental disorder detection on social media posts.",
        title="Advancing Mental Disorder Detection: A Comparative Evaluation of Transformer Architectures",
    )
    assert "Mental Disorder Detection" in found


def test_a_verb_of_progress_before_a_bare_head_leaves_no_task() -> None:
    """Rule 230 leaves the head alone: "Improving Segmentation with Shape Priors" names no task by the title
    rule, and a verb that is no verb of progress still stops it ("Mining Polyp Segmentation Errors")."""
    found = _tasks(
        "Shape priors help segmentation of organs.", title="Improving Segmentation with Shape Priors"
    )
    assert not any("Segmentation" in t for t in found)
    title = "Mining Rumen Acidosis Classification"
    assert list(title_task_candidates(title, "rumen acidosis classification")) == []
