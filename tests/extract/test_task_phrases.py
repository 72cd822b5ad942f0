"""Task names read from their context: a title's task name and "X tasks" / "tasks such as X" phrases."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.task_phrases import task_candidates


def _title(title: str, abstract: str) -> list[str]:
    text = f"{title}\n\n{abstract}"
    found = task_candidates(text, len(title))
    return [c.name for c in found if c.rule == "title.task" and c.end <= len(title)]


def _context(abstract: str) -> list[str]:
    return [c.name for c in task_candidates(abstract) if c.rule == "context.task"]


@pytest.mark.parametrize(
    ("title", "abstract", "expected"),
    [
        (
            "Self-Supervised Pretraining for Aerial Road Extraction",
            "for road extraction.",
            ["Aerial Road Extraction"],
        ),
        # a hyphenated modifier ends the name
        (
            "Omnidirectional Depth-Aided Occupancy Prediction for Cars",
            "occupancy prediction",
            ["Occupancy Prediction"],
        ),
        # a container head after the task: the task is still named
        ("A Fast Methane Detection Pipeline on Board", "methane detection", ["Methane Detection"]),
        # evaluative words are not part of the name
        ("Towards Practical Strand Generation with Sketches", "strand generation", ["Strand Generation"]),
        # punctuation before the name ("-", "--") is no word of it
        ("Roads -- Aerial Road Extraction", "road extraction", ["Aerial Road Extraction"]),
        # a learning setting or an evaluative word is not part of the name
        ("Federated Continual 3D Segmentation of Organs", "3d segmentation", ["3D Segmentation"]),
        ("Realistic Palmprint Generation at Scale", "palmprint generation", ["Palmprint Generation"]),
        ("A Framework for Intelligent Trip Planning", "trip planning", ["Trip Planning"]),
        # round 7: method words, paradigms and describing words before the task (rule 88)
        ("Neural Program Synthesis with Priority Queues", "program synthesis", ["Program Synthesis"]),
        ("Multilingual Depression Detection in Posts", "depression detection", ["Depression Detection"]),
        ("Versatile 3D Inpainting from Sparse Views", "3d inpainting", ["3D Inpainting"]),
        (
            "Weakly Supervised Histopathology Image Segmentation",
            "image segmentation",
            ["Histopathology Image Segmentation"],
        ),
        ("Unsupervised Industrial Anomaly Detection", "anomaly detection", ["Industrial Anomaly Detection"]),
        ("Physically Plausible Video Generation", "video generation", ["Video Generation"]),
        (
            "Splatting for Feed-Forward Driving Scene Reconstruction",
            "reconstruction",
            ["Driving Scene Reconstruction"],
        ),
        ("Multiresolution 3D Talking Head Synthesis", "head synthesis", ["3D Talking Head Synthesis"]),
        # coordinated modifiers: the head's own name is read
        (
            "Fact-Checking and Disinformation Narrative Classification",
            "classification",
            ["Disinformation Narrative Classification"],
        ),
        (
            "CoProSketch: Controllable and Progressive Sketch Generation",
            "sketch generation",
            ["Sketch Generation"],
        ),
        ("Kidney and Liver Segmentation in CT", "liver segmentation", ["Liver Segmentation"]),
        # a leading -able word describes the system; a few are part of the task's name
        ("Towards Trustable Skin Cancer Diagnosis", "diagnosis", ["Skin Cancer Diagnosis"]),
        ("Promptable Video Object Segmentation", "segmentation", ["Video Object Segmentation"]),
        ("Deformable Image Registration with Flows", "registration", ["Deformable Image Registration"]),
    ],
)
def test_title_task_names(title: str, abstract: str, expected: list[str]) -> None:
    assert _title(title, abstract) == expected


@pytest.mark.parametrize(
    ("title", "abstract"),
    [
        (
            "Self-Supervised Pretraining for Aerial Road Extraction",
            "We pretrain on aerial images.",
        ),  # head unused
        ("Boosting Classification with Quantum-Inspired Augmentations", "classification"),  # a verb's object
        ("SIDME: Demoireing via Masked Encoder-Decoder Reconstruction", "reconstruction"),  # the means
        ("Efficient Detection Transformer for Scenes", "detection"),  # the head is not the end
        ("Timed Up and Go Phase Segmentation with IMUs", "segmentation"),  # a longer name's tail
        ("Models for Atypical vs. Normal Mitosis Classification", "classification"),  # one side of a pair
        ("Look Less, Reason More: Adaptive Reasoning", "reasoning"),  # "reasoning" is no head
        (
            "LatentEdit: Adaptive Latent Control for Consistent Semantic Editing",
            "editing",
        ),  # adjective + head
        ("Can Segmentation Models Understand the World?", "segmentation"),  # one word after "Can"
    ],
)
def test_title_non_task_names(title: str, abstract: str) -> None:
    assert _title(title, abstract) == []


def test_context_before_task_noun() -> None:
    assert _context("LLMC+ fine-tunes it for binary classification tasks.") == ["binary classification"]
    assert _context("We study the travel planning problem.") == ["travel planning"]
    assert _context("It adapts to image\nrestoration tasks.") == ["image\nrestoration"]  # an arXiv line break


def test_a_method_setting_is_no_part_of_a_task_name_in_running_text() -> None:
    # rule 88: the describing words the title rule cuts are no modifiers in running text either
    assert _context("We study multilingual crop stress detection tasks.") == ["crop stress detection"]
    assert _context("It handles versatile motion editing tasks.") == ["motion editing"]
    assert _context("Results on unsupervised pest counting tasks.") == ["pest counting"]


def test_an_ordinal_is_no_part_of_a_task_name() -> None:
    assert _context("It proposes the first abdominal muscle segmentation task.") == [
        "abdominal muscle segmentation"
    ]


def test_a_leading_ing_word_is_a_verb_not_part_of_the_task() -> None:
    assert _context("Agents fail when solving planning problems and travel planning problems.") == [
        "travel planning"
    ]
    assert _context("This is the task of lane marking detection in videos.") == ["lane marking detection"]
    assert _context("It adapts to tasks like building outline extraction.") == ["building outline extraction"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A QA system cannot solve document classification tasks.", ["document classification"]),
        ("Models can perform classification tasks.", []),
        ("They must handle object detection tasks.", ["object detection"]),
        ("It does not help retrieval tasks.", []),
        ("We learn to solve planning problems.", []),
        ("It transfers to video object segmentation tasks.", ["video object segmentation"]),
    ],
)
def test_verbs_and_modals_are_no_part_of_a_task_name(text: str, expected: list[str]) -> None:
    assert _context(text) == expected


def test_context_lists() -> None:
    text = "It supports tasks such as image captioning, crowd counting, and ranking."
    assert _context(text) == ["image captioning", "crowd counting"]
    assert _context("We evaluate on depth estimation and road extraction tasks.") == [
        "road extraction",
        "depth estimation",
    ]
    assert _context("This is the task of lane marking detection in videos.") == ["lane marking detection"]


@pytest.mark.parametrize(
    "text",
    [
        "It fails on complex reasoning tasks and downstream detection tasks.",  # generic / bare head
        "We transfer it to discrete segmentation tasks.",  # an adjective before the head
        "It maps each program to a combinatorial counting problem.",
        "Segmentation tasks are hard.",  # a bare head
    ],
)
def test_context_rejects(text: str) -> None:
    assert _context(text) == []


def test_pipeline_links_context_tasks_as_used_and_keeps_lexicon_names() -> None:
    ms = extract_text(
        "To extend our model to dish editing tasks, we propose FooEdit. "
        "It also helps object detection tasks and rain removal.",
        title="FooEdit: Graffiti Removal for Photos",
    )
    got = {(m.text, m.type, m.role, m.rule) for m in ms if m.type == "task"}
    assert ("dish editing", "task", "used", "context.task") in got  # a task read from context is not new
    assert ("Graffiti Removal", "task", "used", "title.task") in got
    assert any(m.text == "object detection" and m.source == "lexicon" for m in ms)  # the lexicon's name


def test_context_task_spreads_to_its_other_occurrences_as_used() -> None:
    ms = extract_text("It helps dish editing tasks. We build a dish editing corpus and train a model.")
    tasks = [(m.text, m.role, m.rule) for m in ms if m.type == "task"]
    # the second occurrence, in an intro sentence, is the known task, not the paper's own new one
    assert tasks == [("dish editing", "used", "context.task")] * 2


def test_title_task_is_not_a_lexicon_name() -> None:
    title = "Towards Robust Semantic Segmentation for Cars"
    ms = extract_text("We study semantic segmentation.", title=title)
    assert {m.rule for m in ms if m.text == "Semantic Segmentation"} == {"lexicon"}
