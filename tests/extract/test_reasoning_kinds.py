"""A kind of reasoning in a task context is a task (docs/typing.md rule 580, `kg/extract/reasoning_kinds.py`);
the same kinds as a person's faculty, a model's output or a class of models stay unlinked."""

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
def test_a_kind_in_a_task_context_is_a_task(text: str, name: str) -> None:
    assert _tasks(text).get(name) == (name, "cue.reasoning")  # rule 580


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
    assert not any(name.endswith(" reasoning") for name in _tasks(text))  # rule 580's contexts only


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
def test_more_kinds_in_a_task_context(text: str, name: str) -> None:
    assert _tasks(text).get(name) == (name, "cue.reasoning")  # rule 582
