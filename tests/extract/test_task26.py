"""Task links, session 26 (docs/typing.md rules 531 and 600): the abstract copy of every title task name
stands over the parts of it that other rules read there, not only of the names rule 530 reads whole (531);
an "ASR" in a text about attacks that writes no word of speech is the attack success rate, not speech
recognition (600)."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.task_phrases import task_candidates


def _tasks(text: str, title: str, field: str = "abstract") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task" and m.field == field}


@pytest.mark.parametrize(
    ("title", "text", "whole", "part"),
    [
        (
            "Exploring Properties in Long-Tailed IC Defect Classification",
            "Applying these approaches to real-world IC defect classification tasks remains challenging.",
            "IC defect classification",
            "defect classification",
        ),
        (
            "MeViS: A Multi-Modal Dataset for Referring Motion Expression Video Segmentation",
            "This paper proposes a large-scale multi-modal dataset for referring motion expression video "
            "segmentation, focusing on segmenting objects.",
            "referring motion expression video segmentation",
            "motion expression video segmentation",
        ),
        (
            "XSeg: A Large-scale X-ray Contraband Segmentation Benchmark",
            "XSeg is the largest X-ray contraband segmentation dataset to date.",
            "X-ray contraband segmentation",
            "contraband segmentation",
        ),
    ],
)
def test_an_abstract_part_of_any_title_name_gives_way_to_the_whole_name(
    title: str, text: str, whole: str, part: str
) -> None:
    found = _tasks(text, title)
    assert whole in found
    assert part not in found


def test_a_part_the_abstract_also_writes_alone_keeps_its_link() -> None:
    title = "Exploring Properties in Long-Tailed IC Defect Classification"
    text = (
        "Applying these approaches to real-world IC defect classification tasks remains challenging. "
        "We also study defect classification of wafers."
    )
    assert "defect classification" in _tasks(text, title)


def test_the_miners_reading_keeps_the_part() -> None:
    title = "Exploring Properties in Long-Tailed IC Defect Classification"
    text = title + " Applying these approaches to real-world IC defect classification tasks is hard."
    read = [(c.name, c.rule) for c in task_candidates(text, len(title), whole=False)]
    assert ("defect classification", "context.task") in read
    whole = [(c.name, c.rule) for c in task_candidates(text, len(title))]
    assert ("IC defect classification", "title.task") in whole
    assert ("defect classification", "context.task") not in whole


@pytest.mark.parametrize(
    "text",
    [
        "Experiments on widely used VLMs show that BadSem achieves over 98% average ASR.",
        "TCBS-Attack achieves an ASR-4 of 45% on jailbreaking full-chain pipelines.",
        "This finding is initially surprising: ASR remains low even when the attack succeeds in planting it.",
    ],
)
def test_an_attack_papers_asr_is_no_speech_recognition(text: str) -> None:
    found = {m.text for m in extract_text(text, title="Jailbreak Attacks on Vision-Language Models")}
    assert "ASR" not in found  # rule 600: the attack success rate, not a task


def test_an_attack_on_speech_recognition_keeps_asr() -> None:
    text = "We craft adversarial attacks on ASR systems by perturbing spoken commands."
    tasks = {m.text for m in extract_text(text, title="Attacking Speech Models") if m.type == "task"}
    assert "ASR" in tasks
