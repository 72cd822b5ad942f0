"""Session 21's speed round 7b gives what the plain forms give (docs/evaluation.md, "speed round 7b")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import abbrev, roles


def _letters_back_plain(short: str, words_text: str, strict: bool) -> int | None:
    """:func:`kg.extract.abbrev._letters_back` as it was: one lower-cased letter at a time."""
    s_chars = [(ch.lower(), strict and ch.isupper()) for ch in short if ch.isalnum()]
    if not s_chars:
        return None
    li, si = len(words_text) - 1, len(s_chars) - 1
    while si >= 0:
        c, initial = s_chars[si]
        while li >= 0 and (
            words_text[li].lower() != c or not abbrev._may_start(words_text, li, si == 0, initial)
        ):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = li + 1
    while start > 0 and words_text[start - 1].isalnum():
        start -= 1
    return start


_LETTERS = st.text(alphabet="aAbBcCdDeE1- .İΣ", max_size=40)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aAbBcCdD1-İ", max_size=6), _LETTERS, st.booleans())
def test_letters_back_as_letter_by_letter(short: str, words_text: str, strict: bool) -> None:
    """The place found with :meth:`str.rfind` in the lower-cased ASCII text is the one the letter-by-letter
    walk finds (and a text that is not ASCII keeps the walk)."""
    assert abbrev._letters_back(short, words_text, strict) == _letters_back_plain(short, words_text, strict)


def test_letters_back_examples() -> None:
    """Schwartz-Hearst from the end: "TRIM" loosely from "theoretic", strictly from "Training"."""
    t = "Training-free Robust Detection via Information-theoretic Measures"
    loose = abbrev._letters_back("TRIM", t, False)
    assert loose == _letters_back_plain("TRIM", t, False) == t.index("theoretic")
    assert abbrev._letters_back("TRIM", t, True) == 0
    assert abbrev._letters_back("XYZ", t, False) is None


def test_known_concept_follows_no_cue() -> None:
    """A known name in lower case is never the paper's own after a cue; a capitalised one may be."""
    t = "We propose reinforcement learning and we release LoRA."
    s = t.index("reinforcement")
    assert not roles._after_cue(t, s, s + len("reinforcement learning"), 0, True, False)
    assert not roles._after_cue(t, s, s + len("reinforcement learning"), 0, True, True)
    s = t.index("LoRA")
    assert roles._after_cue(t, s, s + 4, 0, True, False)
