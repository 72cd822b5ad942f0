"""Session 17's second speed round gives what the plain forms give (docs/evaluation.md, "speed round 2")."""

from __future__ import annotations

import re
from itertools import accumulate
from operator import add

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.matcher import Tokens
from kg.extract.task_words import _WORD, phrase_words
from kg.extract.tokenizer import _general, _parts, split_words

_PIECES = [
    "model", "model,", "data.", "x:", "y;", "z)", "(LLMs)", "multi-agent", "a-b-c", "-b", "a-", "-", ",", "",
    "GPT-4o", "x_y", "x_y,", "é,", "é-ü", "a\n,", "a-b\n", "a\t-b", "3D-printed,", "self-supervised.", "'s",
    "C++", "a/b", "a,b", ").", "\xa0,", "Ⅻ-x", "²,",
]  # fmt: skip


def _plain_split(text: str) -> tuple[list[str], list[bool]]:
    """:func:`split_words` as it was before the fast pieces (every split piece through ``_parts``)."""
    if text.startswith(" ") or text.endswith(" ") or not text:
        return _general(text)
    words: list[str] = []
    spaces: list[bool] = []
    for piece in text.split(" "):
        parts = (piece,) if piece.isalnum() else (" ",) if not piece else _parts(piece)
        words.extend(parts)
        spaces.extend([False] * (len(parts) - 1))
        spaces.append(bool(piece))
    spaces[-1] = False
    return words, spaces


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_split_words_fast_paths_give_the_regex_tokens(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert split_words(text) == _plain_split(text)
    words, spaces = split_words(text)
    assert Tokens(text).starts == [0, *accumulate(map(add, map(len, words), spaces))]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1-,.;:)( _\n\xa0é²"), max_size=40))
def test_split_words_on_any_text(text: str) -> None:
    assert split_words(text) == _plain_split(text)


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab1-,.;:)( _\n'é"), max_size=60),
    st.integers(0, 60),
    st.one_of(st.none(), st.integers(0, 60)),
)
def test_phrase_words_as_finditer(text: str, start: int, end: int | None) -> None:
    plain = [
        (m.start(), m.end(), m.group())
        for m in _WORD.finditer(text, start, len(text) if end is None else end)
    ]
    assert phrase_words(text, start, end) == plain
    assert all(isinstance(row, tuple) for row in phrase_words(text, start, end))


def test_the_fast_pieces() -> None:
    assert split_words("multi-agent model, (LLMs) x:") == (
        ["multi", "-", "agent", "model", ",", "(", "LLMs", ")", "x", ":"],
        [False, False, True, False, True, False, False, True, False, False],
    )
    assert re.fullmatch(r"\w+", "x_y") and split_words("x_y,") == (["x_y", ","], [False, False])
