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
    # no closing comma: not an appositive (no rule mention; the trained name typer may type the bare name)
    assert [(m.text, m.role) for m in extract_text("Our method, GlorpIt is fast.", model=False)] == []
    found = {m.text: m for m in extract_text("The proposed BERT variant parses trees.")}
    assert found["BERT"].entity_id == "model:bert"  # a lexicon name stays the lexicon's entity


def test_a_name_in_apposition_to_a_new_thing_is_introduced() -> None:
    found = spans("Experiments on a new dataset, GlorpSet-7K, show gains.")
    assert ("GlorpSet-7K", "dataset", "introduced") in found
    found = spans(
        "Specifically, GlorpSeg introduces a novel visual prompt module, Snarf2Token, which maps masks."
    )
    assert ("Snarf2Token", "method", "introduced") in found
    plain = "Experiments on a dataset, GlorpSet-7K, show gains."  # no rule reads it; the name typer may
    assert [m.text for m in extract_text(plain, model=False) if m.text == "GlorpSet-7K"] == []
    assert all(s[2] == "used" for s in spans(plain) if s[0] == "GlorpSet-7K")  # never introduced


def test_named_members_of_a_counted_set_are_found_and_the_roles_decide() -> None:
    found = spans(
        "To advance research, we construct and release two dedicated benchmarks, GlorpBench and SnarfCPR."
    )
    assert ("SnarfCPR", "benchmark", "introduced") in found
    found = spans("Experiments on two public datasets, Glorp-BCD and 3DSN, show that our method works.")
    assert {s for s in found if s[0] in {"Glorp-BCD", "3DSN"}} == {
        ("Glorp-BCD", "dataset", "used"),
        ("3DSN", "dataset", "used"),
    }
    found = spans(
        "We propose a study of three pre-trained models (GlorpNet5, SnarfNet16, and QuuxNetB3) on images."
    )
    assert ("QuuxNetB3", "model", "used") in found


def test_named_members_of_a_counted_set_the_paper_curated() -> None:
    found = spans(
        "Specifically, three snarf datasets (Glorp-Syndrome, Glorp-Dialogue, and Glorp-PD) were curated."
    )
    assert ("Glorp-PD", "dataset", "introduced") in found
