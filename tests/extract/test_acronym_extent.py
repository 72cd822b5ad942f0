"""Where a long form starts: a part noun the short form leaves out, capitals on initials (rules 233-234)."""

from __future__ import annotations

import pytest

from kg.extract.abbrev import find_definitions


def _defs(text: str) -> list[tuple[str, str]]:
    return [(text[c:d], text[a:b]) for a, b, c, d in find_definitions(text)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # rule 233: the initials spell the name before a part noun ("Module" has no letter in OANO)
        (
            "We integrate an Outfit-aware Noise Optimization Module (OANO) into it.",
            ("OANO", "Outfit-aware Noise Optimization Module"),
        ),
        # rule 234: the letters alone would start inside "theoretic", "Conflict", "Gaussian"
        (
            "We propose Training-free Robust Detection via Information-theoretic Measures (TRIM) here.",
            ("TRIM", "Training-free Robust Detection via Information-theoretic Measures"),
        ),
        (
            "To get rid of this assumption, Continuous-time Conflict-Based Search (CCBS) was made.",
            ("CCBS", "Continuous-time Conflict-Based Search"),
        ),
        (
            "We propose Anchor-Driven Deformable and Compressed Gaussian Splatting (ADC-GS) for it.",
            ("ADC-GS", "Anchor-Driven Deformable and Compressed Gaussian Splatting"),
        ),
    ],
)
def test_long_form_starts_at_its_first_initial(text: str, pair: tuple[str, str]) -> None:
    assert _defs(text) == [pair]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # capitals inside a word are spelled there when no run of initials reaches back
        (
            "It improves the Structural Similarity Index (SSIM) of them.",
            ("SSIM", "Structural Similarity Index"),
        ),
        ("Cross-scene hyperspectral image (HSI) data", ("HSI", "hyperspectral image")),
        # not across a comma, nor to a lower-case start
        ("on Arabic texts, focusing on both short answer grading (ASAG) tasks", ("ASAG", "answer grading")),
        (
            "the reasoning process by comparing reasoning-based pointwise rerankers (ReasonRR) to",
            ("ReasonRR", "reasoning-based pointwise rerankers"),
        ),
        ("a Relative Intent Reasoning module (RIR) and", ("RIR", "Relative Intent Reasoning module")),
    ],
)
def test_long_forms_kept_as_they_were(text: str, pair: tuple[str, str]) -> None:
    assert _defs(text) == [pair]


@pytest.mark.parametrize(
    "text",
    [
        "Metrics included Dice scores and surface-based metrics (SDS, MSD, HD95) for it.",
        "on the PISA dataset for academic performance prediction (OECD, 2018) and more",
        "further analyzed using band-wise polar visualization in the (VZA, RAA) space",
    ],
)
def test_a_parenthesis_listing_names_or_citing_defines_nothing(text: str) -> None:
    assert _defs(text) == []  # rule 235


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("assist small language models (SLMs; < 1.5B parameters) here", ("SLM", "small language models")),
        ("Large Language Models (LLMs, Touvron et al.) are", ("LLM", "Large Language Models")),
    ],
)
def test_a_parenthesis_with_a_remark_still_defines(text: str, pair: tuple[str, str]) -> None:
    assert _defs(text) == [pair]
