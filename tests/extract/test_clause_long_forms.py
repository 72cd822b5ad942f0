"""A long form never spans a clause; the paper's own acronym after a description is still its name."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.abbrev import find_definitions


def _defs(text: str) -> list[tuple[str, str]]:
    return [(text[c:d], text[a:b]) for a, b, c, d in find_definitions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "To address these limitations, we propose a novel model (LaD) for it.",
        "This paper focuses on a sub-domain of XAI, called eXplainable Reinforcement Learning (XRL), which",
        "We show that using implicit neural representations with periodic activation functions (SIREN) help.",
        "It employed several models, including DenseNet121, 50-layer Residual Network (ResNet50).",
    ],
)
def test_no_long_form_across_a_clause(text: str) -> None:
    assert _defs(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("We study named entity recognition (NER) in news.", ("NER", "named entity recognition")),
        ("Stories from the City that Never Settles (CNS) are", ("CNS", "City that Never Settles")),
        ("So we propose Neural Radiance Fields (NeRF) for views.", ("NeRF", "Neural Radiance Fields")),
        ("We introduce Low-Rank Adaptation (LoRA) here.", ("LoRA", "Low-Rank Adaptation")),
    ],
)
def test_long_forms_after_or_with_such_words_are_kept(text: str, pair: tuple[str, str]) -> None:
    assert _defs(text) == [pair]


def test_own_acronym_after_a_description_is_the_papers_name() -> None:
    text = "For faster encoding, we propose an alternate optimization strategy (A-RDO). It converges."
    found = [(m.name, m.type, m.role) for m in extract_text(text) if m.name == "A-RDO"]
    assert found and all(kind == "method" and role == "introduced" for _, kind, role in found)


def test_an_acronym_somebody_else_defined_is_not_read_from_a_description() -> None:
    assert [m.name for m in extract_text("Baselines include the state-of-the-art method (SAFD).")] == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('We propose the "Evolution of Thought" (EoT) technique.', ("EoT", "Evolution of Thought")),
        ("We introduce \u201cChain of Draft\u201d (CoD), a prompting strategy.", ("CoD", "Chain of Draft")),
        ("We study ``Learning to Defer'' (L2D) systems.", ("L2D", "Learning to Defer")),
        ("We adopt the 'Mixture of Depths' (MoD) design.", ("MoD", "Mixture of Depths")),
    ],
)
def test_a_quoted_long_form_ends_before_its_closing_quote(text: str, pair: tuple[str, str]) -> None:
    """Rule 228: the closing quote of a quoted long form is not part of the name."""
    assert _defs(text) == [pair]


def test_a_quoted_long_form_names_the_paper_s_own_method() -> None:
    names = {m.text for m in extract_text('We propose the "Evolution of Thought" (EoT) technique.')}
    assert "Evolution of Thought" in names and 'Evolution of Thought"' not in names
