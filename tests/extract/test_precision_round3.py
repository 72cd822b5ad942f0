"""Precision round 3 (docs/typing.md rule 45): a short form the paper defined earlier, used as the
modifier of a head noun after an introduction cue, names the paper's field, not its contribution.
Texts are made up in the shape of the corpus cases."""

from __future__ import annotations

from kg.extract.extractor import extract_text


def _links(text: str, title: str = "") -> dict[str, set[tuple[str, str]]]:
    out: dict[str, set[tuple[str, str]]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, set()).add((m.type, m.role))
    return out


def test_defined_field_before_a_framework_is_not_introduced() -> None:
    text = (
        "Unsupervised camouflaged object detection (UCOD) is hard without labels. "
        "In this paper, we propose a novel UCOD framework that mines pseudo masks."
    )
    links = _links(text)
    assert ("method", "introduced") not in links.get("UCOD", set())
    assert all(role == "used" for _, role in links.get("UCOD", set()))


def test_defined_task_before_a_baseline_model_is_the_task() -> None:
    text = (
        "The study of audio-visual quality assessment (AVQA) within omnidirectional videos remains "
        "limited. We construct an effective AVQA baseline model on the proposed dataset."
    )
    assert ("model", "introduced") not in _links(text).get("AVQA", set())


def test_own_name_right_after_the_cue_keeps_its_introduction() -> None:
    text = (
        "Unsupervised camouflaged object detection (UCOD) is hard without labels. "
        "We propose ZorbSeg, a novel UCOD framework that mines pseudo masks."
    )
    assert ("method", "introduced") in _links(text)["ZorbSeg"]


def test_undefined_short_form_before_a_framework_is_still_the_papers_own() -> None:
    text = "We propose a novel QZNet framework that mines pseudo masks for detection."
    assert ("method", "introduced") in _links(text)["QZNet"]


def test_a_plural_models_name_is_a_family_of_models_not_one_model() -> None:
    from kg.extract import extract_text

    got = {m.text: m.type for m in extract_text("Video diffusion models (VDMs) generate clips with SAM 2.")}
    assert got["Video diffusion models"] == "method" and got["VDMs"] == "method"
    assert {m.type for m in extract_text("We use the Segment Anything Model (SAM).")} == {"model"}


def test_modalities_alone_before_models_make_a_class_not_a_name() -> None:
    from kg.extract import extract_text

    assert [m.text for m in extract_text("Recent multi-modal models (MMs) are strong.")] == []
    assert [m.text for m in extract_text("Video diffusion models (VDMs) generate clips.")] == [
        "Video diffusion models",
        "VDMs",
    ]
