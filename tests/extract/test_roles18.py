"""Roles round 25 (docs/typing.md rule 326). An established (lexicon) name that an introduction cue reaches
but that the sentence then applies "to" or "for" something ("We further introduce Conditional Variational
Autoencoder (CVAE) to the Att-Adapter", "this work introduces NAS to SAR object detection") is what the
paper brings to its problem, `used`. A known name released to its readers and the paper's own names keep
`introduced`."""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str) -> dict[str, str]:
    """Each mention's text and its role."""
    return {" ".join(m.text.split()): m.role for m in extract_text(text)}


def test_an_established_name_applied_to_the_problem_is_used() -> None:
    found = roles("We further introduce Conditional Variational Autoencoder (CVAE) to the adapter to fit it.")
    assert found["Conditional Variational Autoencoder"] == "used"
    assert found["CVAE"] == "used"
    found = roles("Notably, this work introduces NAS to SAR object detection for the first time.")
    assert found["NAS"] == "used"
    found = roles(
        "Specifically, we introduce Mamba, a selective state-space model with linear complexity, to capture "
        "long-range dependencies."
    )
    assert found["Mamba"] == "used"
    # a release to readers and the paper's own names keep their role
    assert roles("We release the Pile, a large corpus of diverse text.")["Pile"] == "introduced"
    found = roles("We introduce Qwen3-VL, the most capable vision-language model to date.")
    assert found["Qwen3-VL"] == "introduced"
    assert roles("We propose GlorpNet to align the two views.")["GlorpNet"] == "introduced"
