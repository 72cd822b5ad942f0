"""Acronym long forms whose initials did not spell the acronym, session 24 (docs/typing.md rules 494-495).

A lead word the acronym needs stays in the long form ("novel view synthesis (NVS)"), and a conjunction that
would spell the first letter hands it to the capitalised word before ("Abstraction and Reasoning Corpus
(ARC)"). Each test of the rules fails before them; the keep tests hold what the old behaviour got right."""

from __future__ import annotations

import pytest

from kg.extract.abbrev import find_definitions
from kg.extract.extractor import extract_text


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], text[c:d]) for a, b, c, d in find_definitions(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Feedforward models for novel view synthesis (NVS) work well.", ("novel view synthesis", "NVS")),
        (
            "We use the New Zealand Coastal Change Dataset (NZCCD).",
            ("New Zealand Coastal Change Dataset", "NZCCD"),
        ),
        ("texts in the human-authored New York Times (NYT) articles", ("New York Times", "NYT")),
        (
            "It is tested on the Abstraction and Reasoning Corpus (ARC).",
            ("Abstraction and Reasoning Corpus", "ARC"),
        ),
        ("Acceptance and Commitment Therapy (ACT) helps.", ("Acceptance and Commitment Therapy", "ACT")),
    ],
)
def test_long_form_spells_the_acronym(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "We use the Transformer Block (TB) twice.",
            ("Transformer Block", "TB"),
        ),  # "the" spells nothing needed
        (
            "Low-light image enhancement algorithms (LIEAs) fail.",
            ("Low-light image enhancement algorithms", "LIEAs"),
        ),
        ("A Plug-and-Play Pruning Module (PPM) is added.", ("Plug-and-Play Pruning Module", "PPM")),
        ("Question and Answering (QA) is hard.", ("Question and Answering", "QA")),
        (
            "Slides graded by The Bethesda System (TBS) are read.",
            ("Bethesda System", "TBS"),
        ),  # a name drops "The"
    ],
)
def test_long_forms_kept(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)


def test_lead_word_kept_only_when_initials_spell() -> None:
    # "a" spells A, but "a focus on low-level recognition" is no initials spelling of ASR
    text = "The model has a focus on low-level recognition (ASR) in tests."
    assert all(not long.startswith("a ") for long, _ in _pairs(text))


def test_lower_case_conjunction_pair_stays_no_name() -> None:
    # "audio and video (A/V)": a lower-case pair is no name, the conjunction does not reach back to "audio"
    assert _pairs("a dataset of omnidirectional audio and video (A/V) content") == []


def test_conjunction_long_form_is_arc_agi_not_ai2_arc() -> None:
    text = "We evaluate on the Abstraction and Reasoning Corpus (ARC), a benchmark of grid puzzles."
    ids = {m.text: m.entity_id for m in extract_text(text)}
    assert ids.get("ARC") == "benchmark:arc-agi"
