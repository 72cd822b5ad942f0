"""Method and task recall, session 25 (docs/typing.md rule 541): a few established lower-case names the
corpus writes in >= 30 abstracts join the lexicon. (Rule 540, kinds of reasoning as lexicon tasks, was
dropped on its held-back seeds: its entries are not in the lexicon, and "compositional reasoning" stays
unlinked outside a task context.)"""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.name) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Their content moderation practices remain underexplored.", "content moderation", "task"),
        ("What drives compositional generalization in models?", "compositional generalization", "task"),
        ("We then take an in-depth look at root cause analysis.", "root cause analysis", "task"),
        ("Scene understanding is crucial in autonomous navigation.", "autonomous navigation", "task"),
    ],
)
def test_established_lower_case_names(text: str, name: str, etype: str) -> None:
    assert _links(text).get(name) == (etype, name)  # rule 541


def test_an_ability_called_compositional_generalization_is_the_task() -> None:
    text = (
        "Humans understand new combinations of words recognized from different contexts, an ability called "
        "Compositional Generalization."
    )
    assert _links(text).get("Compositional Generalization") == ("task", "compositional generalization")


def test_dropped_reasoning_kinds_stay_out() -> None:
    assert "compositional reasoning" not in _links("LLMs lack compositional reasoning, as physicians show.")


def test_hypothesis_testing_stays_out() -> None:
    """Dropped at the lead's audit (34/46): mostly a research activity ("accelerating hypothesis testing")."""
    assert "hypothesis testing" not in _links("Autonomous laboratories accelerate hypothesis testing.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It creates videos from text prompts with full camera control.", "camera control"),
        ("Natural disasters demand rapid damage assessment to guide the response.", "damage assessment"),
        ("Transformers fail at length generalization on arithmetic.", "length generalization"),
    ],
)
def test_more_established_tasks(text: str, name: str) -> None:
    assert _links(text).get(name) == ("task", name)  # rule 542
