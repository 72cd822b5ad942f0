r"""The words of a text as a set, read once per text: which of a rule's cue words stand in it at all.

Rules find their cue words with :meth:`str.find` (:mod:`kg.extract.anchored`) before trying a regex there;
each ``find`` is a pass over the whole text whether the word is in it or not, and most cue words are absent
from most abstracts ("dubbed", "tackle", "strategies", "outperform"). The lexicon matcher tokenises every
text anyway (:class:`~kg.extract.matcher.Tokens`), so the pipeline hands its lower-cased tokens to
:func:`remember`, and :func:`present` tells a rule, with a set lookup per cue word, which cue words can
start a match: only those are looked for; :class:`Gated` does the same for a pattern searched in windows
of the text (docs/evaluation.md, "Session 14, speed: extraction").

A cue word's *forms* are the lower-cased tokens (:func:`~kg.extract.tokenizer.split_words`) a match at
one of its occurrences holds whole: ``"stud"`` starts matches of ``stud(?:y|ies|ying)\s`` only, so its
forms are "study", "studies", "studying". That is exact for ASCII text without "_": there ``\w``, ``\b``
and :meth:`str.isalnum` agree and lower-casing is one letter for one; other texts keep every cue word.

>>> forms = cue_forms({"stud": "study studies studying", "tackl": "tackle tackles tackling"})
>>> present("Prior studies tackle it.", forms), present("We study it.", forms), present("Nothing.", forms)
(('stud', 'tackl'), ('stud',), ())
>>> present("A_studies text", forms)  # "_": every cue word is kept
('stud', 'tackl')
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from kg.extract.tokenizer import split_words

__all__ = ["Cues", "Gated", "cue_forms", "holds", "present", "remember", "word_set"]

# the last text asked about, its words, and whether they may gate (ASCII text without "_")
_last: tuple[str, frozenset[str], bool] = ("", frozenset(), True)


def remember(text: str, lowered: Iterable[str]) -> frozenset[str]:
    """Record ``text``'s lower-cased :func:`split_words` tokens (the lexicon matcher's), and return them as
    a set."""
    return _remember(text, lowered)[1]


def _remember(text: str, lowered: Iterable[str]) -> tuple[str, frozenset[str], bool]:
    global _last
    last = (text, frozenset(lowered), text.isascii() and "_" not in text)
    _last = last  # one assignment: another thread reads the old triple or this one, never a mix
    return last


def _read(text: str) -> tuple[str, frozenset[str], bool]:
    """``text``, its words and whether they may gate: those recorded for it, else made (and recorded)."""
    last = _last  # one read of the global: another thread may replace it
    return last if last[0] == text else _remember(text, map(str.lower, split_words(text)[0]))


def word_set(text: str) -> frozenset[str]:
    """The lower-cased :func:`split_words` tokens of ``text``: those :func:`remember` recorded for it, else
    made here.

    >>> sorted(word_set("GPT-4o beats it."))
    ['-', '.', '4o', 'beats', 'gpt', 'it']
    """
    return _read(text)[1]


def holds(text: str, forms: frozenset[str]) -> bool:
    """Whether one of ``forms`` may be a word of ``text``: False only for an ASCII text without "_" none of
    whose words is one.

    >>> holds("It is proposed.", frozenset({"proposed", "built"})), holds("It is.", frozenset({"built"}))
    (True, False)
    """
    last = _last  # :func:`_read`, inlined: ~40 calls a text
    _, words, gate = last if last[0] == text else _remember(text, map(str.lower, split_words(text)[0]))
    return not gate or not words.isdisjoint(forms)


@dataclass(frozen=True, slots=True)
class Cues:
    """A rule's cue words (in its order), every form of any of them, and the cue words of each form."""

    words: tuple[str, ...]
    forms: frozenset[str]
    of_form: dict[str, tuple[int, ...]]  # form -> the positions in ``words`` of the cue words it is a form of
    alone: dict[str, tuple[str, ...]]  # form -> :func:`present`'s answer where it is the only form found
    # the forms found together -> :func:`present`'s answer (a third of the calls find two forms or more, and
    # the same sets recur from text to text); filled as texts ask, at most _MEMO sets
    memo: dict[frozenset[str], tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)


_MEMO = 1024  # sets of forms kept per :class:`Cues` (~0.5 kB each; the common sets come first)


def present(text: str, cues: Cues) -> tuple[str, ...]:
    """The cue words of ``cues`` that have a form among ``text``'s words, in their order; every cue word in
    a text that is not ASCII or holds "_"."""
    last = _last  # :func:`_read`, inlined
    _, words, gate = last if last[0] == text else _remember(text, map(str.lower, split_words(text)[0]))
    if not gate:
        return cues.words
    found = words & cues.forms  # a set lookup per form (or per word, if the text has fewer)
    if not found:
        return ()
    if len(found) == 1:  # most often one form: its answer made once (:func:`cue_forms`)
        (form,) = found
        return cues.alone[form]
    answer = cues.memo.get(found)  # a function of ``found`` alone: made once per set of forms
    if answer is None:
        of_form, cue_words = cues.of_form, cues.words
        answer = tuple(cue_words[i] for i in sorted({i for form in found for i in of_form[form]}))
        if len(cues.memo) < _MEMO:
            cues.memo[found] = answer
    return answer


def cue_forms(cues: Mapping[str, str]) -> Cues:
    """:class:`Cues` from cue word -> its forms separated by spaces.

    >>> cue_forms({"two ": "two", "Two ": "two", "both ": "both"}).of_form
    {'two': (0, 1), 'both': (2,)}
    """
    of_form: dict[str, list[int]] = {}
    for i, forms in enumerate(cues.values()):
        for form in forms.split():
            of_form.setdefault(form, []).append(i)
    words = tuple(cues)
    alone = {form: tuple(words[i] for i in sorted(set(at))) for form, at in of_form.items()}
    return Cues(words, frozenset(of_form), {form: tuple(at) for form, at in of_form.items()}, alone)


class Gated:
    r"""A compiled pattern every match of which holds one of ``words`` (lower case, separated by spaces) as a
    word of the text: searched and matched only in a text that may hold one (:func:`holds`), also in a
    window of it.

    >>> our = Gated(re.compile(r"\b[Oo]ur\s$"), "our")
    >>> t = "Our FooNet and their BarNet"
    >>> our.search(t, 0, 4) is not None, our.search("Their X", 0, 6)
    (True, None)
    """

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: str) -> None:
        self.pattern = pattern
        self.words = frozenset(words.split())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search``, None at once where the text holds none of the words."""
        last = _last  # :func:`holds`, inlined: ~25 calls a text
        _, words, gate = last if last[0] == text else _remember(text, map(str.lower, split_words(text)[0]))
        if gate and words.isdisjoint(self.words):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.match``, None at once where the text holds none of the words."""
        last = _last  # :func:`holds`, inlined
        _, words, gate = last if last[0] == text else _remember(text, map(str.lower, split_words(text)[0]))
        if gate and words.isdisjoint(self.words):
            return None
        return self.pattern.match(text, pos, endpos)
