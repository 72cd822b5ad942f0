"""Names a paper compares against without an introduction cue (kg/extract/compared.py)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.compared import compared_candidates


def _names(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.type) for c in compared_candidates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EntropyInfer outperforms baselines including SnapKV, AdaKV, and CritiPrefill.",
            [("SnapKV", "method"), ("AdaKV", "method"), ("CritiPrefill", "method")],
        ),
        (
            "Compared with WireMask-EA and EGPlace, ours is faster.",
            [("WireMask-EA", "method"), ("EGPlace", "method")],
        ),
        (
            "It beats strong multimodal models, such as Claude3.5-Sonnet and Foo2.",
            [("Claude3.5-Sonnet", "model"), ("Foo2", "model")],
        ),
        (
            "It outperforms HY-WorldPlay 1.5 and LingBot-World in score.",
            [("HY-WorldPlay 1.5", "method"), ("LingBot-World", "method")],
        ),
        ("an improvement over Qwen2.5-7B on math", [("Qwen2.5-7B", "model")]),
    ],
)
def test_baselines_after_a_comparison_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Single-Agent LLMs Outperform Multi-Agent Systems on reasoning.",  # part of a longer name
        "It outperforms LLMs, CNNs and SOTA methods.",  # classes and acronyms
        "FP16 beats INT8 on this silicon.",  # number formats
        "Semantic-F1 outperforms Jaccard-F1 by 15pp.",  # a metric
        "It outperforms 4 A100 GPUs.",  # hardware
        "It outperforms Transformer-based models.",  # a modifier
        "Compared to en-AU speech, it is robust.",  # a language code
        "It outperforms ViLLMs on video.",  # a class of models
        "We compare it with GPT-4o-based agents.",  # inside a longer hyphenated name
    ],
)
def test_not_baselines(text: str) -> None:
    assert _names(text) == []


def test_a_comma_list_needs_and_to_go_on() -> None:
    assert _names("Compared with FooNet, BarNet is faster.") == [("FooNet", "method")]


def test_in_the_pipeline_a_baseline_is_used_and_lexicon_matches_win() -> None:
    text = "We propose ZorbNet. ZorbNet outperforms GreedySelect and BERT on our data."
    found = {m.text: (m.type, m.role, m.rule) for m in extract_text(text)}
    assert found["GreedySelect"] == ("method", "used", "cue.compared")
    assert found["BERT"][2] != "cue.compared"  # the lexicon's mention, not this rule's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rule 218 (a): an all-capital name listed after a cue with a method head
            "ArchPilot outperforms SOTA baselines such as AIDE and ML-Master.",
            [("AIDE", "method"), ("ML-Master", "method")],
        ),
        (  # the list goes on after it
            "It surpasses recent state-of-the-art models such as BAGEL and UniWorld-V1.",
            [("BAGEL", "model"), ("UniWorld-V1", "model")],
        ),
        (
            "It outperforms methods including EraseAnything, ANT, and UCE, with higher efficacy.",
            [("EraseAnything", "method"), ("ANT", "method"), ("UCE", "method")],
        ),
        (
            "It is vulnerable to jailbreaking methods such as GCG, PEZ, and GBDA, which add suffixes.",
            [("GCG", "method"), ("PEZ", "method"), ("GBDA", "method")],
        ),
        (  # rule 218 (b): plural heads of kinds of methods
            "It builds on architectures such as WIRE and FINER-Net.",
            [("WIRE", "method"), ("FINER-Net", "method")],
        ),
        ("It builds on architectures such as YOCO and FlashKV.", [("YOCO", "method"), ("FlashKV", "method")]),
        ("It plugs into solvers, such as LaCAM, at no cost.", [("LaCAM", "method")]),
        ("Existing scene understanding methods (e.g., LSM) are limited.", [("LSM", "method")]),
        ("It builds on KV-sharing architectures such as YOCO.", [("YOCO", "method")]),
    ],
)
def test_capital_names_after_a_headed_cue(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It outperforms AIDE on MLE-Bench.",  # no head says methods: an acronym is named by its definition
        "Minimum Description Drift (MDD) beats prior methods such as MDD.",  # the paper defines it
        "We compare methods like CT and MRI scans.",  # a modifier of a noun ends the list
        "It outperforms baselines such as SOTA and LLM agents.",  # generic words
        "It runs on frameworks such as AutoGen and CrewAI.",  # software: no head of a kind of method
        "Methods such as MT are weak.",  # two letters
        "It matches human perception better than color models, such as RGB, HSV, and LAB.",  # no anchor
        "Strong models, including VISTA and MARVEL, fail.",  # after "models": no anchor
    ],
)
def test_capital_names_not_read(text: str) -> None:
    assert _names(text) == []


def test_a_known_method_anchors_capital_names() -> None:
    text = "It beats statistical models such as ARIMA and SVR on load."
    found = {m.text: (m.type, m.rule) for m in extract_text(text)}
    assert found["SVR"] == ("model", "cue.compared")  # ARIMA, a lexicon method, is the list's anchor
