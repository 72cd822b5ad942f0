"""Roles round 21 (docs/typing.md rules 182-184): the paper's own parts defined with their acronym after
"a / an" in a sentence of the paper's own work (182), a defined step after a short prepositional opener (183),
and "our <adjective> method, X," (184); each with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

_CUE = "We propose GlorpNet, a framework for snarf detection. "


def test_a_part_defined_with_its_acronym_after_an_article_in_own_work_is_introduced() -> None:
    roles = roles_of(_CUE + "On the perception side, we add a Snarf-Conditioned Net (SCN), which helps.")
    assert roles["Snarf-Conditioned Net"] == roles["SCN"] == "introduced"
    roles = roles_of(_CUE + "At its core is a Question-guided Glorp Attention (QGA), which learns.")
    assert roles["QGA"] == "introduced"
    roles = roles_of(_CUE + "To store them, we use an Adaptive Snarf Bank (ASB), which is small.")
    assert roles["Adaptive Snarf Bank"] == "introduced"


def test_a_defined_name_without_own_work_or_of_another_shape_is_not() -> None:
    roles = roles_of(_CUE + "The architecture utilizes a Snarf Neuro-Glorp System (SNGS) to score.")
    assert roles.get("SNGS", "used") == "used"  # no "we / our / its" before it
    roles = roles_of(_CUE + "GlorpNet has a registry built on a Distributed Snarf Table (DST), which helps.")
    assert roles.get("DST", "used") == "used"  # the own system's name says what it builds on too
    roles = roles_of(_CUE + "Our pipeline is aided by a Deep Snarf Autoencoder (DSAE), a known model.")
    assert roles.get("DSAE", "used") == "used"  # "by a …": somebody else's means
    roles = roles_of(_CUE + "We then translate our plan into a Simple Snarf Network (SSN) and verify it.")
    assert roles.get("SSN", "used") == "used"  # "into a …": a formalism the work maps onto
    roles = roles_of(_CUE + "For scheduling, we rely on a KubeSnarf Pipelines (KSP), which runs the jobs.")
    assert roles.get("KSP", "used") == "used"  # a product's camel-case spelling
    roles = roles_of(_CUE + "We evaluate it using an Efficient Snarf Transformer (EfficientSnarf).")
    assert roles.get("EfficientSnarf", "used") == "used"  # not a capitals acronym: a model's glued name
    roles = roles_of(_CUE + "We compare it with a Glorp Snarf System (GSS) reference implementation.")
    assert roles.get("GSS", "used") == "used"  # the acronym modifies a lower-case noun


def test_a_defined_step_after_a_short_prepositional_opener_is_introduced() -> None:
    roles = roles_of(_CUE + "At the loss level, Uncertainty-Guided Snarf Learning (USL) models labels.")
    assert roles["Uncertainty-Guided Snarf Learning"] == "introduced"
    roles = roles_of(_CUE + "Within this framework, Adaptive Glorp Tokenization (AGT) converts signals.")
    assert roles["AGT"] == "introduced"


def test_a_defined_subject_before_any_cue_stays_used() -> None:
    roles = roles_of("At the loss level, Uncertainty-Guided Snarf Learning (USL) models labels. " + _CUE)
    assert roles.get("USL", "used") == "used"


def test_our_described_method_in_apposition_is_the_papers_own() -> None:
    roles = roles_of("Scene completion is hard. Our novel method, SnarfDINO, adapts techniques from others.")
    assert roles["SnarfDINO"] == "introduced"
    roles = roles_of("Models are large. Our fine-tuned model, GlorpSeek-OCR, is competitive on charts.")
    assert roles["GlorpSeek-OCR"] == "introduced"
    roles = roles_of("Models are large. On our dataset, SnarfTamper reaches 0.85 on splicing.")
    assert roles.get("SnarfTamper", "used") == "used"  # no closing comma: another system's result
