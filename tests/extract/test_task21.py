"""Task precision, session 21 (docs/typing.md rules 404-405): a task-headed long form the paper introduces
as its own is its method (404); a task the paper recasts its problem as is its means, not a task (405)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _mentions(text: str, title: str = "A study") -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "name"),
    [  # rule 404: the cue's object, or "is proposed" after the definition
        (
            "Specifically, we introduce relational feature estimation (RFE) to estimate the magnitude of "
            "changes in the output features from the inputs.",
            "relational feature estimation",
        ),
        (
            "In this paper, a novel framework Multi-Round Collaboration Detection (MRCD) is proposed to "
            "address these limitations.",
            "Multi-Round Collaboration Detection",
        ),
        (
            "In this paper, personalized feature translation (PFT) is proposed for source-free adaptation.",
            "personalized feature translation",
        ),
    ],
)
def test_introduced_long_form_is_a_method(text: str, name: str) -> None:
    found = _mentions(text)
    assert (name, "method") in found
    assert (name, "task") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [  # guards (pass on main too): a task word near it, a noun after it, a preposition before it
        (
            "To explore this, we first introduce a Data-efficient Referring Object Detection (De-ROD) task.",
            "Data-efficient Referring Object Detection",
        ),
        (
            "We introduce Evolving World Object Detection (EWOD), a paradigm coupling incremental learning "
            "and domain adaptation.",
            "Evolving World Object Detection",
        ),
        (
            "This paper presents a robust Automatic Number Plate Recognition (ANPR) system tailored for "
            "Nepali license plates.",
            "Automatic Number Plate Recognition",
        ),
        (
            "In response, we present an approach for Generalizable Image Forgery Localization (GIFL).",
            "Generalizable Image Forgery Localization",
        ),
    ],
)
def test_introduced_task_kept(text: str, name: str) -> None:
    assert (name, "task") in _mentions(text)


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
