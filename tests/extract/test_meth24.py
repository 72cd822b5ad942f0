"""Method precision, session 24 (docs/typing.md rule 513; rule 512 dropped).

Rule 513: a name written against a dash and an article ("we propose TextSplat--the first …", "we introduce
MapBench-the first dataset …", "PEAR-a fast and robust framework") ends before the dash: the dash opens the
apposition. Before, the cue linked "TextSplat--the" as its own entity."""

from __future__ import annotations

import pytest

from kg.extract.extent import trim_name
from kg.extract.extractor import extract_text


def _texts(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("To address this limitation, we propose TextSplat--the first text-driven framework.", "TextSplat"),
        ("We introduce MapBench-the first dataset specifically designed for maps.", "MapBench"),
        ("To address these challenges, we propose PEAR-a fast and robust framework.", "PEAR"),
        ("We also propose Dynamic Alignment-an alignment framework that aligns an LLM.", "Dynamic Alignment"),
        ("Pretrained on TransVerse-a synthesized transient dataset of 500K models, it adapts.", "TransVerse"),
    ],
)
def test_a_name_ends_before_a_dash_and_an_article(text: str, name: str) -> None:
    found = _texts(text)
    assert name in found
    assert not any(t.endswith(("-the", "-a", "-an")) for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we propose EventMamba--a specialized model", "EventMamba"),
        ("we present CSG-405-the first public dataset", "CSG-405"),
        ("we propose Virtual Community-an open-world platform", "Virtual Community"),
    ],
)
def test_trim_name_cuts_the_dash_and_article(text: str, expected: str) -> None:
    start = text.index(expected)
    end = text.index(" ", start + len(expected))
    assert text[slice(*trim_name(text, start, end))] == expected


@pytest.mark.parametrize("name", ["Qwen3-30B-A3B", "Model-A", "LLaMA-Adapter", "Sora-Anime"])
def test_trim_keeps_names_with_a_capital_or_a_longer_tail(name: str) -> None:
    text = f"we use {name} here"
    start = text.index(name)
    assert trim_name(text, start, start + len(name)) == (start, start + len(name))
