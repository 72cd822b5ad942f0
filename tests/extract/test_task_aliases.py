"""Task aliases that name another task (a narrower, broader or neighbouring one) are entries of their
own; only reviewed synonyms stay aliases (kg.extract.lexicon.other_task_alias, docs/typing.md)."""

from __future__ import annotations

import pytest
from alias_review import stale, unreviewed

from kg.extract.extractor import extract_text
from kg.extract.lexicon import LEXICON_DIR, default_lexicon_paths, load_lexicon, other_task_alias

LEX = load_lexicon(default_lexicon_paths())
REVIEWED = LEXICON_DIR / "task_synonyms.tsv"


def test_no_task_alias_names_another_task() -> None:
    found = unreviewed(LEX, REVIEWED, other_task_alias, lambda e: e.type == "task")
    assert not found, "task aliases naming another task (make each its own entry):\n" + "\n".join(found)


def test_reviewed_task_synonyms_are_not_stale() -> None:
    assert not stale(LEX, REVIEWED)


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Opinion mining of product reviews.", "task:opinion-mining"),
        ("A study of document summarization.", "task:document-summarization"),
        ("Camera-only 3D occupancy prediction.", "task:3d-occupancy-prediction"),
        ("Dense occupancy prediction from images.", "task:occupancy-prediction"),
        ("We evaluate on meme classification.", "task:meme-classification"),
        ("We target sentiment classification of tweets.", "task:sentiment-analysis"),
        ("We address textual entailment.", "task:natural-language-inference"),
    ],
)
def test_a_sibling_task_links_to_itself_and_a_synonym_to_its_task(text: str, entity: str) -> None:
    assert [m.entity_id for m in extract_text(text) if m.type == "task"] == [entity]


def test_words_left_out_or_added_are_the_same_task() -> None:
    assert not other_task_alias("automatic speech recognition", "speech recognition")
    assert not other_task_alias("tumor segmentation", "brain tumour segmentation")
    assert other_task_alias("text summarization", "document summarization")


def test_an_acronym_the_paper_writes_as_a_task_is_a_task() -> None:
    text = (
        "Emotional Support Conversation (ESC) plays a critical role in care. LLMs show empathy in ESC tasks."
    )
    found = {(m.text, m.entity_id) for m in extract_text(text) if m.type == "task"}
    assert ("ESC", "task:esc") in found
    assert ("Emotional Support Conversation", "task:emotional-support-conversation") in found
    text = "We evaluate slang in Indian English (en-IN). Results: en-IN tasks are harder."
    assert not [m for m in extract_text(text) if m.type == "task"]
    text = "Emotional Support Conversation (ESC) plays a role. We extend ESC datasets."
    assert not [m for m in extract_text(text) if m.type == "task"]


@pytest.mark.parametrize(
    ("text", "tasks"),
    [
        (
            "The Operating Room Scheduling (ORS) problem deals with rooms.",
            ["Operating Room Scheduling", "ORS"],
        ),
        (
            "We solve the Perspective-Three-Point (PTP) problem in closed form.",
            ["Perspective-Three-Point", "PTP"],
        ),
        ("It writes a Planning Domain Definition Language (PDDL) problem file for a planner.", []),
    ],
)
def test_a_defined_name_before_problem_is_a_task_unless_problem_modifies_a_noun(
    text: str, tasks: list[str]
) -> None:
    assert [m.text for m in extract_text(text) if m.type == "task"] == tasks
