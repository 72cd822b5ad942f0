"""Session 18's speed round gives what the plain forms give (docs/evaluation.md, "speed round 3")."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.component import KGEntities, load_pipeline
from kg.extract.matcher import _HASHED, CasedMatcher, TokenMatcher, Tokens
from kg.extract.variants import glued_inside

_WORDS = ["None", "none", "null", "the", "model", "self", "-", "supervised", "learning", "GPT", "4o", ","]


def _nodes(node: dict[Any, Any]) -> list[dict[Any, Any]]:
    """Every node of a trie (the end marks' values are tuples, not nodes)."""
    return [node, *(sub for value in node.values() if isinstance(value, dict) for sub in _nodes(value))]


def test_every_node_of_the_walk_holds_the_key_no_token_equals() -> None:
    """The lexicon walk's trie is in CPython's general layout (a ``None`` key) at every node, the first
    level above all: its hashes stand beside its keys (matcher.py, ``_HASHED``)."""
    component = load_pipeline().get_pipe("kg_entities")
    assert isinstance(component, KGEntities)
    trie = component.fast.trie
    assert _HASHED is None and len(trie) > 5000
    assert all(_HASHED in node and node[_HASHED] is None for node in _nodes(trie))
    assert all(isinstance(key, str) for key in trie if key is not _HASHED)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3), max_size=6),
    st.lists(st.sampled_from(_WORDS), max_size=25),
)
def test_the_key_no_token_equals_changes_no_match(phrases: list[list[str]], text_words: list[str]) -> None:
    """Phrases and texts of "None", "none" and "null": the walk finds what each matcher finds alone."""
    low, exact, asked = TokenMatcher(lower=True), TokenMatcher(lower=False), TokenMatcher(lower=False)
    for k, phrase in enumerate(phrases):
        form = " ".join(phrase)
        (low, exact, asked)[k % 3].add(f"key{k}", [form])
    both = CasedMatcher(low, exact, asked)
    tokens = Tokens(" ".join(text_words))
    found_low, found_exact, found_asked = both.matches(tokens)
    assert found_low == low.matches(tokens)
    assert found_exact == exact.matches(tokens)
    assert bool(found_asked) == asked.found_in(tokens.words)


@given(st.sampled_from(["method", "dataset", "benchmark", "task", "metric", "organization", "other"]))
def test_glued_spellings_are_read_for_models_only(kind: str) -> None:
    """``_lexicon`` asks :func:`glued_inside` for model matches only: for any other type it says no."""
    text = "We test Phi3.5V and Phi4-mini-Flash."
    for name in ("Phi3", "Phi4"):
        at = text.index(name)
        assert glued_inside(("Phi-3", "Phi-4"), kind, text, at, at + 4) is False
    assert glued_inside(("Phi-3",), "model", text, 8, 12) is True
