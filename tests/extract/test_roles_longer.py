"""Roles of rule 108's longer names (docs/typing.md, rule 108): a longer capitalised name that holds a known
method is the paper's own when its sentence describes a step or a part of the paper's own system; each
with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

_roles = roles_of


def test_a_longer_name_after_an_ordinal_opener_is_a_step_of_the_own_method() -> None:
    text = (
        "We propose GlorpKD, a novel framework for pose estimation. Additionally, Temporal Consistency "
        "Distillation aligns the temporal correlations between teacher and student networks."
    )
    assert _roles(text)["Temporal Consistency Distillation"] == "introduced"
    text = (
        "We propose GlorpKD, a novel framework for pose estimation. In prior work, Temporal Consistency "
        "Distillation aligns the temporal correlations between teacher and student networks."
    )
    assert _roles(text)["Temporal Consistency Distillation"] == "used"  # no ordinal or additive opener


def test_an_established_longer_name_after_an_opener_with_no_present_verb_stays_used() -> None:
    text = (
        "We propose GlorpText for spam filters. Finally, Multinomial Naive Bayes is evaluated as a baseline."
    )
    assert _roles(text)["Multinomial Naive Bayes"] == "used"


def test_a_longer_name_after_a_verb_of_composition_of_an_own_name_is_its_part() -> None:
    text = (
        "We propose GlorpFlow for dynamic scenes. The core of GlorpFlow is a self-correction mechanism, "
        "consisting of Camera Flow Matching to enforce multi-view consistency."
    )
    assert _roles(text)["Camera Flow Matching"] == "introduced"
    text = (
        "We propose GlorpFlow for dynamic scenes. The core of GlorpFlow is a self-correction mechanism, "
        "compared against Camera Flow Matching on multi-view consistency."
    )
    assert _roles(text)["Camera Flow Matching"] == "used"
