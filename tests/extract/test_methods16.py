"""Method recall, session 16 (docs/typing.md rules 254-255, mined methods round 14): a mined method that
opens the abstract is not read as part of the title's last name, and lower-case "transformer model(s)"
is the Transformer."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.lexicon import LexiconEntry
from kg.extract.mined import MINED_DOMAIN, inside_longer_name


def _links(text: str, title: str = "A study") -> dict[str, tuple[str, str | None, str]]:
    return {m.text: (m.type, m.entity_id, m.rule) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("title", "text", "surface", "entity"),
    [
        (
            "Few-Step Diffusion via Score identity Distillation",
            "Diffusion distillation has emerged as a promising strategy for accelerating diffusion models.",
            "Diffusion distillation",
            "diffusion-distillation",
        ),
        (
            "Tokenizer-Free Language Modeling with Pixel-level Fallback",
            "Subword tokenization requires balancing computational efficiency and vocabulary coverage.",
            "Subword tokenization",
            "subword-tokenization",
        ),
    ],
)
def test_a_mined_method_opening_the_abstract_is_linked(
    title: str, text: str, surface: str, entity: str
) -> None:
    """Rule 254: the title's last word ("Distillation", "Fallback") is no neighbour of the abstract's first,
    so a capitalised mined method there is not read as part of a longer name."""
    links = _links(text, title=title)
    assert surface in links
    assert links[surface][1] is not None and links[surface][1].endswith(":" + entity)


def test_a_capitalised_neighbour_inside_the_abstract_still_counts() -> None:
    """Rule 254 leaves the longer-name reading inside the abstract ("a Prompt Optimization Agent")."""
    e = LexiconEntry("method:prompt-optimization", "method", "prompt optimization", domain=MINED_DOMAIN)
    title = "Tuning LLM Judges"
    text = title + "\n\nPrompt optimization is costly. We use a Prompt Optimization Agent."
    first = text.index("Prompt optimization")
    second = text.index("Prompt Optimization Agent")
    assert not inside_longer_name(e, text, first, first + 19, len(title))
    assert inside_longer_name(e, text, second, second + 19, len(title))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We build a custom transformer model to study moral decisions.", "transformer model"),
        ("Political leaning is classified with fine-tuned transformer models.", "transformer models"),
    ],
)
def test_lower_case_transformer_models_are_the_transformer(text: str, surface: str) -> None:
    """Rule 255: "transformer model(s)" written in lower case spells the Transformer entry, as "transformer
    architecture" and "Transformer model(s)" already did."""
    links = _links(text)
    assert surface in links
    assert links[surface][1] == "method:transformer"


def test_a_longer_transformer_name_keeps_its_entry() -> None:
    """Rule 255 does not read the Transformer inside a longer lexicon name ("vision transformer models")."""
    text = "We compare vision transformer models with plain transformer models on ImageNet."
    mentions = [(m.text, m.entity_id) for m in extract_text(text, title="A study", model=False)]
    assert ("vision transformer", "method:vision-transformer") in mentions
    assert [e for t, e in mentions if t == "transformer models"] == ["method:transformer"]
