"""Acronym long forms whose initials did not spell the acronym, session 24 (docs/typing.md rule 495).

A conjunction that would spell an acronym's first letter ("and Reasoning Corpus (ARC)") hands it to the
capitalised word before it: "Abstraction and Reasoning Corpus (ARC)" is the long form, not "Reasoning Corpus".
The tests of the rule fail before it; the keep tests hold what the old behaviour got right."""

from __future__ import annotations

import pytest

from kg.extract.abbrev import find_definitions
from kg.extract.extractor import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], text[c:d]) for a, b, c, d in find_definitions(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "It is tested on the Abstraction and Reasoning Corpus (ARC).",
            ("Abstraction and Reasoning Corpus", "ARC"),
        ),
        ("Acceptance and Commitment Therapy (ACT) helps.", ("Acceptance and Commitment Therapy", "ACT")),
        (
            "The Automated and Scalable Pipeline (ASP) resolves misalignment.",
            ("Automated and Scalable Pipeline", "ASP"),
        ),
    ],
)
def test_conjunction_hands_the_letter_to_the_word_before(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Question and Answering (QA) is hard.", ("Question and Answering", "QA")),
        ("A Plug-and-Play Pruning Module (PPM) is added.", ("Plug-and-Play Pruning Module", "PPM")),
        (
            "Low-light image enhancement algorithms (LIEAs) fail.",
            ("Low-light image enhancement algorithms", "LIEAs"),
        ),
    ],
)
def test_long_forms_kept(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_lower_case_conjunction_pair_stays_no_name() -> None:
    # "audio and video (A/V)": a lower-case pair is no name; the conjunction does not reach back to "audio"
    assert _pairs("a dataset of omnidirectional audio and video (A/V) content") == []


def test_conjunction_long_form_is_arc_agi_not_ai2_arc() -> None:
    text = "We evaluate on the Abstraction and Reasoning Corpus (ARC), a benchmark of grid puzzles."
    ids = {m.text: m.entity_id for m in extract_text(text)}
    assert ids.get("ARC") == "benchmark:arc-agi"
