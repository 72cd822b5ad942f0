"""The evaluation readers and scorer, on small fixtures and (when present) the shared labelled sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract.evaluate import SCHEMES, detokenise, read_gold, score


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        ("WMT 1 7", "WMT17"),
        ("self - attention", "self-attention"),
        ("UCF 1 0 1 , Sports 1 M", "UCF101, Sports1M"),
        ("in 2 0 1 9 ( see Fig . 2 )", "in 2019 (see Fig. 2)"),
        ("I 3 D and S 3 D", "I3D and S3D"),
    ],
)
def test_detokenise(tokens: str, text: str) -> None:
    assert detokenise(tokens) == text


def test_readers(fx: Path) -> None:
    scier = read_gold(fx / "scier_mini.jsonl", "scier")
    assert scier[0].text == "We train on Zorblax and report results on UCF101."
    assert scier[0].mentions == (("Dataset", "Zorblax"), ("Dataset", "UCF101"))
    tdm = read_gold(fx / "tdmsci_mini.conll", "tdmsci")
    assert [(s.text, s.mentions) for s in tdm] == [
        ("We evaluate on Zorblax XL with Frobnication Accuracy.",
         (("Dataset", "Zorblax XL"), ("Metric", "Frobnication Accuracy"))),
        ("It works.", ()),
    ]  # fmt: skip
    rc = read_gold(fx / "scierc_mini.json", "scierc")
    assert rc[0].mentions == (("Method", "Quuxformer"), ("Dataset", "Zorblax"))


def test_score_counts_exact_and_partial(fx: Path) -> None:
    rows = score(read_gold(fx / "scier_mini.jsonl", "scier"), SCHEMES["scier"]).rows()
    assert rows["Dataset"]["exact"]["gold"] == 2
    assert rows["Method"]["exact"]["gold"] == 2
    for modes in rows.values():
        for r in modes.values():
            assert 0.0 <= r["p"] <= 1.0 and 0.0 <= r["r"] <= 1.0


def test_cli_json(fx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", "--gold", str(fx / "tdmsci_mini.conll"), "--format", "tdmsci", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert set(rows) >= {"Dataset", "Metric"}


@pytest.mark.shared
def test_scier_dev_targets(shared_data: Path) -> None:
    """Issue 3 targets: Dataset F1 >= 0.65; precision >= 0.80 for dataset, benchmark and model."""
    rows = score(read_gold(shared_data / "labelled" / "scier_dev.jsonl", "scier"), SCHEMES["scier"]).rows()
    assert rows["Dataset"]["exact"]["f1"] >= 0.65
    for kind in ("dataset", "benchmark", "model"):
        if rows[f"fine:{kind}"]["exact"]["pred"] >= 10:
            assert rows[f"fine:{kind}"]["exact"]["p"] >= 0.80, kind
