"""Task links, round 10 (docs/typing.md rules 163-164): a known task after an -ing noun is a part of the
longer name, and claim verification is a task of its own, not fact-checking."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.task_phrases import title_task_candidates
from kg.extract.task_words import after_gerund_noun


def _tasks(text: str, title: str = "") -> dict[str, str]:
    """Each task mention's surface text -> its entity name."""
    return {m.text: m.name for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("We propose JULNet for high-quality talking face video generation.", "video generation"),
        ("Moving object segmentation is a crucial task for scene understanding.", "object segmentation"),
        (
            "It outperforms the state-of-the-art method for sounding object localization.",
            "object localization",
        ),
        ("LLMs have been employed in phishing email detection research.", "email detection"),
        ("We study talking head synthesis from audio.", "head synthesis"),
    ],
)
def test_a_known_task_after_an_ing_noun_is_no_link(text: str, inner: str) -> None:
    assert inner not in _tasks(text)


@pytest.mark.parametrize(
    ("text", "longer"),
    [
        (
            "Moving object segmentation is a crucial task for scene understanding.",
            "Moving object segmentation",
        ),
        (
            "It outperforms the state-of-the-art method for sounding object localization.",
            "sounding object localization",
        ),
        ("We fine-tune small LLMs for phishing email detection.", "phishing email detection"),
    ],
)
def test_the_phrase_rules_read_the_longer_name(text: str, longer: str) -> None:
    assert longer in _tasks(text)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Audio-Driven Talking Face Video Generation with Joint Uncertainty Learning",
            "Talking Face Video Generation",
        ),
        (
            "Deforming Videos to Masks: Flow Matching for Referring Video Segmentation",
            "Referring Video Segmentation",
        ),
        ("Remote Sensing Image Dehazing: A Systematic Review", "Remote Sensing Image Dehazing"),
    ],
)
def test_a_title_name_may_start_with_an_ing_noun(title: str, name: str) -> None:
    abstract = "We study " + name.lower() + " and video generation, segmentation and dehazing."
    assert name in [c.name for c in title_task_candidates(title, abstract)]
    assert _tasks(abstract, title)[name].lower() == name.lower()  # a title-mined entry names some


@pytest.mark.parametrize(
    "text",
    [
        "Unlike video generation, it is fast.",
        "Referring to image segmentation, we note the masks.",  # a function word ends the name
        "Moving beyond object detection, we segment.",
        "By moving hateful meme detection from binary alarms to explanations, we help moderators.",
    ],
)
def test_other_words_before_a_task_keep_it(text: str) -> None:
    assert _tasks(text)


def test_an_acronym_after_an_ing_noun_stays() -> None:
    text = "Change detection (CD) matters; it enhances remote sensing CD through prompts."
    assert not after_gerund_noun(text, text.rindex("CD"), text.rindex("CD") + 2)


def test_the_title_s_last_words_are_no_part_of_an_abstract_name() -> None:
    title = "ProVG: Progressive Visual Grounding via Language Decoupling for Remote Sensing Imagery"
    text = "Remote sensing visual grounding (RSVG) aims to localize objects in images."
    assert "Remote sensing visual grounding" in _tasks(text, title)


def test_a_name_longer_than_the_phrase_rule_reads_is_not_cut_at_the_ing_noun() -> None:
    text = "We apply new techniques to remote sensing image caption generation tasks."
    assert "sensing image caption generation" not in _tasks(text)
    assert "image caption generation" not in _tasks(text)  # a part of the longer name (rule 163)


def test_a_verb_opening_a_title_is_still_no_task_name() -> None:
    title = "Mining Video Generation with Rewards"  # a verb of progress ("Boosting") is left out: rule 230
    assert [c.name for c in title_task_candidates(title, "video generation")] == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Claim verification with LLMs has attracted attention.", "task:claim-verification"),
        ("We study automated fact-checking of political claims.", "task:fact-checking"),
        ("Fact verification against Wikipedia evidence.", "task:fact-checking"),
    ],
)
def test_claim_verification_is_a_task_of_its_own(text: str, entity: str) -> None:
    assert [m.entity_id for m in extract_text(text) if m.type == "task"] == [entity]
