"""Role rules (kg.extract.roles), one test per rule, on invented names (bench/reviews/roles_seed*.tsv)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Mention

Extract = Callable[..., list[Mention]]


def roles(ms: list[Mention]) -> dict[str, str]:
    return {m.text: m.role for m in ms}


def test_a_purpose_phrase_ends_at_a_clause_break(extract: Extract) -> None:
    text = (
        "We devise a novel framework with two key components to extend the range, namely the "
        "Snarf-Smoothed Blorp Passing (SSBP) and the Glorp Self-Attention (GSA) modules."
    )
    assert roles(extract(text))["SSBP"] == roles(extract(text))["GSA"] == "introduced"
    # a purpose phrase still blocks in its own clause: the problem the work addresses
    ms = extract(
        "We propose a distance metric to improve re-ranking in Generalisable Snarf Re-Identification (GSRI)."
    )
    assert roles(ms)["GSRI"] == "used"


def test_a_word_of_usage_holds_across_a_clause_break(extract: Extract) -> None:
    ms = extract("We present a study using an instrument, namely the Blorp Vignette Questionnaire (BVQ).")
    assert roles(ms)["BVQ"] == "used"


def test_a_new_list_item_starts_a_fresh_scope(extract: Extract) -> None:
    text = (
        "We introduce a full stack to study this task at scale: (1) GlorpMotion-1M is a corpus of "
        "trajectories annotated from 1.16M videos; (2) SnarfBench is a human-verified benchmark."
    )
    assert roles(extract(text))["SnarfBench"] == "introduced"


def test_a_counted_class_of_systems_is_compared_against(extract: Extract) -> None:
    ms = extract("We present a benchmark of four frontier models: GlorpLM, SnarfLM, and Quuxformer-Thinking.")
    assert roles(ms)["Quuxformer-Thinking"] == "used"
    ms = extract("We present Quuxformer-Thinking, a reasoning model for parsing.")
    assert roles(ms)["Quuxformer-Thinking"] == "introduced"


def test_evaluation_as_a_noun_does_not_block(extract: Extract) -> None:
    ms = extract(
        "We propose a novel evaluation metric, mean Snarf over Candidates (mSoC), for gaze detection."
    )
    assert roles(ms)["mSoC"] == "introduced"


def test_passive_cue_introduces_what_follows_and_its_subject(extract: Extract) -> None:
    text = (
        "This paper proposes a novel GlorpNet framework. Within this framework, two key modules are "
        "developed: (1) a Snarf-to-Echo Data Alignment (SEDA) model that aligns features."
    )
    assert roles(extract(text))["SEDA"] == "introduced"
    text = "To integrate the features from the CNN, Density-Enhanced Glorp Fusion Module (DEGFM) is proposed."
    assert roles(extract(text))["DEGFM"] == "introduced"
    # a bare plural is a description of the field, not the paper's own (a class of agents, "conversational
    # blorp agents (CBAs)", names nothing at all: docs/typing.md rule 590)
    ms = extract("Most conversational blorp networks (CBNs) are designed to satisfy user needs.")
    assert roles(ms)["CBNs"] == "used"


def test_a_new_name_ending_in_a_part_noun_after_a_cue_is_a_component(extract: Extract) -> None:
    text = (
        "We present GlorpNet for valley retrieval. In the second stage, the Topographic Snarf Comparator "
        "and the Morphological Blorp Module (MBM) evaluate the texture."
    )
    assert roles(extract(text))["MBM"] == "introduced"
    # without a cue in the paper it is someone else's module
    ms = extract("The Morphological Blorp Module (MBM) evaluates the texture.")
    assert roles(ms)["MBM"] == "used"


def test_our_designed_names_the_contribution(extract: Extract) -> None:
    text = "We propose GlorpNet. The refiner employs our designed frequency-windowed snarf networks (FW-SN)."
    assert roles(extract(text))["FW-SN"] == "introduced"


def test_known_name_after_the_cue_must_be_the_object(extract: Extract) -> None:
    ms = extract("This paper presents a new Quuxformer compression framework called GlorpGS.")
    assert (roles(ms)["Quuxformer"], roles(ms)["GlorpGS"]) == ("used", "introduced")
    ms = extract("To train and evaluate it, we construct the Quuxformer dataset from web pages.")
    assert roles(ms)["Quuxformer"] == "introduced"


def test_title_prefix_of_a_known_lowercase_concept_is_used(extract: Extract) -> None:
    ms = extract("We study prompts.", title="Prompt Engineering: How Prompt Vocabulary Affects Knowledge")
    assert roles(ms)["Prompt Engineering"] == "used"
    ms = extract("We study corpora.", title="Zorblax XL: A Bigger Corpus for Parsing")
    assert roles(ms)["Zorblax XL"] == "introduced"


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        ("Knowledge Distillation: Enhancing Compression with Gradients", "Knowledge Distillation", "used"),
        ("Vision Transformers: the Threat of Adversarial Patches", "Vision Transformers", "used"),
        ("Meta-Learning: How to Continuously Teach Humans", "Meta-Learning", "used"),
        ("SAC: A Sparse Adapter for Compression", "SAC", "introduced"),
        ("P2S: Probabilistic Process Supervision", "P2S", "introduced"),
        ("Segment Anything: Towards Any Object", "Segment Anything", "introduced"),
    ],
)
def test_title_prefix_of_a_known_concept_in_title_case_is_used(
    extract: Extract, title: str, name: str, role: str
) -> None:
    # a lexicon concept (written in lower case too) in ordinary words is the paper's topic; an acronym
    # or a name with inner capitals is the paper's own name, and so is a model the lexicon knows
    assert roles(extract("We study it.", title=title))[name] == role


def test_by_introducing_is_a_cue(extract: Extract) -> None:
    text = "By introducing a multi-layer snarf training (MST) paradigm, this paper proposes GlorpNet."
    assert roles(extract(text))["MST"] == "introduced"


def test_our_system_named_in_apposition(extract: Extract) -> None:
    ms = extract("We study parsing. Our approach, Snarf Encoding with Graph (SEG), processes documents.")
    assert roles(ms)["SEG"] == "introduced"
    # "a strategy known as …" describes existing work
    ms = extract("It is common practice to clamp eigenvalues, a strategy known as Projected Glorp (PG).")
    assert roles(ms).get("PG", "used") == "used"


def test_a_capitalised_part_the_paper_presents_is_a_named_method(extract: Extract) -> None:
    text = "This study proposes GlorpNet. It then employs an Intersection-Aware Snarf Fusion (IASF) module."
    assert roles(extract(text))["IASF"] == "introduced"
    # a lower-case long form stays unlinked: too often an ordinary term
    text = (
        "This study proposes GlorpNet. The rank is introduced as a metric for two technologies, i.e., "
        "movable snarf antenna (MSA) and pinching snarf antenna (PSA)."
    )
    assert "MSA" not in roles(extract(text))


def test_a_name_in_apposition_after_a_long_head_phrase(extract: Extract) -> None:
    text = (
        "We introduce a trainable dynamic mask sparse attention mechanism, Glorp Mask Attention, which works."
    )
    assert roles(extract(text))["Glorp Mask Attention"] == "introduced"
    text = "Second, we develop a large-scale multimodal CAD dataset, snarfABC, which includes 1.3M models."
    ms = extract(text)
    assert (roles(ms)["snarfABC"], {m.text: m.type for m in ms}["snarfABC"]) == ("introduced", "dataset")


def test_a_lowercase_part_defined_with_the_is_a_component(extract: Extract) -> None:
    text = (
        "This paper proposes GlorpNet. It consists of three modules: the clustering-based snarf "
        "selection (CSS) module mines patterns; the prototypical glorp alignment (PGA) module aligns them."
    )
    assert roles(extract(text))["CSS"] == roles(extract(text))["PGA"] == "introduced"


def test_the_original_of_a_new_version_is_used(extract: Extract) -> None:
    ms = extract(
        "In this study, we present GLS+, an enhanced version of the Glorp Lesion Snarfing (GLS) model."
    )
    assert (roles(ms)["GLS+"], roles(ms)["GLS"]) == ("introduced", "used")
    ms = extract(
        "We present GlorpTS, a system that leverages the Multidimensional Snarf Metrics (MSM) framework."
    )
    assert roles(ms)["MSM"] == "used"


# Round 5 (bench/reviews/roles_seed7101.tsv, roles_seed7102.tsv)


def test_parts_listed_by_the_papers_own_named_system_are_introduced(extract: Extract) -> None:
    text = (
        "We propose GlorpTMA for online snarf detection. The GlorpTMA model incorporates a GRU-based "
        "blorp masked attention (BMA) cell, which queries the input video."
    )
    assert roles(extract(text))["BMA"] == "introduced"
    text = (
        "We also propose SnarfKI, a detector. SnarfKI comprises two core components: 1) a cross-domain "
        "glorp adapter (CGA) for extracting clues from both domains during training, and 2) a medical "
        "blorp retrieval module (MBRM) that boosts detection accuracy."
    )
    assert roles(extract(text))["MBRM"] == "introduced"
    # the subject must be the paper's own name: another system's parts are used
    text = "We propose GlorpTMA. The BarNet model incorporates a GRU-based blorp masked attention (BMA) cell."
    assert roles(extract(text))["BMA"] == "used"


def test_a_known_name_before_its_acronym_and_a_capitalised_word_is_part_of_a_longer_name(
    extract: Extract,
) -> None:
    ms = extract("To address this, we propose the Quuxformer (QF) Adaptation, inspired by patterns.")
    assert roles(ms)["Quuxformer"] == "used"
    ms = extract("To address this, we propose the Quuxformer (QF), inspired by patterns.")
    assert roles(ms)["Quuxformer"] == "introduced"


def test_the_title_prefix_of_a_survey_is_its_topic(extract: Extract) -> None:
    for subtitle in ("Recent Advances and Open Challenges", "A Comprehensive Survey", "A Review"):
        title = f"Snarf-View Glorp Reconstruction: {subtitle}"
        ms = extract("This survey reviews the latest advances.", title=title)
        assert roles(ms)["Snarf-View Glorp Reconstruction"] == "used"
    ms = extract("We propose it.", title="GlorpRecon: Snarf-View Reconstruction with Priors")
    assert roles(ms)["GlorpRecon"] == "introduced"


def test_a_new_name_leading_the_subtitle_of_a_named_title_is_the_papers_own(extract: Extract) -> None:
    title = "GLORPOSE: Hyperbolic Snarf Phase-Space Attention for 3D Human Pose Estimation"
    text = (
        "We introduce GLORPOSE, a pose framework. To this end, we aim to improve geometric fidelity with "
        "Hyperbolic Snarf Phase-Space Attention (HSPSA), embedding joints without distortion."
    )
    in_title = {m.text: m.role for m in extract(text, title=title) if m.field == "title"}
    assert in_title["Hyperbolic Snarf Phase-Space Attention"] == "introduced"  # the paper's edge: INTRODUCES
    # a name after "via" / "with" / "for" in the subtitle is something the work uses or addresses
    title = "GlorpDet: Snarf Detection via Blorp Phase Attention"
    text = "We build GlorpDet on the Blorp Phase Attention (BPA) of prior work."
    assert {m.role for m in extract(text, title=title) if m.text == "Blorp Phase Attention"} == {"used"}
    title = "GlorpTrack: Tracking Deformable Snarf Objects Using Splatting"  # a gerund of use before it
    text = "We present GlorpTrack for Deformable Snarf Objects (DSO)."
    assert {m.role for m in extract(text, title=title) if m.text == "Deformable Snarf Objects"} == {"used"}


def test_a_second_object_of_the_cue_after_a_purpose_phrase(extract: Extract) -> None:
    text = (
        "This paper proposes an Adaptive Glorp Difference Convolution (AGDC) module that facilitates "
        "integration by exploiting advantages in texture extraction, and a Feature Snarf Registration "
        "Network (FSRN) to mitigate structural misalignment."
    )
    assert roles(extract(text))["FSRN"] == "introduced"


def test_a_task_the_paper_defines_is_introduced(extract: Extract) -> None:
    text = (
        "Our contribution is manifold: first, we formally define the problem of Conformal Glorp "
        "Detection (CGD) and introduce a novel method."
    )
    ms = extract(text)
    assert ({m.text: m.type for m in ms}["CGD"], roles(ms)["CGD"]) == ("task", "introduced")
    ms = extract("Existing work addresses the problem of Conformal Glorp Detection (CGD) with priors.")
    assert roles(ms)["CGD"] == "used"


# Round 6 (read off seeds 7101-7103; seed 7104 held back)


def test_a_second_verb_of_the_papers_own_work(extract: Extract) -> None:
    text = "We formalize a framework for snarfs and propose an evaluation pipeline, GlorpEval, to assess."
    assert roles(extract(text))["GlorpEval"] == "introduced"
    text = "Earlier studies formalize a framework for snarfs and propose an evaluation pipeline, GlorpEval."
    assert roles(extract(text))["GlorpEval"] == "used"


def test_sized_variants_of_the_papers_own_name_are_introduced(extract: Extract) -> None:
    text = "We introduce GlorpLM-H1, a family of models. The flagship GlorpLM-H1-34B matches larger models."
    assert roles(extract(text))["GlorpLM-H1-34B"] == "introduced"


def test_a_new_name_that_only_describes_the_cues_object_is_used(extract: Extract) -> None:
    ms = extract(
        "In snarf distillation (SD), logits matter. We propose a simple yet effective SD method termed "
        "Progressive Glorp Distillation (PGD)."
    )
    assert (roles(ms)["SD"], roles(ms)["PGD"]) == ("used", "introduced")
    ms = extract(
        "Single Snarf Tracking (SST) aims to localize targets. To this end, we propose a robust long-term "
        "SST framework, GlorpTrack, which tracks."
    )
    assert ([m.role for m in ms if m.text == "SST"], roles(ms)["GlorpTrack"]) == (
        ["used", "used"],
        "introduced",
    )
    ms = extract(
        "We propose GlorpYuan, an ISGM spleen-stomach diagnostic framework. Specifically, the ISGM dataset "
        "was curated."
    )
    assert [m.role for m in ms if m.text == "ISGM"] == ["used", "used"]


def test_a_gerund_of_study_before_a_subtitle_name(extract: Extract) -> None:
    title = "GlorpAlign: Aligning Dynamic Snarf Relationships in Video Generation"
    text = "We present GlorpAlign to depict Dynamic Snarf Relationships (DSR) in videos."
    assert {m.role for m in extract(text, title=title) if m.text == "Dynamic Snarf Relationships"} == {"used"}
    title = "GlorpSPC: Evolving Glorp Snarf Critic via Adversarial Games"
    text = "GlorpSPC trains a Glorp Snarf Critic (GSC) through games."
    assert "introduced" in {m.role for m in extract(text, title=title) if m.text == "Glorp Snarf Critic"}


def test_a_known_name_after_a_hyphenated_adjective_names_a_new_variant(extract: Extract) -> None:
    text = "We introduce cost-aware Quuxformer, a setting where evidence has a price."
    assert roles(extract(text))["Quuxformer"] == "used"
    assert roles(extract(text.replace("cost-aware ", "")))["Quuxformer"] == "introduced"


def test_a_name_in_the_purpose_phrase_of_the_cues_object_is_used(extract: Extract) -> None:
    text = "We present GlorpQuant, a quantization framework for Snarf Autoregressive (SAR) models."
    ms = extract(text)
    assert (roles(ms)["GlorpQuant"], roles(ms)["SAR"]) == ("introduced", "used")
