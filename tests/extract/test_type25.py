"""The coarse type of a paper's own names, session 25 (docs/typing.md rules 560-562).

Rule 560: an own name's appositive is read as a noun phrase whose last head word types it ("CovMatch, a
scalable dataset distillation framework" is a method, not a dataset), through a parenthesised acronym and
capitals, not past a preposition ("SAA-CBR is an effective classifier on the CLEVR-Hans datasets"); an
evaluation framework joined with a benchmark is a benchmark. Rule 562: an environment heads it: a benchmark.
(Rule 561, a dash or colon opening the appositive, was dropped.)"""

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
        ("ChatAnime, the first Emotionally Supportive Role-Playing (ESRP) dataset.", 9, "dataset"),
        ("CAMEO, a curated collection of multilingual emotional speech datasets.", 5, "dataset"),
        ("VSMRC, the Vietnamese Text Segmentation and Reading Comprehension Dataset.", 5, "dataset"),
        ("MedCalc-Env, a reinforcement learning environment built on the framework.", 11, "benchmark"),
        ("J1-ENVS, the first interactive and dynamic legal environment tailored for agents.", 7, "benchmark"),
    ],
)
def test_the_appositive_head_types_a_name(text: str, end: int, kind: str) -> None:
    assert said_type(text, end) == kind


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Foo, a new method and dataset for it.", 3),  # either
        ("ROCK, a sandbox environment manager for trajectory generation.", 4),  # a tool
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
    text = (
        "Existing benchmarks are noisy. We introduce WildASR, a multilingual (four-language) diagnostic "
        "benchmark sourced entirely from real human speech. Models fail on it."
    )
    assert _type(text, "WildASR") == {"benchmark"}
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
