"""Metric recall, session 26 (docs/typing.md rule 641; rule 640 was dropped).

Rule 641: established metrics the corpus writes without defining them, which the lexicon lacked (DISTS,
NMSE, BER / bit error rate, BLER / block error rate, AUPRO, F1-max, APCER, BPCER); a paper's own
definition of the acronym ("Boundary Edge Ratio (BER)") still wins."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Our codec achieves a 20.3% BD-rate saving over VTM.", "BD-rate"),
        ("It achieves an average BD-Rate reduction of 14.8% and a BD-PSNR gain of 0.5 dB.", "BD-PSNR"),
        ("It gives a Bjontegaard Delta Rate (BD-Rate) gain of 14.02% on lossy compression.", "BD-Rate"),
    ],
)
def test_bjontegaard_measures_of_rule_642(text: str, surface: str) -> None:
    found = {m.text: (m.type, m.name) for m in extract_text(text)}
    assert found[surface] == ("metric", surface.replace("BD-rate", "BD-Rate"))
