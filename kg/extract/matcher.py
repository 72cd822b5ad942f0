"""A pure-Python phrase matcher over :func:`~kg.extract.tokenizer.split_words` tokens.

It finds exactly what spaCy's ``PhraseMatcher`` (attr ``ORTH`` or ``LOWER``) finds on a Doc made by
:class:`~kg.extract.tokenizer.FastTokenizer` — every match, ordered by start then length — but
without building a Doc (one vocabulary lookup per token is the main cost of a Doc). kg's batch
path uses it; the spaCy component keeps using ``PhraseMatcher`` on whatever Doc it is given.

>>> m = TokenMatcher(lower=True)
>>> m.add("dataset:imagenet", ["ImageNet", "ImageNet-1k"])
>>> words = Tokens("Results on imagenet-1K.")
>>> [(key, s, e) for key, s, e in m.matches(words)]
[('dataset:imagenet', 11, 19), ('dataset:imagenet', 11, 22)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import accumulate, compress
from operator import add
from typing import Any

from kg.extract.tokenizer import split_words

__all__ = ["CasedMatcher", "TokenMatcher", "Tokens"]


class Tokens:
    """The tokens of a text with their character offsets (and lower-cased forms, made on demand)."""

    __slots__ = ("_lower", "starts", "words")

    def __init__(self, text: str) -> None:
        words, spaces = split_words(text)
        self.words = words
        self.starts = list(accumulate(map(add, map(len, words), spaces), initial=0))
        self._lower: list[str] | None = None

    @property
    def lower(self) -> list[str]:
        """The lower-cased tokens (spaCy's ``LOWER`` attribute)."""
        if self._lower is None:
            self._lower = list(map(str.lower, self.words))
        return self._lower


_END = ""  # the trie key of "a phrase ends here" (no token is empty)
# A key no token equals, put in every node of :class:`CasedMatcher`'s trie: a dict holding a key that is not
# a str keeps each key's hash beside it (CPython's general layout; an all-str dict reads each probed key's
# hash from the key's own object), so a token that starts no phrase (two in three) is turned away without
# touching the words' strings. The walk's ~7,200 first words are looked up ~240 times a text, mostly out of
# cache: this takes ~10% off the walk (docs/evaluation.md, "Session 18, speed round 3").
_HASHED = None


class TokenMatcher:
    """Token-sequence phrases -> keys; ``matches`` gives ``(key, start_char, end_char)``."""

    def __init__(self, *, lower: bool) -> None:
        self.lower = lower
        self.phrases: dict[tuple[str, ...], list[str]] = {}
        self.trie: dict[str, Any] = {}

    def add(self, key: str, forms: Iterable[str]) -> None:
        """Add the phrases ``forms`` (tokenised like the text) under ``key``."""
        for form in forms:
            words = split_words(form)[0]
            if not words:
                continue
            phrase = tuple(w.lower() for w in words) if self.lower else tuple(words)
            if phrase not in self.phrases:
                node = self.trie
                for word in phrase:
                    node = node.setdefault(word, {})
                self.phrases[phrase] = node[_END] = []
            keys = self.phrases[phrase]
            if key not in keys:
                keys.append(key)

    def order_keys(self, phrase: tuple[str, ...], keys: list[str]) -> None:
        """Fix the order of the keys of one phrase (to mirror another matcher's order)."""
        self.phrases[phrase][:] = keys

    def found_in(self, words: list[str]) -> bool:
        """Whether any phrase occurs in ``words`` (tokens as :func:`split_words` makes them).

        >>> m = TokenMatcher(lower=False)
        >>> m.add("x", ["self-supervised learning"])
        >>> m.found_in(split_words("We use self-supervised learning.")[0]), m.found_in(["learning"])
        (True, False)
        """
        return next(self._spans(words), None) is not None

    def matches(self, tokens: Tokens) -> list[tuple[str, int, int]]:
        """All matches: by start token, then by length; several keys of one phrase in key order."""
        starts, words = tokens.starts, tokens.words
        out: list[tuple[str, int, int]] = []
        for i, j, keys in self._spans(tokens.lower if self.lower else words):
            start, end = starts[i], starts[j - 1] + len(words[j - 1])
            for key in keys:
                out.append((key, start, end))
        return out

    def _spans(self, toks: list[str]) -> Iterator[tuple[int, int, list[str]]]:
        """``(first, end, keys)`` of every phrase in ``toks`` (token offsets), by start, then length."""
        trie, n = self.trie, len(toks)
        for i in compress(range(n), map(trie.__contains__, toks)):
            node, j = trie[toks[i]], i + 1
            while True:
                keys = node.get(_END)
                if keys:
                    yield i, j, keys
                if j >= n or (node := node.get(toks[j])) is None:
                    break
                j += 1


class CasedMatcher:
    """A lower-case and an exact-case :class:`TokenMatcher` walked as one, and a third exact one asked only
    whether it occurs: one trie keyed by the lower-cased tokens, whose nodes hold the keys of the lower-case
    phrases that end there and the exact phrases (with their keys) whose lower-cased form ends there.
    ``matches`` gives what the matchers' ``matches`` give, and where the asked one's phrases occur (its
    ``found_in`` on the tokens is whether any does), with one dict lookup per token instead of one per token
    and matcher.

    >>> low, exact, asked = TokenMatcher(lower=True), TokenMatcher(lower=False), TokenMatcher(lower=False)
    >>> low.add("dataset:imagenet", ["ImageNet"]); exact.add("org:meta", ["Meta"]); asked.add("x", ["data"])
    >>> both = CasedMatcher(low, exact, asked)
    >>> both.matches(Tokens("Meta trains on imagenet, not meta data."))
    ([('dataset:imagenet', 15, 23)], [('org:meta', 0, 4)], [(34, 38)])
    """

    def __init__(self, lower: TokenMatcher, exact: TokenMatcher, asked: TokenMatcher | None = None) -> None:
        self.trie: dict[str | None, Any] = {}
        ends: dict[tuple[str, ...], tuple[list[str], dict[tuple[str, ...], list[str]], set[tuple[str, ...]]]]
        ends = {}
        for phrase, keys in lower.phrases.items():
            ends.setdefault(phrase, ([], {}, set()))[0].extend(keys)
        for phrase, keys in exact.phrases.items():
            ends.setdefault(tuple(w.lower() for w in phrase), ([], {}, set()))[1][phrase] = keys
        for phrase in asked.phrases if asked is not None else ():
            ends.setdefault(tuple(w.lower() for w in phrase), ([], {}, set()))[2].add(phrase)
        for phrase, (keys, cased, marked) in ends.items():
            node = self.trie
            for word in phrase:
                node = node.setdefault(word, {_HASHED: None})  # the general layout (see _HASHED)
            node[_END] = (keys, cased, frozenset(marked))
        self.trie[_HASHED] = None

    def matches(
        self, tokens: Tokens
    ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]], list[tuple[int, int]]]:
        """``(lower-case matches, exact matches, (start char, end char) of each asked phrase)``; all by
        start token, then by length."""
        starts, words, toks = tokens.starts, tokens.words, tokens.lower
        trie, n = self.trie, len(toks)
        low: list[tuple[str, int, int]] = []
        exact: list[tuple[str, int, int]] = []
        asked: list[tuple[int, int]] = []
        nodes: list[Any] = list(map(trie.get, toks))  # the node of each token that starts a phrase, else None
        for i, node in compress(enumerate(nodes), nodes):  # (offset, node) of each token that starts one
            j = i + 1
            while True:
                end = node.get(_END)
                if end is not None:
                    keys, cased, marked = end
                    start, stop = starts[i], starts[j - 1] + len(words[j - 1])
                    for key in keys:
                        low.append((key, start, stop))
                    if cased and (found := cased.get(tuple(words[i:j]))):
                        for key in found:
                            exact.append((key, start, stop))
                    if marked and tuple(words[i:j]) in marked:
                        asked.append((start, stop))
                if j >= n or (node := node.get(toks[j])) is None:
                    break
                j += 1
        return low, exact, asked
