"""Precision round 22, session 19 (docs/typing.md rules 356-357): a propagated copy of a discovered name
whose own reading lost to a longer name is dropped; an evaluation-list name that is a task or hardware is no
dataset."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _names(text: str, title: str = "A study") -> set[str]:
    return {m.text for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("title", "text", "gone"),
    [
        (  # rule 356: the cue's "Post-Correction" lost to the whole name; its title copy is a part
            "Leveraging What's Overfixed: Post-Correction via LLM Grammatical Error Overcorrection",
            "To address the recall challenges in sLMs, we propose Post-Correction via Overcorrection (PoCO), "
            "a novel approach that balances recall and precision.",
            "Post-Correction",
        ),
        (
            "ACT Now: Preempting LVLM Hallucinations via Adaptive Context Integration",
            "To address this limitation, we propose Adaptive Context inTegration (ACT), a training-free "
            "inference intervention method.",
            "Adaptive Context",
        ),
    ],
)
def test_orphan_copy_dropped(title: str, text: str, gone: str) -> None:
    assert gone not in _names(text, title)


def test_orphan_copy_kept_when_the_winner_is_the_name_and_its_kind() -> None:
    title = "Efficient Robotic Policy Learning via Latent Space Backward Planning"
    text = "To address this, we propose a Latent Space Backward Planning scheme (LBP), which begins there."
    assert "Latent Space Backward Planning" in _names(text, title)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Experiments on both Mandarin ASR and Spanish-to-English AST tasks show that LESS gains.",
            "Spanish-to-English AST",
        ),  # rule 357: a mapping names a task
        ("We evaluate our method on the DSM-to-DTM translation task across diverse datasets.", "DSM-to-DTM"),
        (
            "We train dense Transformer modules trained on Ascend Neural Processing Units (NPUs).",
            "Ascend Neural Processing Units",
        ),  # hardware
        (
            "This work provides a practical and efficient solution for developing high-performance "
            "language models on Ascend edge devices.",
            "Ascend",
        ),
    ],
)
def test_evaluation_name_that_is_no_data(text: str, gone: str) -> None:
    assert gone not in _names(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We achieve 90.3% frame-wise accuracy on the JIGSAWS suturing dataset.", "JIGSAWS"),
        ("We evaluate LPM on PersonaMem v1 and LoCOMO benchmarks across backbones.", "PersonaMem"),
        ("Experiments on the Ausgrid smart-meter dataset show consistent gains.", "Ausgrid"),
        (
            "Experiments across the DeepMind Control Suite and the Adroit platform show the efficacy.",
            "Adroit",
        ),
        ("Experiments on MatrixCity, Mill-19, and UrbanScene3D demonstrate that PrismGS is fast.", "Mill-19"),
    ],
)
def test_evaluation_name_that_is_data_kept(text: str, kept: str) -> None:
    assert kept in _names(text)
