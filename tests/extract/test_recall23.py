"""Method / model recall, session 23 (docs/typing.md rules 470-471): a name set in text-mode emphasis inside
math dollars is read as the emphasis ("we propose $\\textbf{ZapFormat}$, a …"); a preposition or an auxiliary
after a compared name ends its slot ("SIREN, DiGS, and StEik without …"). Rule 471's first form, a comparative
cue ("7x faster than X"), was dropped at its held-back seeds."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            r"To address this, we propose $\textbf{ZapFormat}$, a novel dynamic pruning strategy.",
            "ZapFormat",
            "method",
        ),
        (
            r"We further introduce $\textbf{UniMaia-Aux}$, which incorporates auxiliary losses.",
            "UniMaia-Aux",
            "method",
        ),
        (
            r"We introduce $\textit{HypoTermInstruct}$, an SFT dataset of 31,000 examples.",
            "HypoTermInstruct",
            "dataset",
        ),
        (
            r"To enable extensions, we release $\texttt{Poly2Graph}$: a high-performance library.",
            "Poly2Graph",
            "method",
        ),
    ],
)
def test_math_wrapped_emphasis_is_read(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "introduced")


def test_math_wrapped_evidence_keeps_the_dollars() -> None:
    text = r"We propose $\textbf{ZapFormat}$, a novel strategy."
    (m,) = [m for m in extract_text(text) if m.text == "ZapFormat"]
    assert m.sentence == text and text[m.start : m.end] == "ZapFormat"


@pytest.mark.parametrize(
    "text",
    [
        r"We propose $\textbf{L}$able-Free $\textbf{E}$valuation of models.",  # letters of words stay glued
        r"We bound $\mathbf{X}$ and $\mathcal{R}$.",  # math commands stay math
        r"a cost of $5$\textbf{k} and x$\textbf{Y}$",  # a dollar glued to a word or number
    ],
)
def test_math_left_alone(text: str) -> None:
    from kg.extract.math_emphasis import unwrap_math_emphasis  # new in rule 470

    assert unwrap_math_emphasis(text) == text


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
