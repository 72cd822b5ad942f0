"""Roles round 16 (docs/typing.md "Round 16"): a participle after a name's acronym, a known name that
says what kind of data a new dataset is, "the so-called X", a part listed after a clause with a purpose,
and variants of an own name written in capitals; each with a near miss, through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def _roles(text: str, title: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        if out.get(m.text) != "introduced":
            out[m.text] = m.role
    return out


def test_a_name_before_its_acronym_and_a_participle_modifies_the_head() -> None:
    text = (
        "We propose an Explainable AI (XAI) guided encoder shaping framework. "
        "We also propose a Glorp Prior Network (GPN) guided by depth."
    )
    roles = _roles(text)
    assert roles["Explainable AI"] == "used"
    assert roles["Glorp Prior Network"] == "introduced"  # "guided by": the name is the head


def test_a_known_name_after_a_before_a_data_head_is_the_kind_of_data() -> None:
    text = "We construct a Chain-of-Thought dataset for weather reasoning. We also release the VAR dataset."
    roles = _roles(text)
    assert roles["Chain-of-Thought"] == "used"
    assert roles["VAR"] == "introduced"


def test_the_so_called_term_is_no_new_name() -> None:
    text = (
        "We propose a new approach dubbed GlorpNet, which we train to minimize the so-termed Bellman error. "
        "We also curate a dataset, so-called KnitSet, of 31 designs."
    )
    roles = _roles(text)
    assert roles.get("Bellman") != "introduced"
    assert roles["GlorpNet"] == "introduced"
    assert roles["KnitSet"] == "introduced"


def test_a_listed_part_after_a_purpose_clause_of_the_first_part_is_introduced() -> None:
    text = (
        "In this paper, we present a manifold-aware completion framework. Our approach introduces two key "
        "modules: a Geodesic Distance Approximator (GDA), which estimates distances between points to "
        "capture the manifold topology, and a Manifold-Aware Feature Extractor (MAFE), which groups points."
    )
    roles = _roles(text)
    assert roles["GDA"] == "introduced"
    assert roles["MAFE"] == "introduced"
    text = (  # a purpose without a word of use: the part stays the paper's own
        "We propose FooAgent. Our approach includes protocols for synthesizing behaviors and a novel "
        "algorithm, Interaction-based Policy Alignment (IPA), which assigns credit over chunks."
    )
    assert _roles(text)["IPA"] == "introduced"


def test_variants_of_an_own_name_in_capitals_are_introduced_in_any_case() -> None:
    title = "GLORPLM: Towards Progress Reasoning"
    text = "We train on the curated dataset GlorpLM-45K. The trained GlorpLM-3B beats Qwen2.5-VL-7B."
    roles = _roles(text, title=title)
    assert roles["GlorpLM-45K"] == "introduced"
    assert roles["GlorpLM-3B"] == "introduced"
    assert roles["Qwen2.5-VL-7B"] == "used"


def test_an_ordinary_word_spelling_a_capitals_own_name_is_no_variant() -> None:
    title = "The Long-Horizon Task Mirage? Diagnosing Agents"
    text = "We introduce HORIZON, a benchmark. We study horizon-dependent and Long-Horizon failures."
    roles = _roles(text, title=title)
    assert roles["HORIZON"] == "introduced"
    assert roles.get("Long-Horizon") != "introduced"
    assert roles.get("horizon-dependent") != "introduced"


def test_a_single_author_i_introduces_like_we() -> None:
    roles = _roles(
        "I propose GlorpNet to rank documents with BM25. I also introduce Overlap Glorp (OG), a metric."
    )
    assert roles["GlorpNet"] == "introduced"
    assert roles["Overlap Glorp"] == "introduced"
    assert roles["BM25"] == "used"


def test_our_novel_name_module_is_the_papers_own_but_a_known_name_is_not() -> None:
    text = "We enhance Whisper into a new system and integrate our novel KVSPN module. Our LoRA module helps."
    roles = _roles(text)
    assert roles["KVSPN"] == "introduced"
    assert roles.get("LoRA") != "introduced"


def test_a_hybrid_of_known_architectures_is_used_but_a_coined_compound_is_introduced() -> None:
    roles = _roles("We present a hybrid CNN-Transformer network. We also propose CNN-Glorpformer, a network.")
    assert roles["CNN-Transformer"] == "used"
    assert roles["CNN-Glorpformer"] == "introduced"


def test_an_innovative_or_plug_and_play_name_after_the_cue_is_introduced() -> None:
    text = (
        "We propose an innovative Parasitic Glorp Approach, which works. "
        "We also propose a plug-and-play Glorp Refiner that improves BERT."
    )
    roles = _roles(text)
    assert roles["Parasitic Glorp Approach"] == "introduced"
    assert roles["Glorp Refiner"] == "introduced"
    assert roles["BERT"] == "used"


def test_an_adaptation_of_a_name_in_a_list_of_own_parts_is_not_introduced() -> None:
    text = (
        "We propose GlorpNet. Our approach features two key innovations: (i) a Glorp Fusion Module (GFM) "
        "based on a spatial operator; and (ii) an adaptation of Receiver Glorp Monitoring (RGM) to vision."
    )
    roles = _roles(text)
    assert roles["GFM"] == "introduced"
    assert roles.get("RGM") != "introduced"
