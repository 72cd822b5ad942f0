"""A known task written with a domain in front is that longer task: "aerial image segmentation", not
"image segmentation"; "Small Object Retrieval", not "Object Retrieval" (the annotation guide counts
domain-qualified tasks: "PolSAR image classification", "crop disease detection").

A lexicon task match grows leftwards over the words right before it that the lexicon's own task names
use as modifiers (:func:`task_modifier_words`: "aerial", "brain", "small", "3d" …), at most three, in
one phrase (no line break, no punctuation). Words that only describe ("robust", "the proposed"), are
verbs ("perform", "study") or name a setting ("zero-shot", "few-shot", "federated") are no task name's
modifier, so the match stays as it is. When the word
before the grown phrase still reads as a modifier the rule does not know ("Semiconductor Wafer Map
Defect Classification"), the name is longer than the rule can delimit and the match is left alone.

>>> words = frozenset({"aerial", "brain", "tumor", "small", "3d", "map"})
>>> def known(text, name):
...     at = text.find(name)
...     return [Candidate(at, at + len(name), "task", name, "task:x", source="lexicon")]
>>> text = "We study aerial image segmentation."
>>> [c.name for c in extended_tasks(text, known(text, "image segmentation"), words)]
['aerial image segmentation']
>>> text = "We perform robust image segmentation."
>>> [c.name for c in extended_tasks(text, known(text, "image segmentation"), words)]
[]
>>> text = "Wafer Map Defect Classification with ViTs"
>>> [c.name for c in extended_tasks(text, known(text, "Defect Classification"), words, len(text))]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.extract.candidates import Candidate
from kg.extract.task_phrases import TASK_HEADS, is_setting, plain_task_phrase

__all__ = ["extended_tasks", "task_modifier_words"]

_MAX_WORDS = 3
_WORD_BEFORE = re.compile(r"([A-Za-z0-9][\w'-]*) $")
_DIMENSION = re.compile(r"[1-4][dD]")  # "3D", "2d"


def task_modifier_words(task_names: Iterable[str]) -> frozenset[str]:
    """The lower-cased words that the task names ``task_names`` write before their head and that pass
    the context rule's modifier test (:func:`~kg.extract.task_phrases.plain_task_phrase`).

    >>> sorted(task_modifier_words(["brain tumor segmentation", "3D object detection", "robust tracking"]))
    ['3d', 'brain', 'object', 'tumor']
    """
    words: set[str] = set()
    for name in task_names:
        parts = name.lower().split()
        if len(parts) < 2 or parts[-1] not in TASK_HEADS:
            continue
        for word in parts[:-1]:
            if _DIMENSION.fullmatch(word) or plain_task_phrase([word, parts[-1]]):
                words.add(word)
    return frozenset(words)


def _modifier(word: str, words: frozenset[str]) -> bool:
    low = word.lower()
    if low not in words or is_setting(word):
        return False  # "zero-shot", "few-shot", "federated": the setting, not the task's name
    return word == low or word[:1].isupper() or _DIMENSION.fullmatch(word) is not None


def _start(text: str, start: int, floor: int, words: frozenset[str], *, title: bool) -> int | None:
    """The start of the task phrase ending where a match starting at ``start`` ends, or None when
    its first word cannot be told in a title ("Wafer Map Defect Classification": "Wafer" is no known
    modifier; in running text a verb looks like one, so there the known modifiers decide alone)."""
    begin = start
    for _ in range(_MAX_WORDS):
        before = _WORD_BEFORE.search(text, floor, begin)
        if before is None or not _modifier(before.group(1), words):
            break
        begin = before.start(1)
    if begin == start:
        return None
    before = _WORD_BEFORE.search(text, floor, begin) if title else None
    if before is not None and before.group(1)[:1].isupper():
        if plain_task_phrase([before.group(1).lower(), "detection"]):
            return None  # one more capitalised modifier: a longer name than the rule can delimit
    return begin


def extended_tasks(
    text: str, known: Sequence[Candidate], words: frozenset[str], title_len: int = 0
) -> list[Candidate]:
    """A task candidate for every lexicon task in ``known`` that a known modifier extends (rule
    ``task.extended``; longest match then prefers it to the lexicon's shorter name)."""
    out = []
    for cand in known:
        if cand.type != "task" or cand.source != "lexicon":
            continue
        floor = 0 if cand.start < title_len else title_len
        begin = _start(text, cand.start, floor, words, title=cand.start < title_len)
        if begin is not None:
            name = text[begin : cand.end]
            out.append(Candidate(begin, cand.end, "task", name, confidence=0.7, rule="task.extended"))
    return out
