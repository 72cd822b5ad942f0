"""Session 16, organisation recall: public bodies defined with an acronym (rule 260) and the Latin "In Vivo"
(rule 261); each test fails on main at 4717da3."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _orgs(text: str, title: str = "") -> list[str]:
    return [m.text for m in extract_text(text, title=title, model=False) if m.type == "organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The monitoring project of the National Institute for Space Research (INPE) maps deforestation.",
            "National Institute for Space Research",
        ),
        (
            "Historical records from the United Nations Security Council (UNSC) are used to test bias.",
            "United Nations Security Council",
        ),
        (
            "It is a business of the New Energy and Industrial Technology Development Organization (NEDO).",
            "New Energy and Industrial Technology Development Organization",
        ),
        ("The codec was adopted by the Moving Picture Experts Group (MPEG).", "Moving Picture Experts Group"),
    ],
)
def test_public_body_defined_with_acronym(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(
    "method",
    [
        "We add a Dynamic Residual Group (DRG) to the decoder and study Quality of Service (QoS).",
        "We propose Task-Aware LLM Council (TALC), a task-adaptive decision framework.",
        "Patients arrived at the Emergency Department (ED) at night.",
        "We extract events from the World Health Organization (WHO) Disease Outbreak News (DONs) reports.",
    ],
)
def test_only_the_body_among_names_with_org_heads(method: str) -> None:
    # the body is found, the method names, a ward and a report named after a body are not
    text = method + " The data come from the Italian Space Agency (ASI)."
    assert _orgs(text) == ["Italian Space Agency"]


def test_in_vivo_is_latin_not_the_maker() -> None:
    title = "Bayesian In Vivo Tracking of Synapses using Joint Poisson Deconvolution"
    assert _orgs("We track synapses in two-photon images.", title=title) == []


def test_body_acronym_is_not_a_method() -> None:
    text = (
        "This paper presents the Feature Coding for Machines (FCM) standard, part of MPEG-AI and developed "
        "by the Moving Picture Experts Group (MPEG). The Italian Public Administration (PA) uses it."
    )
    found = [(m.text, m.type) for m in extract_text(text, model=False)]
    assert ("Moving Picture Experts Group", "organization") in found
    assert not [
        t for t, kind in found if t in ("MPEG", "PA", "Moving Picture Experts Group") and kind == "method"
    ]
