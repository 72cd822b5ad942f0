"""Established-name recall, session 19 (docs/typing.md rule 368; rule 369 was dropped). Texts are made up in
the shape of the corpus cases; each test of a missed or unresolved name fails on the lexicon before
the entries, and the names left out (held back under the bar, or unsafe) stay unlinked."""

from __future__ import annotations

import json

import pytest

from kg.extract.extractor import extract_text


def _ids(text: str) -> dict[str, str]:
    """Mention text -> the entity id it is linked to."""
    return {m.text: m.entity_id for m in extract_text(text)}


# Rule 368: established names and aliases the corpus writes in >= 40 abstracts that kg did not link.
@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("NNGPT: Rethinking AutoML with Large Language Models", "AutoML", "method:automl"),
        (
            "We advance automated machine learning with a new search space.",
            "automated machine learning",
            "method:automl",
        ),
        (
            "Existing KV cache compression methods keep only the important tokens.",
            "KV cache compression",
            "method:kv-cache-compression",
        ),
        (
            "Multimodal fusion improves survival prediction from slides.",
            "survival prediction",
            "task:survival-prediction",
        ),
        (
            "Infrared small target detection (IRSTD) aims to find tiny targets in clutter.",
            "Infrared small target detection",
            "task:infrared-small-target-detection",
        ),
        (
            "We propose a lightweight watermarking scheme for diffusion models.",
            "watermarking",
            "task:watermarking",
        ),
        (
            "The dataset supports normal estimation, object segmentation and 3D reconstruction.",
            "normal estimation",
            "task:surface-normal-estimation",
        ),
    ],
)
def test_established_names_are_linked(text: str, surface: str, entity: str) -> None:
    assert _ids(text).get(surface) == entity


def test_longer_name_takes_the_known_part() -> None:
    got = _ids("SemantiCache: Efficient KV Cache Compression via Semantic Chunking")
    assert got.get("KV Cache Compression") == "method:kv-cache-compression"
    assert "KV Cache" not in got


# Held back under the bar, so left out: "depth prediction" (7 of 10 right: "metric depth prediction" is the
# narrower task), "scene classification" (3 of 5: a categorisation of data, a pipeline step) and "visual
# tracking" as single object tracking (4 of 5: a benchmark's question category, a multi-object tracker).
@pytest.mark.parametrize(
    "text",
    [
        "Pose estimation, metric depth prediction and alignment are all needed.",
        "Beyond macroscopic scene classification, we annotate each prompt with tags.",
        "It covers four categories: State Mutation, Causal Inference and Visual Tracking.",
    ],
)
def test_names_held_back_under_the_bar_stay_out(text: str) -> None:
    out = ("task:depth-estimation", "task:scene-classification", "task:single-object-tracking")
    assert not any(i in out for i in _ids(text).values())


def test_mined_candidates_leave_the_new_names_out() -> None:
    from pathlib import Path

    mined = Path(__file__).resolve().parents[2] / "bench" / "concepts_mined.jsonl"
    names = {
        json.loads(line)["name"]
        for line in mined.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert "survival prediction" not in names and "normal estimation" not in names
