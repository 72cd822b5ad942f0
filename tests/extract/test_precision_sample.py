"""Precision rules read off the seed-1010 corpus sample (bench/reviews/seed1010.tsv), one test each:
the error classes the review found, written as general rules (docs/typing.md, rules 10-17)."""

from __future__ import annotations

import json
from pathlib import Path

from kg.build.job import build
from kg.extract import extract_text
from kg.extract.precision import outside_urls
from kg.extract.shapes import generic_tail, shape_candidates, spelled_out
from kg.resolve.clusters import block_edges
from kg.resolve.names import suffixed


def found(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    """Mention text -> (type, entity name) of the first mention with that text."""
    out: dict[str, tuple[str, str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, (m.type, m.name))
    return out


def test_nothing_inside_a_web_address_is_a_mention() -> None:
    text = "Code: https://github.com/microsoft/rStar and https://github.com/x/MEL-MMoE. We use rStar."
    got = [m for m in extract_text(text) if m.text in ("rStar", "MEL-MMoE")]
    assert [(m.text, m.start) for m in got] == [("rStar", text.rindex("rStar"))]
    assert outside_urls([], text) == []


def test_a_letter_or_version_suffix_makes_another_dataset() -> None:
    got = found("Experiments on ModelNet40-C, ShapeNet-C and ScanObjectNN-C. We release Manga109-v2026.")
    assert got["ModelNet40-C"] == ("dataset", "ModelNet40-C")
    assert got["ShapeNet-C"] == ("dataset", "ShapeNet-C")
    assert got["Manga109-v2026"][0] == "dataset"
    assert "ModelNet40" not in got and "ShapeNet" not in got


def test_a_variant_never_fuzzy_joins_its_base_name() -> None:
    assert suffixed("modelnet40c", "modelnet40") and not suffixed("citiscape", "cityscape")
    assert block_edges(["modelnet40", "modelnet40c"], {"modelnet40"}) == []
    assert block_edges(["segformer", "segformr"], {"segformer"}) != []  # a misspelling still joins


def test_the_papers_definition_beats_a_lexicon_acronym() -> None:
    got = found("It keeps the Attack Success Rate (ASR) below 6%. The ASR stays low.")
    assert got["ASR"] == ("metric", "Attack Success Rate")
    assert all(
        m.name != "automatic speech recognition" for m in extract_text("Attack Success Rate (ASR). ASR")
    )


def test_a_long_form_ending_in_a_class_of_models_is_a_class() -> None:
    assert generic_tail("High-Resolution Large Vision-Language Models")
    assert not generic_tail("Graph Neural Networks") and not generic_tail("Segment Anything Model")
    got = found("By cropping, High-Resolution Large Vision-Language Models (HR-LVLMs) see fine details.")
    assert "High-Resolution Large Vision-Language Models" not in got and "HR-LVLMs" not in got


def test_quantities_and_size_ranges_are_not_names() -> None:
    assert shape_candidates("the best among sub-200M parameter models") == []
    text = "Qwen models (1.5B-14B) and Foo-7B"
    assert shape_candidates(text) == [(text.index("Foo"), len(text), "model")]


def test_an_acronym_followed_by_its_lower_case_expansion_names_nothing() -> None:
    text = "In complex B2B (business-to-business) settings, two B2B agents help."
    assert spelled_out(text, text.index(" (")) and shape_candidates(text) == []
    assert "B2B" not in found(text)


def test_a_task_headed_long_form_the_paper_proposes_is_a_method() -> None:
    text = (
        "we further propose Reflected Pseudo Labels Generation (RPLG) and "
        "Background-Aware Object Localization (BAOL)."
    )
    got = found(text)
    assert got["Reflected Pseudo Labels Generation"][0] == "method"
    assert got["Background-Aware Object Localization"][0] == "method"
    got = found("We introduce the Long Video Captioning (LVC) task.")
    assert got["Long Video Captioning"][0] == "task"


def test_a_lower_case_long_form_is_a_task_when_task_follows() -> None:
    got = found("We propose a formal characterization of the deep research (DR) task.")
    assert got["deep research"][0] == "task"


def test_a_lower_case_long_form_far_from_the_cue_names_nothing() -> None:
    text = (
        "This paper provides an experimental evaluation of the capability of LLMs to assist in legal "
        "decision-making within the framework of Austrian value-added tax (VAT) law."
    )
    assert "value-added tax" not in found(text) and "VAT" not in found(text)
    assert (
        found("We propose a heuristic frame selection (HFS) step.")["heuristic frame selection"][0]
        == "method"
    )


def test_plural_data_head_after_one_name_is_a_kind_of_data() -> None:
    got = found(
        "Fine-tuning LLMs on ToM datasets degrades them. Results on the LA, Pancreas and HRF datasets."
    )
    assert "ToM" not in got
    assert got["HRF"][0] == "dataset"


def test_an_all_caps_acronym_that_spells_a_function_word_keeps_its_capitals() -> None:
    text = "Safety expressions were included in 100% of outputs."
    assert all(m.name != "ImageNet-100" for m in extract_text(text))
    assert found("We also test on IN-100.")["IN-100"][1] == "ImageNet-100"


def test_a_method_head_after_the_definition_makes_a_method() -> None:
    got = found("At its heart is a Frequency-aware Skip Estimation (FaSE) module that refines the prior.")
    assert got["Frequency-aware Skip Estimation"][0] == "method"


def test_the_appositive_types_a_new_name_across_commas_and_measures() -> None:
    got = found("We introduce SEA-NLI, a native, culturally grounded NLI benchmark for eight countries.")
    assert got["SEA-NLI"][0] == "benchmark"
    got = found("Here, we introduce SWAY, an unsupervised computational linguistic measure of sycophancy.")
    assert got["SWAY"][0] == "metric"


def test_a_long_title_prefix_the_abstract_never_repeats_is_a_description() -> None:
    title = "Three Regimes of Context-Parametric Conflict: A Predictive Framework"
    assert found("We propose a three-regime framework.", title=title) == {}
    title = "StarCraft+: Benchmarking Multi-agent Algorithms in Adversary Paradigm"
    assert found("We release it.", title=title)["StarCraft+"][0] == "benchmark"


def test_a_short_form_spelled_out_otherwise_after_it_is_redefined() -> None:
    text = "Five KPIs -- FCD (Factual Claim Density) and FGR (Factual Grounding References). FCD rises."
    assert all(m.name != "Fréchet ChemNet Distance" for m in extract_text(text))
    assert found("We report FID (Frechet Inception Distance).")["FID"][1] == "Fréchet Inception Distance"


def test_the_head_after_a_definition_and_a_list_of_modules_decide_the_type() -> None:
    got = found("We introduce the Mass Individualization Robust Anomaly Detection (MIRAD) dataset.")
    assert got["Mass Individualization Robust Anomaly Detection"][0] == "dataset"
    got = found("It features two modules: Hierarchical Information Extraction (HIE) and Foo Bar Baz (FBB).")
    assert got["Hierarchical Information Extraction"][0] == "method"


def test_an_evaluation_list_of_architectures_is_not_data() -> None:
    got = found("We trained several detectors based on the RT-DETR, RT-DETRv2 and DFINE architectures.")
    assert "DFINE" not in got and "RT-DETRv2" not in got


def test_a_maker_before_a_hardware_noun_is_the_organisation() -> None:
    text = "Runtime across CPU, Nvidia and Apple GPUs, and on NVIDIA edge devices."
    got = [(m.text, m.entity_id) for m in extract_text(text) if m.type == "organization"]
    assert got == [
        ("Nvidia", "organization:nvidia"),
        ("Apple", "organization:apple"),
        ("NVIDIA", "organization:nvidia"),
    ]
    assert found("NVIDIA released a new model.")["NVIDIA"][0] == "organization"


def test_a_papers_own_name_never_joins_a_lexicon_entity_of_another_type(tmp_path: Path) -> None:
    records = [
        {
            "id": "a1",
            "title": "IRIS: An Iterative and Integrated Framework for Causal Discovery",
            "summary": "We introduce IRIS (Iterative Retrieval and Integrated System), a novel framework.",
        },
        {
            "id": "a2",
            "title": "TREX: Automating LLM Fine-tuning",
            "summary": "In this paper, we introduce TREX, a multi-agent system that automates training.",
        },
        {"id": "a3", "title": "Data", "summary": "We evaluate on the Iris dataset and on T-REx."},
    ]
    listing = tmp_path / "listing.jsonl"
    listing.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = build([listing], tmp_path / "out")
    nodes = {n["id"]: n for n in json.loads(result.graph_path.read_text(encoding="utf-8"))["nodes"]}
    assert "method:iris" in nodes and "IRIS" not in (nodes["dataset:iris"].get("aliases") or [])
    assert "method:trex" in nodes and "TREX" not in (nodes["dataset:t-rex"].get("aliases") or [])
