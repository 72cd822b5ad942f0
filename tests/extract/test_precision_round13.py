"""Precision round 13 (session 11): docs/typing.md rules 124 and 125."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.apposed import long_form_kind
from kg.extract.thing_heads import quantity_index


def found(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    """Mention text -> (type, entity name) of the first mention with that text."""
    out: dict[str, tuple[str, str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, (m.type, m.name))
    return out


def test_an_appositive_makes_a_long_form_a_task_or_a_method() -> None:  # rule 124
    got = found(
        "We introduce relative and absolute position matching (RAPM), a diffusion distillation method "
        "that trains on one GPU."
    )
    assert got["relative and absolute position matching"][0] == "method"
    got = found("We propose Image Difference Grounding (IDG), a task designed to localize differences.")
    assert got["Image Difference Grounding"][0] == "task"
    got = found("This paper introduces Multi-Metric Image Quality Assessment (MM-IQA), a light framework.")
    assert got["Multi-Metric Image Quality Assessment"][0] == "method"


def test_an_appositive_does_not_overrule_a_data_name_or_a_method_head() -> None:  # rule 124
    t = "We propose Open Knowledge Bench (OKBench), a fully automated framework for benchmarks."
    assert long_form_kind(t, t.index("OKBench") + 7, "Open Knowledge Bench", "OKBench") is None
    t = "Masked Language Modeling (MLM), a pretraining task"
    assert long_form_kind(t, t.index("MLM") + 3, "Masked Language Modeling", "MLM") is None
    t = "Task-Relevant Token Selection (TR-TS), a task-driven framework that prunes tokens"
    assert long_form_kind(t, t.index("TR-TS") + 5, "Task-Relevant Token Selection", "TR-TS") == "method"
    t = "We propose Single Domain Generalization (SDG), a novel problem setup without target data."
    assert long_form_kind(t, t.index("SDG") + 3, "Single Domain Generalization", "SDG") is None
    t = "retrieve data from electronic health records (EHRs), a task that is slow"
    assert long_form_kind(t, t.index("EHRs") + 4, "electronic health records", "EHRs") is None


def test_an_index_of_the_world_is_no_metric() -> None:  # rule 125
    got = found("Estimating Body Mass Index (BMI) from camera images enables rapid weight checks.")
    assert "Body Mass Index" not in got and "BMI" not in got
    got = found("Sensors enable Air Quality Index (AQI) prediction; we also retrieve leaf area index (LAI).")
    assert "Air Quality Index" not in got and "leaf area index" not in got
    got = found("Models err more for countries with a lower Human Development Index (HDI).")
    assert got["Human Development Index"][0] == "metric"  # no task predicts it: rule 125 leaves it


def test_an_index_the_paper_measures_with_stays_a_metric() -> None:  # rule 125
    got = found("We introduce the Alignment Quality Index (AQI) to rank aligned models.")
    assert got["Alignment Quality Index"][0] == "metric"
    got = found("Clusters are compared by the Dunn Index (DI). DI scores are higher for our method.")
    assert got["Dunn Index"][0] == "metric"
    t = "The Drift Index (DI) is new. Our method lowers DI by 0.4."
    assert not quantity_index(t, 4, 15, "DI")
