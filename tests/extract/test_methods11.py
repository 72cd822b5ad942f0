"""Method recall, session 11 (docs/typing.md rules 108-110): the longer capitalised name that holds a known
method, enumerated parts after an article or with "that", and method names holding a known method."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str, title: str = "A study") -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.entity_id) for m in extract_text(text, title=title, model=False)}


# --- rule 108: a known method inside a longer capitalised name links the longer name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "KARL's training closely resembles the Upside-Down Reinforcement Learning paradigm.",
            "Upside-Down Reinforcement Learning",
        ),
        (
            "We built a pipeline on a 3D patch-based Residual U-Net architecture for segmentation.",
            "Residual U-Net",
        ),
        (
            "Our method outperforms Few-Shot CoT and Self-Evaluation Guided Beam Search on math.",
            "Self-Evaluation Guided Beam Search",
        ),
        (
            "In this work, we extend the Differential Attention mechanism to PaliGemma.",
            "Differential Attention",
        ),
    ],
)
def test_longer_capitalised_method_is_linked(text: str, name: str) -> None:
    links = _links(text)
    assert links.get(name, ("",))[0] == "method", links


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the name goes on past the known part
        ("It is a Scalable Reinforcement Learning Framework for robots.", "Scalable Reinforcement Learning"),
        (
            "SPARK (Spatial Policy-driven Adaptive Reinforcement Learning for Knowledge Distillation).",
            "Adaptive Reinforcement Learning",
        ),
        # the name goes on before the run: a plain or capitalised word that rule 77's test stops at
        ("Large Language Diffusion Models have emerged in NLP.", "Language Diffusion Models"),
        (
            "The architecture features a Hybrid Disentangled VQ-VAE that decouples motion.",
            "Disentangled VQ-VAE",
        ),
        (
            "We introduce MuGCP (Multi-modal Mutual-Guidance Conditional Prompt Learning).",
            "Mutual-Guidance Conditional Prompt Learning",
        ),
        # another known name overlaps the part's start
        (
            "Our approach leverages Vision Transformer models pre-trained on ImageNet.",
            "Vision Transformer models",
        ),
        # a sentence start is no part of a name; nor a plain word
        (
            "Reinforcement learning is used. Vanilla Knowledge Distillation fails here.",
            "Vanilla Knowledge Distillation",
        ),
    ],
)
def test_longer_name_guards(text: str, absent: str) -> None:
    assert absent not in _links(text)


def test_longer_task_names_are_not_read() -> None:
    links = _links("To address this issue, we propose EBOD (Example-Based Object Detection), a detector.")
    assert links.get("Example-Based Object Detection", ("",))[0] != "task"


def test_longer_name_is_not_read_in_the_title() -> None:
    links = _links("We study it.", title="Claim Verification via Online Reinforcement Learning")
    assert "via Online Reinforcement Learning" not in links


# --- rule 109: enumerated parts after an article or with "that" / "which"


def test_enumerated_parts_with_that() -> None:
    text = (
        "Our PRO consists of two key components: (i) Grouped Patch Consistency Training that enhances "
        "test-time efficiency, and (ii) Bias Free Masking that prevents the models from overfitting."
    )
    found = {m.text: m for m in extract_text(text, title="A study", model=False)}
    for name in ("Grouped Patch Consistency Training", "Bias Free Masking"):
        assert found[name].type == "method" and found[name].role == "introduced"


def test_enumerated_parts_after_an_article() -> None:
    text = (
        "Our framework has two modules: (1) a Token-wise Fusion Unit that merges tokens and (2) an Adaptive "
        "Strategy Router that routes."
    )
    found = {m.text: m for m in extract_text(text, title="A study", model=False)}
    assert found["Adaptive Strategy Router"].role == "introduced"


def test_enumerated_parts_keep_their_guards() -> None:
    text = "We compare three baselines: (1) Deep Ranking Nets that rank and (2) Wide Ranking Nets that sort."
    found = {m.text: m for m in extract_text(text, title="A study", model=False)}
    assert "Deep Ranking Nets" not in found or found["Deep Ranking Nets"].role != "introduced"


# --- rule 110: method names holding a known method


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        (
            "We fine-tune pre-trained video diffusion models with massive data.",
            "video diffusion models",
            "method:video-diffusion-model",
        ),
        (
            "We condition a video diffusion transformer on tracks.",
            "video diffusion transformer",
            "method:video-diffusion-transformer",
        ),
        (
            "We train it with online RL and verifiable rewards.",
            "online RL",
            "method:online-reinforcement-learning",
        ),
        (
            "The model is trained with agentic reinforcement learning.",
            "agentic reinforcement learning",
            "method:agentic-reinforcement-learning",
        ),
        (
            "CLIP is a cornerstone of multimodal representation learning.",
            "multimodal representation learning",
            "method:multimodal-representation-learning",
        ),
        (
            "We insert zero-initialized low-rank adapters into the backbone.",
            "low-rank adapters",
            "method:low-rank-adaptation",
        ),
        (
            "It compares external feedback with unguided self-refinement.",
            "self-refinement",
            "method:self-refine",
        ),
        (
            "We explore discrete diffusion models for text.",
            "discrete diffusion models",
            "method:discrete-diffusion",
        ),
    ],
)
def test_compound_method_names(text: str, name: str, entity: str) -> None:
    links = _links(text)
    assert links.get(name) == ("method", entity), links
    assert "diffusion models" not in links  # the longer name, not the known one inside it


def test_text_to_video_diffusion_models_keep_diffusion_models() -> None:
    links = _links("Text-to-video diffusion models deliver impressive results.")
    assert "video diffusion models" not in links
