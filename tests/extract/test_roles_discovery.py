"""The paper's own names the extractor used to miss, and the role rules around them (invented names).

Rules written from the seed-13001 dev fixture and the corpus audits in bench/reviews/README.md
("Roles and the paper's own names, round 7").
"""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str) -> dict[str, str]:
    """Each mention's role by its surface (the last one wins for repeated surfaces)."""
    return {m.text: m.role for m in extract_text(text)}


def first_roles(text: str) -> dict[str, str]:
    """The role of each surface's first mention."""
    out: dict[str, str] = {}
    for m in sorted(extract_text(text), key=lambda m: m.start):
        out.setdefault(m.text, m.role)
    return out


def test_a_name_between_commas_after_the_cue_is_introduced() -> None:
    assert roles("To address this issue, we devise, GLORP, a novel detection framework for pairs.")[
        "GLORP"
    ] == ("introduced")


def test_a_single_capitalised_word_with_an_appositive_is_a_name() -> None:
    assert roles("We propose Snarfor, a multi-agent system that narrates demos.")["Snarfor"] == "introduced"
    assert "Results" not in roles("We present Results on three tasks.")  # no appositive: an ordinary word


def test_a_name_after_a_long_head_phrase_is_introduced() -> None:
    text = "We introduce an adaptive global plan-based agent paradigm GlorpPlan, aiming to guide agents."
    assert roles(text)["GlorpPlan"] == "introduced"


def test_a_quoted_name_after_the_cue_is_introduced_but_not_a_quoted_phrase() -> None:
    assert roles("We introduce an auxiliary ``Glorp Head'' trained to predict words.")["Glorp Head"] == (
        "introduced"
    )
    assert roles('We introduce a hybrid "Snarf-in-the-Loop" workflow for clinicians.') == {}


def test_lower_case_name_in_apposition_after_the_cue() -> None:
    found = {
        m.text: (m.type, m.role) for m in extract_text("We introduce snarfed near quota, an axiom for votes.")
    }
    assert found["snarfed near quota"] == ("method", "introduced")
    found = {
        m.text: (m.type, m.role) for m in extract_text("We introduce glorp anticipation, a generation task.")
    }
    assert found["glorp anticipation"] == ("task", "introduced")


def test_our_name_before_a_head_word_but_not_a_size_or_number_format() -> None:
    assert roles("Our GLORP-B (3.6B) model was trained from scratch.")["GLORP-B"] == "introduced"
    assert roles("Notably, our W4A4 model and our 7B model are fast.") == {}


def test_named_parts_in_apposition_after_a_verb_of_parts() -> None:
    text = (
        "We propose GLORP, a framework for robust benchmarks. GLORP consists of SnarfQual, a verifier "
        "trained on seed data, and SnarfGen, a generator optimised with rewards."
    )
    found = roles(text)
    assert found["SnarfQual"] == found["SnarfGen"] == "introduced"


def test_capitalised_part_names_are_discovered_and_introduced_after_a_cue() -> None:
    text = (
        "We introduce GlorpOS, the first agent framework. GlorpOS offers three services: a Workload "
        "Snarf Engine, an evolving Blorp Policy Repository, and a Glorp Fusion Module."
    )
    found = roles(text)
    assert found["Workload Snarf Engine"] == found["Blorp Policy Repository"] == "introduced"
    assert found["Glorp Fusion Module"] == "introduced"
    # not in the title, not named before, and "utilizes" uses another's part
    assert "Snarf Layer" not in roles("Agents as a Snarf Layer for Learning\n\nWe study agents.")
    used = roles("We propose GlorpDet. GlorpDet first utilizes the Snarf Block to acquire information.")
    assert used["Snarf Block"] == "used"


def test_a_capitalised_name_before_a_lower_case_part_noun() -> None:
    text = "We propose GlorpNet. Specifically, we add a Dynamic Snarf Encoding module to fuse views."
    assert roles(text)["Dynamic Snarf Encoding"] == "introduced"


def test_latex_split_names_give_their_acronym() -> None:
    text = (
        r"To address this, we propose \textbf{Gl}orping \textbf{S}narf \textbf{A}ttack (GlSA), a "
        r"training-free method. GlSA deceives detectors."
    )
    found = first_roles(text)
    assert found["GlSA"] == "introduced"
    assert not any("textbf" in m.name for m in extract_text(text))


def test_a_novel_name_is_introduced_at_its_first_mention_only() -> None:
    text = "We address this with a novel Implicit Snarf Reward Model (ISRM), which learns values."
    assert roles(text)["ISRM"] == "introduced"
    text = (
        "Glorp Snarf Quantization (GSQ) enables compression without data. To address this issue, we "
        "propose BlorpQ, a novel GSQ approach that leverages awareness."
    )
    assert {m.role for m in extract_text(text) if m.text == "GSQ"} == {"used"}


def test_we_refer_to_as_names_the_papers_own_but_referred_to_as_does_not() -> None:
    text = "We introduce a new type of network, which we collectively refer to as Snarf Visual Field (SVF)."
    assert roles(text)["SVF"] == "introduced"
    text = "Research on agents that behave well - referred to as glorp moral agents (GMAs) - must address it."
    assert roles(text).get("GMAs", "used") == "used"


def test_a_name_modifying_the_object_with_based_is_used() -> None:
    text = "This paper introduces a Snarf Logic based Decision Support System for coaches."
    assert roles(text)["Snarf Logic"] == "used"


def test_a_defined_known_kind_of_model_is_not_a_part() -> None:
    text = "We introduce glorp games. In the transferable snarf (TS) model, a coalition may share gains."
    assert roles(text).get("TS", "used") == "used"


def test_reformulating_or_enhancing_a_name_uses_it() -> None:
    text = "We propose an advancement by reformulating the SnarfRank metric into a mean."
    assert roles(text)["SnarfRank"] == "used"


def test_a_team_title_names_the_team_not_the_event() -> None:
    """The team of "X at <campaign>: …" is an organisation the paper uses (rule 93; it was read as the
    team's system, an introduced method, before teams were organisations)."""
    found = {
        m.text: (m.type, m.role)
        for m in extract_text(
            "Cheap tricks for polarisation.", title="GLORP at SnarfEval-2026 Task 9: A Study"
        )
    }
    assert found.get("GLORP") == ("organization", "used")


def test_a_metric_head_after_a_definition_types_it() -> None:
    found = {
        m.text: m.type for m in extract_text("We introduce a novel Snarf Alignment Contrast (SAC) metric.")
    }
    assert found["SAC"] == "metric"
