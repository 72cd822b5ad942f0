"""A task the paper says is new: "we introduce the novel task of visual solution explanation", "we
propose a new task called perspective-conditioned review feedback generation" (rule 351).

"the / a new / novel task of / called / named / termed / dubbed" then a noun phrase: the phrase is a
task, the paper's own (``introduced``). The phrase runs to the first punctuation mark or a word that
starts a clause or an adjunct ("which", "where", "using", "from", "in" ...), and must end in a noun of
an activity (a task head, "-tion", "-ment", "-ing", "-sis", "-ery": "reading recognition",
"aesthetics alignment", "face matting"; "active mapping of moving objects" does not) and be two words
or more; a gerund with its object ("generating realistic 3D hand trajectories", "inferring implicit
gaps") is a description, not a name, and is left alone. "X, a novel task of Y" names X (the
apposition rules read it), and a phrase that is a known name whole ("a novel task of human pose
estimation using ...") is the field the new task belongs to: neither is read here.

>>> t = "We introduce the novel task of extreme short token reduction, aiming to represent text."
>>> [(c.name, c.type, c.role) for c in new_task_candidates(t)]
[('extreme short token reduction', 'task', 'introduced')]
>>> new_task_candidates("we propose a novel task of generating realistic 3D hand trajectories.")
[]

Rule 518: "we introduce / propose / present the task / problem of X" without "new" or "novel" names the
paper's own task too, but only a phrase that ends the cue's object (punctuation, "(", "which", "where" …):
"we introduce the task of persona editing, which …", "the task of Dissimilar Span Detection (DSD)". A
phrase cut at a preposition is the known field of a longer task ("the problem of query answering with soft
constraints", "the task of action anticipation in basketball broadcast videos") and is left alone.

>>> t = "Here, we introduce the task of persona editing, which steers traits."
>>> [(c.name, c.role) for c in new_task_candidates(t)]
[('persona editing', 'introduced')]
>>> new_task_candidates("we introduce the problem of query answering with soft constraints.")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.shapes import type_from_head

__all__ = ["new_task_candidates"]

_NEW_TASK = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:new|novel)\s+(?:benchmark\s+)?task\s+(?:of|called|named|termed|dubbed)\s+"
    r"(?:``|\"|\u201c|'|\\text(?:it|bf|tt|sc)\{)?(?P<phrase>[A-Za-z0-9][\w\-/]*(?:\s+[A-Za-z0-9][\w\-/]*){0,9})"
)
# rule 518: "we introduce the task of X" (no "new" / "novel"): the own task only where X ends the object
_THE_TASK = re.compile(
    r"\b(?:[Ww]e|paper|work|study|article)\s+(?:(?:[a-z]+ly|also|further|first)\s+)?"
    r"(?:introduce|propose|present)s?\s+the\s+(?:task|problem)\s+of\s+"
    r"(?:``|\"|\u201c|'|\\text(?:it|bf|tt|sc)\{)?(?P<phrase>[A-Za-z0-9][\w\-/]*(?:\s+[A-Za-z0-9][\w\-/]*){0,9})"
)
# what may follow a rule-518 phrase: the end of the cue's object, not a preposition that goes on with the task
_OBJECT_END = re.compile(
    r"\s*(?:[,.;:(]|(?:''|\"|\u201d|')|\}|$)|\s+(?:which|where|wherein|whereby|whose|aiming|that)\b"
)
# a word that ends the name: a clause, an adjunct or a verb ("... detection which", "... search between")
_STOP_TEXT = """
    which where that to using with from given by for in on under via between without is are was were
    aiming aims wherein whereby through across as at into over while when whose based and/or than
    the a an this these its their our"""
_STOP = frozenset(_STOP_TEXT.split())
_WORD = re.compile(r"\S+")
_ACTIVITY = re.compile(r"(?:tion|sion|ment|ing|sis|ery|ance|ence)s?$")


def new_task_candidates(text: str) -> list[Candidate]:
    """The tasks a text calls new (see the module docstring)."""
    matches: list[tuple[re.Match[str], bool]] = []
    if " task " in text and ("novel" in text or "new " in text):
        matches += [(m, False) for m in _NEW_TASK.finditer(text)]
    if " task of " in text or " problem of " in text:  # rule 518
        matches += [(m, True) for m in _the_task(text)]
    out = []
    for match, whole in matches:
        if not whole and text[: match.start()].rstrip().endswith(","):
            continue  # "Geo-DLC, a novel task of ...": the apposition names Geo-DLC
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text, *match.span("phrase"))]
        words = []
        for start, end in spans:
            if text[start:end].lower() in _STOP:
                break
            words.append(text[start:end])
        kept = _name(words)
        if kept is None:
            continue
        start, end = spans[0][0], spans[kept - 1][1]
        if whole and not _OBJECT_END.match(text, end):
            continue  # rule 518: "the problem of query answering with soft constraints": a longer task
        out.append(
            Candidate(
                start, end, "task", text[start:end], confidence=0.7, rule="cue.new_task", role="introduced"
            )
        )
    return out


def _name(words: list[str]) -> int | None:
    """How many ``words`` make the task's name: the run from the start that ends in a noun of an
    activity two words or more, no gerund with an object first."""
    while words and words[-1] in ("of", "and", "or"):
        words = words[:-1]
    if len(words) < 2 or not _activity(words[-1]):
        return None
    if words[0].endswith("ing") and words[0].islower() and words[1][0].islower() and len(words) > 2:
        return None  # "generating high-quality business content": a gerund and its object
    return len(words)


def _activity(word: str) -> bool:
    low = word.lower()
    return type_from_head(low) == "task" or (bool(_ACTIVITY.search(low)) and low not in ("thing", "setting"))


def _the_task(text: str) -> list[re.Match[str]]:
    """Rule 518's cue matches, searched only around each " task of " / " problem of " (the cue's words before
    it fit in 70 characters): no pass over the whole text."""
    found: dict[int, re.Match[str]] = {}
    for key in (" task of ", " problem of "):
        at = text.find(key)
        while at >= 0:
            match = _THE_TASK.search(text, max(0, at - 70), min(len(text), at + len(key) + 200))
            if match is not None and match.start() <= at:
                found[match.start()] = match
            at = text.find(key, at + 1)
    return [found[start] for start in sorted(found)]
