"""Where a title's task name starts after a verb of progress (rule 230).

"Advancing Mental Disorder Detection", "Boosting Off-Road Segmentation", "Improving Polyp Segmentation": the
title rule walks back over capitalised words to the task name's start and gave up at a leading -ing word (a
verb governing the name: "Detecting AI-based Video Manipulation", "Boosting Classification"). A verb of making
a task better is no part of the task it governs: the name starts after it. Not "Automating / Unifying /
Scaling", whose object is often a step or a technique ("Automating Input File Generation", "Unifying Context
Compression and …": held-back seed 73601's wrong lines before the list was narrowed).

>>> after_progress_verb(["Advancing", "Mental", "Disorder", "Detection"], 0, 3)
1
>>> after_progress_verb(["Detecting", "Video", "Manipulation"], 0, 2)
0
>>> after_progress_verb(["Boosting", "Tracking"], 0, 1)
0
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.task_words import is_modifier

__all__ = ["after_progress_verb", "core_reading"]

_PROGRESS = frozenset(
    {"advancing", "improving", "enhancing", "boosting", "rethinking", "revisiting", "strengthening"}
)


def after_progress_verb(words: Sequence[str], i: int, j: int) -> int:
    """The first word of the title task name ``words[i..j]`` once a leading verb of progress is left out
    (``i`` itself when there is none, or when only the head would be left)."""
    return i + 1 if words[i].lower() in _PROGRESS and i + 1 < j else i


def core_reading(title: str, start: int) -> bool:
    """Whether the title task name at ``start`` is read without rule 230 (the corpus miner of
    ``train/title_tasks.py`` mined the shipped title lexicon without it).

    >>> core_reading("Advancing Photo Editing", 10), core_reading("Fast Photo Editing", 5)
    (False, True)
    """
    before = title[:start].split()
    verb = before[-1] if before else ""  # rule 230 moves the start past a verb read as a modifier only
    return not (verb.lower() in _PROGRESS and is_modifier(verb, title=True))
