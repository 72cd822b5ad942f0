"""Dataset and benchmark recall, session 21 (docs/typing.md rule 422; rule 423 was dropped: the paper's own
data came as "The X dataset" opening a sentence with no cue for its role). Texts are made up in the shape of
the corpus cases; each test of a missed name fails before the rule, and the guards keep their names unlinked
(or their role right)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text

_DATA = ("dataset", "benchmark")


def _data(text: str) -> dict[str, str]:
    """The surfaces linked as a dataset or benchmark, with their role."""
    return {m.text: m.role for m in extract_text(text) if m.type in _DATA}


# Rule 422: any lower-case describing word between "the" and a name before a singular data head.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We obtain gains of up to 1.55 dB in PSNR on the texture-rich Vid4 dataset.", "Vid4"),
        ("On the remote-camera MPIIGaze dataset, the model achieves a 7.15-degree mean error.", "MPIIGaze"),
        ("We evaluate on the global sPlotOpen dataset, modeling 12,738 plant species.", "sPlotOpen"),
        ("The classifier reaches a high accuracy on the highly imbalanced PA100K benchmark.", "PA100K"),
        ("Evaluated on the extensive MSU-4S dataset covering nine weathers, our network wins.", "MSU-4S"),
    ],
)
def test_loose_describing_word(text: str, name: str) -> None:
    assert _data(text).get(name) == "used"


@pytest.mark.parametrize(
    "text",
    [
        # the name is written elsewhere without the head (a training stage, not data)
        "We propose replacing SFT with RLSR to leverage the extensive SFT dataset in an RL framework.",
        # a language or an "-ed" token in the name
        "We use the only widely available MIPVU-annotated Chinese corpus.",
        # own new data and superlatives stay rule 198's exclusions
        "We collect the novel Glorpo dataset and the largest Snarfo dataset.",
        # "only" claims a kind, like "first"
        "To the best of our knowledge, this is the only X-ray-face dataset with this magnitude.",
        # a token that opens with a language
        "It transforms the traditional English-centric ALT benchmark into a Chinese-centric suite.",
        # a head outside rule 422's three ("database", "treebank")
        "The tools are integrated with the hospital EHR database for retrieval.",
    ],
)
def test_loose_describing_word_guards(text: str) -> None:
    assert not _data(text)


def test_loose_describing_word_own_release_is_introduced() -> None:
    text = "We also release the expanded T3DR-HIT2 benchmark, which contains 8,935 text-to-3D pairs."
    assert _data(text) == {"T3DR-HIT2": "introduced"}


def test_loose_describing_word_one_token() -> None:
    # a platform before a known name keeps the known name; a company's corpus is no named dataset
    text = "It is evaluated on the multiclass Kaggle APTOS 2019 dataset and the proprietary Noah AI corpus."
    assert _data(text) == {"APTOS 2019": "used"}
