"""The mined title-task lexicon (train/title_tasks.py -> kg/extract/lexicon/tasks_titles.jsonl)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import LEXICON_DIR, default_lexicon_paths, load_lexicon
from kg.extract.task_phrases import TASK_HEADS

SHIPPED = LEXICON_DIR / "tasks_titles.jsonl"


@pytest.fixture(scope="module")
def miner(repo_script: Callable[[str, str], ModuleType]) -> ModuleType:
    return repo_script("train", "title_tasks")


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in SHIPPED.read_text(encoding="utf-8").splitlines()]


def test_shipped_entries_follow_the_rule(miner: ModuleType) -> None:
    rows = _rows()
    assert len(rows) > 300
    later = (SHIPPED, LEXICON_DIR / "tasks_abstracts.jsonl")  # mined after it, from its leftovers
    others = load_lexicon(tuple(p for p in default_lexicon_paths() if p not in later))
    forms = {miner._key(f) for e in others.entries for f in e.forms}
    for row in rows:
        name = str(row["name"])
        words = miner._key(name).split()
        assert row["type"] == "task" and name == name.lower(), row
        assert name.split()[-1] in TASK_HEADS | {"understanding"}, row  # ends in a task head
        assert not miner._INTERNALS & set(words), row  # not a technique on a model's parts
        assert miner._key(name) not in forms and miner._key(name) not in miner._FIELDS, row
    assert [r["id"] for r in rows] == sorted(str(r["id"]) for r in rows)


def test_mined_tasks_are_linked_in_lower_case_text() -> None:
    ms = extract_text("We improve thermal small target detection and underwater image enhancement.")
    got = {(m.text, m.type, m.source) for m in ms}
    assert ("target detection", "task", "lexicon") in got
    assert ("underwater image enhancement", "task", "lexicon") in got


def test_the_miner_reproduces_the_shipped_file(shared_data: Path, miner: ModuleType) -> None:
    mined = miner.mine(shared_data / "arxiv_cs_2025_2026.jsonl.gz")
    assert sorted(name for name, _ in mined) == sorted(str(r["name"]) for r in _rows())
    assert all(count >= miner.MIN_TITLES for _, count in mined)
