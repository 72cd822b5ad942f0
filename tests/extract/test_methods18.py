"""Method recall, session 18 (docs/typing.md rule 338, rule 278 narrowed): a name right after the kind of
method or model it is ("the state-of-the-art method QUEEN") is linked, the paper's own only where the kind's
noun phrase says so, somebody else's only where the phrase, a comparison or a word of use says so; never
a variant letter, a software or evaluation framework, a name the text calls its own elsewhere, nor a name
in a sentence that introduces the paper's own work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.extract.extractor import extract_text


def _kind_named(text: str, title: str = "A study") -> dict[str, tuple[str, str]]:
    return {
        m.text: (m.type, m.role)
        for m in extract_text(text, title=title, model=False)
        if m.rule.startswith("cue.kind_")
    }


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Our method outperforms the POMDP solver SARSOP, particularly when the number grows.",
            "SARSOP",
            "method",
        ),
        ("It exceeds the baseline FedISCA by an average of 21.75%.", "FedISCA", "method"),
        (
            "Compared to the lightweight model FastDVDnet, CIM-NET reduces MVM operations.",
            "FastDVDnet",
            "model",
        ),
        (
            "We use the Gaussian mixture registration framework GMMCalib to align the point clouds.",
            "GMMCalib",
            "method",
        ),
        (
            "Our method builds upon the recent geometry estimation approach, MoGe, which predicts maps.",
            "MoGe",
            "method",
        ),
        (
            "It achieves competitive performance with a baseline PatentBERT on all sets.",
            "PatentBERT",
            "model",
        ),
        (
            "Specifically, we evaluate two OCC approaches, DSVDD and DROC, and compare them.",
            "DSVDD",
            "method",
        ),
    ],
)
def test_somebody_elses_name_after_its_kind_is_used(text: str, name: str, kind: str) -> None:
    """Rule 338: a comparison, a word of use or the phrase ("recent", "baseline") makes the name used."""
    assert _kind_named(text).get(name) == (kind, "used")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Notably, our model VLAA-Thinker, based on a small backbone, achieves top-1 performance.",
            "VLAA-Thinker",
        ),
        ("We propose a Data-Adaptive Semantic Refinement framework DAS for graph learning.", "DAS"),
        ("We further propose a strong baseline, ATLAS, which uses audio-guided conditioning.", "ATLAS"),
    ],
)
def test_the_papers_own_name_after_its_kind_is_introduced(text: str, name: str) -> None:
    """Rule 338: the kind's noun phrase says the name is the paper's own."""
    assert _kind_named(text).get(name, ("", ""))[1] == "introduced"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the paper's own names after "We evaluate …" or in a sentence with an introduction cue
        (
            "We evaluate seven retrieval baselines, a training-free fusion method, SteerFuse, and a ranker.",
            "A study",
        ),
        (
            "We propose a pipeline WEval for reward models and a fine-grained training framework WRL.",
            "A study",
        ),
        (
            "Results: it beats the state-of-the-art method CSUD-Net by far.",
            "CSUD-Net: Unsupervised Deraining",
        ),
        ("We compare with the SOTA method GlorpNet. GlorpNet consistently wins on all sets.", "A study"),
        # a variant letter, a software framework, an evaluation framework, a data set after "on"
        (
            "We evaluated several models, including ResNet50 and EfficientNet variants B0, B1, and B3.",
            "A study",
        ),
        ("Leveraging the Exascale Computing Project software framework AMReX, we develop a tool.", "A study"),
        ("We challenge this by constructing a controlled evaluation framework, SpatialUncertain.", "A study"),
        ("It outperforms state of the art approaches on well known baselines RAWFC by 25.28%.", "A study"),
        # a name the lexicon holds in another sense; a name whose owner is not said
        ("Our policies surpass prior work, including the classical planner LAMA.", "A study"),
        ("This inspires a hybrid algorithm FP-PED that runs FP for an initial burn-in period.", "A study"),
        ("MEMETRON\nleverages hybrid metaheuristic algorithms, GENETRON and ANNETRON, to search.", "A study"),
    ],
)
def test_no_link_where_whose_name_it_is_is_unclear(text: str, title: str) -> None:
    """Rule 338 leaves the forms rule 278 got wrong in the session-17 audits: only the baseline is named."""
    assert _kind_named(f"{text} Results exceed the baseline FedISCA.", title) == {
        "FedISCA": ("method", "used")
    }


def test_the_ambiguous_entries_are_those_of_the_lexicon_the_extractor_reads(tmp_path: Path) -> None:
    """Rule 338 leaves a name whose id is an ambiguous entry of the extractor's own lexicon, extra files
    included ("the planner LAMA" is no LaMa); it read the shipped files alone before."""
    text = "Our method beats the POMDP solver ZORBLAX, by far."
    assert [(m.text, m.rule) for m in extract_text(text)] == [("ZORBLAX", "cue.kind_used")]
    extra = tmp_path / "extra.jsonl"
    row = {"id": "zorblax", "type": "method", "name": "ZorBlax", "ambiguous": True}
    extra.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert extract_text(text, extra_lexicons=[extra]) == []
