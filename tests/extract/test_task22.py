"""Task precision, session 22 (docs/typing.md rules 434 and 436; rule 435 was dropped at the audits): a
quantifier, comparison or verb starts no task name in running text ("all segmentation tasks"); the alias
"optical flow" names the motion field, not the task, unless the words around it make it the task."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("We find that all navigation problems solved by the Solver are also solved.", "all navigation"),
        ("A controller can solve the same planning problems as the Solver.", "same planning"),
        ("Experiments across distinct editing tasks show gains.", "distinct editing"),
        ("Current benchmarks oversimplify grounding tasks as short expressions.", "oversimplify grounding"),
        ("We define classification tasks for three kinds of unreliability.", "define classification"),
    ],
)
def test_no_quantifier_or_verb_starts_a_task(text: str, wrong: str) -> None:
    assert wrong not in _tasks(text)


def test_a_comparison_word_leaves_the_task_after_it() -> None:
    text = "The simpler veracity classification task tends to dominate the gradients."
    assert _tasks(text) == {"veracity classification"}


@pytest.mark.parametrize(
    "text",
    [
        "We employ optical flow consistency loss to ensure natural transitions.",
        "Motion is estimated using optical flow between the input images.",
        "The modalities include global motion (optical flow) and depth.",
    ],
)
def test_optical_flow_as_a_signal_is_no_task(text: str) -> None:
    assert "optical flow" not in _tasks(text)


@pytest.mark.parametrize(
    "task",
    [
        "WAFT is a simple and effective method for optical flow.",
        "Unsupervised optical flow methods lack reliable uncertainty estimates.",
        "Estimating dense 2D optical flow and 3D scene flow is essential.",
        "Cost volumes are used in every modern optical flow estimator.",
    ],
)
def test_optical_flow_as_the_task_stays(task: str) -> None:
    text = task + " They extract dense optical flow statistics for each window."
    found = [m.start for m in extract_text(text) if m.type == "task" and m.text.lower() == "optical flow"]
    assert found == [task.lower().find("optical flow")]
