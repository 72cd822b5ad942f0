"""Method precision, session 24 (docs/typing.md rules 512-513).

Rule 512: words the introduction cue reads as a name but that only modify an activity noun before a
container head ("a novel GNSS-inertial initialization strategy", "an ID sampling method") name nothing.
Rule 513: a name written against a dash and an article ("we propose TextSplat--the first …") ends before
the dash."""

from __future__ import annotations

import pytest

from kg.extract.extent import trim_name
from kg.extract.extractor import extract_text
from kg.extract.intro_modifier import modifies_an_activity


def _texts(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title)}


@pytest.mark.parametrize(
    ("text", "modifier"),
    [
        (
            "This paper proposes a novel GNSS-inertial initialization strategy that delays the use of global "
            "GNSS measurements.",
            "GNSS-inertial",
        ),
        ("We design an RGB-PD segmentation pipeline to integrate RGB and pseudo depth.", "RGB-PD"),
        ("We also introduce an ID sampling method for resolving the inconsistency.", "ID"),
        ("We propose an RGB-M masking strategy that appends the building footprint mask.", "RGB-M"),
        (
            "To address this, we propose a novel Marker-based Prompt learning framework (MPDrive), which "
            "represents spatial coordinates by visual markers.",
            "Marker-based Prompt",
        ),
        (
            "We design a Gaussian-Uncertainty-Perceptual heatmap prediction strategy for preserving visual "
            "quality.",
            "Gaussian-Uncertainty-Perceptual",
        ),
    ],
)
def test_a_modifier_of_an_activity_is_no_introduced_name(text: str, modifier: str) -> None:
    assert modifier not in _texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "We propose MambaX using a contrastive learning framework for retrieval.",
        "We design a new GCDetect detection head for small objects.",
        "We introduce the AnalyticScore framework for short answer scoring.",
        "We propose a Gradient-Aware Opacity Decay strategy that penalizes Gaussians.",
    ],
)
def test_names_before_other_words_stay(text: str) -> None:
    name = {
        "MambaX": "MambaX",
        "GCDetect": "GCDetect",
        "AnalyticScore": "AnalyticScore",
        "Gradient-Aware": "Gradient-Aware Opacity Decay",
    }
    expected = next(v for k, v in name.items() if k in text)
    assert expected in _texts(text)


def test_modifies_an_activity_reads_only_what_follows() -> None:
    t = "We propose an ID sampling method."
    assert modifies_an_activity(t, t.index(" sampling"))
    assert not modifies_an_activity(t, len(t))
    t = "We propose X with a sampling method."
    assert not modifies_an_activity(t, t.index(" with"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("To address this limitation, we propose TextSplat--the first text-driven framework.", "TextSplat"),
        ("We introduce MapBench-the first dataset specifically designed for maps.", "MapBench"),
        ("To address these challenges, we propose PEAR-a fast and robust framework.", "PEAR"),
    ],
)
def test_a_name_ends_before_a_dash_and_an_article(text: str, name: str) -> None:
    found = _texts(text)
    assert name in found
    assert not any(t.endswith(("-the", "-a")) for t in found)


@pytest.mark.parametrize("name", ["Qwen3-30B-A3B", "Model-A", "LLaMA-Adapter"])
def test_trim_keeps_names_with_capital_or_longer_tails(name: str) -> None:
    text = f"we use {name} here"
    start = text.index(name)
    assert trim_name(text, start, start + len(name)) == (start, start + len(name))
