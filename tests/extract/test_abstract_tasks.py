"""Tasks mined from corpus abstracts (train/abstract_tasks.py -> kg/extract/lexicon/tasks_abstracts.jsonl)
and the rules that keep them from naming part of a longer task."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import ABSTRACT_DOMAIN, ABSTRACT_TASKS, default_lexicon_paths, load_lexicon
from kg.extract.task_cues import after_modifier
from kg.extract.task_phrases import TASK_HEADS, task_candidates
from kg.extract.task_words import plain_task_phrase


@pytest.fixture(scope="module")
def miner(repo_script: Callable[[str, str], ModuleType]) -> ModuleType:
    return repo_script("train", "abstract_tasks")


def _rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in ABSTRACT_TASKS.read_text(encoding="utf-8").splitlines()]


def _tasks(text: str, title: str = "") -> set[tuple[str, str]]:
    ms = extract_text(text, title=title, extra_lexicons=[ABSTRACT_TASKS])  # opt-in: not a default lexicon
    return {(m.text, m.rule) for m in ms if m.type == "task"}


def test_the_mined_abstract_tasks_are_opt_in() -> None:
    assert ABSTRACT_TASKS.exists() and ABSTRACT_TASKS not in default_lexicon_paths()
    assert ("action prediction", "lexicon") not in {
        (m.text, m.rule) for m in extract_text("We study action prediction.") if m.type == "task"
    }


def test_shipped_entries_follow_the_rule(miner: ModuleType) -> None:
    rows = _rows()
    assert len(rows) >= 50
    others = load_lexicon(tuple(p for p in default_lexicon_paths() if p != ABSTRACT_TASKS))
    taken = {miner.key(f) for e in others.entries for f in e.forms}
    rejects = miner.read_rejects()
    for row in rows:
        for name in [str(row["name"]), *map(str, row["aliases"])]:  # type: ignore[call-overload]
            words = name.split()
            assert row["type"] == "task" and name == name.lower(), row
            assert words[-1] in TASK_HEADS and plain_task_phrase(words), row
            assert miner.key(name) not in taken and name not in rejects, row
    assert [r["id"] for r in rows] == sorted(str(r["id"]) for r in rows)
    assert {r.get("domain") for r in rows} == {ABSTRACT_DOMAIN}  # what makes them yield to longer names


def test_every_rejection_has_a_reason(miner: ModuleType) -> None:
    rejects = miner.read_rejects()
    assert len(rejects) >= 30
    assert all(reason.split(":")[0] and ": " in reason for reason in rejects.values()), rejects
    assert {"answer generation", "performance prediction", "pattern recognition"} <= set(rejects)


def test_mined_tasks_are_linked_in_running_text() -> None:
    got = _tasks("The policy is supervised by both action prediction and video generation.")
    assert ("action prediction", "lexicon") in got
    assert ("answer generation", "lexicon") not in _tasks("It improves answer generation.")  # rejected


def test_a_mined_task_after_a_modifier_is_part_of_a_longer_task() -> None:
    assert _tasks("It helps kidney abnormality detection.") == set()  # not "abnormality detection"
    assert _tasks("It helps 3D shape reconstruction.") == set()
    assert ("abnormality detection", "lexicon") in _tasks("It helps robust abnormality detection.")
    text = "kidney abnormality detection"
    assert after_modifier(text, text.index("abnormality")) and not after_modifier(text, 0)


def test_a_mined_task_yields_to_the_longer_name_the_task_rules_read() -> None:
    title = "Exploring Active Learning for Semiconductor Defect Segmentation"
    got = _tasks("Results on the segmentation of defects.", title=title)
    assert ("Semiconductor Defect Segmentation", "title.task") in got
    assert not any(text == "Defect Segmentation" for text, _ in got)
    got = _tasks("Deep learning based SAR image target recognition tasks have been studied.")
    assert got == {("image target recognition", "context.task")}


def test_prepositions_and_counts_start_no_task_name() -> None:
    text = "It achieves a 15.8% improvement across 21 editing tasks and both classification tasks."
    assert [c.name for c in task_candidates(text)] == []
    assert [c.name for c in task_candidates("It helps ten document parsing tasks.")] == ["document parsing"]


def test_the_miner_reproduces_the_shipped_file(shared_data: Path, miner: ModuleType) -> None:
    mined = miner.mine(shared_data / "arxiv_cs_2025_2026.jsonl.gz")
    kept = [(name, n) for name, n, _, why in mined if not why]
    assert miner.entries(kept) == _rows()
    assert all(n >= miner.MIN_ABSTRACTS and cues >= miner.MIN_CUES for _, n, cues, _ in mined)


def test_a_metric_rate_or_score_in_the_plural_is_that_metric() -> None:
    ms = extract_text(
        "It raises success rates, lowers word error rates and FID scores, and fixes translation errors."
    )
    got = {(m.text, m.entity_id) for m in ms if m.type == "metric"}
    assert ("success rates", "metric:success-rate") in got
    assert ("word error rates", "metric:word-error-rate") in got
    assert not any(text == "translation errors" for text, _ in got)  # the things measured, not the measure
