"""Session 18 (h18-typer2): `bench/typer_parts.py` times the name typer's parts inside the pipeline."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "typer_parts.py"
TEXTS = [
    ("1", "A title", "We evaluate on TN3K, BUSI and ZorbNet, and compare with ResNet-50 on ImageNet."),
    ("2", "Another title", "Across QorvexBench, ZLTK-9 and PrundelNet, our agent beats ReAct by 12 points."),
    ("3", "A third", "We train on XBRQ and report results on the VortaMNIST and KelpQA datasets."),
]


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("typer_parts_typer2_18", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_part_of_the_typer_is_timed_inside_the_pipeline() -> None:
    out = _module().measure(TEXTS, warm=1)
    parts = out["parts"]
    assert out["abstracts"] == 2
    assert parts["add_names"]["calls_per_abstract"] == 1.0
    assert parts["name_spans"]["calls_per_abstract"] == 1.0
    assert parts["_HIT scan"]["calls_per_abstract"] == 1.0
    assert parts["add_names"]["us_per_abstract"] >= parts["name_spans"]["us_per_abstract"] > 0
    assert {"_run_names", "context", "name_features", "decide"} <= set(parts)


def test_the_typer_is_put_back_after() -> None:
    from kg.extract import component, name_features, name_typer

    before = (component.add_names, name_typer.name_spans, name_features._HIT, name_features._run_names)
    decide = name_typer.NameTyper.decide
    _module().measure(TEXTS[:2], warm=1)
    after = (component.add_names, name_typer.name_spans, name_features._HIT, name_features._run_names)
    assert after == before and name_typer.NameTyper.decide is decide
