"""Roles round 17 (docs/typing.md rules 97-99): known names the paper only uses after a cue (a task before a
data head, a name before "system", a release by its size, a name of a general plural class), cues the
paper words in the third person ("This paper proposes … and introduces X", "Our core strategy, X"), and own
parts in sentences of their own; each with a near miss, through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def _roles(text: str, title: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        if out.get(" ".join(m.text.split())) != "introduced":
            out[" ".join(m.text.split())] = m.role
    return out


def test_a_known_task_before_a_data_head_after_the_cue_is_used() -> None:
    roles = _roles("We establish the first semantic segmentation benchmark for railway scenes.")
    assert roles["semantic segmentation"] == "used"
    roles = _roles("We introduce GlorpSeg, a benchmark for semantic segmentation of railway scenes.")
    assert roles["GlorpSeg"] == "introduced"


def test_a_known_name_before_system_modifies_it() -> None:
    roles = _roles("This paper presents a Retrieval-Augmented Generation (RAG) system for financial reports.")
    assert roles["Retrieval-Augmented Generation"] == "used"


def test_a_release_by_its_hyphenated_size_is_used_but_a_named_variant_is_introduced() -> None:
    text = (
        "Using this framework, we create a reasoning dataset and conduct a fine-tuning of the Qwen-3-8B "
        "model on it. We also introduce GSM8K-Hi, a Hindi version of the benchmark."
    )
    roles = _roles(text)
    assert roles["Qwen-3-8B"] == "used"
    assert roles["GSM8K-Hi"] == "introduced"


def test_a_name_of_a_general_plural_class_before_a_passive_cue_is_used() -> None:
    text = (
        "Earth Observation (EO) systems are essentially designed to support domain experts. "
        "In this paper, a Glorp Fusion Network (GFN) is proposed to fuse them."
    )
    roles = _roles(text)
    assert roles.get("Earth Observation") != "introduced"
    assert roles["Glorp Fusion Network"] == "introduced"


def test_a_third_person_second_cue_after_this_paper_introduces() -> None:
    text = (
        "To address these limitations, this paper proposes a general smoothing framework based on "
        "approximation theory and introduces the Bernstein Glorp Unit (BGU). "
        "Other work adopts a smoothing framework based on splines and introduces the Spline Snarf Unit (SSU)."
    )
    roles = _roles(text)
    assert roles["Bernstein Glorp Unit"] == "introduced"
    assert roles.get("Spline Snarf Unit") != "introduced"


def test_our_core_strategy_named_in_apposition_is_introduced() -> None:
    text = (
        "Our core strategy, Turn-level Adjudicated Glorp Learning (TAGL), addresses credit assignment. "
        "Our baseline, Snarf Policy Search (SPS), is weaker."
    )
    roles = _roles(text)
    assert roles["Turn-level Adjudicated Glorp Learning"] == "introduced"
    assert roles["Snarf Policy Search"] == "used"


def test_an_own_part_after_an_article_before_a_part_noun_after_an_earlier_cue() -> None:
    text = (
        "We propose GlorpNet, a looped transformer. "
        "Second, we use an Efficient Representation Snarfing strategy to save memory. "
        "Unlike a Dense Pose Blending module, it is cheap."
    )
    roles = _roles(text)
    assert roles["Efficient Representation Snarfing"] == "introduced"
    assert roles.get("Dense Pose Blending") != "introduced"
    roles = _roles("Prior systems use an Efficient Representation Snarfing strategy to save memory.")
    assert roles.get("Efficient Representation Snarfing") != "introduced"  # no cue before it


def test_a_defined_subject_after_an_ordinal_or_its_is_an_own_part() -> None:
    text = (
        "We propose GlorpNet, a looped transformer. First, Cross-Loop Snarfing (CLS) breaks the chain. "
        "Its Orthogonal Subspace Glorping (OSG) applies rotations."
    )
    roles = _roles(text)
    assert roles["Cross-Loop Snarfing"] == "introduced"
    assert roles["Orthogonal Subspace Glorping"] == "introduced"
    text = "Cross-Loop Snarfing (CLS) breaks the chain. We propose GlorpNet, a looped transformer."
    assert _roles(text).get("Cross-Loop Snarfing") != "introduced"  # background before the cue
