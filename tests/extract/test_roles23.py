"""Session 23, roles (rules 476-477): what the paper calls its own name types it."""

from __future__ import annotations

from kg.extract import extract_text


def _types(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, title=title, model=False)}


def test_a_counted_set_of_metrics_types_its_acronym_long_forms() -> None:
    text = (
        "We introduce two metrics, Retrieval Robustness to Query Complexity (RRQC) and Retrieval "
        "Robustness to Image Uncertainty (RRIU), which evaluate performance relative to query complexity."
    )
    found = _types(text)
    names = ("Retrieval Robustness to Query Complexity", "RRQC", "Retrieval Robustness to Image Uncertainty")
    for name in names:
        assert found[name] == ("metric", "introduced"), name
    # a set of methods keeps the acronym rule's type
    text = "We introduce two methods, Ensemble Reasoning Learning (ERL) and Progressive Reasoning Learning."
    assert _types(text)["Ensemble Reasoning Learning"] == ("method", "introduced")


def test_a_counted_set_of_datasets_keeps_a_benchmark_its_name_says() -> None:
    text = (
        "We also construct two dedicated datasets: nuScenes Nighttime Road Segmentation (nuScenes-NRS) "
        "and CARLA Multi-Weather Road Segmentation (CARLA-MWRS)."
    )
    assert _types(text)["CARLA Multi-Weather Road Segmentation"] == ("dataset", "introduced")
    text = (
        "We also introduce two new benchmark datasets: the RSI Shadow Detection (RSISD) dataset and "
        "the Single-image Shadow Removal Benchmark (SiSRB)."
    )
    assert _types(text)["Single-image Shadow Removal Benchmark"][0] == "benchmark"


def test_a_suite_of_models_is_a_model() -> None:
    text = "We present TranslateGemma, a suite of open machine translation models based on Gemma 3."
    assert _types(text)["TranslateGemma"] == ("model", "introduced")
    text = "We present Apertus, a fully open suite of large language models designed to address two gaps."
    assert _types(text, title="Apertus: Democratizing Open and Compliant LLMs")["Apertus"][0] == "model"
    # a suite of tasks stays a benchmark, whatever it evaluates
    text = "We introduce FooBench, a suite of tasks for evaluating language models."
    assert _types(text)["FooBench"][0] == "benchmark"
