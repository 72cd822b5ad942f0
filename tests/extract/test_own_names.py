"""Discovery gap: the paper's own names after cues without "we" (kg/extract/own_names.py)."""

from __future__ import annotations

from kg.extract import extract_text


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.role) for m in extract_text(text)]


def test_our_and_the_proposed_name_are_introduced() -> None:
    assert spans("Our proposed GlorpNet parses trees.") == [("GlorpNet", "method", "introduced")]
    assert spans("The proposed GlorpBench is hard for parsers.") == [
        ("GlorpBench", "benchmark", "introduced")
    ]
    assert spans("Our approach, ESCHER, is fast.") == [("ESCHER", "method", "introduced")]
    assert spans("The proposed dataset, GlorpSet, has 5k trees.") == [("GlorpSet", "dataset", "introduced")]


def test_descriptions_and_known_names_are_not_new_names() -> None:
    found = spans("The proposed method beats our proposed Transformer-based encoder.")
    assert [s for s in found if s[2] == "introduced"] == []
    assert spans("Our method, which parses trees, is fast.") == []
    assert spans("Our method, GlorpNet is fast.") == []  # no closing comma: not an appositive
    found = {m.text: m for m in extract_text("The proposed BERT variant parses trees.")}
    assert found["BERT"].entity_id == "model:bert"  # a lexicon name stays the lexicon's entity
