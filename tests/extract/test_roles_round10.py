"""Round 10 of the role rules (issue 10 item 5, ``h5-roles5``): the paper's own data and parts said to be
made ("our newly curated X", "the constructed X", "we have created the X dataset", "A lightweight X (Y)
module"), and known names inside the paper's own noun phrase ("our ImageNet-1K experiments", "our SFT
dataset", "a Swin Transformer-based backbone"), enumerated headings and slogan titles.

Rules read off the tuning sample ``bench/reviews/roles_seed33001.tsv`` (bench/reviews/README.md, round 10).
Invented names (Glorp, Snarf …) so that no lexicon entry decides the outcome.
"""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str, title: str = "") -> dict[str, str]:
    """Each mention's role by its surface (introduced wins over used)."""
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        if out.get(m.text) != "introduced":
            out[m.text] = m.role
    return out


def test_own_data_after_newly_made_participles_is_introduced() -> None:
    text = (
        "We evaluate 79 models on our newly curated Glorp-State Snarf Damage (GSSD) benchmark dataset. "
        "On the newly introduced GlorpQA benchmark, the model improves by 33%. "
        "The constructed SNARFCI is the first Chinese incident detection dataset."
    )
    found = roles(text)
    assert found["Glorp-State Snarf Damage"] == "introduced"
    assert found["GSSD"] == "introduced"
    assert found["GlorpQA"] == "introduced"
    assert found["SNARFCI"] == "introduced"


def test_a_name_after_the_recently_proposed_stays_used() -> None:
    # "newly" marks the paper's own; "recently proposed" is somebody else's
    found = roles("We compare with the recently proposed GlorpNet and show gains.")
    assert found.get("GlorpNet", "used") == "used"


def test_we_have_created_is_an_introduction_cue() -> None:
    found = roles("Finally, we have created the GLORP-IT-210K dataset, including about 210,000 images.")
    assert found["GLORP-IT-210K"] == "introduced"


def test_a_part_defined_at_a_sentence_start_with_a_capital_article() -> None:
    text = (
        "We propose GlorpPose, a decoupled iterative framework. A lightweight Multi-Head Glorp Snarf "
        "(MHGS) module aligns cross-view features."
    )
    found = roles(text)
    assert found["Multi-Head Glorp Snarf"] == "introduced"
    # the capital article alone does not make a known kind of model a part
    found = roles("We propose GlorpNet. The transferable utility (TU) model is used in games.")
    assert found.get("transferable utility", "used") == "used"


def test_a_known_name_before_the_papers_own_experiments_is_used() -> None:
    text = "In our ImageNet-1K $256 \\times 256$ experiments, GlorpDMD improves flow-map baselines."
    assert roles(text)["ImageNet-1K"] == "used"
    assert roles("Our method is evaluated in our COCO experiments.")["COCO"] == "used"


def test_a_known_technique_before_our_data_is_the_technique_used() -> None:
    found = roles("We construct our SFT dataset from logs and train GlorpLM on it.")
    assert found["SFT"] == "used"
    assert not any(m.type == "dataset" for m in extract_text("We construct our SFT dataset from logs."))


def test_a_known_name_before_based_after_a_cue_is_used() -> None:
    found = roles("Firstly, we design a Swin Transformer-based backbone for hierarchical feature extraction.")
    assert found["Swin Transformer"] == "used"
    assert "Swin Transformer-based" not in found


def test_an_own_acronym_with_a_lower_case_long_form_then_naming_a_module_stays_introduced() -> None:
    text = (
        "We propose a novel framework with glorp-conditioned mixture-of-snarf (GCMoS) to enable streaming. "
        "Furthermore, we design a GCMoS module for continuous bit-rate adaptation."
    )
    assert roles(text)["GCMoS"] == "introduced"


def test_the_curated_alone_is_somebody_elses_curation() -> None:
    found = roles("Applying the pipeline to the curated GLORP-Large dataset yields SnarfSet, a new dataset.")
    assert found.get("GLORP-Large", "used") == "used"


def test_enumerated_headings_are_not_names_and_later_items_are() -> None:
    text = (
        "We present GlorpBench, a benchmark with three key contributions: (1) Multidimensional "
        "Evaluation: We combine final answer accuracy with reasoning quality; (2) Carefully Curated "
        "Tasks: We select 16 datasets. For ranking, we employ a scorer with two key innovations: "
        "(1) Placement Snarfs, a cold-start mechanism to estimate ratings, and (2) Proximity Glorping, "
        "an intelligent comparison strategy."
    )
    found = roles(text)
    assert "Multidimensional Evaluation" not in found
    assert "Carefully Curated Tasks" not in found
    assert found["Placement Snarfs"] == "introduced"
    assert found["Proximity Glorping"] == "introduced"


def test_a_slogan_title_prefix_is_no_name() -> None:
    found = roles(
        "We find that repeating question tokens helps. We propose Step-by-Step Glorping (SSG).",
        title="Question Tokens Deserve More Attention: Enhancing Models without Training",
    )
    assert "Question Tokens Deserve More Attention" not in found
    assert found["SSG"] == "introduced"
    found = roles("We propose it.", title="GlorpNet: Fast Snarf Nets")
    assert found["GlorpNet"] == "introduced"


def test_a_one_word_title_prefix_that_is_a_verb_stays_a_name() -> None:
    found = roles(
        "We present a representation for agents.", title="Knows: Agent-Native Research Representations"
    )
    assert found["Knows"] == "introduced"


def test_a_task_listed_among_the_features_of_an_own_benchmark_is_used() -> None:
    text = (
        "We introduce GlorpBench. The proposed Chain-of-Snarf (CoS) benchmark offers several features: "
        "(1) detailed annotations; (2) a versatile evaluation framework for rigorous assessment of "
        "specialized video-to-piano generation tasks."
    )
    found = roles(text)
    assert found["CoS"] == "introduced"
    assert found["specialized video-to-piano generation"] == "used"


def test_an_own_part_typed_as_a_task_after_a_verb_of_parts_stays_introduced() -> None:
    text = (
        "We propose GSRNA. GSRNA combines Glorp space Super-Resolution (GSR) for manifold alignment and "
        "Region-wise Snarf Addition (RSA) to enhance details."
    )
    found = roles(text)
    assert found["Glorp space Super-Resolution"] == "introduced"
    assert found["Region-wise Snarf Addition"] == "introduced"
