"""Task links round 14 (session 16, docs/typing.md "Task links round 14"): established task names the corpus
writes without a task head the context rules know ("fusion", "try-on", "erasure", "animation", "reasoning"
…), mined by corpus frequency and task cues, and what the entries must leave alone."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


def test_vision_tasks_without_a_known_head_are_known() -> None:
    """Entries: "image fusion", "virtual try-on", "concept erasure", "character animation"; not "legal
    reasoning", "scientific reasoning" (a practice, a mode as often as a task) or "image composition" (a
    property of images), dropped after the held-back seeds."""
    found = _tasks(
        "Concept erasure aims to remove unsafe concepts. We also evaluate virtual try-on and character "
        "animation, grounded in theories of legal reasoning, scientific reasoning and image composition.",
        title="Infrared and Visible Image Fusion via State Space Models",
    )
    assert {"Image Fusion", "Concept erasure", "virtual try-on", "character animation"} <= found
    assert not {"legal reasoning", "scientific reasoning", "image composition"} & found
