"""Precision round 14 (docs/typing.md rules 126-129). Texts are made up in the shape of the corpus cases
(bench/reviews/prec14_sample_seed71000.tsv and the 3,000-paper dump of seed 71001); each test of a wrong
link fails on the code before the rule, and the right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _typed(text: str, kind: str) -> list[str]:
    return [m.text for m in extract_text(text) if m.type == kind]


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_text(text)}


# Rule 126: "accuracy" a purpose improves ("to improve tracking accuracy") is no measure.
@pytest.mark.parametrize(
    "text",
    [
        "A memory engine selects frames based on object pixel features to improve tracking accuracy.",
        "We design a loss to jointly improve localization accuracy and objectness prediction.",
        "Recent variants construct graph structures to improve retrieval accuracy, at a high cost.",
        "These rubrics can be edited to improve the individual accuracy of human scoring.",
    ],
)
def test_accuracy_a_purpose_improves_is_no_measure(text: str) -> None:
    assert _typed(text, "metric") == []


@pytest.mark.parametrize(
    "text",
    [
        "Experiments show that the module helps to improve tracking accuracy on LaSOT.",
        "The head is trained to improve detection accuracy by 4.2% over the baseline.",
        "Our approach achieves significantly improved registration accuracy.",
        "It improves detection accuracy by 3.1 points.",
    ],
)
def test_accuracy_in_a_finding_or_with_a_value_is_kept(text: str) -> None:
    assert _typed(text, "metric") == ["accuracy"]


# Rule 127: a list of names before a noun of another kind names no dataset.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("OCR models show strong performance on Latin and CJK scripts, but not on Ge'ez.", "CJK"),
        ("Our experiments across three Indian languages show consistent gains.", "Indian"),
        ("Experimental results across both T2V and I2V settings demonstrate that it works.", "I2V"),
        ("It achieves 99.8% layout classification accuracy on Canadian layouts.", "Canadian"),
        ("Results are strong across six imaging modalities (CT, MRI, X-ray), clearly.", "MRI"),
    ],
)
def test_names_before_a_kind_noun_are_no_datasets(text: str, wrong: str) -> None:
    assert wrong not in _names(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Experiments on the AISTD and SRD datasets demonstrate the gains.", "SRD"),
        ("We evaluate FooNet on Gait3D, GREW and BRIAR, and show that it helps.", "GREW"),
        ("Experiments across Four-OOD, OpenOOD, and Temporal-shift settings show gains.", "OpenOOD"),
    ],
)
def test_evaluation_lists_of_names_are_kept(text: str, kept: str) -> None:
    assert _names(text).get(kept) == "dataset"


# Rule 128: a counted appositive ("a 30,000-pair … dataset") types the name by its head.
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("We further introduce MFVT, a 30,000-pair mask-free try-on dataset.", "MFVT", "dataset"),
        ("We introduce FooQA, a 24.3K-question multiple-choice benchmark.", "FooQA", "benchmark"),
    ],
)
def test_a_counted_appositive_types_the_name(text: str, name: str, kind: str) -> None:
    assert _names(text).get(name) == kind


# Rule 129: a voxel grid is a data structure, not the voxelization method.
def test_a_voxel_grid_is_not_voxelization() -> None:
    text = "We encode point-cloud surfaces into a sparse voxel grid and compare voxel grids with meshes."
    assert _typed(text, "method") == []
    assert _names("We apply voxelization to the scans before a 3D CNN.").get("voxelization") == "method"
