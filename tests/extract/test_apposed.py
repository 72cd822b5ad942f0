"""Names typed by their apposition (kg.extract.apposed), through the whole extractor."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _links(text: str) -> set[tuple[str, str, str]]:
    return {(m.text, m.type, m.role) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In this paper we take CHM-Corr, a state-of-the-art explanation method, as a base.",
            ("CHM-Corr", "method", "used"),
        ),
        ("We focus on MathDial, a dialog dataset for math instruction.", ("MathDial", "dataset", "used")),
        ("ProtoPNet is an interpretable network for birds.", ("ProtoPNet", "method", "used")),
        (  # adjectives separated by commas; "model-agnostic" is no head noun
            "We take CHM-Corr, a state-of-the-art, ante-hoc explanation method, as a base.",
            ("CHM-Corr", "method", "used"),
        ),
        ("We build on ParaPLUIE, a perplexity-based LLM-judge metric.", ("ParaPLUIE", "metric", "used")),
        (  # (DSEC is a lexicon entry since session 12: its variant DSEC-Snow is read as a known form)
            "We benchmark it on DSEX-Snow, a new dataset created with a green screen.",
            ("DSEX-Snow", "dataset", "introduced"),
        ),
        (
            "We fine-tuned AfriBERTa, a transformer-based model pre-trained on African languages.",
            ("AfriBERTa", "model", "used"),
        ),
    ],
)
def test_a_name_shaped_token_with_a_typing_apposition_is_linked(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2024, a new model appeared.",  # no name
        "Such LLMs, a class of models, are large.",  # a class of models
        "We studied COVID-19, a disease of the lungs.",  # no typing head
        "The QRSX, a network of layers, is old.",  # an acronym is named by its definition
        "MeViS is a recently proposed dataset of motion expressions.",  # another paper's dataset
    ],
)
def test_no_name_or_no_new_name(text: str) -> None:
    links = _links(text)
    assert not any(role == "introduced" for _, _, role in links)
    assert not any(name in {"LLMs", "COVID-19", "QRSX", "2024"} for name, _, _ in links)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We propose a compression scheme, which we term MambaIC. It is fast.", ("MambaIC", "method")),
        ("We propose a method that we refer to as BalancedDPO. It works.", ("BalancedDPO", "method")),
        ("We name our model as LLM-QL.", ("LLM-QL", "model")),
        ("We curate a new dataset that we call MetricScenes, from photos.", ("MetricScenes", "dataset")),
        ("We call this plug-and-play framework HadBalance.", ("HadBalance", "method")),
    ],
)
def test_a_name_the_paper_gives_its_contribution_is_introduced(text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "introduced") in _links(text)


@pytest.mark.parametrize(
    "text",
    [
        "We term this phenomenon Catastrophic Overtraining.",
        "Models fall into what we refer to as the Few-Shot Distillation Dilemma.",
        "It fails, a failure mode we call Pseudo-Deliberation.",
        "We call for a new research agenda.",
        "We combine them by a probability fusion we call Bayesian fusion.",
        "We introduce a novel method, which we call Through the Looking Glass, for it.",
    ],
)
def test_what_a_paper_names_may_be_no_entity(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "cue.we_call"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We evaluate F2DNet and ALFNet on it.", {("F2DNet", "method"), ("ALFNet", "method")}),
        ("Our tagger is built on SlovakBERT embeddings.", {("SlovakBERT", "model")}),
        ("CAT-Seg computes a similarity map.", {("CAT-Seg", "method")}),
    ],
)
def test_a_method_name_ending_types_a_name_without_a_cue(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= {(m.text, m.type) for m in extract_text(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Multi-Agent Systems (MAS) coordinate.",
        "We compare RAG and non-RAG pipelines and dense-RAG ones.",
        "Facts map through the PropBank--VerbNet--WordNet path.",
    ],
)
def test_plain_words_with_a_method_ending_are_no_names(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "shape"]
