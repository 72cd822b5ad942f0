"""Precision round 18 (session 15): docs/typing.md rules 209 and 210 (208 dropped)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.apposed import kind_before
from kg.extract.plain_acronyms import plain_acronym


def found(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    """Mention text -> (type, role) of the first mention with that text."""
    out: dict[str, tuple[str, str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, (m.type, m.role))
    return out


def test_the_kind_before_a_long_form_types_it() -> None:  # rule 209
    got = found("In this work, we propose a new metric called Number of Thoughts (NofT) to rank the tasks.")
    assert got["Number of Thoughts"] == ("metric", "introduced") and got["NofT"][0] == "metric"
    got = found("We introduce a new metric, the Embedding Dimension Impact (EDI) score, which quantifies it.")
    assert got["Embedding Dimension Impact"][0] == "metric"
    got = found("We release a new corpus, the Multilingual European Value Survey (MEVS), of 8 languages.")
    assert got["Multilingual European Value Survey"] == ("dataset", "introduced")
    got = found("We design a dataset called multimodal grounded chain-of-thought (MM-GCoT) of 24,022 items.")
    assert got["multimodal grounded chain-of-thought"][0] == "dataset"


def test_the_kind_before_needs_a_naming_word_or_a_new_thing() -> None:  # rule 209
    assert kind_before("It uses a metric, the Foo Score (FS).", 22) is None
    t = "We propose a framework called Glorp Net (GN) for graphs."
    assert kind_before(t, t.index("Glorp")) is None
    t = "we propose a new evaluation metric called Domain Independence (DI)"
    assert kind_before(t, t.index("Domain")) == "metric"
    t = "three components: (2) a metric called Task-Specific Distance Correlation Matching (TS-DCM), which"
    assert kind_before(t, t.index("Task")) is None  # a distance the method computes


def test_an_acronym_of_an_ordinary_phrase_is_no_data() -> None:  # rule 210
    t = (
        "Reasoning models overthink on ill-posed questions with missing premises (MiP). "
        "Experiments on MiP show the effect."
    )
    assert "MiP" not in found(t)
    t = "Pixel-space autoregressive (AR) generation is slow. Experiments on AR show large gains."
    assert "AR" not in found(t)


def test_a_data_acronym_stays_data() -> None:  # rule 210
    t = "We build the remote sensing captioning dataset (RSCD). Results on RSCD and UCM show it."
    assert not plain_acronym(t, t.index("RSCD and"), t.index(" and U"))
    t = "We evaluate on the Pavia University (PU) and Indian Pines datasets. Results on PU and IP are good."
    assert not plain_acronym(t, t.index("PU and"), t.index(" and IP"))
