"""The paper's own names, session 10 (docs/typing.md rules 100-101), through the whole extractor: named
members of a counted set the paper's cue makes, and names in capitals typed by their apposition."""

from __future__ import annotations

import pytest

from kg.extract import extract_text
from kg.extract.own_counted import counted_names


def _links(text: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.type, m.role) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rule 100: single name-shaped tokens after a method kind
            "To mitigate this, we propose two approaches, FairQT and FairSieve. In FairQT, we align.",
            {("FairQT", "method", "introduced"), ("FairSieve", "method", "introduced")},
        ),
        (  # items with clauses of their own; the kind types them
            "We introduce two models: GlorpVLM, a model tuned with SFT, and GlorpVLM-R1, a reasoning model.",
            {("GlorpVLM", "model", "introduced"), ("GlorpVLM-R1", "model", "introduced")},
        ),
        (  # capitalised names of several words; metrics
            "We propose two new metrics, Political Spectrum Drift and Party Drift Index, to measure bias.",
            {
                ("Political Spectrum Drift", "metric", "introduced"),
                ("Party Drift Index", "metric", "introduced"),
            },
        ),
        (  # a digit count, LaTeX emphasis
            r"We propose 2 MAAC approaches, \textbf{CoGLM-CC} with a critic and \textbf{CoGLM-DC} with two.",
            {("CoGLM-CC", "method", "introduced"), ("CoGLM-DC", "method", "introduced")},
        ),
        (  # a compound whose last part is capitalised; data kinds
            "In response, this paper introduces two novel benchmark datasets, AVX-Order and NetAct-Order.",
            {("AVX-Order", "dataset", "introduced"), ("NetAct-Order", "dataset", "introduced")},
        ),
        (  # the name ends before what it is for (the first item is the cue's object, read by its own rule)
            "We build two datasets, STQR-CoT-30k for SFT and STQR-RL-36k for RL, with labels.",
            {("STQR-RL-36k", "dataset", "introduced"), ("RL", "method", "used")},
        ),
        (  # an evaluation kind of method words names test data
            "We further curate two evaluation extensions, AVQD-LT and AVQD-M, covering shifts.",
            {("AVQD-LT", "benchmark", "introduced"), ("AVQD-M", "benchmark", "introduced")},
        ),
        (  # rule 101: a word in capitals in apposition to a kind of thing, with no introduction cue
            "We implement these mechanisms within FAMOU, a framework built upon code evolution.",
            {("FAMOU", "method", "introduced")},
        ),
        (
            "We formalize this failure and propose PURQE, a preference-aware reasoning framework.",
            {("PURQE", "method", "introduced")},
        ),
        (
            "To train our model, we collate BIMQO, a new dataset of images.",
            {("BIMQO", "dataset", "introduced")},
        ),
        (  # the apposition's reading of use still holds
            "Using GRADIQEND, a gradient-based interpretability method, we learn parameters.",
            {("GRADIQEND", "method", "used")},
        ),
        (
            "Results on TELQEVAL, a multi-dimensional evaluation benchmark, show gains.",
            {("TELQEVAL", "benchmark", "used")},
        ),
    ],
)
def test_own_names_found(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _links(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # single plain words are no names; a kind called existing opens no list of own names
        ("We introduce three team strategies: Voting, Silent Team, and Talkative Team.", "Voting"),
        ("We introduce two key techniques: First, we align the views.", "First"),
        # no count after the cue, no list
        ("We compare approaches such as FairQT and FairSieve.", "FairQT"),
        # capitals: an acronym used as a noun, one the text defines, a short class acronym
        ("The QRSXT, a network of layers, is old.", "QRSXT"),
        ("We study CNN, a deep network for images.", "CNN"),
    ],
)
def test_no_own_name(text: str, absent: str) -> None:
    assert not any(name == absent for name, _, role in _links(text) if role == "introduced")


def test_defined_capitals_keep_their_definition() -> None:
    links = _links("We propose Flexible Gated Memory (FGMEM). FGMEM, a memory module, helps.")
    assert ("Flexible Gated Memory", "method", "introduced") in links


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a kind called existing opens no list (the role rules decide about such names)
        ("We introduce two public datasets, FooSet and BarSet, for tests.", []),
        # a last name that goes on past the list's "and" is left out, not cut
        (
            "We develop two strategies: Instance Merging Policy and Semantic Selection and Propagation.",
            ["Instance Merging Policy"],
        ),
        # an item's clause is no item ("a 100-item, structure-aware set"): the next name after it is
        (
            "We present two benchmarks: FooMATH, a 100-item, structured set; and BarMATH, a 150-item suite.",
            ["FooMATH", "BarMATH"],
        ),
        # the count bounds the list
        ("We propose two methods: FooNet and BarNet, and compare with BazNet.", ["FooNet", "BarNet"]),
    ],
)
def test_counted_names_alone(text: str, names: list[str]) -> None:
    assert [c.name for c in counted_names(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # rule 102: a short form in LaTeX emphasis is the long form's partner
            r"We present \textbf{Atomic Quick Reasoner} (\textbf{AQR}), a cognitive strategy. AQR wins.",
            {("Atomic Quick Reasoner", "method", "introduced"), ("AQR", "method", "introduced")},
        ),
        (  # a long form in emphasis after "termed"
            r"We study this, and propose an approach termed \emph{Flexible Memory} (\textbf{FlexMemo}).",
            {("Flexible Memory", "method", "introduced"), ("FlexMemo", "method", "introduced")},
        ),
        (
            r"We present Multi-turn Automated Red Teaming (\textbf{MT-ART}), a method to automate attacks.",
            {("MT-ART", "method", "introduced")},
        ),
    ],
)
def test_latex_short_forms(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _links(text)


def test_latex_short_form_is_no_autoregression() -> None:
    """Unpaired, "AR" would be the lexicon's autoregressive modelling; paired, it is the paper's own."""
    links = _links(r"We present \textbf{Atomic Reasoner} (\textbf{AR}), a strategy. AR beats baselines.")
    assert not any(name == "AR" and role == "used" and kind != "method" for name, kind, role in links)
    assert ("AR", "method", "introduced") in links
