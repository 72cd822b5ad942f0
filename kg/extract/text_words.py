"""The words of a text as a set, read once per text: which of a rule's cue words stand in it at all.

Rules find their cue words with :meth:`str.find` (:mod:`kg.extract.anchored`) before trying a regex there;
each ``find`` is a pass over the whole text whether the word is in it or not, and most cue words are absent
from most abstracts ("dubbed", "tackle", "strategies", "outperform"). The lexicon matcher tokenises every
text anyway (:class:`~kg.extract.matcher.Tokens`), so the pipeline hands its lower-cased tokens to
:func:`remember`, and :func:`present` tells a rule, with a set lookup per cue word, which cue words can
start a match: only those are looked for (docs/evaluation.md, "Session 14, speed: extraction").

A cue word's *forms* are the lower-cased tokens (:func:`~kg.extract.tokenizer.split_words`) a match at
one of its occurrences holds whole: ``"stud"`` starts matches of ``stud(?:y|ies|ying)\\s`` only, so its
forms are "study", "studies", "studying". That is exact for ASCII text without "_": there ``\\w``, ``\\b``
and :meth:`str.isalnum` agree and lower-casing is one letter for one; other texts keep every cue word.

>>> forms = cue_forms({"stud": "study studies studying", "tackl": "tackle tackles tackling"})
>>> present("Prior studies tackle it.", forms), present("We study it.", forms), present("Nothing.", forms)
(('stud', 'tackl'), ('stud',), ())
>>> present("A_studies text", forms)  # "_": every cue word is kept
('stud', 'tackl')
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from kg.extract.tokenizer import split_words

__all__ = ["cue_forms", "holds", "present", "remember", "word_set"]

_last: tuple[str, frozenset[str]] = ("", frozenset())  # the last text asked about, and its words


def remember(text: str, lowered: Iterable[str]) -> frozenset[str]:
    """Record ``text``'s lower-cased :func:`split_words` tokens (the lexicon matcher's), and return them as
    a set."""
    global _last
    words = frozenset(lowered)
    _last = (text, words)  # one assignment: a reader sees the old pair or the new one
    return words


def word_set(text: str) -> frozenset[str]:
    """The lower-cased :func:`split_words` tokens of ``text``: those :func:`remember` recorded for it, else
    made here.

    >>> sorted(word_set("GPT-4o beats it."))
    ['-', '.', '4o', 'beats', 'gpt', 'it']
    """
    last = _last
    if last[0] == text:
        return last[1]
    return remember(text, map(str.lower, split_words(text)[0]))


def present(text: str, cues: Mapping[str, frozenset[str]]) -> tuple[str, ...]:
    """The cue words of ``cues`` (cue word -> its forms) that have a form among ``text``'s words; every cue
    word in a text that is not ASCII or holds "_"."""
    if not text.isascii() or "_" in text:
        return tuple(cues)
    words = word_set(text)
    return tuple(cue for cue, forms in cues.items() if not words.isdisjoint(forms))


def holds(text: str, forms: frozenset[str]) -> bool:
    """Whether one of ``forms`` may be a word of ``text``: False only for an ASCII text without "_" none of
    whose words is one.

    >>> holds("It is proposed.", frozenset({"proposed", "built"})), holds("It is.", frozenset({"built"}))
    (True, False)
    """
    return not text.isascii() or "_" in text or not word_set(text).isdisjoint(forms)


def cue_forms(cues: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Cue word -> its forms, from cue word -> its forms separated by spaces.

    >>> cue_forms({"two ": "two"})
    {'two ': frozenset({'two'})}
    """
    return {cue: frozenset(forms.split()) for cue, forms in cues.items()}
