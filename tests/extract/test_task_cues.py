"""Tasks read where the text uses a phrase as a task (kg/extract/task_cues.py, rule "cue.task"), longer
task names over shorter known ones, and defined long forms ending in a task word."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.phrase_words import not_domain
from kg.extract.task_cues import cue_candidates


def _tasks(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(m.text, m.rule) for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We present a method for image relighting.", ["image relighting"]),
        ("the first approach for rumen acidosis detection from gas", ["rumen acidosis detection"]),
        ("a framework specifically tailored for patent classification", ["patent classification"]),
        ("USPTO-2M is a widely used benchmark for patent classification.", ["patent classification"]),
        ("Many methods have been proposed for natural image captioning.", ["natural image captioning"]),
        ("We tackle cross-view geolocalization with a new model.", ["cross-view geolocalization"]),
        ("Strain estimation is a fundamental problem in cardiac imaging.", ["Strain estimation"]),
        ("We evaluate on three scene segmentation datasets and a human parsing benchmark.",
         ["scene segmentation", "human parsing"]),
        ("a framework for Video Quality Assessment and Temporal Action Captioning.",
         ["Video Quality Assessment", "Temporal Action Captioning"]),
        ("a framework for depth estimation, road extraction and lane marking.",
         ["depth estimation", "road extraction"]),
        ("Our pipeline uses YOLOv8-Nano for lesion localisation, and", ["lesion localisation"]),
        ("Multi-sequence MRI is commonly used for recurrence detection; however", ["recurrence detection"]),
        ("our approach can be readily adapted to object pose tracking and attains", ["object pose tracking"]),
        ("EgoGraph achieves state-of-the-art performance on long-term video question answering, validating",
         ["long-term video question answering"]),
        ("Temporal human action detection aims to localize actions.", ["Temporal human action detection"]),
        ("Video anomaly detection seeks to flag rare events.", ["Video anomaly detection"]),
        ("without relying on special anomaly detection datasets", ["anomaly detection"]),  # a describing word
        ("Recent advances in open-world detection have introduced", ["open-world detection"]),
        ("It poses unique challenges, including small tumor detection and", ["tumor detection"]),
        ("signals used in human interaction, but facial expression recognition datasets are few",
         ["facial expression recognition"]),  # "but" is no modifier
        ("We develop a framework for short answer scoring and sentence simplification.",
         ["short answer scoring", "sentence simplification"]),
    ],
)  # fmt: skip
def test_a_cue_reads_the_task(text: str, expected: list[str]) -> None:
    assert [c.name for c in cue_candidates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "We use a module for feature extraction.",  # a pipeline step, and no cue noun
        "a network for feature extraction",  # a model's parts
        "a pipeline for dataset generation and pseudo-label generation",  # the system's own data
        "a method for efficient detection",  # a bare head after a describing word
        "a framework for image segmentation models",  # the head modifies a noun
        "We release models for widely used image restoration datasets.",  # a participle
        "a framework for single-step image super-resolution",  # a setting
        "It is a method for synthetic multi-person pose estimation.",  # an -ic adjective
        "MASS-RAG applies distinct agents for evidence summarization.",  # a pipeline's parts
        "autoencoders primarily trained for pixel reconstruction",  # a training objective on the inputs
        "Accurate detection is essential for urban planning.",  # no use or purpose cue
        "state-of-the-art results on referring expression video object segmentation",  # cut after -ing
        "evaluated across six core dimensions including visual entity tracking",  # not a task list
        "evaluated on data-scarce classification and",  # a setting
        "3D intraoral scan mesh is widely used in digital dentistry diagnosis",  # an application area
        "we remodel it as a one-dimensional signal anomaly detection task",  # a setting
    ],
)
def test_no_task_without_a_domain(text: str) -> None:
    assert cue_candidates(text) == []


def test_a_cued_task_is_known_not_introduced() -> None:
    ms = extract_text("We propose FooNet, a framework for surgical skill assessment.")
    got = {(m.text, m.type, m.role, m.rule) for m in ms if m.type == "task"}
    assert got == {("surgical skill assessment", "task", "used", "cue.task")}


def test_a_longer_task_wins_over_the_known_task_it_ends_in() -> None:
    assert _tasks("Deep neural networks for aerial image segmentation require labels.") == {
        ("aerial image segmentation", "cue.task")
    }
    assert _tasks("We report results on medical image captioning tasks.") == {
        ("medical image captioning", "context.task")
    }
    # a setting, a participle or a discourse word is no domain: the known task stands
    for text in (
        "We report results on single-shot text generation tasks.",
        "It evaluates on widely studied text generation tasks.",
        "It helps tasks like text generation.",
    ):
        assert _tasks(text) == {("text generation", "lexicon")}, text


def test_a_title_name_does_not_replace_a_known_task() -> None:
    got = _tasks("We study image generation for versatile uses.", title="Versatile Image Generation")
    assert ("Versatile Image Generation", "title.task") not in got
    assert any(rule == "lexicon" for _, rule in got)


def test_a_title_name_the_abstract_repeats_replaces_a_known_task() -> None:
    got = _tasks("Medical image retrieval is hard.", title="A Framework for Medical Image Retrieval")
    assert {("Medical Image Retrieval", "title.task"), ("Medical image retrieval", "title.task")} <= got
    assert not any(name.lower() == "image retrieval" for name, _ in got)


def test_evaluation_verbs_and_acronyms_before_for_are_cues() -> None:
    assert ("3D scene compression", "cue.task") in _tasks("We evaluate ICGS on 3D scene compression.")
    assert ("organ presence detection", "cue.task") in _tasks(
        "We introduce a vision-language model (VLM) for organ presence detection."
    )
    # a name's -ing word is not cut off: no "face video generation"
    got = _tasks("We propose a network (JN) for high-quality talking face video generation.")
    assert not any(name == "face video generation" for name, _ in got)


def test_context_heads_and_nouns_in_ent() -> None:
    assert ("skill assessment", "context.task") in _tasks(
        "We benchmark workflow recognition and skill assessment tasks."
    )
    assert ("scene relighting", "context.task") in _tasks(
        "We show it on scene relighting and image segmentation tasks."
    )
    assert ("patent classification", "context.task") in _tasks("It helps patent classification tasks.")


def test_a_defined_long_form_ending_in_a_task_word_is_a_task() -> None:
    ms = extract_text("We study Video Quality Assessment (VQA) for streaming.")
    assert {(m.text, m.type) for m in ms} >= {("Video Quality Assessment", "task"), ("VQA", "task")}
    ms = extract_text("We propose Speaker Verification Net (SVN).")  # a head word of its own: a method
    assert ("Speaker Verification Net", "method") in {(m.text, m.type) for m in ms}


def test_not_domain() -> None:
    assert not not_domain(["aerial", "image"]) and not not_domain(["acoustic", "scene"])
    assert not_domain(["synthetic"]) and not_domain(["data-scarce"]) and not_domain(["smaller"])
    assert not_domain(["models'"]) and not_domain(["4x"]) and not_domain(["like"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule 112: a kind of method the field has, after a word naming prior work
        ("However, existing 3D vehicle generation methods are trained on synthetic data.",
         ["3D vehicle generation"]),
        ("It beats previous quality assessment methods and SOTA anomaly detection and change detection "
         "approaches.", ["quality assessment", "change detection", "anomaly detection"]),
        ("Recent successful video generation systems predict scenes.", ["video generation"]),
        # rule 114: a name, a result or a made thing before "for"
        ("LLMs are increasingly explored for clinical question answering and decision support.",
         ["clinical question answering"]),
        ("We adapt MLLMs for landmark localization.", ["landmark localization"]),
        ("It reaches an F1 of 60.48% for gene identification.", ["gene identification"]),
        ("It offers a promising tool for cancer prognosis assessment.", ["cancer prognosis assessment"]),
    ],
)  # fmt: skip
def test_kinds_of_method_and_names_before_for_are_cues(text: str, expected: list[str]) -> None:
    assert [c.name for c in cue_candidates(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "These synthetic images are then used to train classification models.",  # no prior-work word
        "a novel paradigm with precise abilities of specialist detection models",  # likewise
        "(2) a Checker for answer verification, (3) a Reflector for error diagnosis",  # parts of a system
        "Accurate detection is essential for urban planning.",  # a background need, not a use
        "the prompts factory for action planning",  # a lower-case noun: no name
        # rule 112 reads methods, not models or pipelines: those name a model class or a system
        "in response to recent advances in open-access image generation models",
        "Existing language-model generation pipelines rely on unconstrained text synthesis.",
        "Different from existing encoder-decoder forecasting models, we encode trajectories.",
        # a system's own samples, like its data: "sample generation" is a step (session 11 audit)
        "Then, we propose an approach to fine-tune LLMs for diversity training sample generation.",
    ],
)
def test_no_kind_of_method_or_for_cue_without_its_word(text: str) -> None:
    assert cue_candidates(text) == []


def test_list_starts_content_and_describing_words() -> None:
    # rule 113: a colon and "spanning / encompassing …" start a list of tasks
    got = _tasks("We compare models across three tasks: dialect classification and topic classification.")
    assert ("dialect classification", "context.task") in got  # "topic classification": a lexicon task
    got = _tasks("Results on subtasks, encompassing formula recognition and reading order detection, hold.")
    assert ("reading order detection", "context.task") in got  # "reading" is a noun here
    # rule 115: "content" is a noun before a task head; settings and "in vitro" describe
    assert ("explicit content removal", "context.task") in _tasks(
        "It wins on both object erasure and explicit content removal tasks."
    )
    got_names = [c.name for c in cue_candidates("Existing feed-forward scene reconstruction methods fail.")]
    assert got_names == ["scene reconstruction"]
    got = _tasks("It paves the way for practical, in vitro acidosis detection systems.")
    assert not any(name.startswith("vitro") for name, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Scene graphs serve as strong priors for content generation and manipulation.",
        "Hallucination, a content generation distortion, limits their practical applications.",
        "These decoders are dedicated to faithful reconstruction rather than content generation.",
    ],
)
def test_content_generation_is_a_capacity_not_a_task(text: str) -> None:
    # audit of session 11: "content generation" names a general capacity (1 of 7 links right)
    assert "content generation" not in {name.lower() for name, _ in _tasks(text)}


def test_next_gen_describes_a_task() -> None:
    # "Next-Gen" is "next-generation" shortened: a describing word, no part of the task's name
    got = [
        c.name
        for c in cue_candidates("It was submitted to the Grand Challenge for Next-Gen Pain Assessment.")
    ]
    assert got == ["Pain Assessment"]
