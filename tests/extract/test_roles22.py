"""Session 22, roles (rule 452): a counted set's acronym long forms are the paper's own."""

from __future__ import annotations

from kg.extract import extract_text


def _roles(text: str) -> dict[str, str]:
    return {m.text: m.role for m in extract_text(text, model=False)}


def test_counted_long_forms_far_from_the_cue_are_introduced() -> None:
    text = (
        "Moreover, we introduce two lightweight reasoning-based learning methods, "
        "Ensemble Reasoning Learning (ERL) and Progressive Reasoning Learning (PRL), "
        "to further exploit the rationales."
    )
    roles = _roles(text)
    for name in ("Ensemble Reasoning Learning", "ERL", "Progressive Reasoning Learning", "PRL"):
        assert roles[name] == "introduced", name


def test_counted_set_after_a_colon() -> None:
    text = (
        "To train these long trajectories via reinforcement learning, we introduce two techniques: "
        "Perceptual Curriculum Reward (PCR) to mitigate reward sparsity and Evidence Gradient "
        "Filtering (EGF) to improve credit assignment for visually-grounded reasoning."
    )
    roles = _roles(text)
    assert roles["Evidence Gradient Filtering"] == "introduced"
    assert roles["EGF"] == "introduced"
    # not a counted set of the paper's own: the role rules' reading stands
    text = (
        "We compare two public baselines, Ensemble Reasoning Learning (ERL) and "
        "Progressive Reasoning Learning."
    )
    assert _roles(text).get("Ensemble Reasoning Learning", "used") == "used"
    text = (
        "Evaluated on MIMIC-IV, our pipeline improves absolute timestamp accuracy (AULTC) "
        "over text-only models."
    )
    assert _roles(text).get("absolute timestamp accuracy", "used") == "used"
