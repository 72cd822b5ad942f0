"""Task precision, session 24 (docs/typing.md rule 506): a title's task name the title rule cut off after
"Next", "Multiple", "Single", "Small", "High", "Low" or "Large" is read whole, past a property, or not at
all."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _title_tasks(text: str, title: str) -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task" and m.field == "title"}


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "SORCE: Small Object Retrieval in Complex Environments",
            "We study retrieval.",
            "Small Object Retrieval",
        ),
        (
            "Single View Garment Reconstruction Using Diffusion Mapping",
            "Reconstruction of garments is hard.",
            "Single View Garment Reconstruction",
        ),
        (
            "Transition-Matrix Regularization for Next Dialogue Act Prediction in Counselling Conversations",
            "Dialogue act prediction matters.",
            "Next Dialogue Act Prediction",
        ),
        (
            "HyTver: A Novel Loss Function for Longitudinal Multiple Sclerosis Lesion Segmentation",
            "We improve multiple sclerosis lesion segmentation.",
            "Multiple Sclerosis Lesion Segmentation",
        ),
        (
            "Revolutionizing Precise Low Back Pain Diagnosis via Contrastive Learning",
            "Diagnosis is hard.",
            "Low Back Pain Diagnosis",
        ),
    ],
)
def test_a_title_task_name_cut_after_a_needed_word_is_read_whole(title: str, text: str, name: str) -> None:
    found = _title_tasks(text, title)
    assert name in found
    assert name.split(" ", 1)[1] not in found


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "High Performance Space Debris Tracking in Complex Skylight Backgrounds",
            "We study tracking of debris.",
            "Space Debris Tracking",
        ),
        (
            "Skullptor: High Fidelity 3D Head Reconstruction in Seconds",
            "Head reconstruction from images.",
            "3D Head Reconstruction",
        ),
        (
            "Low Latency Gaze Tracking via Latent Optical Sensing",
            "Gaze tracking on glasses.",
            "Gaze Tracking",
        ),
    ],
)
def test_a_property_before_a_title_task_name_is_no_part_of_it(title: str, text: str, name: str) -> None:
    found = _title_tasks(text, title)
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)


def test_a_large_reconstruction_model_names_no_task() -> None:
    title = "X-GRM: Large Gaussian Reconstruction Model for Sparse-view X-rays"
    assert "Gaussian Reconstruction" not in _title_tasks("Reconstruction from X-rays.", title)


def test_a_title_task_name_after_a_colon_or_hyphen_is_unchanged_beside_a_whole_one() -> None:
    title = "Small: Object Retrieval and Generalized Next Location Recommendation"
    found = _title_tasks("We study retrieval and location recommendation.", title)
    assert "Object Retrieval" in found
    assert "Next Location Recommendation" in found
    title = "Small-Object Retrieval for Next Location Recommendation"
    found = _title_tasks("We study retrieval and location recommendation.", title)
    assert "Next Location Recommendation" in found
    assert "Small Object Retrieval" not in found
