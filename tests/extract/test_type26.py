"""The coarse type of a paper's own names, session 26 (docs/typing.md rule 610: 560 retried).

Rule 610: an own name's appositive is read as a noun phrase whose last head word types it ("CovMatch, a
scalable dataset distillation framework" is a method, not a dataset), through a parenthesised acronym and
capitals, not past a preposition ("SAA-CBR is an effective classifier on the CLEVR-Hans datasets"); an
evaluation framework joined with a benchmark is a benchmark; "a suite of … models" is a model, a scoring
modifier a metric as before."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.own_types import said_type


def _type(text: str, name: str, title: str = "") -> set[str]:
    return {m.type for m in extract_text(text, title=title) if m.text == name}


@pytest.mark.parametrize(
    ("text", "end", "kind"),
    [
        ("CovMatch, a scalable dataset distillation framework that aligns the two encoders.", 8, "method"),
        ("BCR, a benchmark-aligned method that predicts reasoning boundaries.", 3, "method"),
        ("WildASR, a multilingual (four-language) diagnostic benchmark sourced from speech.", 7, "benchmark"),
        ("ReMem, a Reliable Multi-hop and Multi-image Memorization Benchmark.", 5, "benchmark"),
        ("AudioTrust, the first evaluation framework and benchmark for ALLMs.", 10, "benchmark"),
        ("DeepPHY, a novel benchmark framework that evaluates agents.", 7, "benchmark"),
        ("Splatwizard, a unified benchmark toolkit designed for compression.", 11, "benchmark"),
    ],
)
def test_the_appositive_head_types_a_name(text: str, end: int, kind: str) -> None:
    assert said_type(text, end) == kind


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Foo, a new method and dataset for it.", 3),  # either
    ],
)
def test_no_head_read_from_a_mixed_or_modified_phrase(text: str, end: int) -> None:
    assert said_type(text, end) is None


@pytest.mark.parametrize(
    ("text", "end", "kind"),
    [
        ("ExpliCIT-QA, a system that extends our previous MRT approach into a pipeline.", 11, "method"),
        ("We release SEFD-v1, a 152B-token snapshot, and provide corpus-level analyses.", 18, "dataset"),
        ("AgenticPay, a benchmark and simulation framework for negotiation.", 10, "benchmark"),
    ],
)
def test_with_no_head_in_the_phrase_the_first_reading_stands(text: str, end: int, kind: str) -> None:
    assert said_type(text, end) == kind


def test_a_framework_with_benchmarks_stays_a_framework() -> None:
    assert said_type("BabyVLM, a novel framework comprising in-domain evaluation benchmarks.", 7) == "method"
    assert said_type("Foo, a new method and dataset for it.", 3) is None


def test_an_own_name_takes_its_appositive_type_in_a_paper() -> None:
    text = "We propose CovMatch, a scalable dataset distillation framework that aligns the encoders."
    assert _type(text, "CovMatch", title="CovMatch: Multimodal Dataset Distillation") == {"method"}


@pytest.mark.parametrize(
    ("text", "end", "kind"),
    [
        ("DPM++, a Dynamic Masked Metric Learning framework for re-identification.", 5, "method"),
        ("EvidenceNet, a framework and dataset for building knowledge graphs.", 11, "method"),
    ],
)
def test_a_capitalised_name_part_and_a_framework_joined_with_data(text: str, end: int, kind: str) -> None:
    assert said_type(text, end) == kind


@pytest.mark.parametrize(
    ("text", "end", "kind"),
    [
        ("Ethio-ASR, a suite of multilingual CTC-based speech recognition (ASR) models.", 9, "model"),
        ("Marco-MoE, a suite of fully open multilingual sparse Mixture-of-Experts (MoE) models.", 9, "model"),
        ("Moonshine, a suite of tiny automatic speech recognition (ASR) models for edge.", 9, "model"),
        ("Foo, a suite of tasks for evaluating models.", 3, "benchmark"),
        ("Llama-EntScore, a semantic similarity scoring method using Llama.", 14, "metric"),
        ("NEX, a white-box label-free unsupervised scoring framework for ranking.", 3, "metric"),
        ("EvoLM, a model suite that enables systematic analysis.", 5, "model"),
        ("EventDrive, a large-scale benchmark and model suite that unifies event streams", 10, "benchmark"),
        ("VSF--Med, an end-to-end vulnerability-scoring framework for medical VLMs", 8, "method"),
    ],
)
def test_a_suite_of_models_and_a_scoring_phrase(text: str, end: int, kind: str) -> None:
    assert said_type(text, end) == kind


def test_a_suite_of_models_in_a_paper() -> None:
    text = (
        "We present Ethio-ASR, a suite of multilingual CTC-based automatic speech recognition (ASR) models "
        "for five Ethiopian languages. Our models are publicly available."
    )
    assert _type(text, "Ethio-ASR", title="Ethio-ASR: Joint Multilingual Speech Recognition") == {"model"}
