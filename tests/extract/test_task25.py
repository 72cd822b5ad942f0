"""Task links, session 25 (docs/typing.md rule 530): a title's task name the title rule cut off after
"Multiple", "Single", "Small", "High" or "Low" is read whole or past a property, and an abstract part of its
abstract copy gives way to the copy."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _tasks(text: str, title: str, field: str = "title") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task" and m.field == field}


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
    found = _tasks(text, title)
    assert name in found
    assert name.split(" ", 1)[1] not in found


@pytest.mark.parametrize(
    ("title", "text", "name"),
    [
        (
            "High Resolution Flood Extent Detection Using Deep Learning",
            "We study detection of floods.",
            "Flood Extent Detection",
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
    found = _tasks(text, title)
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Next Semantic Scale Prediction via Hierarchical Diffusion Language Models",
            "Semantic Scale Prediction",
        ),
        ("RayZer: A Self-supervised Large View Synthesis Model", "View Synthesis"),
        ("Bidirectional Propagation for Moving Infrared Small Target Detection", "Target Detection"),
        ("Neural Representation for Infrared Dim and Small Target Detection", "Target Detection"),
        (
            "High Performance Space Debris Tracking in Complex Skylight Backgrounds",
            "Performance Space Debris Tracking",
        ),
    ],
)
def test_next_large_and_the_narrowed_forms_leave_the_title_name_as_it_was(title: str, name: str) -> None:
    found = _tasks("We study prediction, synthesis, tracking and detection.", title)
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)


def test_a_title_task_name_after_a_colon_or_hyphen_is_unchanged_beside_a_whole_one() -> None:
    title = "Small: Object Retrieval and Generalized Multiple Fish Tracking"
    found = _tasks("We study retrieval and fish tracking.", title)
    assert "Object Retrieval" in found
    assert "Multiple Fish Tracking" in found
    title = "Small-Object Retrieval for Multiple Fish Tracking"
    found = _tasks("We study retrieval and fish tracking.", title)
    assert "Multiple Fish Tracking" in found
    assert "Small Object Retrieval" not in found


def test_an_abstract_part_of_a_title_name_gives_way_to_the_whole_name() -> None:
    title = "Iterative Optimal Attention and Local Model for Single Image Rain Streak Removal"
    text = (
        "To address these limitations, we propose an Expectation Maximization Reconstruction Transformer "
        "(EMResformer) for single image rain streak removal."
    )
    assert _tasks(text, title, "abstract") == {"single image rain streak removal"}


def test_a_part_the_abstract_also_writes_alone_keeps_its_link() -> None:
    title = "A Benchmark for Underwater Multiple Fish Tracking"
    text = (
        "We build a dataset for underwater multiple fish tracking. Results reveal differences between fish "
        "tracking and terrestrial object tracking."
    )
    assert "fish tracking" in _tasks(text, title, "abstract")
