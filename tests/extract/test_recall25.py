"""Method and task recall, session 25 (docs/typing.md rules 540-541): kinds of reasoning that benchmarks
measure are lexicon tasks ("compositional reasoning", "table reasoning"), as "spatial reasoning" and
"logical reasoning" already were (rule 540); a few established lower-case names the corpus writes in
>= 30 abstracts join the lexicon (rule 541)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.name) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("We assess the compositional reasoning capabilities of LLMs.", "compositional reasoning", None),
        ("Experiments on mathematical and scientific reasoning benchmarks.", "scientific reasoning", None),
        ("They excel in math but struggle with moral reasoning.", "moral reasoning", None),
        ("Multi-turn table reasoning methods rely on tool use.", "table reasoning", None),
        ("It improves tabular reasoning on three benchmarks.", "tabular reasoning", "table reasoning"),
        ("Existing video reasoning methods rely on coarse cues.", "video reasoning", None),
        ("It raises accuracy on numerical reasoning in banking.", "numerical reasoning", None),
    ],
)
def test_a_kind_of_reasoning_is_a_task(text: str, name: str, canonical: str | None) -> None:
    assert _links(text).get(name) == ("task", canonical or name)  # rule 540


def test_a_longer_reasoning_task_wins() -> None:
    links = _links("Video reasoning segmentation requires localizing objects across frames.")
    assert links.get("Video reasoning segmentation") == ("task", "video reasoning segmentation")
    assert "Video reasoning" not in links


def test_a_reasoning_module_is_no_task() -> None:
    assert "compositional reasoning" not in _links("We add a compositional reasoning module to the encoder.")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("LLMs are used for content moderation on social platforms.", "content moderation", "task"),
        ("What drives compositional generalization in generative models?", "compositional generalization", "task"),
        ("We then take an in-depth look at root cause analysis.", "root cause analysis", "task"),
        ("Scene understanding is crucial in autonomous navigation.", "autonomous navigation", "task"),
        ("A statistical hypothesis testing framework detects novelty.", "hypothesis testing", "method"),
    ],
)
def test_established_lower_case_names(text: str, name: str, etype: str) -> None:
    assert _links(text).get(name) == (etype, name)  # rule 541


@pytest.mark.parametrize(
    "text",
    [
        "It scores ahead of frontier medical reasoning models like GPT-5.",
        "We train spatial reasoning models on synthetic scenes.",
        "A dataset of grounded scientific reasoning traces for hypothesis generation.",
    ],
)
def test_reasoning_models_and_traces_name_no_task(text: str) -> None:
    names = {m.name for m in extract_text(text) if m.type == "task"}
    assert not {"medical reasoning", "spatial reasoning", "scientific reasoning"} & names  # rule 540's narrowing
