"""Task links round 15 (session 17, docs/typing.md "Task links round 15"): established task names the corpus
and the SciREX / TDMSci training labels write, whose last word is no task head the context rules know
("watermarking", "swapping", "tracing", "unmixing", "decomposition", "search", "transfer" …), and what the
entries must leave alone."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


def test_established_tasks_without_a_known_head_are_known() -> None:
    """Entries: "watermarking" (and its image / video / audio / digital forms), "knowledge tracing", "person
    search", "makeup transfer", "face swapping", "intrinsic image decomposition", "hyperspectral unmixing"
    …; "Bayesian Knowledge Tracing" is a method. Not entries: "camera calibration" (tuning seed 75201: a
    method's precondition, "without camera calibration"), "forced alignment" ("semantic forced alignment"),
    "combinatorial optimization" (held-back seeds 75210-75211: a field, "conjectures in combinatorial
    optimization"), "answer selection" (a step of inference)."""
    found = _tasks(
        "Image watermarking, knowledge tracing and person search are hard. We also evaluate makeup transfer, "
        "face swapping and intrinsic image decomposition.",
        title="A Deep Equilibrium Network for Hyperspectral Unmixing",
    )
    assert {
        "Image watermarking",
        "knowledge tracing",
        "person search",
        "makeup transfer",
        "face swapping",
        "intrinsic image decomposition",
        "Hyperspectral Unmixing",
    } <= found
    found = _tasks(
        "The method runs without camera calibration and leverages contrastive loss to achieve semantic "
        "forced alignment. It proves conjectures in combinatorial optimization and improves answer selection."
    )
    assert not {"camera calibration", "forced alignment", "combinatorial optimization", "answer selection"} & found
    assert "Bayesian Knowledge Tracing" not in _tasks("Bayesian Knowledge Tracing (BKT) maintains estimates.")
