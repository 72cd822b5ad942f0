"""Method precision, session 23 (docs/typing.md rule 464; rules 465-466 dropped).

Rule 464: a count written as one hyphened modifier or with a plus ("an 80M-parameter model", "a 2-stage
pipeline", "100k+ images") names nothing, whatever cue found it."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.quantities import is_hardware_or_count


def _texts(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title)}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We introduce an 80M-parameter transformer for weather forecasting.", "80M-parameter"),
        ("We propose a 2-stage pipeline that first detects and then segments lesions.", "2-stage"),
        (
            "Experiments on 1.5B-parameter models demonstrate that MoDA outperforms strong baselines.",
            "1.5B-parameter",
        ),
        ("We design a 9-stop bracketing pipeline to synthesize realistic UHDR images.", "9-stop"),
    ],
)
def test_a_counted_modifier_is_no_name(text: str, count: str) -> None:
    assert count not in _texts(text)


@pytest.mark.parametrize(
    ("count", "name"),
    [
        ("80M-parameter", "2-opt"),
        ("300-example", "5-gram"),
        ("100k+", "8-puzzle"),
        ("10B-token", "3-coloring"),
        ("17-year", "3D-CNN"),
        ("20-class", "2D Gaussian Splatting"),
    ],
)
def test_counts_are_quantities_and_names_after_a_number_stay(count: str, name: str) -> None:
    assert is_hardware_or_count(count)
    assert not is_hardware_or_count(name)
