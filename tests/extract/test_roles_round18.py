"""Roles round 18 (docs/typing.md rules 120-123): known names listed after a cue's object, names that only
describe the paper's own system, names the paper studies or calls established, and acronym long forms the
corpus defines in many abstracts; each with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

from kg.extract.established import is_established, normalise

_roles = roles_of


def test_a_known_name_after_a_listed_name_is_no_object_of_the_cue() -> None:
    roles = _roles(
        "In this work, we present a systematic evaluation of ViT, CLIP, DINOv2, and DINOv3 on rotation."
    )
    assert roles["CLIP"] == "used"
    assert _roles("We introduce a new benchmark, GLUE, for tests.")["GLUE"] == "introduced"  # a head noun


def test_a_short_name_in_a_long_lower_case_appositive_describes_the_object() -> None:
    text = "In this paper, we propose GlorpGS-SLAM, a highly efficient and robust monocular 3DGS-SLAM system."
    roles = _roles(text)
    assert roles["GlorpGS-SLAM"] == "introduced"
    assert roles["3DGS-SLAM"] == "used"


def test_a_hybrid_of_known_architectures_is_no_part_of_the_own_system() -> None:
    text = (
        "We propose GlorpNet for stock prediction. The framework incorporates a hybrid CNN-BiLSTM to capture "
        "patterns and a Snarf-Gated Attention module to weigh them."
    )
    roles = _roles(text)
    assert roles["CNN-BiLSTM"] == "used"
    assert roles["Snarf-Gated Attention"] == "introduced"


def test_a_study_of_a_name_uses_it() -> None:
    roles = _roles(
        "In this paper, we present a comprehensive study and analysis of the Glorp-Vese algorithm."
    )
    assert roles.get("Glorp-Vese") != "introduced"
    roles = _roles("In this paper, we present the Glorp-Vese algorithm for image segmentation.")
    assert roles["Glorp-Vese"] == "introduced"


def test_a_name_called_after_a_word_of_establishment_is_used() -> None:
    text = (
        "Applying detection to RGB-D videos is an emerging task called GlorpVSOD. "
        "We propose a model called SnarfNet."
    )
    roles = _roles(text)
    assert roles["GlorpVSOD"] == "used"
    assert roles["SnarfNet"] == "introduced"


def test_an_established_acronym_long_form_is_known_for_its_role() -> None:
    text = "To address this, we introduce a novel approach that integrates Knowledge Graphs (KGs) with LLMs."
    roles = _roles(text)
    assert roles["Knowledge Graphs"] == "used"
    assert roles["KGs"] == "used"
    text = (
        "To address this, we introduce a novel approach that integrates Glorp Snarf Graphs (GSGs) with LLMs."
    )
    assert _roles(text)["Glorp Snarf Graphs"] == "introduced"  # defined in no other abstract


def test_established_forms_are_normalised_and_read_from_the_generated_list() -> None:
    assert normalise("Partially Observable Markov Decision Processes") == (
        "partially observable markov decision process"
    )
    assert is_established("Bird's-Eye-View") and not is_established("Residual Probability Approximation")


def test_a_study_noun_does_not_reach_past_a_colon() -> None:
    # session 11 audit (seed 70500): "an assessment of X: A, which …, and B" lists the cue object's items
    roles = _roles(
        "In addition, we propose two new evaluation benchmarks for a more accurate assessment of image "
        "generation capabilities: GlorpEval++, which increases instruction complexity, and Snarf-Bench, "
        "which focuses on evaluating imaginative content."
    )
    assert roles["GlorpEval++"] == "introduced"
    assert roles["Snarf-Bench"] == "introduced"
    roles = _roles("We present an analysis of GlorpNet and Snarf-Bench for segmentation.")
    assert roles.get("Snarf-Bench") != "introduced"
