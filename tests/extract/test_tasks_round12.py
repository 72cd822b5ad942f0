"""Task links round 12 (session 15, docs/typing.md rules 203-205): the frequent wrong forms of a random sample
of task links (seed 73100), one test per rule and one for what each rule must leave alone."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "") -> list[str]:
    return [m.text for m in extract_text(text, title=title) if m.type == "task"]


def test_a_modality_pair_before_models_names_a_class_of_models() -> None:
    """Rule 203: "text-to-image (T2I) models", "T2I diffusion models", "Image-to-3D foundation models"."""
    assert (
        _tasks(
            "Recent text-to-image (T2I) diffusion models excel. We study gender bias in T2I models. "
            "Image-to-3D foundation models reconstruct shapes. We probe text-to-video models.",
            title="Tackling Intersectional Biases in Text-to-Image Diffusion Models",
        )
        == []
    )


def test_a_modality_pair_before_models_is_no_model_name_either() -> None:
    """Rule 203: with the task reading gone, "T2V models" must not become a model named "T2V"."""
    mentions = extract_text("Experiments on T2V models and TTS models verify it. We use the MAGVIT model.")
    assert [(m.text, m.type) for m in mentions] == [("MAGVIT", "model")]


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


def test_earth_observation_is_a_field() -> None:
    """Rule 204: "Earth Observation (EO)" is a domain, like remote sensing."""
    assert _tasks("Label noise poses a challenge in Earth Observation (EO). We study EO tasks.") == []


def _types(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in extract_text(text):
        out.setdefault(m.text, m.type)
    return out


def test_a_long_form_for_a_task_names_a_means_to_it() -> None:
    """Rule 205: "X for <task> (Y)" the paper introduces and "a method termed X (Y)" name a technique."""
    got = _types(
        "To tackle these challenges, we introduce Retrieval-Augmented Multimodal Model for Fake News "
        "Detection (RAMM). We evaluate 12 datasets under Meta-Prompting for Visual Recognition (MPVR). We "
        "propose a method termed Global Deep Curve Estimation (GDCE) to reduce exposure mismatch. "
        "We introduce Topic Model Translation (TMT), a novel, robust and transparent technique designed "
        "for topic models."
    )
    assert got["Retrieval-Augmented Multimodal Model for Fake News Detection"] == "method"
    assert got["Meta-Prompting for Visual Recognition"] != "method"  # not introduced here: left alone
    assert got["Global Deep Curve Estimation"] == "method"
    assert got["Topic Model Translation"] == "method"


def test_a_long_form_task_without_for_stays_a_task() -> None:
    got = _types(
        "Object-Anchored Composed Image Retrieval (OACIR) is a novel fine-grained retrieval task. "
        "Weakly-Supervised Camouflaged Object Detection (WSCOD) aims to locate objects."
    )
    assert got["Object-Anchored Composed Image Retrieval"] == "task"
    assert got["Weakly-Supervised Camouflaged Object Detection"] == "task"
    got = _types(
        "We introduce mmPISA-bench, a benchmark derived from the OECD Programme for International Student "
        "Assessment (PISA)."
    )
    assert got["Programme for International Student Assessment"] != "method"  # "for" not introduced here
