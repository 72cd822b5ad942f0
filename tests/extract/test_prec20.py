"""Precision round 23, session 20 (docs/typing.md rules 392-393): a title or context task name whose head
follows a model-internal word is a technique, not a task; an acronym spelling only the tail of the name
before it, written once, is that name's and gives no second link."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _mentions(text: str, title: str = "A study") -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("title", "text", "gone"),
    [
        (  # rule 392: the title's "Token Compression" (and its abstract repeat) is the method's technique
            "AdaTok: Adaptive Token Compression with Object-Aware Representations for Multimodal LLMs",
            "Token Compression reduces the cost of multimodal LLMs. We propose AdaTok.",
            "Token Compression",
        ),
        (
            "Enhancing RAG Efficiency with Adaptive Context Compression",
            "Retrieval-augmented generation pays for long contexts. We present a context compression method.",
            "Context Compression",
        ),
        (
            "Micro-expression Recognition Based on Dual-branch Feature Extraction and Fusion",
            "Micro-expressions are brief. Our feature extraction branches capture motion and appearance.",
            "Feature Extraction",
        ),
    ],
)
def test_technique_title_task_dropped(title: str, text: str, gone: str) -> None:
    assert (gone, "task") not in _mentions(text, title)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (  # rule 393: "RL" abbreviates offline RL here, written once
            "Offline reinforcement learning (RL) enables agents to learn policies from fixed datasets.",
            "RL",
        ),
        ("Models employing long chain-of-thought (CoT) reasoning have shown superior performance.", "CoT"),
        ("Experiments on three open-domain question answering (QA) benchmarks show gains.", "QA"),
    ],
)
def test_tail_acronym_written_once_dropped(text: str, gone: str) -> None:
    names = {name for name, _ in _mentions(text)}
    assert gone not in names
    assert len(names) >= 1  # the longer name keeps its link


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # guards (pass on main too): a whole-name acronym, a reused acronym, a metric, a setting word
        ("The agenda centres on the Abstraction and Reasoning Corpus (ARC) benchmark.", "ARC"),
        ("We train with Proximal Policy Optimization (PPO) on Atari.", "PPO"),
        ("We use agentic reinforcement learning (RL). RL training is costly.", "RL"),
        ("It achieves a mean Intersection over Union (IoU) of 0.93 on the test set.", "IoU"),
    ],
)
def test_plain_definitions_kept(text: str, kept: str) -> None:
    assert kept in {name for name, _ in _mentions(text)}


def test_setting_word_before_a_head_is_no_model_part() -> None:
    text = "We propose a live benchmark for evaluating LLMs over long-context generation tasks."
    assert ("long-context generation", "task") in _mentions(text)
