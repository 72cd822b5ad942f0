"""The name typer: candidates, features, the shipped model, rules-win merge, training determinism."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kg.extract import extract_text
from kg.extract.candidates import Candidate
from kg.extract.name_features import (
    context,
    is_defined,
    is_definition,
    name_contexts,
    name_features,
    name_spans,
    name_words,
    words,
)
from kg.extract.name_typer import CLASSES, NAMES_PATH, ON_BY_DEFAULT, NameTyper, add_names, default_typer

ROOT = Path(__file__).resolve().parent.parent.parent
TEXTS = [
    "On FakeAVCeleb, our detector achieves 99.7% balanced accuracy.",
    "It outperforms strong baselines such as DAPO and PAPO, achieving state-of-the-art performance.",
    "We train on 8 GPUs with RMs and PTMs via the GPU API, and report F1 on CIFAR-10.",
    "We use Proportional Approval Voting (PAV). PAV is fair to GlorpNet users.",
]


def _candidates(text: str) -> list[str]:
    toks = words(text)
    return [toks[i][2] for i in name_words(toks, text, ())]


def test_shipped_typer_is_small_and_loads_offline() -> None:
    assert NAMES_PATH.is_file() and NAMES_PATH.stat().st_size <= 5 * 1024 * 1024
    typer = default_typer()
    assert typer is not None and typer.evidence and 0.5 <= typer.threshold < 1.0
    assert all(len(w) == len(CLASSES) for w in list(typer.weights.values())[:100])


def test_candidates_are_untyped_name_shaped_words_only() -> None:
    text = "We use x1.30, per-Gaussian, RMs, GPUs, LLMs, brown2020language, CO2 and TN3K on the MVTec AD set."
    assert _candidates(text) == [
        "TN3K"
    ]  # quantities, modifiers, plural acronyms, generic words, citations out
    assert _candidates("the Medical Segment Anything Model and PlanetScope") == [
        "PlanetScope"
    ]  # no part of a name
    assert _candidates("Across ALFWorld, TN3K-v2 and A/B tests") == ["ALFWorld", "TN3K-v2"]


def test_features_never_name_the_word_itself() -> None:
    text = "We report results on the OrganAMNIST abdominal CT dataset."
    toks = words(text)
    feats = name_features(toks, 5, {}, evidence={})
    assert toks[5][2] == "OrganAMNIST" and not any("organamnist" in f.lower() for f in feats)
    assert {"p1:the", "pd:on", "n1:abdominal", "cx:unseen"} <= set(feats)


def test_list_neighbours_give_their_types() -> None:
    text = "We evaluate on BUSI, TN3K and BP."
    toks = words(text)
    feats = name_features(toks, 5, {3: "dataset"})
    assert toks[5][2] == "TN3K" and "lnb:dataset" in feats and "lnb:name" in feats


@pytest.mark.parametrize("text", TEXTS)
def test_rule_mentions_do_not_change_when_the_typer_is_on(text: str) -> None:
    on = extract_text(text, names=True)
    off = extract_text(text, model=False)
    assert [m for m in on if m.rule != "name.typer"] == off
    taken = {i for m in off for i in range(m.start, m.end)}
    for m in on:
        if m.rule == "name.typer":
            assert m.source == "model" and m.confidence == 0.5 and not taken & set(range(m.start, m.end))


def test_the_shipped_typer_types_names_without_cues() -> None:
    mentions = extract_text(TEXTS[0] + " " + TEXTS[1], names=True)
    found = {(m.text, m.type) for m in mentions if m.rule == "name.typer"}
    assert found == {("FakeAVCeleb", "dataset")}
    # "baselines such as DAPO and PAPO": rule 218 reads the all-capital baseline before the typer does
    papo = {(m.text, m.type, m.rule) for m in mentions if m.text == "PAPO"}
    assert papo == {("PAPO", "method", "cue.compared")}
    generic = extract_text(TEXTS[2], names=True)
    assert not [m for m in generic if m.rule == "name.typer"]  # GPUs, RMs, PTMs, GPU, API stay out


def test_defined_acronyms_are_left_to_the_acronym_rules() -> None:
    typer = NameTyper({"b": [0.0, 0.0, 0.0, 5.0, 0.0, 0.0]}, 0.5)  # types every candidate a method
    found = [c.name for c in add_names([], typer, TEXTS[3])]
    assert found == ["GlorpNet"]  # PAV is defined in the text: no candidate, in either occurrence


def test_a_rule_type_of_the_same_name_wins() -> None:
    text = "We use the UIEB benchmark. On UIEB, our model is best."
    rule = Candidate(11, 15, "benchmark", "UIEB", "benchmark:uieb", 0.8, rule="cue.the_x_head")
    typer = NameTyper({"b": [0.0, 5.0, 0.0, 0.0, 0.0, 0.0]}, 0.5)  # would say dataset
    out = add_names([rule], typer, text)
    assert [(c.start, c.type, c.entity_id, c.rule) for c in out] == [
        (11, "benchmark", "benchmark:uieb", "cue.the_x_head"),
        (30, "benchmark", "benchmark:uieb", "name.typer"),
    ]


def test_occurrences_are_decided_together() -> None:
    typer = NameTyper(
        {"p1:on": [0.0, 2.0, 0.0, 0.0, 0.0, 0.0], "p1:with": [0.0, 0.0, 0.0, 2.0, 0.0, 0.0]}, 0.5
    )
    out = add_names([], typer, "Results on ZorbSet and ZorbSet again. We test on ZorbSet.")
    assert {c.type for c in out} == {"dataset"} and len(out) == 3
    assert add_names([], None, "on ZorbSet") == []


def test_training_is_deterministic_and_learns_contexts() -> None:
    spec = importlib.util.spec_from_file_location("train_names", ROOT / "train" / "train_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_names"] = module
    spec.loader.exec_module(module)
    data = (
        [(["b", "p1:on", "n1:dataset"], 1)] * 5
        + [(["b", "p1:the", "n1:model"], 4)] * 5
        + [(["b", "p1:a"], 0)] * 5
    )
    first, second = module.train(data), module.train(list(data))
    assert first == second
    typer = NameTyper(first, 0.5)
    assert (
        CLASSES[max(range(6), key=lambda k: typer.probabilities(["b", "p1:on", "n1:dataset"])[k])]
        == "dataset"
    )
    assert (
        CLASSES[max(range(6), key=lambda k: typer.probabilities(["b", "p1:the", "n1:model"])[k])] == "model"
    )


def test_the_default_follows_the_switch_and_names_false_turns_the_typer_off() -> None:
    """``names=None`` (the default) runs the typer as ``ON_BY_DEFAULT`` says; ``names=False`` (``kg evaluate
    --mode no-names``) turns it off alone, ``model=False`` (``--mode rules``) both trained sources."""
    from kg.extract.evaluate import extractor

    text = TEXTS[0] + " " + TEXTS[1]
    typer = [m.text for m in extract_text(text, names=True) if m.rule == "name.typer"]
    assert typer and [m.text for m in extract_text(text) if m.rule == "name.typer"] == (
        typer if ON_BY_DEFAULT else []
    )
    offs = (extract_text(text, names=False), extract_text(text, model=False), extractor("no-names")(text))
    for off in offs:
        assert not [m for m in off if m.rule == "name.typer"]
    assert [m.text for m in extract_text(text, model=False, names=True) if m.rule == "name.typer"] == typer
    assert [m.text for m in extractor("names")(text) if m.rule == "name.typer"] == typer


def test_a_typer_name_the_paper_proposes_is_introduced() -> None:
    """Its names are read as new names (roles.NEW_NAME): "we propose X" introduces X; one compared is used."""
    text = (
        "Leveraging these insights, we propose a novel post-training quantization, HDRQ - Hessian and "
        "distant regularizing quantization - that is designed to consider model merging. " + TEXTS[1]
    )
    mentions = extract_text(text, names=True)
    assert {m.text: m.role for m in mentions if m.rule == "name.typer"} == {"HDRQ": "introduced"}
    assert {m.text: m.role for m in mentions if m.text == "PAPO"} == {"PAPO": "used"}  # rule 218 reads it


@pytest.mark.parametrize(
    "text",
    [
        *TEXTS,
        "X1 " + "a, " * 30 + "and TN3K-v2 vs. iPhone on A/B (GPT-4o) " + "ZorbNet " * 3 + "end",
        "ImageNet" + "-like" * 40 + " and CoRP, the  \n spaced\tWeb-Q data; Card2Code+ C++ FooNet",
    ],
)
def test_context_windows_are_the_whole_texts_words(text: str) -> None:
    """The words around each candidate are the ones words(text) splits the whole text into."""
    toks = words(text)
    index = {s: i for i, (s, _, _) in enumerate(toks)}
    for window, k in name_contexts(text, ()):
        i = index[window[k][0]]
        assert list(window) == list(toks[max(0, i - 6) : i + 7]) and k == min(i, 6)
    for start in index:
        window, k = context(text, start, 2, 3)
        i = index[start]
        assert list(window) == list(toks[max(0, i - 2) : i + 4])


_TRICKY = [
    *TEXTS,
    "We use iPhone, per-GPU, e.g.ResNet, 3.14, 1,2A, x1.30, Hello2, 2stage, abc12 and C++ or +abc here.",
    "The HoloNet Block and Medical Segment Anything; ResNet ALFWorld, LLM TN3K and In TN3K. OK WebShop",
    "Proportional Approval Voting ( PAV ) and (PAV) and Foo (PAV) plus 2024 numbers, 1,000 and 3,5B runs.",
    "Title With Names: ZorbNet-2. We test ZorbNet-2 and x_Net, O'Brien's GlorpNet, A1, B2B and 4D-Gaussians.",
]


def _reference_spans(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The candidates as the typer read them before session 9: every capital, digit or "+" a hit, the
    whole text's words around every candidate."""
    from kg.extract.name_features import _in_longer_name, _run_names

    spans = []
    for hit in re.finditer(r"[A-Z0-9+][\w'./+-]*+", text):
        start, end = hit.span()
        while start and (text[start - 1].isalnum() or text[start - 1] in "_'./+-"):
            start -= 1
        spans += [(start + s, start + e) for s, e in _run_names(text[start:end])]
    return [
        (s, e)
        for s, e in spans
        if not any(a < e and s < b for a, b in taken) and not _in_longer_name(*context(text, s))
    ]


