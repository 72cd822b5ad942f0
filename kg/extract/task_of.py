"""A task name the text defines by what it does: "Amodal completion, the task of inferring invisible object
parts, …", "Morphological parsing is the task of decomposing words into morphemes" (docs/typing.md rule 525,
``rule="cue.task_of"``).

The definition's syntax says the phrase before it names a task, whatever its head word: a noun phrase of
two to four words, then "," / " is" / " --" / " —" (an acronym in brackets may stand between), then "the task
of" or "the problem of" and an -ing word (what the task does). The phrase starts a sentence (its first word
capitalised, the rest lower case), so a verb or a preposition before it ("we address amodal completion, the
task of …", "capturing images in low-illumination environments, the task of …", "Speaker attribution from
speech transcripts is the task of …") leaves it alone; its words are lower-case words (the first
may be capitalised), none a function, pronoun or generic word, and its first word is no -ing word (a
gerund's clause: "Transferring hairstyles between images is the problem of …") and its last no adjective.
"the new task of" / "a novel task of" are the paper's own (rule 351); here the task is the field's:
``cue.task_of`` is a known rule.

>>> [c.name for c in task_of_candidates("Amodal completion, the task of inferring invisible parts, is hard.")]
['Amodal completion']
>>> [c.name for c in task_of_candidates("Intro. Morphological parsing is the task of decomposing words.")]
['Morphological parsing']
>>> task_of_candidates("We address amodal completion, the task of inferring invisible parts.")
[]
>>> task_of_candidates("This is the task of inferring parts. It is the problem of finding paths.")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.task_words import ADJECTIVE, FUNCTION_WORDS, GENERIC_WORDS, LOWER_WORD, phrase_words

__all__ = ["RULE", "task_of_candidates"]

RULE = "cue.task_of"
_DEFINED = re.compile(
    r"(?:\s+\([^()\s]{2,15}\))?(?:,|\s+is|\s+--|\s+\u2014)\s+the\s+(?:task|problem)\s+of\s+[a-z]+ing\b"
)
_GATES = ("the task of", "the problem of")
_NOT_NAME = frozenset(
    [
        "this",
        "it",
        "that",
        "which",
        "these",
        "there",
        "such",
        "one",
        "here",
        "we",
        "our",
        "they",
        "their",
        "us",
        "you",
        "i",
    ]
)
_SENTENCE_START = frozenset({".", "!", "?", ":"})  # the mark before a sentence's first word


def task_of_candidates(text: str, start: int = 0) -> list[Candidate]:
    """The phrases ``text[start:]`` defines as a task ("X, the task of Ving", "X is the task of Ving")."""
    if not any(gate in text for gate in _GATES):
        return []
    out = []
    for gate in _GATES:
        at = text.find(gate, start)
        while at >= 0:
            item = _defined(text, start, at)
            if item is not None:
                out.append(item)
            at = text.find(gate, at + len(gate))
    return out


def _defined(text: str, start: int, at: int) -> Candidate | None:
    """The phrase defined by the "the task / problem of" at ``at``, or None."""
    begin = max(start, at - 100)
    cue = None
    for m in _DEFINED.finditer(text, begin, at + 60):
        if m.end() > at and m.start() < at:
            cue = m
            break
    if cue is None:
        return None
    words = phrase_words(text, begin, cue.start())
    for size in (4, 3, 2):
        if len(words) < size or (len(words) == size and text[start : words[0][0]].strip(" \n.:")):
            continue
        phrase = words[-size:]
        before = words[-size - 1][2] if len(words) > size else "."  # the text's start
        if before not in _SENTENCE_START:
            continue  # v2: "in low-illumination environments, the task of …", "from speech transcripts is …"
        if _named(phrase):
            s, e = phrase[0][0], phrase[-1][1]
            return Candidate(s, e, "task", text[s:e], confidence=0.65, rule=RULE)
    return None


def _named(phrase: list[tuple[int, int, str]]) -> bool:
    """Whether the words of ``phrase`` read as a task's name (the first capitalised at a sentence start)."""
    first = phrase[0][2]
    low = [w.lower() for _, _, w in phrase]
    if not (first[:1].isupper() and first[1:].islower()) and not LOWER_WORD.fullmatch(first):
        return False
    if not all(LOWER_WORD.fullmatch(w) for _, _, w in phrase[1:]):
        return False
    if any(w in FUNCTION_WORDS or w in _NOT_NAME or w in GENERIC_WORDS for w in low):
        return False
    # "Transferring hairstyles between …": a gerund's clause; "… is a positional": no noun ends it
    return not low[0].endswith("ing") and not ADJECTIVE.fullmatch(low[-1])
