"""Method precision, session 26 (docs/typing.md rule 590).

Rule 590: a defined plural long form naming a class of agents or models ("Computer-use agents (CUAs)",
"Role-Playing Agents (RPAs)", "Unified Multimodal Models (UMMs)", "Large Vision Models (LVMs)") names no
entity, unless an introduction cue opens its sentence (the annotation guide: model classes are not entities).
Before, the definition made a method that propagation then linked in every paper writing the class."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.model_classes import defines_a_class


def _texts(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Computer-use agents (CUAs) hold promise for digital tasks.", "Computer-use agents"),
        ("Personality control in Role-Playing Agents (RPAs) is done via prompts.", "Role-Playing Agents"),
        ("Unified Multimodal models (UMMs) built on one architecture do well.", "UMMs"),
        ("However, deploying Large Vision Models (LVMs) on devices is hard.", "Large Vision Models"),
        ("Long-context models (LCMs) process long sequences.", "LCMs"),
        ("Video action models (VAMs) have emerged as a promising paradigm for robot learning.", "VAMs"),
        ("It uses features of vision foundational models (VFMs).", "vision foundational models"),
        ("Many deep learning models (DLMs) deployed in production are being replaced.", "DLMs"),
        ("Large Action Models (LAMs) for AI Agents offer incredible potential.", "Large Action Models"),
    ],
)
def test_a_defined_class_of_agents_or_models_names_nothing(text: str, name: str) -> None:
    assert name not in _texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We propose evidence-carrying multimodal agents (ECA), which treat text as claims.", "ECA"),
        ("We leverage the trajectories of Denoising Diffusion Models (DDMs) as a source.", "DDMs"),
        ("Latent Action Models (LAMs) enable Vision-Language-Action models to learn from video.", "LAMs"),
        ("Masked Image Generation Models (MIGMs) have achieved great success.", "MIGMs"),
        ("We propose a task generation system for embodied agents (TEA) that builds tasks.", "TEA"),
    ],
)
def test_a_technique_an_own_name_or_another_head_stays(text: str, name: str) -> None:
    assert name in _texts(text)


def test_a_word_shaped_short_form_is_left_to_the_other_rules() -> None:
    text = "Autonomous data agents (DataAgents) integrate LLM reasoning with tool calling."
    assert not defines_a_class(text, text.index("data"), text.index(" (DataAgents"))
    text = "Computer-use agents (CUAs) act on a user's behalf."
    assert defines_a_class(text, 0, len("Computer-use agents"))
