"""Introduced recall, session 16 (docs/typing.md rules 266-268): lower-case own names after an article or as
one hyphen-joined word, after "a <kind> called / termed …", and cues whose subject is "This letter / thesis";
with near misses (a description, a phenomenon the paper only names), through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def kinds(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text and its (type, role)."""
    return {" ".join(m.text.split()): (m.type, m.role) for m in extract_text(text)}


def test_a_lower_case_own_name_after_the_article_or_as_one_compound_word() -> None:
    found = kinds("The paper introduces the glorped convolution, a novel approach to the convolution of x.")
    assert found["glorped convolution"] == ("method", "introduced")
    found = kinds("Specifically, we propose chain-of-snarfing, an approach that improves perception.")
    assert found["chain-of-snarfing"] == ("method", "introduced")
    assert "novel approach" not in kinds("We introduce the novel approach, a method for signals.")


def test_a_lower_case_own_name_after_a_kind_called() -> None:
    found = kinds("We propose a new fusion paradigm, termed glorped query interaction, and present it.")
    assert found["glorped query interaction"] == ("method", "introduced")
    found = kinds("We propose a novel approach called gradient-based snarf adaptation for the optimization.")
    assert found["gradient-based snarf adaptation"] == ("method", "introduced")
    # a name its acronym interrupts goes on past it: not cut before the acronym
    cut = kinds("We propose a technique, called asymmetric glorp (ANN-SNN) distillation, in which x.")
    assert "asymmetric glorp" not in cut
    # a phenomenon the paper names, with no introduction cue, is not its contribution
    assert "update glorping" not in kinds("We identify a failure mode called update glorping, in which x.")


def test_this_letter_and_this_thesis_introduce() -> None:
    assert kinds("This letter proposes GlorpNet, a network for radar sensing.")["GlorpNet"][1] == "introduced"
    assert kinds("This thesis presents SnarfBench, a benchmark for agents.")["SnarfBench"][1] == "introduced"
