"""Task recall, session 24 (docs/typing.md rules 524-525): a slot of a list that holds two known tasks is a
task when the whole slot is one task phrase (``list.task``); "X, the task of Ving" / "X is the task of Ving"
names the task X whatever its head word (``cue.task_of``)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str, str]]:
    return {m.text: (m.type, m.role, m.rule) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The pipeline included layout analysis, table detection, cell classification, and handwriting "
            "recognition.",
            "cell classification",
        ),
        (
            "Its heads serve emotion recognition, laughter detection, and sentiment analysis.",
            "laughter detection",
        ),
        (
            "Benchmarks span disease diagnosis, lesion segmentation, organ detection and report generation.",
            "organ detection",
        ),
    ],
)
def test_a_slot_between_known_tasks_is_a_task(text: str, name: str) -> None:
    assert _links(text).get(name) == ("task", "used", "list.task")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one known task: the coordination alone does not say a list of tasks
        (
            "It aids early disease detection, treatment planning, and patient prognosis assessment.",
            "treatment planning",
        ),
        # a setting, not a name
        (
            "It handles object detection, fine-grained classification and image captioning.",
            "fine-grained classification",
        ),
        # a verb before the list's first slot
        (
            "We develop frameworks that link language grounding, image captioning and object detection.",
            "link language grounding",
        ),
    ],
)
def test_list_slots_left_alone(text: str, name: str) -> None:
    assert name not in _links(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Object compositing, the task of placing objects in images, remains hard.", "Object compositing"),
        (
            "Intro. Morphological parsing is the task of decomposing words into morphemes.",
            "Morphological parsing",
        ),
        ("Prompt inversion, the task of identifying the prompt used, matters.", "Prompt inversion"),
    ],
)
def test_a_phrase_defined_as_the_task_of_is_a_task(text: str, name: str) -> None:
    assert _links(text).get(name) == ("task", "used", "cue.task_of")


@pytest.mark.parametrize(
    "text",
    [
        "This is the task of finding paths in graphs.",
        "Transferring hairstyles between images is the problem of mapping styles.",
        "We propose the novel task of extreme short token reduction, aiming to represent text.",
    ],
)
def test_task_of_needs_a_name_before_it(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "cue.task_of"]


@pytest.mark.parametrize(
    "text",
    [
        # v2 (held-back seed 82655): the defined phrase starts its sentence
        "Owing to capturing images in low-illumination environments, the task of enhancing scenes is hard.",
        "Speaker attribution from speech transcripts is the task of identifying a speaker.",
    ],
)
def test_task_of_phrase_starts_its_sentence(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "cue.task_of"]
