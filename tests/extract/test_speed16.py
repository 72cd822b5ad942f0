"""Session 16's speed changes give what the plain forms give (docs/evaluation.md, "Session 16, speed")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import KGEntities, load_pipeline
from kg.extract.learned import PhraseModel, _no_lone_space
from kg.extract.matcher import Tokens
from kg.extract.phrase_words import words
from tests.extract.joined_text import joined

# one white-space character between two others that is not " " (what a table span may cross)
_LONE = re.compile(r"(?<=\S)[^\S ](?=\S)")
_SPACES = [
    " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\xa0", "\u2009",
]  # fmt: skip
_WORDS = [
    "Active", "active", "learning", "Learning", "anomaly", "detection", "Anomaly", "graph", "neural",
    "networks", "self-supervised", "Self", "-", "supervised", "(", ")", ",", ".", "the", "of", "GAN", "x_y",
    "é",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=24), st.lists(st.sampled_from(_SPACES), max_size=8))
def test_no_lone_space_only_where_none_is(draw_words: list[str], draw_spaces: list[str]) -> None:
    """``_no_lone_space`` says yes only for a text with no single white-space character but " " between two
    others; it says yes for an ASCII text whose only other white space is the title's blank line."""
    text = joined(draw_words, draw_spaces)
    if _no_lone_space(text):
        assert _LONE.search(text) is None, repr(text)
    if text.isascii() and set(draw_spaces) <= {" ", "  ", "\n\n"}:
        assert _no_lone_space(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=24), st.lists(st.sampled_from(_SPACES), max_size=8))
def test_the_walked_gate_never_says_no_where_the_model_finds_a_span(
    draw_words: list[str], draw_spaces: list[str]
) -> None:
    """Where the lexicon walk finds no table phrase as a run of tokens and the text has no lone white space
    but " ", the model finds no table span: the gate may say no without looking across white-space tokens
    (the title's blank line)."""
    component = load_pipeline().get_pipe("kg_entities")
    assert isinstance(component, KGEntities) and isinstance(component.model, PhraseModel)
    text = joined(draw_words, draw_spaces)
    tokens = Tokens(text)
    _, _, run = component.fast.matches(tokens)
    finds = bool(component.model._table_spans(words(text)))
    assert component.model.may_match(text, tokens.words, run) >= finds, repr(text)


def test_the_walked_gate_skips_a_phrase_across_the_blank_line() -> None:
    """A phrase two characters apart, "anomaly\\n\\ndetection", is no table span: main searched it, the
    gate now says no; one line break apart it still says yes."""
    component = load_pipeline().get_pipe("kg_entities")
    assert isinstance(component, KGEntities) and isinstance(component.model, PhraseModel)
    for text, expected in (("On anomaly\n\ndetection here", False), ("On anomaly\ndetection here", True)):
        tokens = Tokens(text)
        _, _, run = component.fast.matches(tokens)
        assert not run
        assert component.model.may_match(text, tokens.words, run) is expected
        assert bool(component.model._table_spans(words(text))) is expected


_PAIRS = ["text-to-image", "Image-to-3D", "T2I", "TTS", "xT2I", "speech", "(T2V)", ")", " ", "  ", "-", "a"]
_AFTER = [" models", " model", "models", " diffusion models", " (T2I) models", ") models", " tasks", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PAIRS), max_size=5), st.sampled_from(_AFTER), st.integers(0, 3))
def test_model_class_reads_models_first(before: list[str], after: str, back: int) -> None:
    """``names_a_model_class`` with the "models" match first gives what the pair search first gave."""
    from kg.extract import model_classes

    text = "".join(before)
    end = max(0, len(text) - back)
    text += after
    old = (
        model_classes._PAIR.search(text, max(0, end - 20), end) is not None
        and model_classes._MODELS.match(text, end) is not None
    )
    assert model_classes.names_a_model_class(text, end) == old
