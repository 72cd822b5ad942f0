"""Own-name recall, session 19 (docs/typing.md rules 350-351): "we name this workflow X" and "we call this
model the X" are the paper's own names (rule 350); "the novel task of X" is the paper's own task (rule
351), but not a gerund with its object, a known task whole, nor the description in "X, a novel task of Y"."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, title="A study", model=False)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "We name this workflow Real-LOD, which includes planning and reflection steps.",
            "Real-LOD",
            "method",
        ),
        ("We call this extended system OpenLID-v3 and evaluate it against GlotLID.", "OpenLID-v3", "method"),
        (
            "We call the resulting method the Generalized Adversarial Solver and show its performance.",
            "Generalized Adversarial Solver",
            "method",
        ),
    ],
)
def test_we_call_names_the_papers_own(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "introduced")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We call this the Finite Primitive Basis Theorem. The proof is constructive.",
            "Finite Primitive Basis",
        ),
        ("We term this the Provenance Gap. We tested five frontier LLMs.", "Provenance Gap"),
    ],
)
def test_we_call_this_the_x_is_no_entity(text: str, name: str) -> None:
    assert not any(name in t for t in _links(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In this paper, we introduce the novel task of extreme short token reduction, aiming to "
            "represent "
            "video with few tokens.",
            "extreme short token reduction",
        ),
        (
            "To this end, we propose a novel task of multimodal fine-grained hallucination detection and "
            "editing for MLLMs.",
            "multimodal fine-grained hallucination detection and editing",
        ),
        (
            "We introduce a novel task termed \\textit{personalized open-vocabulary semantic segmentation} "
            "and propose a method.",
            "personalized open-vocabulary semantic segmentation",
        ),
        (
            "We introduce the novel task of Collision Sound Source Segmentation, where we aim to segment.",
            "Collision Sound Source Segmentation",
        ),
    ],
)
def test_novel_task_is_introduced(text: str, name: str) -> None:
    assert _links(text).get(name) == ("task", "introduced")


@pytest.mark.parametrize(
    "text",
    [
        "We introduce a novel task of generating realistic and diverse 3D hand trajectories given an image.",
        "We address this by introducing a new task of predicting post-training potential of a base model.",
        "We propose Geo-DLC, a novel task of object-level fine-grained image captioning for remote sensing.",
        "In this work, we introduce a novel task of human pose estimation using a front-facing camera.",
        "We introduce the novel task of active mapping of moving objects, in which an agent must plan.",
    ],
)
def test_novel_task_not_read(text: str) -> None:
    assert not any(
        r == "cue.new_task" for r in (m.rule for m in extract_text(text, title="A study", model=False))
    )


def test_acronym_of_a_novel_task_is_introduced() -> None:
    text = (
        "To bridge this gap, we introduce a novel task of omnimodal referring expression segmentation (ORES)."
    )
    links = _links(text)
    assert links.get("omnimodal referring expression segmentation") == ("task", "introduced")
    assert links.get("ORES") == ("task", "introduced")
