"""The phrase model's words only where its table's phrases stand: windows around the lexicon walk's hits.

With a corroboration table the phrase model's candidates are the runs of two or three of its
:func:`~kg.extract.phrase_words.words`, at most one character apart, that spell a phrase of the table
(:meth:`~kg.extract.learned.PhraseModel._table_spans`), and its features read the word before and the word
after each. The lexicon walk (:class:`~kg.extract.matcher.CasedMatcher`) already says where the table's
phrases stand as runs of :func:`~kg.extract.tokenizer.split_words` tokens. In a text that holds no lone
white-space character but " " (:func:`~kg.extract.learned._no_lone_space`: ASCII, its only white space
" " and line breaks in pairs) every table span is one of those runs, character for character:

- the words of a span are zero or one character apart, and that character is " " (a lone line break is
  ruled out), which :func:`split_words` drops, so the span's tokens are its phrase's own tokens;
- every edge between two words is an edge between two tokens (a word ends at the end of a ``\\w`` run, or
  after "+" or a mark, each a token of its own), so the span starts and ends where a run of tokens does;
- the span's text is its table key or the key with a capital first letter (ASCII), both of which the walk
  asks for (``PhraseModel.table_phrases``).

So the model's words need splitting only around those runs: in each run's white-space-delimited chunks
and one chunk more on each side (where the word before and the word after stand), windows merged when
they are less than two characters apart, so that no span crosses from one window into the next. No word
holds white space, so the words of a window are those of the whole text there; and a span's neighbours
lie inside its own window, so the model reads the same features, scores and order as on all the words.

>>> text = "Title\\n\\nWe use self-supervised learning (SSL) here, and more text follows."
>>> hits = [(14, 38)]  # "self-supervised learning": where the walk found the table phrase
>>> [w for _, _, w in window_words(text, hits)]
['use', 'self-supervised', 'learning', '(', 'SSL', ')']
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.phrase_words import words_in

__all__ = ["window", "window_words"]

_SPACE = " \n"  # the white space of a text that holds no lone white space but " " (ASCII)


def _space_before(text: str, end: int) -> int:
    """The position of the last white-space character before ``end``; -1 when there is none."""
    return max(text.rfind(" ", 0, end), text.rfind("\n", 0, end))


def _space_after(text: str, start: int) -> int:
    """The position of the first white-space character at or after ``start``; ``len(text)`` when none."""
    size = len(text)
    space, line = text.find(" ", start), text.find("\n", start)
    return min(space if space >= 0 else size, line if line >= 0 else size)


def window(text: str, start: int, end: int) -> tuple[int, int]:
    """``[lo, hi)``: the chunks (runs of characters other than " " and "\\n") that hold ``text[start:end]``
    and one chunk more on each side, as far as the text goes.

    >>> text = "a b  c-d e f"
    >>> window(text, 5, 8), window(text, 0, 1), window(text, 11, 12)
    ((2, 10), (0, 3), (9, 12))
    """
    before = _space_before(text, start)  # the white space before the first chunk
    while before >= 0 and text[before] in _SPACE:
        before -= 1  # the last character of the chunk before (-1: none)
    lo = _space_before(text, before) + 1 if before >= 0 else 0
    size, after = len(text), _space_after(text, end)  # the white space after the last chunk
    while after < size and text[after] in _SPACE:
        after += 1  # the first character of the chunk after (the text's end: none)
    return lo, _space_after(text, after) if after < size else size


def window_words(text: str, hits: Iterable[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The :func:`~kg.extract.phrase_words.words` of ``text`` in the windows around ``hits`` (``(start,
    end)`` by start, as the walk gives them), in text order; windows less than two characters apart merged.
    """
    merged: list[list[int]] = []
    for start, end in hits:
        lo, hi = window(text, start, end)
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [word for lo, hi in merged for word in words_in(text, lo, hi)]