@pytest.mark.parametrize("text", _TRICKY)
def test_the_cheap_scan_finds_the_candidates_the_full_split_finds(text: str) -> None:
    """Hits skip plain words and numbers, and the words around a candidate are split only where it may be
    part of a longer name: the candidates are those of the whole scan, with or without other mentions."""
    for taken in ([], [(0, 5)], [(m.start(), m.end()) for m in re.finditer(r"[A-Z]\w+", text)][::3]):
        assert name_spans(text, taken) == _reference_spans(text, taken)
    toks = words(text)
    for s, e in name_spans(text, ()):
        i = next(i for i, t in enumerate(toks) if t[0] == s)
        assert is_defined(text, s, e) == is_definition(toks, i)


def test_a_name_none_scores_highest_everywhere_is_rejected_at_once() -> None:
    typer = NameTyper({"p1:on": [2.0, 1.9, 0.0, 0.0, 0.0, 0.0], "p1:in": [0.0, 3.0, 0.0, 0.0, 0.0, 0.0]}, 0.5)
    assert typer.decide([["p1:on"]]) is None
    assert typer.decide([["p1:in"]]) == ("dataset", pytest.approx(typer.probabilities(["p1:in"])[1]))
    # with a threshold below one half the long way is taken: "none" best, yet "dataset" above 0.3
    low = NameTyper(typer.weights, 0.3)
    assert low.decide([["p1:on"]]) == ("dataset", pytest.approx(low.probabilities(["p1:on"])[1]))
