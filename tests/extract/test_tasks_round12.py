"""Task links round 12 (session 15, docs/typing.md rules 203-207): the frequent wrong forms of a random sample of
task links (seed 73100), one test per rule and one for what each rule must leave alone."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "") -> list[str]:
    return [m.text for m in extract_text(text, title=title) if m.type == "task"]


def test_a_modality_pair_before_models_names_a_class_of_models() -> None:
    """Rule 203: "text-to-image (T2I) models", "T2I diffusion models", "Image-to-3D foundation models"."""
    assert _tasks(
        "Recent text-to-image (T2I) diffusion models excel. We study gender bias in T2I models. "
        "Image-to-3D foundation models reconstruct shapes. We probe text-to-video models.",
        title="Tackling Intersectional Biases in Text-to-Image Diffusion Models",
    ) == []


def test_a_modality_pair_said_as_a_task_stays_a_task() -> None:
    got = _tasks(
        "We evaluate on text-to-video and image-to-video tasks. Text-to-image generation models struggle. "
        "Existing text-to-image (T2I) benchmarks are fixed."
    )
    assert got[:3] == ["text-to-video", "image-to-video", "Text-to-image generation"]
    assert "text-to-image" in got


def test_medical_image_analysis_is_a_field() -> None:
    """Rule 204: "in medical image analysis" names a field, not a task."""
    assert _tasks("Skin lesion classification is a crucial task in medical image analysis.") == [
        "Skin lesion classification"
    ]
