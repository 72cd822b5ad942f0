"""Corpus sharing, session 23 (docs/typing.md rule 483): the image model Nano Banana, named in 50 corpus
abstracts and linked in 4, is a lexicon entry; its releases ("Nano Banana Pro", "Nano Banana 2") stay entities
of their own. Each test fails before the entry; the release tests keep distinct models apart."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _models(text: str) -> dict[str, str]:
    """The surfaces linked as a model, with their entity ids."""
    return {m.text: m.entity_id for m in extract_text(text) if m.type == "model"}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Strong editors such as GPT-4o, Nano Banana, and Seedream 4.0 widen the gap.",
            "Nano Banana",
            "model:nano-banana",
        ),
        (
            "The edits of Nano-Banana were filtered by hand.",
            "Nano-Banana",
            "model:nano-banana",
        ),
        ("We prompt NanoBanana with concise instructions.", "NanoBanana", "model:nano-banana"),
    ],
)
def test_image_models_linked(text: str, surface: str, entity: str) -> None:
    assert _models(text).get(surface) == entity


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Nano Banana Pro leads the ranking, ahead of Nano Banana.",
            "Nano Banana Pro",
            "model:nano-banana-pro",
        ),
        ("We evaluate Nano Banana 2 for image restoration.", "Nano Banana 2", "model:nano-banana-2"),
        ("It outperforms Nano-Banana-2 on every axis.", "Nano-Banana-2", "model:nano-banana-2"),
    ],
)
def test_releases_stay_apart(text: str, surface: str, entity: str) -> None:
    assert _models(text).get(surface) == entity
