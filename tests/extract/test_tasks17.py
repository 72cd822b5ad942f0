"""Task links round 15 (session 17, docs/typing.md "Task links round 15"): established vision task names the
corpus writes whose last word is no task head the context rules know ("swapping", "transfer", "unmixing",
"decomposition", "search", "anonymization"), and what the round left out."""

from __future__ import annotations

from kg.extract import extract_text


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


def test_vision_tasks_without_a_known_head_are_known() -> None:
    """Entries: "face swapping", "makeup transfer", "hyperspectral unmixing", "intrinsic image decomposition",
    "person search", "face anonymization". Not entries: "camera calibration" (tuning seed 75201: a method's
    precondition, "without camera calibration"), "forced alignment" ("semantic forced alignment"),
    "combinatorial optimization" (held-back seeds 75210-75211: a field, "conjectures in combinatorial
    optimization"), "motion transfer" (seed 75213: "load and motion transfer")."""
    found = _tasks(
        "Face swapping and person search are hard. We also evaluate makeup transfer, face anonymization and "
        "intrinsic image decomposition.",
        title="A Deep Equilibrium Network for Hyperspectral Unmixing",
    )
    assert {
        "Face swapping",
        "person search",
        "makeup transfer",
        "face anonymization",
        "intrinsic image decomposition",
        "Hyperspectral Unmixing",
    } <= found
    found = _tasks(
        "The method runs without camera calibration and leverages contrastive loss to achieve semantic "
        "forced alignment. It proves conjectures in combinatorial optimization with consistent load and "
        "motion transfer."
    )
    dropped = {"camera calibration", "forced alignment", "combinatorial optimization", "motion transfer"}
    assert not dropped & found
