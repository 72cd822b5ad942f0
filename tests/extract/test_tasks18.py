"""Task links round 16 (session 18, docs/typing.md rule 332): an "X reasoning" task the abstract names only
as a capacity ("strong spatial reasoning abilities", "enhances multi-hop reasoning") is no task link; a
title, a task word after it or a list keeps it."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "A Study of Agents") -> set[str]:
    return {m.name.lower() for m in extract_text(text, title=title) if m.type == "task"}


def test_a_reasoning_capacity_is_no_task() -> None:
    """Forms of the tuning seed 76300: a model's capacity, what a method improves, a model class."""
    found = _tasks(
        "Recently, vision-language models have demonstrated strong multimodal reasoning capabilities. "
        "Our memory further enables knowledge distilled from fact verification to enhance multi-hop "
        "reasoning. We present Apriel, an open-weights visual reasoning model. MLLMs show strong video "
        "understanding capabilities."
    )
    assert not {"multimodal reasoning", "multi-hop reasoning", "visual reasoning"} & found
    assert "video understanding" in found  # only "X reasoning" tasks


def test_a_reasoning_task_in_the_title_a_task_context_or_a_list_stays() -> None:
    """The title's task (every mention then stays), "X reasoning tasks / benchmarks", and list items."""
    found = _tasks(
        "VLMs show limited spatial reasoning and strong visual reasoning abilities.",
        title="SpatialLadder: Progressive Training for Spatial Reasoning in Vision-Language Models",
    )
    assert "spatial reasoning" in found and "visual reasoning" not in found
    found = _tasks(
        "MANTA is superior on temporal reasoning tasks. Results on mathematical-reasoning benchmarks "
        "improve. Across 189 tasks in code generation, logical reasoning, and truthfulness, it helps. It "
        "lacks the commonsense reasoning of humans."
    )
    assert {"temporal reasoning", "mathematical reasoning", "code generation", "logical reasoning"} <= found
    assert "commonsense reasoning" not in found


def test_the_narrowed_contexts_keep_a_reasoning_task() -> None:
    """After held-back seed 76310: a parenthesis, "for / on" before it (one word between at most) and a
    sentence start also keep it; a capacity in the same abstract is still dropped."""
    found = _tasks(
        "Multi-modal knowledge graph reasoning (MMKGR) predicts missing links. Spatial reasoning is hard. "
        "We evaluate on the GSM8K benchmark for mathematical reasoning and train on multi-hop reasoning. "
        "VLMs show strong visual reasoning abilities."
    )
    assert {"knowledge graph reasoning", "spatial reasoning", "mathematical reasoning"} <= found
    assert "multi-hop reasoning" in found and "visual reasoning" not in found
