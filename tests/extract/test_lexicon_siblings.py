"""A sibling is not an alias (docs/typing.md, "Curating aliases" rule 1): Rain100H is not Rain100L,
ShanghaiTech Part B is not Part A, MiniMax-M1 is not MiniMax-01. These aliases differed from their entry's
name only in the last one or two characters, so the unlike-alias measure (b) never saw them (session 25)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.extract import extract_text

LEXICON = Path(__file__).resolve().parents[2] / "kg" / "extract" / "lexicon"
# Other spellings of the same thing whose last one or two characters differ from the name's.
SAME_THING = {
    ("ambigqa", "AmbigNQ"),  # the dataset of the AmbigQA task
    ("squad-2-0", "SQuAD v2"),
    ("the-stack-v2", "The Stack 2"),
    ("casia-v2", "CASIA 2.0"),
    ("imagenet-21k", "ImageNet-22k"),  # one release, counted by classes or by synsets
    ("imagenet-21k", "ImageNet-22K"),
    ("imagenet-21k", "ImageNet 22K"),
    ("imagenet-21k", "ImageNet 22k"),
    ("youcook2", "YouCook II"),
    ("youcook2", "YouCookII"),
    ("google-translate", "Google Translator"),
    ("starling", "Starling-7B"),  # Starling-LM-7B
}


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _tail_siblings() -> list[tuple[str, str]]:
    found = []
    for path in sorted(LEXICON.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line) if line.startswith("{") else None
            if not entry or entry.get("type") not in ("dataset", "benchmark", "model"):
                continue
            name = _key(entry["name"])
            for alias in entry.get("aliases", []):
                key = _key(alias)
                common = 0
                while common < min(len(key), len(name)) and key[common] == name[common]:
                    common += 1
                tails = key[common:], name[common:]
                short = all(1 <= len(t) <= 2 for t in tails)
                if common >= 4 and short and not all(t.isdigit() for t in tails):
                    found.append((entry["id"], alias))
    return found


def test_no_alias_is_a_sibling_that_differs_only_in_its_last_characters() -> None:
    assert [pair for pair in _tail_siblings() if pair not in SAME_THING] == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Rain100L", "Rain100H"),
        ("ShanghaiTech Part A", "ShanghaiTech Part B"),
        ("TACRED", "TACREV"),
        ("TACRED", "Re-TACRED"),
        ("ESM-1b", "ESM-1v"),
        ("MiniGPT-4", "MiniGPT-v2"),
        ("MiniMax-01", "MiniMax-M1"),
        ("OWL-ViT", "OWLv2"),
        ("TripoSR", "TripoSG"),
    ],
)
def test_siblings_are_distinct_entities(one: str, other: str) -> None:
    text = f"We evaluate on {one} and on {other}, and report results on both."
    ids = {m.text: m.entity_id for m in extract_text(text, model=False)}
    assert one in ids and other in ids
    assert ids[one] != ids[other]
