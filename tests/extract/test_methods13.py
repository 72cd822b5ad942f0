"""Method recall, session 13 (docs/typing.md rules 168-169, mined methods round 11): a known method name that
the paper's acronym definition interrupts, and a model's bare release number."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str, title: str = "A study") -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.entity_id) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "long", "entity"),
    [
        (
            "Step signals are derived via temporal difference (TD) learning. TD errors guide it.",
            "temporal difference",
            "method:temporal-difference-learning",
        ),
        (
            "We rerank samples with Minimum Bayes Risk (MBR) decoding. MBR is costly.",
            "Minimum Bayes Risk",
            "method:minimum-bayes-risk-decoding",
        ),
        (
            "The loss is grounded in Positive-Unlabeled (PU) learning theory.",
            "Positive-Unlabeled",
            "method:positive-unlabeled-learning",
        ),
        (
            "Zeroth-order (ZO) optimization avoids back-propagation.",
            "Zeroth-order",
            "method:zeroth-order-optimization",
        ),
        (
            "Visual Autoregressive (VAR) modeling predicts scales.",
            "Visual Autoregressive",
            "method:visual-autoregressive-modeling",
        ),
    ],
)
def test_a_definition_inside_a_known_name_names_it(text: str, long: str, entity: str) -> None:
    """Rule 168: "Long (LF) tail" spelling a lexicon method form is that method, both halves."""
    links = _links(text)
    assert links[long] == ("method", entity)
    short = text[text.index("(") + 1 : text.index(")")]
    assert links[short] == ("method", entity)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Vision-Language-Action (VLA) models have emerged for robots.", "Vision-Language-Action"),
        ("We evaluate the temporal difference (TD) error of the critic.", "temporal difference"),
    ],
)
def test_no_known_name_no_link(text: str, absent: str) -> None:
    """Rule 168: a class of models stays unlinked; a tail that spells no lexicon form adds nothing."""
    assert absent not in _links(text)


def test_an_own_long_form_before_a_head_stays_its_own() -> None:
    """Rule 168 reads the whole long form: "attention mechanism" inside it does not make it the known one."""
    links = _links("We propose a Sparse Relational Attention (SRA) mechanism for graphs.")
    assert links["Sparse Relational Attention"][1] != "method:attention-mechanism"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Species are detected zero-shot via BioCLIP 2, then localised.", "BioCLIP 2"),
        ("We compare GPT-5.2 Pro and Gemini 3, among others.", "Gemini 3"),
        ("We evaluate Gemma 4 31B under zero-shot prompting.", "Gemma 4 31B"),
        ("It outperforms MetaCLIP 2 and SigLIP on retrieval.", "MetaCLIP 2"),
    ],
)
def test_a_bare_release_number_belongs_to_the_model(text: str, name: str) -> None:
    """Rule 169: a model's release number written after a space is part of its name."""
    links = _links(text)
    assert links[name][0] == "model"
    assert name.split()[0] not in links


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We train BERT 3 times with different seeds.", "BERT"),
        ("We pre-train Gemma2 2 billion parameter models.", "Gemma2"),
    ],
)
def test_a_count_after_a_model_is_no_release(text: str, name: str) -> None:
    """Rule 169: a number that counts something after the model is not its release."""
    assert name in _links(text)


def test_a_release_number_before_an_adverb_or_verb() -> None:
    """Rule 169: "Cosmos 3 seamlessly unifies …", "Cosmos 3 establishes …" name the release."""
    links = _links("Cosmos 3 seamlessly unifies modalities. Cosmos 3 establishes a new state of the art.")
    assert links["Cosmos 3"][0] == "model"
    assert "Cosmos" not in links


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We show consistent improvements on the RareBench and FlowEdit datasets.", "FlowEdit"),
        ("Experiments on the V2X-Seq and Griffin datasets validate it.", "Griffin"),
    ],
)
def test_a_known_method_in_a_list_of_data_is_data(text: str, name: str) -> None:
    """Rule 170: a known method or model name among data items before a data head names that data."""
    assert _links(text)[name][0] in ("dataset", "benchmark")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We compare with FlowEdit and RareBench.", "FlowEdit"),
        ("Experiments on GRPO and DPO datasets show gains.", "GRPO"),
    ],
)
def test_a_method_outside_a_list_of_data_stays(text: str, name: str) -> None:
    """Rule 170: no data head closing the list, or no data item in it: the method stays."""
    assert _links(text)[name][0] == "method"


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("We test Llama3.2 on the task.", "Llama3.2", "model:llama-3-2"),
        ("Features come from Virchow2 tiles.", "Virchow2", "model:virchow-2"),
        ("Videos are generated with Veo3 and compared.", "Veo3", "model:veo-3"),
        ("We fine-tune Phi3 on the data.", "Phi3", "model:phi-3"),
    ],
)
def test_a_glued_release_is_the_release(text: str, name: str, entity: str) -> None:
    """Rule 171: a model's release number glued to its name is the lexicon's release."""
    assert _links(text)[name] == ("model", entity)


def test_glued_releases_name_no_other_entry() -> None:
    """Rule 171: no glued spelling of a model release is another entry's form (no false merge)."""
    from kg.extract.lexicon import default_lexicon_paths, load_lexicon
    from kg.extract.variants import glued_release

    lexicon = load_lexicon(default_lexicon_paths())
    owners: dict[str, set[str]] = {}
    for entry in lexicon.entries:
        for form in entry.forms:
            owners.setdefault(form.lower(), set()).add(entry.id)
    clashes = [
        (form, glued)
        for entry in lexicon.entries
        for form in entry.forms
        for glued in glued_release(form, entry.type)
        if owners.get(glued.lower(), set()) - {entry.id}
    ]
    assert clashes == []


def test_shapley_values_are_a_method() -> None:
    """Rule 172: the Shapley value (about 70 corpus abstracts) is a method entry of its own, not SHAP."""
    links = _links("We attribute each feature's contribution with Shapley values.")
    assert links["Shapley values"] == ("method", "method:shapley-value")


def test_a_defined_short_form_is_no_release() -> None:
    """Rule 169: "User Satisfaction Metric 1 (USM 1)" defines a measure, not a release of a USM model."""
    assert "USM 1" not in _links("Gains in User Satisfaction Metric 1 (USM 1) were large.")


def test_a_name_inside_a_longer_item_is_no_data() -> None:
    """Rule 170: "Yo'LLaVA" is an item of its own; the LLaVA inside it names no dataset."""
    links = _links("It improves VLMs across the MyVLM, Yo'LLaVA, and MC-LLaVA datasets.")
    assert links.get("LLaVA", ("model", ""))[0] != "dataset"


def test_a_glued_release_a_name_goes_on_from_is_no_release() -> None:
    """Rule 171: "Phi3" inside "Phi3.5V" and "Phi4" inside a longer hyphenated name are not Phi-3 / Phi-4."""
    links = _links("We test Phi3.5V and Phi4-mini-Flash-Reasoning on math.")
    assert links.get("Phi3", ("", ""))[1] != "model:phi-3"
    assert all(entity != "model:phi-4" for _, entity in links.values())
