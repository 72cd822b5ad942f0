"""Method recall, session 17 (docs/typing.md rule 278): a name right after the kind of method or model it
is ("the POMDP solver SARSOP", "the baseline FedISCA") is a method or model the paper names, with no other
cue."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.rule) for m in extract_text(text, title="A study", model=False)}


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
            "This inspires a hybrid algorithm FP-PED that runs FP for an initial burn-in period.",
            "FP-PED",
            "method",
        ),
        (
            "Compared to the lightweight model FastDVDnet, CIM-NET reduces MVM operations.",
            "FastDVDnet",
            "model",
        ),
        ("The resulting model, DKT, achieves zero-shot SOTA on real video benchmarks.", "DKT", "model"),
        (
            "We leverage the manifold-constrained optimization framework DLRT to compress models.",
            "DLRT",
            "method",
        ),
    ],
)
def test_a_name_after_its_kind_is_linked(text: str, name: str, kind: str) -> None:
    """Rule 278: the kind noun right before the name types it."""
    assert _links(text).get(name) in {(kind, "cue.kind_named"), (kind, "cue.kind_used")}


def test_a_list_after_a_plural_kind() -> None:
    """Rule 278: "two complete PB solvers PBO-IHS and RoundingSat" lists two solvers."""
    links = _links("We compare with two complete PB solvers PBO-IHS and RoundingSat on all benchmarks.")
    assert links.get("PBO-IHS") == ("method", "cue.kind_used")
    assert links.get("RoundingSat") == ("method", "cue.kind_used")


@pytest.mark.parametrize(
    "text",
    [
        "Using this framework, Temper-5400 (5,400 pairs) is built. Results exceed the baseline FedISCA.",
        "The method LLM, approaches RC and the model GPT-4 architecture fail; not the baseline FedISCA.",
        "Large language models (LLMs) and our model LLMs are studied. Results exceed the baseline FedISCA.",
        "We model Question-Context-Answer (QCA) triplets. Results exceed the baseline FedISCA.",
    ],
)
def test_no_name_after_a_kind(text: str) -> None:
    """Rule 278 reads no clause after "this framework," (no apposition), no class, no two-letter acronym, and
    no name followed by a noun it modifies: only the baseline is named."""
    found = [
        m.text for m in extract_text(text, title="A study", model=False) if m.rule.startswith("cue.kind_")
    ]
    assert found == ["FedISCA"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Notably, our model VLAA-Thinker, based on a small backbone, achieves top-1 performance.",
            "VLAA-Thinker",
            "introduced",
        ),
        (
            "We also run our proposed multi-round ranking method, T-RANK, on all tasks.",
            "T-RANK",
            "introduced",
        ),
        (
            "To facilitate this, we train a rewriter model LEANSCRIBE to localize the answer.",
            "LEANSCRIBE",
            "introduced",
        ),
        (
            "Our MAS-PNCG outperforms state-of-the-art Newton solvers, GIPC and StiffGIPC, on cloth.",
            "GIPC",
            "used",
        ),
    ],
)
def test_the_role_of_a_name_after_its_kind(text: str, name: str, role: str) -> None:
    """Rule 278: the kind's noun phrase makes the name the paper's own ("our model X", "we train a model X");
    a comparison verb in between does not ("our X outperforms … solvers, GIPC")."""
    roles = {
        m.text: m.role
        for m in extract_text(text, title="A study", model=False)
        if m.rule.startswith("cue.kind_")
    }
    assert roles.get(name) == role
