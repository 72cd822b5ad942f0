"""Method recall (session 8, methods scope): technique head words type a defined long form, and a
model named after its class acronym is read in apposition (docs/typing.md, "Technique heads" and
"Names typed by their apposition")."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.shapes import type_from_head


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, model=False)}


@pytest.mark.parametrize(
    "phrase",
    [
        "Proportional Approval Voting",
        "Schema-Based Steering",
        "Token-level Adaptive Routing",
        "Demographic Subspace Orthogonal Projection",
        "Hindsight Experience Replay",
        "Stochastic Weight Averaging",
        "Behavior Cloning",
    ],
)
def test_technique_heads_type_a_method(phrase: str) -> None:
    assert type_from_head(phrase) == "method"


@pytest.mark.parametrize("phrase", ["Knowledge Tracing", "Natural Language Inference", "Air Traffic Control"])
def test_heads_that_are_as_often_tasks_are_left_out(phrase: str) -> None:
    assert type_from_head(phrase) != "method"


def test_a_used_long_form_with_a_technique_head_is_a_method() -> None:
    found = _found("It outperforms Proportional Approval Voting (PAV) in elections.")
    assert found["Proportional Approval Voting"] == ("method", "used")
    assert found["PAV"][0] == "method"


def test_a_model_named_after_its_class_in_apposition() -> None:
    found = _found("Then, LandslideVLM, a landslide-oriented VLM, is fine-tuned via LoRA on the data.")
    assert found["LandslideVLM"][0] == "model"


@pytest.mark.parametrize(
    "text",
    [
        "Then, MLLM, a class of models, is fine-tuned on the data.",
        "Then, ViLLMs, a family of models, are fine-tuned on the data.",
    ],
)
def test_a_class_acronym_in_apposition_is_still_no_name(text: str) -> None:
    assert not any(t in _found(text) for t in ("MLLM", "ViLLMs"))
