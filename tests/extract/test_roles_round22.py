"""Roles round 22 (docs/typing.md rule 213): a defined part listed after one of the paper's own listed
parts takes its role; with near misses, through the whole extractor (rule 214 was dropped at the audit)."""

from __future__ import annotations

from role_reading import roles_of


def test_a_later_defined_item_of_an_own_list_is_introduced() -> None:
    text = (
        "GlorpNet comprises two key components: Snarf Extraction Module (SEM), which uses poses from "
        "known datasets, and Glorp Synthesis Module (GSM), which synthesizes motion."
    )
    roles = roles_of("We propose GlorpNet for snarf detection. " + text)
    assert roles["Glorp Synthesis Module"] == roles["GSM"] == "introduced"
    text = (
        "To this end, we propose two modules: Snarf Timestep Selection (STS) to select steps based on "
        "losses, and Glorp Feature Consolidation (GFC) to merge features."
    )
    assert roles_of(text)["Glorp Feature Consolidation"] == "introduced"


def test_a_defined_name_outside_such_a_list_stays_used() -> None:
    text = (
        "Specifically, we introduce the Snarf Residual Block (SRB) for shallow features; in stage II, we use "
        "a structure combining the Glorp Plane Block (GPB) and Glorp Mamba Block (GMB) for deep features."
    )
    roles = roles_of(text)
    assert roles.get("Glorp Mamba Block", "used") == "used"  # no list opened: "we use" governs it
    text = "We propose GlorpNet, based on Electronic Snarf Records (ESR), and Glorp Attention (GA) as well."
    assert roles.get("Glorp Attention", "used") == "used"  # the first item opens no list


def test_a_list_the_paper_presents_keeps_its_role() -> None:
    text = "We present a set of three dataset resources: Cityscapes-Pedestrian, SnarfSigns, and COCO Glorp."
    assert roles_of(text)["SnarfSigns"] == "introduced"
