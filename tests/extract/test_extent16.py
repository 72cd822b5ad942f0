"""Session 16 extents (docs/typing.md rule 272): a known name that ends the long form of an acronym defined
right after it is a part of that longer name. Texts are made up in the shape of the corpus cases (the
3,000-paper dumps of seeds 74800-74802); each test of a wrong link fails on the code before the rule, and
the right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "part", "longer", "kind"),
    [
        (
            "A Study of Attention\n\nWe revisit claims that self-attention implements kernel principal"
            " component analysis (KPCA) in a reproduction study.",
            "principal component analysis",
            "kernel principal component analysis",
            "method",
        ),
        (
            "Sparse Selection\n\nUnsupervised feature selection (UFS) is an important problem.",
            "feature selection",
            "Unsupervised feature selection",
            "method",
        ),
        (
            "Grounding Objects\n\nSpatio-temporal video grounding (STVG) aims to localize queried objects in"
            " videos.",
            "video grounding",
            "Spatio-temporal video grounding",
            "task",
        ),
        (
            "Tracking Targets\n\nThe belief is the posterior of a cubature Kalman filter (CKF) here.",
            "Kalman filter",
            "cubature Kalman filter",
            "method",
        ),
        (
            "Planning Paths\n\nWe study the problem of deceptive path planning (DPP) for a single agent.",
            "path planning",
            "deceptive path planning",
            "task",
        ),
    ],
)
def test_a_known_name_ending_a_defined_long_form_is_no_link_of_its_own(
    text: str, part: str, longer: str, kind: str
) -> None:
    links = _links(text)
    assert (part, kind) not in links


def test_an_organisation_ending_a_long_form_is_dropped() -> None:
    text = (
        "Hebrew Speech\n\nStandard approaches first predict vowel diacritics to produce International"
        " Phonetic Alphabet (IPA) transcriptions."
    )
    texts = {t for t, _ in _links(text)}
    assert "Alphabet" not in texts
    assert ("International Phonetic Alphabet", "organization") not in _links(text)


def test_a_task_ending_a_long_form_before_a_method_head_is_dropped() -> None:
    text = (
        "Open Detection\n\nOur approach introduces a hierarchical confidence calibration (HCC) technique,"
        " which checks consistency across levels."
    )
    links = _links(text)
    assert ("confidence calibration", "task") not in links


def test_a_known_name_that_is_the_whole_long_form_is_kept() -> None:
    text = (
        "Agents\n\nIn Decentralized Multi-Agent Reinforcement Learning (MARL), agents learn alone. We train"
        " with online reinforcement learning (RL) and evaluate human motion generation (MoGen)."
    )
    links = _links(text)
    assert any(t.endswith("Multi-Agent Reinforcement Learning") for t, _ in links)
    assert any(t.endswith("reinforcement learning") for t, _ in links)


def test_a_name_built_on_a_known_model_keeps_the_model() -> None:
    text = "Tutoring\n\nThe system combines a knowledge graph-enhanced BERT (KG-BERT) and an LSTM classifier."
    assert ("BERT", "model") in _links(text)
