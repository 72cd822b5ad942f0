"""Where a title's task name starts after a verb of progress (rule 230), and when the abstract states it
apart (rule 248).

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

Rule 248: the title rule reads a title's task name only when the abstract writes its head word (the paper is
about that task). Abstracts often state the task apart from its head ("Multilingual Hallucination Span
Detection": "Identification of hallucination spans"; "Plant Disease Classification": "classify plant
diseases"): a problem head ("detection", "classification", "estimation" …, not a head of making things:
"Generation", "Enhancement", "Synthesis", "Editing" name a paper's step as often as its task: "Brain Prompt
Enhancement", "Sequence Synthesis") is enough when the abstract writes the word before it.

>>> words = [(0, 12, "Hallucination"), (13, 17, "Span"), (18, 27, "Detection")]
>>> stated_apart(words, 2, "identification of hallucination spans"), stated_apart(words, 2, "hallucinated")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.task_words import is_modifier

__all__ = ["after_progress_verb", "core_reading", "stated_apart"]

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


_STATED_TEXT = """classification diagnosis detection estimation prediction segmentation recognition extraction
    reconstruction translation answering tracking localization forecasting retrieval parsing captioning
    summarization removal counting"""
_STATED_HEADS = frozenset(_STATED_TEXT.split())


def stated_apart(words: Sequence[tuple[int, int, str]], j: int, low_abstract: str) -> bool:
    """Whether the title task name with its head at ``words[j]`` is the paper's task though ``low_abstract``
    (lower case) does not write the head: a problem head whose word before it the abstract writes (rule 248)."""
    if j == 0 or words[j][2].lower() not in _STATED_HEADS:
        return False
    before = words[j - 1][2].lower()
    if len(before) < 2 or before not in low_abstract:  # a substring test first: most titles stop here
        return False
    return re.search(r"(?<![a-z0-9])" + re.escape(before), low_abstract) is not None
