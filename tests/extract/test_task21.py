"""Task precision, session 21 (docs/typing.md rule 405; rule 404 dropped on its held-back seeds): a task the
paper recasts its problem as is its means, not a task."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _mentions(text: str, title: str = "A study") -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "gone"),
    [  # rule 405: the paper's own recasting
        (
            "In this paper, we reformulate SAM-based FSMIS as a prompt localization task and propose FoB.",
            "prompt localization",
        ),
        (
            "Building on these descriptors, we formulate pruning as a statistical evidence estimation "
            "problem and introduce a Beta evidence model.",
            "statistical evidence estimation",
        ),
        (
            "This avoids relying on environment maps and reduces compositing to a background-image "
            "editing task.",
            "background-image editing",
        ),
        (
            "To address these issues, we propose OrbitNVS, which reformulates NVS as an orbit video "
            "generation task.",
            "orbit video generation",
        ),
    ],
)
def test_recast_task_dropped(text: str, gone: str) -> None:
    assert gone not in {name for name, _ in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # guards (pass on main too): the field's usual framing, a task in its own context, a plain task list
        (
            "Vision-based maturity estimation is typically formulated as a multi-class classification task, "
            "which imposes sharp boundaries.",
            "multi-class classification",
        ),
        (
            "We reformulate NVS as an orbit video generation task. Results on the orbit video generation "
            "task are strong.",
            "orbit video generation",
        ),
        ("We evaluate on the prompt localization task and report gains.", "prompt localization"),
    ],
)
def test_task_kept(text: str, kept: str) -> None:
    assert kept in {name for name, _ in _mentions(text)}
