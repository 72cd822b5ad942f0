"""Method / model recall, session 23 (docs/typing.md rule 471): a preposition or an auxiliary after a
compared name ends its slot ("approaches such as SIREN, DiGS, and StEik without …"). Rule 470 (a name in
math-wrapped emphasis) and rule 471's first form (a comparative cue, "7x faster than X") were dropped at their
held-back seeds."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It outperforms approaches such as SIREN, DiGS, and StEik without adding cost.", "StEik"),
        ("Tuning-based techniques like PreciseControl have shown promise.", "PreciseControl"),
        ("It boosts baselines like CoOp and FooPL via visual guidance.", "FooPL"),
    ],
)
def test_compared_names_end_before_a_preposition(text: str, name: str) -> None:
    assert _links(text).get(name) == ("method", "used")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It outperforms LLMs without tools.", "LLMs"),  # a class
    ],
)
def test_compared_slot_still_needs_a_name(text: str, name: str) -> None:
    assert name not in _links(text)
