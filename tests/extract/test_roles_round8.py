"""Round 8 of the role rules (invented names): the paper's own system as the subject of its parts, enumerated
own parts, "our <known name> <head>", coordinated long forms, a kind in apposition to a definition.

Rules written from the dev fixtures and corpus audits in bench/reviews/README.md ("Roles, round 8").
"""

from __future__ import annotations

from kg.extract import extract_text


def mentions(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's (type, role) by its surface (the first mention wins)."""
    out: dict[str, tuple[str, str]] = {}
    for m in sorted(extract_text(text), key=lambda m: m.start):
        out.setdefault(m.text, (m.type, m.role))
    return out


def test_the_own_system_as_subject_introduces_its_defined_parts() -> None:
    text = (
        "GlorpTPA: Dynamic Snarf Adaptation for Scenes\n"
        "We study scenes. GlorpTPA adopts a Serialization-based Snarf Grouping (SSG) to form patches. "
        "It then employs Structured Blorp Decomposition (SBD) to split queries."
    )
    found = mentions(text)
    assert found["SSG"][1] == found["SBD"][1] == "introduced"
    assert found["Structured Blorp Decomposition"][1] == "introduced"


def test_a_verb_of_use_with_the_definite_article_or_a_blocker_keeps_the_part_used() -> None:
    text = (
        "We propose GlorpDet, a detector. GlorpDet utilizes the Snarf Feature Block (SFB) for context. "
        "GlorpDet adopts a module based on the Blorp Broadcast Decoder (BBD)."
    )
    found = mentions(text)
    assert found.get("SFB", ("", "used"))[1] == "used"  # not introduced (found or not)
    assert found["BBD"][1] == "used"


def test_a_lower_case_definition_after_the_own_subject_is_no_name() -> None:
    text = "We release GlorpSet, a corpus. It consists of aligned RGB and Thermal snarf (TS) image pairs."
    assert "TS" not in mentions(text)


def test_enumerated_own_parts_are_discovered_and_typed_by_the_list_kind() -> None:
    text = (
        "We introduce GlorpDistil, a framework for patents. The framework employs three trust metrics: "
        "(1) Class Snarf Alignment, which measures coherence; (2) Blorp Agreement Scoring, which checks "
        "labels."
    )
    found = mentions(text)
    assert found["Class Snarf Alignment"] == ("metric", "introduced")
    assert found["Blorp Agreement Scoring"] == ("metric", "introduced")


def test_an_enumerated_list_of_compared_systems_is_not_introduced() -> None:
    text = "We propose GlorpNet. We compare three baselines: (1) Deep Snarf Ranking, which ranks pairs."
    assert mentions(text).get("Deep Snarf Ranking", ("", "used"))[1] == "used"


def test_a_known_name_modifying_the_papers_own_unnamed_thing_is_used() -> None:
    text = (
        "We show that a small drafter helps. With Llama 3 70B as the target, our MoE drafter raises the "
        "accepted length."
    )
    assert mentions(text)["MoE"][1] == "used"
    # round 14: a known method after "our" is the paper's instance of it ("our SNNs match ANNs")
    assert mentions("Our GlorpNet model beats our MoE and our Snarf-7B.")["MoE"][1] == "used"


def test_a_known_name_followed_by_with_after_the_cue_is_used() -> None:
    assert mentions("We propose RLVR with a novel snarf reward for agents.")["RLVR"][1] == "used"


def test_a_coordinated_long_form_keeps_its_first_words() -> None:
    text = (
        "We propose Concept Snarf Contrast and Long Blorp Memory for Test-Time Adaptation (CM-TTA) of "
        "segmentation models."
    )
    found = mentions(text)
    long_forms = [t for t in found if t.endswith("Test-Time Adaptation")]
    assert long_forms == ["Concept Snarf Contrast and Long Blorp Memory for Test-Time Adaptation"]
    assert found["CM-TTA"][1] == "introduced"


def test_a_kind_in_apposition_types_a_new_definition() -> None:
    text = "GlorpPO: Snarf Policy\n\nGlorpPO introduces Robust Blorp Dependency (RBD), a principled metric."
    assert mentions(text)["RBD"] == ("metric", "introduced")


def test_a_class_of_models_inside_a_name_is_no_head_word() -> None:
    found = mentions("To address the trade-off, we propose MLLMSnarf, a novel framework for segmentation.")
    assert found["MLLMSnarf"][1] == "introduced"
    assert "Snarf" not in found
