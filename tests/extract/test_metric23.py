"""Metric recall, session 23 (docs/typing.md rules 488-489).

Rule 488: the acronym "EM", which the paper does not define, is the exact match score where it is reported
as a measure (a value before or after it, or listed beside a known metric). Rule 489: established metrics the
corpus writes and the lexicon lacked (J&F, Sharpe Ratio) or typed as CLIP variants (CLIP-I, CLIP-T, CLIP-IQA);
Rank-1 Accuracy matched as written (a lower-case "rank-1" is a matrix rank: "a rank-1 LoRA adapter")."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _names(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.name) for m in extract_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Experiments show that DTR consistently improves EM and F1 over standard RAG.",
        "The 3B model achieves +8.48% EM and +11.56% F1 on HotpotQA.",
        "IG-Search achieves an average EM of 0.430 with Qwen2.5-3B.",
        "TARG matches or improves EM/F1 while reducing retrieval.",
        "It surpasses the strongest baseline by up to 8.85% in F1 and 4.40% in EM.",
    ],
)
def test_reported_em_is_exact_match(text: str) -> None:
    assert _names(text)["EM"] == ("metric", "Exact Match")


def _at(text: str) -> dict[int, tuple[str, str]]:
    return {m.start: (m.type, m.name) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "other", "reported"),
    [
        ("We fit the mixture with the EM algorithm, and the reader gains 2.1% EM on SQuAD.", 28, 68),
        ("CoV delivers 116 CIDEr / 31.9 EM@1 on ScanQA and 2.1 EM on SQA3D.", 30, 53),
    ],
)
def test_only_the_reported_em_is_exact_match(text: str, other: int, reported: int) -> None:
    found = _at(text)
    assert found.get(other, ("", ""))[1] != "Exact Match"
    assert found[reported] == ("metric", "Exact Match")


def test_a_defined_em_is_left_to_the_acronym_rules() -> None:
    found = _names("Expectation maximization (EM) is run with EM and F1 logged, and CLIP-I reaches 0.66.")
    assert found.get("EM", ("", ""))[1] != "Exact Match"
    assert found["CLIP-I"] == ("metric", "CLIP-I")


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("It achieves higher CLIP-T, CLIP-I, and DINO scores.", "CLIP-I", "CLIP-I"),
        ("It achieves higher CLIP-T, CLIP-I, and DINO scores.", "CLIP-T", "CLIP-T"),
        ("It keeps competitive MANIQA, CLIP-IQA, and MUSIQ.", "CLIP-IQA", "CLIP-IQA"),
        ("STSeg achieved a J&F score of 87.26% on the test set.", "J&F score", "J&F"),
        ("Our tracker reaches 56.2 vs 41.1 J&F on video tracking.", "J&F", "J&F"),
        ("The strategy achieves an annualized Sharpe ratio of 2.41.", "Sharpe ratio", "Sharpe Ratio"),
        ("Several of them report headline Sharpe ratios.", "Sharpe ratios", "Sharpe Ratio"),
    ],
)
def test_established_metrics_are_linked(text: str, mention: str, name: str) -> None:
    assert _names(text)[mention] == ("metric", name)


def test_a_clip_model_variant_stays_a_model() -> None:
    found = _names("We introduce CLIP-IT, a method to train a vision backbone, and report CLIP-I.")
    assert found["CLIP-IT"][0] != "metric"
    assert found["CLIP-I"] == ("metric", "CLIP-I")


def test_a_lower_case_rank_one_is_a_matrix_rank() -> None:
    found = _names("A single rank-1 LoRA adapter suffices, and the model reaches 95.1% Rank-1 on MARS.")
    assert "rank-1" not in found
    assert found["Rank-1"] == ("metric", "Rank-1 Accuracy")
