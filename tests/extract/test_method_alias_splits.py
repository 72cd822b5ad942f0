"""Method aliases that named another thing than their entry (session 9): each is no form of its old
entry any more — it is its own entry (or another existing one's form), or dropped — per the reviewed
list ``bench/reviews/methods9_alias_splits.tsv`` (docs/typing.md rule 85)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.extractor import extract_text
from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.resolve.resolver import norm_key

REVIEW = Path(__file__).resolve().parents[2] / "bench" / "reviews" / "methods9_alias_splits.tsv"
ROWS = [
    line.split("\t")
    for line in REVIEW.read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]
LEX = load_lexicon(default_lexicon_paths())
BY_NAME = {e.name: e for e in LEX.entries if e.type == "method"}
HOLDERS: dict[str, list[str]] = {}
for _entry in LEX.entries:
    for _key in {norm_key(f) for f in _entry.forms}:
        HOLDERS.setdefault(_key, []).append(_entry.name)


def _holders(alias: str) -> list[str]:
    return HOLDERS.get(norm_key(alias), [])


def test_the_review_covers_every_split() -> None:
    assert len(ROWS) >= 260
    assert all(len(r) == 4 and r[3] for r in ROWS)


@pytest.mark.parametrize(("old", "alias", "now"), [tuple(r[:3]) for r in ROWS])
def test_a_split_alias_is_no_form_of_its_old_entry(old: str, alias: str, now: str) -> None:
    holders = _holders(alias)
    assert old not in holders
    if now != "DROP":
        assert now in holders


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We compare against few-shot prompting of GPT-4o.", "Few-Shot Prompting"),
        ("Merging relies on task vectors computed per model.", "Task Vectors"),
        ("The encoder stacks selective state space models.", "Selective State Space Model"),
        ("A robot localises itself with the EKF and a lidar.", "extended Kalman filter"),
        ("We judge answers with VLM-as-a-Judge.", "VLM-as-a-Judge"),
        ("Answers are scored via LLM-as-Judge and human annotations.", "LLM-as-a-Judge"),
    ],
)
def test_a_split_name_links_to_its_own_entry(text: str, name: str) -> None:
    entries = {m.entity_id for m in extract_text(text)}
    assert BY_NAME[name].id in entries or f"method:{BY_NAME[name].id}" in entries, entries
