"""Roles round 17 (docs/typing.md rules 97-99): known names the paper only uses after a cue (a task before a
data head, a name before "system", a release by its size, a name of a general plural class), cues the
paper words in the third person ("This paper proposes … and introduces X", "Our core strategy, X"), and own
parts in sentences of their own; each with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

_roles = roles_of


def test_a_known_task_before_a_data_head_after_the_cue_is_used() -> None:
    roles = _roles(
        "We establish the first 3D semantic segmentation benchmark for OSDaR23, showing its potential."
    )
    assert roles["3D semantic segmentation"] == "used"
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


def test_a_counted_list_of_parts_after_a_colon_is_the_papers_own_whatever_the_verb_before() -> None:
    text = (
        "We propose GlorpNet for pose tracking. Our approach is built on two complementary modules: "
        "Dynamic Multi-Order Snarf Modeling (DMSM) and Asymmetric Glorp Optimization (AGO). "
        "The framework utilizes three crucial components: the Spatio-Temporal Snarf Encoder (STSE), "
        "the Deformable Glorp Memory (DGM), and the Pose Snarf Decoder (PSD)."
    )
    roles = _roles(text)
    for name in (
        "Dynamic Multi-Order Snarf Modeling",
        "Asymmetric Glorp Optimization",
        "Deformable Glorp Memory",
    ):
        assert roles[name] == "introduced", name
    text = "The framework utilizes three crucial components: the Spatio-Temporal Snarf Encoder (STSE)."
    assert _roles(text).get("Spatio-Temporal Snarf Encoder") != "introduced"  # no cue before "The framework"


def test_a_name_right_after_for_the_is_what_the_work_is_for() -> None:
    text = (
        "We present GlorpRAG, a RAG system developed for the SnarfQA Challenge, which evaluates question "
        "answering. SnarfQA is hard."
    )
    roles = _roles(text)
    assert roles["GlorpRAG"] == "introduced"
    assert roles["SnarfQA"] == "used"


def test_an_acronym_joined_to_a_participle_modifies_its_noun() -> None:
    text = (
        "This paper presents a resource management framework for simultaneously glorping and snarfing RIS "
        "(GS-RIS)-assisted Metaverse, where the GS-RIS is configured to help."
    )
    assert _roles(text).get("GS-RIS") != "introduced"


def test_a_subset_of_a_larger_resource_is_used() -> None:
    text = "This paper introduces GlorpEval-PK benchmark, a subset of GlorpEval project for knowledge."
    roles = _roles(text)
    assert roles["GlorpEval-PK"] == "introduced"
    assert roles.get("GlorpEval") != "introduced"


def test_an_undefined_capitals_name_before_a_described_kind_is_used() -> None:
    text = (
        "Following this, we introduce a GS refinement technique with video diffusion priors. "
        "We also propose a Top-K class selection mechanism for the student model."
    )
    roles = _roles(text)
    assert roles.get("GS") != "introduced"
    assert roles.get("Top-K") != "introduced"
    assert _roles("We introduce the UNSCENE benchmark with 1,320 videos.")["UNSCENE"] == "introduced"


def test_a_novel_lightweight_part_is_introduced_after_a_word_of_use() -> None:
    text = (
        "By employing a novel lightweight Global-Grouped Glorp Attention (GGGA) module, GlorpTrack captures "
        "long-range dependencies. By employing an efficient Snarf Coordinate Attention (SCA) module, it runs."
    )
    roles = _roles(text)
    assert roles["Global-Grouped Glorp Attention"] == "introduced"
    assert roles.get("Snarf Coordinate Attention") != "introduced"


def test_a_lower_case_measure_inside_a_counted_list_is_not_a_part() -> None:
    text = (
        "This paper presents an automatic system for recognizing diseases. "
        "The method combines three modules: (1) a ResNet-18 landmark detector that predicts landmarks, "
        "achieving a mean localization error of 3.61 pixels; (2) a normalizer to map each lung region."
    )
    assert _roles(text).get("mean localization error") != "introduced"
