"""Task links round 11 (session 14, docs/typing.md rules 187-189): task links often wrong in a random sample
of corpus abstracts (seed 72600), one test per rule and one for what each rule must leave alone."""

from __future__ import annotations

from kg.extract import extract_text


def _types(text: str) -> dict[str, str]:
    """Mention text -> type of the first mention with that text."""
    out: dict[str, str] = {}
    for m in extract_text(text):
        out.setdefault(m.text, m.type)
    return out


def test_a_method_noun_after_or_apposed_to_a_definition_makes_it_a_method() -> None:
    """Rule 187: "(TEAM) approach", "(FTM) loss", "an alignment loss, X (Y)" name the paper's technique."""
    got = _types(
        "In this work, we introduce a novel TEmporal Alignment-free Matching (TEAM) approach, which "
        "eliminates the need for temporal units. Moreover, we introduce a more refined alignment loss, "
        "Frame-Text Matching (FTM), to improve the alignment. We add a Masked Patch Reconstruction (MPR) "
        "loss."
    )
    assert got["TEmporal Alignment-free Matching"] == "method"
    assert got["Frame-Text Matching"] == "method"
    assert got["Masked Patch Reconstruction"] == "method"


def test_a_task_definition_before_plural_methods_stays_a_task() -> None:
    got = _types(
        "Video Anomaly Detection (VAD) approaches detect rare events. Existing Referring Video Object "
        "Segmentation (RVOS) methods fail on long videos."
    )
    assert got["Video Anomaly Detection"] == "task"
    assert got["Referring Video Object Segmentation"] == "task"


def test_a_defined_task_name_before_pairs_names_a_record_of_data() -> None:
    """Rule 188: "question-answer (QA) pairs" and the later "QA pairs" are records, not the task."""
    mentions = extract_text(
        "3D-MoRe generates 62,000 question-answer (QA) pairs and 73,000 object descriptions. "
        "The QA pairs are checked by GPT-4o."
    )
    assert [m.text for m in mentions if m.type == "task"] == []


def test_a_defined_task_before_pairs_elsewhere_keeps_its_other_mentions() -> None:
    mentions = extract_text(
        "Visual question answering (VQA) remains hard. We build 5,000 VQA pairs. VQA models still fail."
    )
    tasks = [(m.text, m.start) for m in mentions if m.type == "task"]
    assert ("Visual question answering", 0) in tasks
    assert not any(text == "VQA" and start == 59 for text, start in tasks)  # "5,000 VQA pairs"
    assert any(text == "VQA" and start > 70 for text, start in tasks)


def test_a_defined_interface_names_no_task() -> None:
    """Rule 189: "Graphical User Interface (GUI)" is a kind of software, no task (rule 81's things)."""
    got = _types(
        "Graphical User Interface (GUI) agents have advanced rapidly but still struggle with complex "
        "GUI tasks. We propose the Actuarial Action Interface (AAI), a deterministic runtime contract."
    )
    assert "Graphical User Interface" not in got
    assert got["Actuarial Action Interface"] == "method"  # a named contribution stays
