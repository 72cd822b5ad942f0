"""Task names coordinated with a known task (docs/typing.md rule 524, ``rule="list.task"``).

A list or pair of task names written beside a task kg already links ("object detection, scale estimation,
and cross-sectional image generation", "in literature search, intent detection, key-point matching") names
tasks in its other slots too: the coordination, not a word list, says what they are. A slot is read only
when the whole slot is one lower-case phrase that ends in a task head
(:data:`~kg.extract.task_phrases.CONTEXT_HEADS`) and that the context rule's phrase test reads whole
(:func:`~kg.extract.task_phrases.phrase_at`: two to four words, no generic, verb, plural or leading
-ing word, no adjective before the head); its first word is no adjective either ("fine-grained",
"unsupervised", "contextual", "downstream": the setting of a task, not its name) and the phrase holds no
model part or data word. Slots are read outwards from the known task, each separated from the last by
",", "and" or "or"; a slot that fails, or a known name other than a task, ends the walk on its side, and the
list's first slot follows punctuation, a preposition or a cue word, not a clause word ("that link language
grounding, …"). The list must hold a second known task: with one, the coordination does not say "a list of
tasks" ("a role in early disease detection, treatment planning, and patient prognosis assessment"). A bare
head ("detection, segmentation") is never read. The names are the field's tasks: ``list.task`` is a known
rule (never the paper's own).

>>> text = "a pipeline of layout analysis, table detection, cell classification, and handwriting recognition."
>>> known = [Candidate(31, 46, "task", "table detection", "", source="lexicon"),
...          Candidate(73, 96, "task", "handwriting recognition", "", source="lexicon")]
>>> [c.name for c in beside_known(text, 0, known)]
['cell classification']
>>> beside_known(text, 0, known[:1])  # one known task: no list of tasks
[]
>>> text = "tasks such as object detection, segmentation, and fine-grained classification."
>>> known = [Candidate(14, 30, "task", "object detection", "", source="lexicon")]
>>> beside_known(text, 0, known)
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.candidates import Candidate
from kg.extract.phrase_words import not_domain
from kg.extract.task_cues import MODEL_PARTS
from kg.extract.task_phrases import CONTEXT_HEADS, phrase_at
from kg.extract.task_words import ADJECTIVE, FUNCTION_WORDS, LOWER_WORD, phrase_words

__all__ = ["RULE", "beside_known"]

RULE = "list.task"
_SEPARATORS = frozenset({",", "and", "or"})
_WINDOW = 160
# words of data or of a model's parts: "data sample generation", "feature extraction"
_NOT_TASK = MODEL_PARTS | frozenset(
    ["input", "inputs", "data", "sample", "samples", "pixel", "pixels", "performance", "dataset"]
)
# what may follow a list's last slot: punctuation or a word that starts no phrase of the list
# the first word of a clause: a verb follows it ("frameworks that link language grounding, ...")
_CLAUSE = frozenset({"that", "which", "not", "but", "yet", "whereas", "while", "although", "however", "than"})
_OPENERS = frozenset({"(", ":", "including", "namely", "especially", "e.g.", "i.e.", "toward"})
_ENDS = frozenset({".", ";", ":", ")", "(", "tasks", "problems", "capabilities", "applications"})


def beside_known(text: str, title_len: int, known: Sequence[Candidate]) -> list[Candidate]:
    """Task candidates in the slots of a list beside a known task of the abstract (``text[title_len:]``)
    whose slots hold another known task too."""
    tasks = sorted((k.start, k.end) for k in known if k.type == "task" and k.start >= title_len)
    if len(tasks) < 2:
        return []  # no second known task: no list of tasks (most abstracts stop here)
    near = {i for i in range(len(tasks) - 1) if tasks[i + 1][0] - tasks[i][1] < _WINDOW}
    tasks = [t for i, t in enumerate(tasks) if i in near or i - 1 in near]  # another within a window
    spans = [(k.start, k.end, k.type == "task") for k in known]
    out: list[Candidate] = []
    for start, end in tasks:
        found: list[Candidate] = []
        held = 0
        if text.startswith((",", " and ", " or "), end):
            new, n = _after(text, end, spans)
            found, held = found + new, held + n
        before = text[max(title_len, start - 6) : start]
        if before.endswith((", ", " and ", " or ", ",\n", "\nand ")):
            new, n = _before(text, max(title_len, start - _WINDOW), start, spans)
            found, held = found + new, held + n
        if held:  # the list holds two known tasks: a list of tasks
            out += found
    first: dict[tuple[int, int], Candidate] = {}  # a slot two known tasks reach is read once
    for c in out:
        first.setdefault((c.start, c.end), c)
    return list(first.values())


def _known(spans: Sequence[tuple[int, int, bool]], start: int, end: int) -> bool | None:
    """True when a known task is the slot ``start..end`` (whole), None when a known name overlaps it
    otherwise, False when none does."""
    for s, e, task in spans:
        if s < end and start < e:
            return True if (s, e) == (start, end) and task else None
    return False


def _after(text: str, at: int, spans: Sequence[tuple[int, int, bool]]) -> tuple[list[Candidate], int]:
    """The new slots after a known task ending at ``at``, left to right, and how many known tasks fill
    others."""
    words = phrase_words(text, at, min(len(text), at + _WINDOW))
    out, held, j = [], 0, 0
    while j < len(words) and words[j][2] in _SEPARATORS:
        last = False  # after "and" / "or" the next slot is the last
        while j < len(words) and words[j][2] in _SEPARATORS:
            last = last or words[j][2] != ","
            j += 1
        k = j
        while k < len(words) and LOWER_WORD.fullmatch(words[k][2]) and words[k][2] not in FUNCTION_WORDS:
            k += 1
        if k == j or k >= len(words) or not (words[k][2] in _SEPARATORS or words[k][2] in _ENDS):
            break
        whole = _known(spans, words[j][0], words[k - 1][1])
        if whole is None:
            break
        if whole:
            held += 1
        elif (item := _slot(text, words, j, k - 1)) is not None:
            out.append(item)
        else:
            break
        if last:
            break
        j = k
    return out, held


def _before(
    text: str, begin: int, at: int, spans: Sequence[tuple[int, int, bool]]
) -> tuple[list[Candidate], int]:
    """The new slots before a known task starting at ``at``, right to left, and how many known tasks fill
    others; the list's first slot follows a function word, a cue word or a punctuation mark."""
    words = phrase_words(text, begin, at)
    out, held, j = [], 0, len(words) - 1
    while j >= 0 and words[j][2] in _SEPARATORS:
        while j >= 0 and words[j][2] in _SEPARATORS:
            j -= 1
        i = j
        while i >= 0 and LOWER_WORD.fullmatch(words[i][2]) and words[i][2] not in FUNCTION_WORDS:
            i -= 1
        if i == j or i < 0:
            break
        opener = words[i][2]
        if opener != "," and (opener not in FUNCTION_WORDS or opener in _CLAUSE) and opener not in _OPENERS:
            break  # "frameworks that link language grounding, …": a verb before the slot
        whole = _known(spans, words[i + 1][0], words[j][1])
        if whole is None:
            break
        if whole:
            held += 1
        elif (item := _slot(text, words, i + 1, j)) is not None:
            out.append(item)
        else:
            break
        if opener != ",":
            break  # the list's first slot
        j = i
    return out, held


def _slot(text: str, words: list[tuple[int, int, str]], i: int, j: int) -> Candidate | None:
    """The slot ``words[i..j]`` as a task when it is one whole task phrase, else None."""
    if words[j][2] not in CONTEXT_HEADS or j - i > 3:
        return None
    item = phrase_at(text, words, j)
    if item is None or item.start != words[i][0]:
        return None  # a bare head, or the phrase test cut words off the slot ("enabling … reconstruction")
    names = item.name.lower().split()
    first = names[0]
    if ADJECTIVE.fullmatch(first) or ("-" in first and ADJECTIVE.fullmatch(first.rsplit("-", 1)[1])):
        return None  # "fine-grained classification", "unsupervised segmentation", "contextual retrieval"
    if _NOT_TASK.intersection(names) or not_domain(names[:-1]):
        return None
    return item.with_(rule=RULE)
