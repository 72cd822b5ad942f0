"""A fast regex tokenizer for kg's pipeline: word runs and single punctuation marks.

spaCy's rule-based English tokenizer is the slowest part of extraction on abstracts; the lexicon
only needs a tokenisation that is *consistent* between the lexicon forms and the text, so kg's
pipeline uses this one (every ``\\w+`` run is a token, every other non-space character is a token).
``doc.text`` always equals the input, so character offsets are exact.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> nlp.tokenizer = FastTokenizer(nlp.vocab)
>>> doc = nlp("Qwen2.5-72B beats  GPT-4o.")
>>> [t.text for t in doc]
['Qwen2', '.', '5', '-', '72B', 'beats', ' ', 'GPT', '-', '4o', '.']
>>> doc.text
'Qwen2.5-72B beats  GPT-4o.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

__all__ = ["FAST_TOKENIZER", "FastTokenizer", "create_fast_tokenizer", "split_words"]

_PIECE = re.compile(r"\w+|[^\w\s]|\s+")
_MARKS = frozenset(",.;:)")  # marks that often end a piece


@lru_cache(maxsize=1 << 16)
def _parts(piece: str) -> tuple[str, ...]:
    """The tokens of a space-free piece that is not one word ("model,", "(LLMs)", "GPT-4o"): the same
    pieces recur from abstract to abstract, so each is split once per process; a word and one mark after
    it ("model,", a third of the pieces met for the first time) without the regex."""
    head, mark = piece[:-1], piece[-1:]
    if head.isalnum() and not (mark.isalnum() or mark == "_" or mark.isspace()):  # \w is alnum or "_"
        return head, mark
    return tuple(_PIECE.findall(piece))


def split_words(text: str) -> tuple[list[str], list[bool]]:
    """The tokens of ``text`` and whether a space follows each (spaCy's ``words`` and ``spaces``).

    >>> split_words("GPT-4o  wins")
    (['GPT', '-', '4o', ' ', 'wins'], [False, False, True, False, False])
    """
    if text.startswith(" ") or text.endswith(" ") or not text:
        return _general(text)
    words: list[str] = []
    spaces: list[bool] = []
    word, space, extend = words.append, spaces.append, words.extend  # bound once: ~240 tokens a text
    for piece in text.split(" "):
        if piece.isalnum():
            word(piece)
            space(True)
        elif not piece:
            word(" ")
            space(False)
        elif (head := piece[:-1]).isalnum() and piece[-1] in _MARKS:  # "model," without the cache
            word(head)
            word(piece[-1])
            space(False)
            space(True)
        elif (pair := piece.partition("-"))[0].isalnum() and pair[2].isalnum():  # "multi-agent"
            extend(pair)
            space(False)
            space(False)
            space(True)
        else:
            parts = _parts(piece)
            extend(parts)
            spaces.extend([False] * (len(parts) - 1))
            space(True)
    spaces[-1] = False  # the last piece is not followed by a space
    return words, spaces


def _general(text: str) -> tuple[list[str], list[bool]]:
    words: list[str] = []
    spaces: list[bool] = []
    for match in _PIECE.finditer(text):
        piece = match.group()
        if piece == " " and words and not spaces[-1] and not words[-1].isspace():
            spaces[-1] = True
        else:
            words.append(piece)
            spaces.append(False)
    return words, spaces


class FastTokenizer:
    """Callable ``text -> Doc`` for spaCy; ``pipe`` streams texts."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = split_words(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenise each text in turn."""
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs: object) -> bytes:
        """Nothing to serialise (spaCy calls this when saving a pipeline)."""
        return b""

    def from_bytes(self, data: bytes, **kwargs: object) -> FastTokenizer:
        """Nothing to restore."""
        return self

    def to_disk(self, path: object, **kwargs: object) -> None:
        """Nothing to save (``nlp.to_disk`` calls this)."""

    def from_disk(self, path: object, **kwargs: object) -> FastTokenizer:
        """Nothing to restore (``spacy.load`` calls this)."""
        return self


FAST_TOKENIZER = "kg.fast_tokenizer.v1"
"""The registered name of :class:`FastTokenizer` (also a ``spacy_tokenizers`` entry point)."""


@registry.tokenizers(FAST_TOKENIZER)  # type: ignore[untyped-decorator]
def create_fast_tokenizer() -> object:
    """spaCy registry entry: ``[nlp.tokenizer] @tokenizers = "kg.fast_tokenizer.v1"``."""

    def make(nlp: object) -> FastTokenizer:
        return FastTokenizer(nlp.vocab)  # type: ignore[attr-defined]

    return make
