"""Roles round 19 (docs/typing.md rules 134-137): a defined long form as the subject of a step after the cue,
"This framework" as the paper's own system (rule 136, "we built", withdrawn), and a defined long form after a
verb of composition; each with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

_roles = roles_of


def test_a_defined_long_form_leading_a_step_after_the_cue_is_introduced() -> None:
    text = (
        "In this paper, we propose GlorpTrack for tracking. Finally, the space and frequency motion fusion "
        "module (SFMF) integrates dual-domain features. To further mitigate detail loss, Informative Patch "
        "Selection (IPS) selects the patches, and Cross-Granularity Feature Enhancement (CGFE) injects them. "
        "Cross-Vehicle Attention (CVA) and Semantic-aware Noise Filter (SNF) then perform alignment."
    )
    roles = _roles(text)
    for name in ("space and frequency motion fusion module", "SFMF", "Informative Patch Selection", "IPS"):
        assert roles[name] == "introduced", name
    for name in (
        "Cross-Granularity Feature Enhancement",
        "Cross-Vehicle Attention",
        "Semantic-aware Noise Filter",
    ):
        assert roles[name] == "introduced", name


def test_a_defined_long_form_before_the_cue_or_in_the_plural_alone_is_used() -> None:
    text = (
        "Glorp Snarf Encoding (GSE) maps points to a grid. Blorp Action Models (BAMs) enable robots to act. "
        "We propose GlorpNet for control. Snarf Gate Models (SGMs) enable fast control."
    )
    roles = _roles(text)
    assert roles["Glorp Snarf Encoding"] == "used"  # the field before the paper's cue
    assert roles["Snarf Gate Models"] == "used"  # a plural subject alone: a kind of system


def test_this_framework_after_the_own_name_lists_its_parts() -> None:
    title = "GlorpSeg: Weather-Robust Segmentation"
    text = (
        "GlorpSeg, an advanced segmentation framework, addresses perception in bad weather. This framework "
        "integrates a Dual Snarf-Student Sharing Model (DSSSM) that enables distillation."
    )
    assert _roles(text, title=title)["Dual Snarf-Student Sharing Model"] == "introduced"
    background = (
        "Snarf segmentation is hard. This framework integrates a Dual Snarf-Student Sharing Model (DSSSM). "
        "We propose GlorpSeg, a segmentation framework."
    )
    assert _roles(background)["Dual Snarf-Student Sharing Model"] == "used"  # prior work, before the own name


def test_we_built_is_no_cue() -> None:
    """Rule 136 was withdrawn: "we built a dataset by combining … X, Y" lists existing work."""
    text = "We built a comprehensive dataset by combining different datasets, Snarf Doc, SnarfVillage."
    assert _roles(text).get("Snarf Doc") != "introduced"  # an existing dataset the paper combines
    assert _roles("We built upon SnarfFlowBench, a benchmark suite for agents.")["SnarfFlowBench"] == "used"


def test_a_defined_long_form_after_a_verb_of_composition_is_a_part() -> None:
    text = (
        "We propose GlorpNet for restoring. The core of GlorpNet is the Glorp Disentanglement Module (GDM), "
        "which comprises Degradation Snarf Attention (DSA) to capture weather-specific features."
    )
    assert _roles(text)["Degradation Snarf Attention"] == "introduced"
