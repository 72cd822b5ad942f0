"""Session 18 (h18-typer2): `bench/typer_parts.py` times the name typer's parts inside the pipeline."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

Loader = Callable[[str, str], ModuleType]
TEXTS = [
    ("1", "A title", "We evaluate on TN3K, BUSI and ZorbNet, and compare with ResNet-50 on ImageNet."),
    ("2", "Another title", "Across QorvexBench, ZLTK-9 and PrundelNet, our agent beats ReAct by 12 points."),
    ("3", "A third", "We train on XBRQ and report results on the VortaMNIST and KelpQA datasets."),
]


def test_each_part_of_the_typer_is_timed_inside_the_pipeline(repo_script: Loader) -> None:
    out = repo_script("bench", "typer_parts").measure(TEXTS, warm=1)
    parts = out["parts"]
    assert out["abstracts"] == 2
    assert parts["add_names"]["calls_per_abstract"] == 1.0
    assert parts["name_spans"]["calls_per_abstract"] == 1.0
    assert parts["_HIT scan"]["calls_per_abstract"] == 1.0
    assert parts["add_names"]["us_per_abstract"] >= parts["name_spans"]["us_per_abstract"] > 0
    assert {"_run_names", "context", "name_features", "decide"} <= set(parts)


def test_the_typer_is_put_back_after(repo_script: Loader) -> None:
    from kg.extract import component, name_features, name_typer

    before = (component.add_names, name_typer.name_spans, name_features._HIT, name_features._run_names)
    decide = name_typer.NameTyper.decide
    repo_script("bench", "typer_parts").measure(TEXTS[:2], warm=1)
    after = (component.add_names, name_typer.name_spans, name_features._HIT, name_features._run_names)
    assert after == before and name_typer.NameTyper.decide is decide
