"""Metric recall, session 26 (docs/typing.md rule 640).

Rule 640: the items of a list the text heads "metrics such as / including / like / :" are metrics whatever
their head word ("faithfulness", "answer relevancy", "style similarity"); costs and units (latency,
throughput, memory), generic words, lone words that name no quality ("prior", "loss") and a lexicon match
inside an item are left out."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _metrics(text: str) -> set[str]:
    return {m.text for m in extract_text(text) if m.type == "metric"}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "We evaluate six metrics: faithfulness, answer correctness, answer relevancy, context precision, "
            "context recall, and answer similarity.",
            {"faithfulness", "answer correctness", "answer relevancy", "context recall", "answer similarity"},
        ),
        (
            "It outperforms prior work in QA metrics such as comprehensiveness, diversity and "
            "empowerment, demonstrating its effectiveness.",
            {"comprehensiveness", "diversity"},
        ),
        (
            "Results improve across three core metrics: style similarity, content consistency, and "
            "aesthetic appeal.",
            {"style similarity", "content consistency"},
        ),
        (
            "Experiments show gains across metrics (narrative distinctness, spatial plausibility, and "
            "cumulative return).",
            {"narrative distinctness", "spatial plausibility", "cumulative return"},
        ),
    ],
)
def test_listed_metric_items_are_metrics(text: str, items: set[str]) -> None:
    assert items <= _metrics(text)


@pytest.mark.parametrize(
    ("text", "never"),
    [
        (
            "We report metrics such as latency, throughput and memory usage.",
            {"latency", "throughput", "memory usage"},
        ),
        ("Rankings use metrics such as prior, truth and format.", {"prior", "truth", "format"}),
        (
            "It is affected by metrics such as prompt strategy and text length.",
            {"prompt strategy", "text length"},
        ),
        (
            "We report gait metrics such as stride length and cortical thickness.",
            {"stride length", "cortical thickness"},
        ),
        (
            "We compare metrics such as response length thresholds and token count.",
            {"response length thresholds"},
        ),
        ("It improves metrics such as attribute accuracy and fluency.", {"attribute accuracy"}),
        ("The metrics such as coherence and fluency in generated text improve.", {"fluency in generated"}),
    ],
)
def test_costs_things_and_known_names_are_not_list_metrics(text: str, never: set[str]) -> None:
    assert not never & _metrics(text)


def test_metrics_the_paper_defines_are_introduced() -> None:
    text = (
        "We define video-level industrial metrics such as track-level defect ratio and temporal consistency."
    )
    roles = {m.text: m.role for m in extract_text(text) if m.type == "metric"}
    assert roles["track-level defect ratio"] == "introduced"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("It beats prior codecs on metrics including PSNR, LPIPS, DISTS and FID.", "DISTS", "DISTS"),
        ("The scheme has advantages in terms of both BER and NMSE.", "NMSE", "Normalized Mean Squared Error"),
        ("The scheme has advantages in terms of both BER and NMSE.", "BER", "Bit Error Rate"),
        ("It keeps a lower block error rate than random mappings.", "block error rate", "Block Error Rate"),
        ("It reaches an AUPRO of 93.5% and an F1-max of 87.0 percent.", "F1-max", "F1-max"),
        ("It reaches an average BPCER of 0.09% and APCER of 1.2%.", "APCER", "APCER"),
    ],
)
def test_metric_entries_of_rule_641(text: str, surface: str, name: str) -> None:
    found = {m.text: (m.type, m.name) for m in extract_text(text)}
    assert found[surface] == ("metric", name)


def test_a_defined_ber_stays_the_papers_own() -> None:
    text = "We use two metrics: Boundary Edge Ratio (BER) and Topology Score (TS). The BER is high."
    assert {m.name for m in extract_text(text) if m.text == "BER"} == {"BER"}
