"""Precision round 15 (docs/typing.md rules 150-152): the evaluation-list rule (``cue.evaluate_on``).
Texts are made up in the shape of the corpus cases (bench/reviews/evallist15_seed71600.tsv, the
3,000-paper dump of seed 71600); each test of a wrong link fails on the code before the rule, and the
right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.patterns import evaluation_candidates


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_text(text)}


def _listed(text: str) -> list[str]:
    return [c.name for c in evaluation_candidates(text)]


# Rule 150: a score after a listed name is no part of it; a measure with its value names no data.
def test_a_score_after_a_listed_name_is_cut() -> None:
    text = "It scores well, with results on FooVQA 94.75, BarQA 88.1 and BazVista 78.6 among open models."
    assert _listed(text) == ["FooVQA", "BarQA", "BazVista"]
    assert _names(text).get("FooVQA") == "dataset"


def test_a_measure_with_its_value_is_no_dataset() -> None:
    text = "Experiments demonstrate superior performance on EPE of 2.64 px and on Bad2 of 41.49% of pixels."
    assert _listed(text) == []
    assert "EPE of 2.64" not in _names(text)


@pytest.mark.parametrize("name", ["ASAP 2.0", "ImageNet 64", "VisDrone 2019", "AIME 24"])
def test_versions_and_years_stay_in_the_name(name: str) -> None:
    assert _listed(f"Experiments on {name} and FooBench show gains.") == [name, "FooBench"]


# Rule 151: modalities and nouns of other kinds (protocols, agents) name no dataset.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Experiments show that it outperforms methods on RGB-T, RGB-D, and RGB-E tracking benchmarks.",
            "RGB-D",
        ),
        ("Experiments on four challenging MRI and CT benchmarks demonstrate gains.", "MRI"),
        (
            "Extensive experiments demonstrate it outperforms methods on both sRGB and raw video benchmarks.",
            "sRGB",
        ),
        ("Experiments were conducted on both T1- and T2-weighted modalities.", "T1"),
        ("Extensive experiments on EEG, MEG, and fMRI benchmarks demonstrate the gains.", "EEG"),
        ("Experimental evaluation across FTP and RTSP protocols demonstrates that it works.", "FTP"),
        ("Extensive experiments on GUI agents and tool-use agents demonstrate it.", "GUI"),
    ],
)
def test_modalities_and_other_kinds_are_no_datasets(text: str, wrong: str) -> None:
    assert wrong not in _listed(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Results on the LasHeR, RGBT234, RGBT210 and VOT-RGBD22 datasets show gains.", "RGBT234"),
        ("Experiments on CT-ORG and MRNet demonstrate the gains.", "CT-ORG"),
    ],
)
def test_names_that_contain_a_modality_are_kept(text: str, kept: str) -> None:
    assert kept in _listed(text)


# Rule 152: the name after a comma closing an introductory phrase is the clause's subject.
@pytest.mark.parametrize(
    ("text", "wrong", "kept"),
    [
        ("Evaluated on BABE and BASIL, HierBias achieves 0.853 F1 and 0.723 MCC.", "HierBias", "BASIL"),
        (
            "Trained from scratch on OpenWebText2, TextLDM substantially outperforms prior models.",
            "TextLDM",
            "OpenWebText2",
        ),
        (
            "Evaluated on mRi, TotalCapture, and EgoHumans, MoBind consistently outperforms baselines.",
            "MoBind",
            "EgoHumans",
        ),
    ],
)
def test_the_subject_after_an_evaluation_phrase_is_no_list_member(text: str, wrong: str, kept: str) -> None:
    listed = _listed(text)
    assert wrong not in listed and kept in listed


@pytest.mark.parametrize(
    "text",
    [
        "Experiments on MNIST, CIFAR-10, CIFAR-100 and SVHN show gains.",
        "Experiments on multiple models (FooLM-Distill and BarLM-32B) and benchmarks "
        "(Math500, GSM8K, LiveCodeBench) validate the effectiveness of FooNet.",
    ],
)
def test_lists_without_a_clause_after_them_are_kept(text: str) -> None:
    assert {"CIFAR-100", "GSM8K"} & set(_listed(text))
    assert "SVHN" in _listed(text) or "LiveCodeBench" in _listed(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("This highlights the susceptibility of the RGB model to overfitting.", "RGB"),
        ("We fine-tune the segmenter on the MRI dataset and report Dice scores.", "MRI"),
    ],
)
def test_a_modality_before_a_head_word_names_nothing(text: str, wrong: str) -> None:
    assert wrong not in _names(text)
