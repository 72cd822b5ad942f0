"""A title's kind of reasoning after "for" or a verb that improves or evaluates is a task (docs/typing.md rule
583, `kg/extract/reasoning_kinds.py`). Rules 580 and 582 (the same kinds in the abstract's task contexts) were
dropped at the session-26 audits (about 0.88 right): the abstract's kinds stay unread by this rule."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _tasks(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.name, m.rule) for m in extract_text(text) if m.type == "task"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Evaluated on two complex inductive reasoning tasks, HCoT outperforms prior methods.",
            "inductive reasoning",
        ),
        ("It scores well on the FAMMA financial reasoning benchmark.", "financial reasoning"),
        ("We release verifiable scientific reasoning datasets.", "scientific reasoning"),
        ("It is a benchmark for complex geospatial reasoning.", "geospatial reasoning"),
        (
            "Models have shown strong progress on scientific reasoning, yet bottlenecks remain.",
            "scientific reasoning",
        ),
        ("The method improves relational reasoning in multi-object scenes.", "relational reasoning"),
        ("CostBench evaluates agents' economic reasoning and replanning abilities.", "economic reasoning"),
        ("RL enhances medical reasoning by pruning irrelevant knowledge.", "medical reasoning"),
        ("This work enhances the abstract reasoning capabilities of small models.", "abstract reasoning"),
    ],
)
def test_an_abstract_kind_is_not_read_by_the_dropped_rule(text: str, name: str) -> None:
    assert _tasks(text).get(name, ("", ""))[1] != "cue.reasoning"  # rule 580, dropped


@pytest.mark.parametrize(
    "text",
    [
        "Such learning does not produce the schemas underpinning human analogical reasoning.",
        "Evaluations improve human moral reasoning in the study.",
        "We fine-tune the model on scientific reasoning traces.",
        "We evaluate frontier medical reasoning models like GPT-5.",
        "CogRec leverages Soar as its core symbolic reasoning engine.",
        "The pipeline uses a compositional reasoning stage powered by an LLM.",
        "LLMs lack compositional reasoning, as physicians show.",
    ],
)
def test_a_kind_outside_a_task_context_is_no_task(text: str) -> None:
    assert not any(name.endswith(" reasoning") for name in _tasks(text))  # nor by any other rule


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Our evaluations on several long-context reasoning tasks show large gains.",
            "long-context reasoning",
        ),
        ("LLMs show promise on research-level physics reasoning tasks.", "physics reasoning"),
        (
            "It improves accuracy across nine knowledge-intensive reasoning benchmarks.",
            "knowledge-intensive reasoning",
        ),
    ],
)
def test_more_kinds_are_not_read_in_the_abstract(text: str, name: str) -> None:
    assert _tasks(text).get(name, ("", ""))[1] != "cue.reasoning"  # rule 582, dropped


def _title_tasks(title: str) -> dict[str, tuple[str, str]]:
    found = extract_text("We study a problem and report gains.", title=title)
    return {m.text: (m.type, m.rule) for m in found if m.field == "title"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("MedFrameQA: A Multi-Image Medical VQA Benchmark for Clinical Reasoning", "Clinical Reasoning"),
        ("FinLMM-R1: Enhancing Financial Reasoning in LMM through Scalable Data", "Financial Reasoning"),
        (
            "SciOrch: Orchestrating Expert LLMs for Frontier Multimodal Scientific Reasoning Tasks",
            "Scientific Reasoning",
        ),
        ("Toward Spatio-Temporal Reasoning in Surgical Videos", "Spatio-Temporal Reasoning"),
    ],
)
def test_a_title_kind_after_for_or_a_verb_is_a_task(title: str, text: str) -> None:
    assert _title_tasks(title).get(text) == ("task", "cue.reasoning")  # rule 583


@pytest.mark.parametrize(
    "title",
    [
        "Rebellion: Noise-Robust Reasoning Training for Audio Reasoning Models",
        "Symbolic Reasoning Networks for Program Synthesis",
    ],
)
def test_a_title_kind_before_a_class_or_without_context_is_no_task(title: str) -> None:
    assert not any(text.endswith(" Reasoning") for text in _title_tasks(title))  # rule 583


def test_a_title_kind_is_named_in_lower_case() -> None:
    """The title's spelling is the text; the task's name is the kind's, as the abstract writes it."""
    found = extract_text("We report gains.", title="Boosting Video Reasoning via Reinforcement Learning")
    assert {(m.text, m.name) for m in found if m.type == "task"} == {("Video Reasoning", "video reasoning")}
