"""Precision round 19 (docs/typing.md rules 236-239). Texts are made up in the shape of the corpus cases
(the 3,000-paper dumps of seeds 74100 and 74101); each test of a wrong link fails on the code before the
rules, and the right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text)}


def _texts(text: str) -> set[str]:
    return {m.text for m in extract_text(text)}


# Rule 236: a name whose last word is "Benchmark" / "Bench" / "Dataset" / "Corpus" is data.
def test_corpus_named_in_an_apposition_is_data() -> None:
    text = (
        "We introduce ESGenius, a benchmark. It comprises (i) ESGenius-QA, a set of 1,136 questions for"
        " retrieval-augmented generation (RAG) methods; and (ii) ESGenius-Corpus, a meticulously curated"
        " repository of 231 foundational frameworks and reports."
    )
    links = _links(text)
    assert ("ESGenius-Corpus", "dataset") in links
    assert ("ESGenius-Corpus", "method") not in links


def test_own_variant_benchmark_is_a_benchmark() -> None:
    text = (
        "We present DreamSwapV, a framework for subject swapping in videos. Our DreamSwapV outperforms"
        " existing methods, as validated by experiments on VBench indicators and our first introduced"
        " DreamSwapV-Benchmark."
    )
    links = _links(text)
    assert ("DreamSwapV-Benchmark", "benchmark") in links
    assert ("DreamSwapV", "method") in links  # the method itself stays a method


# Rule 237: natural and programming languages are no data and no method.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We evaluate on the Hakka and Tagalog translations with BLEU scores.", "Hakka"),
        ("We evaluate on the Hakka and Tagalog translations with BLEU scores.", "Tagalog"),
        (
            "RTL generation is hard under constraints in Verilog and VHDL. We evaluate on Verilog and VHDL.",
            "VHDL",
        ),
        (
            "RTL generation is hard under constraints in Verilog and VHDL. We evaluate on Verilog and VHDL.",
            "Verilog",
        ),
        ("We present Mimir, a CUDA/Vulkan interoperability C++ library that adds visualization.", "C++"),
    ],
)
def test_language_is_no_entity(text: str, name: str) -> None:
    assert name not in _texts(text)


# Rule 238: an acronym of a class of models, a workflow or a field in an evaluation list is no data.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vision Foundation Models (VFMs) are large pre-trained models. We evaluate feature upsampling"
            " methods on VFMs and report gains.",
            "VFMs",
        ),
        (
            "An Agentic AI Workflow (AAW) assembles several agents. We evaluate CAIR on AAWs and show gains.",
            "AAWs",
        ),
        (
            "Pathology foundation models (PFMs) have advanced rapidly. We benchmark on PFMs and on TCGA.",
            "PFMs",
        ),
    ],
)
def test_class_acronym_in_evaluation_list_is_no_data(text: str, name: str) -> None:
    assert name not in _texts(text)


def test_data_beside_a_class_acronym_is_kept() -> None:
    text = "Pathology foundation models (PFMs) have advanced rapidly. We benchmark on PFMs and on TCGA."
    assert ("TCGA", "dataset") in _links(text)


# Rule 239: one side of "A vs. B" and a measure with its value are no list items.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experiments on CN vs. AD and CN vs. MCI classification show gains of 6.2% in accuracy.", "CN"),
        ("GCAN achieves competitive performance across HC vs. SCD, HC vs. MCI, and SCD vs. MCI tasks.", "HC"),
        (
            "The model performs well on negative sentiment (F1-score 0.94) but weaker performance on positive"
            " sentiment (F1-score 0.55).",
            "F1-score 0.55",
        ),
    ],
)
def test_comparison_or_score_is_no_data(text: str, name: str) -> None:
    assert name not in _texts(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Evaluated on VerilogEval 2.0 and RTLLM 2.0, COEVO achieves 97.5% pass rate.",
            {"VerilogEval 2.0", "RTLLM 2.0"},
        ),
        ("Experiments on MNIST and CIFAR-10 show gains.", {"MNIST", "CIFAR-10"}),
    ],
)
def test_versions_and_plain_lists_are_kept(text: str, names: set[str]) -> None:
    assert names <= _texts(text)


# Rule 240: a bit width or a hop count is a quantity, no name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We deliver up to 7x speedup compared to the 16-bit model inference on 2-bit models.", "16-bit"),
        ("We deliver up to 7x speedup compared to the 16-bit model inference on 2-bit models.", "2-bit"),
        ("This approach can improve accuracy on 2-hop questions by at least 15.5 percent.", "2-hop"),
    ],
)
def test_bit_width_or_hop_count_is_no_name(text: str, name: str) -> None:
    assert name not in _texts(text)


def test_lexicon_bit_width_method_is_kept() -> None:
    # "1.58-bit" was the example until session 22 (a bit width, no BitNet alias: docs/typing.md rule 440)
    text = "We show that training with 8-bit Adam (BitTP-Weight) is optimal."
    assert ("8-bit Adam", "method") in _links(text)
