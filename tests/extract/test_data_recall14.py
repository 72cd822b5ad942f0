"""Session 14, data recall: rule 198 (a data name after describing words) and the mDice entry."""

from __future__ import annotations

import pytest

from kg.extract.described_data import described_data_candidates
from kg.extract.extractor import extract_text


def _data(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text, model=False) if m.type in {"dataset", "benchmark"}}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Extensive experiments on the large-scale FE108 benchmark demonstrate gains.", "FE108", "benchmark"),
        ("Moreover, on the more diverse MvMHAT dataset, our approach tracks better.", "MvMHAT", "dataset"),
        ("On the challenging SPY benchmark, our model achieves the highest F1.", "SPY", "benchmark"),
        (
            "Experiments on the publicly available View-of-Delft dataset show gains.",
            "View-of-Delft",
            "dataset",
        ),
    ],
)
def test_describing_words_before_a_data_name(text: str, name: str, kind: str) -> None:
    assert (name, kind) in _data(text)


@pytest.mark.parametrize(
    "text",
    [
        "We evaluate on the classic SR benchmark datasets of natural images.",  # a kind before a plural head
        "This paper introduces the first Unified Any-to-Any Interleaved Multimodal dataset.",  # "first"
        "Extensive experiments on influential OOD benchmark demonstrate gains.",  # no article
        "The LLMs answer the questions in the SFT dataset.",  # a noun, not a describing word
        "To support it, we expand the existing Mandarin CS dataset with new cuers.",  # a language first
        "The HLCP earns a higher return than the standard CPMM benchmark.",  # "standard": a baseline
        "It is the most comprehensive RGB-D VSOD benchmark up to date.",  # a superlative claims a kind
        "Fine-tuning on the unseen 3D FER dataset BU-3DFE yields gains.",  # the name follows the head
    ],
)
def test_no_name_without_a_describing_word_and_its_article(text: str) -> None:
    assert not described_data_candidates(text)


def test_mdice_is_a_metric() -> None:
    found = {(m.text, m.name) for m in extract_text("It reaches 89.55% mDice and 81.46% mIoU.", model=False)}
    assert ("mDice", "Mean Dice") in found


@pytest.mark.parametrize(
    "text",
    [
        "Results on the new OCHuman-Pose dataset show clear gains.",
        "The resulting Alama Health QA dataset includes 2,000 questions.",
        "We evaluate on the self-collected XJTU-Gait dataset and report results.",
    ],
)
def test_own_new_data_words_open_no_described_name(text: str) -> None:
    """Words that present the paper's own new data open no rule-198 name (the audit, seed 73000)."""
    assert described_data_candidates(text) == []
