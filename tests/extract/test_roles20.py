"""Roles round 27, session 20 (docs/typing.md rules 380-381): a name the paper gives a setting or method by
formalising it ("We formalize this setting as Sparse Agentic Control (SAC)", rule 380) or the name of what
it addresses a problem with ("We address this challenge with X (ACR)", rule 381) is its own; a known
frame ("as a Markov Decision Process (MDP)"), a phenomenon and a name that runs on past the parenthesis
are not read."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, title="A study", model=False)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "We formalize this setting as Sparse Agentic Control (SAC), where policies admit sparse maps.",
            "Sparse Agentic Control",
            "task",
        ),
        (
            "We refer to our method as Fine-grained Probabilistic Addition of Noise (FPAN). It works well.",
            "Fine-grained Probabilistic Addition of Noise",
            "method",
        ),
        (
            "We formalize this challenge as Deep Tabular Research (DTR), requiring multi-step reasoning.",
            "Deep Tabular Research",
            "task",
        ),
        (
            "We formalize this challenge as the Constraint Adherence Problem (CAP). This paper is new.",
            "Constraint Adherence Problem",
            "task",
        ),
        (
            "We formalize this challenge as the Context Gathering Decision Process (CGDP), a specialized"
            " Partially Observable Markov Decision Process.",
            "Context Gathering Decision Process",
            "method",
        ),
        (
            "We address this challenge with Diversity-Aware Reinforcement Learning (DARLING), a framework"
            " that jointly optimizes for response quality and semantic diversity.",
            "Diversity-Aware Reinforcement Learning",
            "method",
        ),
    ],
)
def test_formalised_names_are_the_papers_own(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "introduced")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We formulate the problem as a Markov Decision Process (MDP) and solve it with PPO.",
            "Markov Decision Process",
        ),
        (
            "We refer to this phenomenon as Self-supervised Dense Degradation (SDD) and show it is common.",
            "Self-supervised Dense Degradation",
        ),
        (
            "We cast this problem as Guided Super-Resolution (GSR), aiming at upsampling biomass maps.",
            "Guided Super-Resolution",
        ),
        (
            "We formalize this missing capability as Spatial-Temporal-Trajectory (STT) reasoning and more.",
            "Spatial-Temporal-Trajectory",
        ),
    ],
)
def test_known_frames_and_phenomena_are_not_own(text: str, name: str) -> None:
    assert _links(text).get(name, ("", "none"))[1] != "introduced"


def test_an_added_definition_gives_its_long_form_only() -> None:
    # a short form no rule read would be an entity of its own, joining other papers' same acronym
    links = _links(
        "We formalize this challenge as Deep Tabular Research (DTR), requiring multi-step reasoning."
    )
    assert "DTR" not in links
