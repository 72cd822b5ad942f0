"""A task the paper recasts its problem as is its means, not its task (docs/typing.md rule 405).

"we reformulate SAM-based FSMIS as a prompt localization task", "we formulate pruning as a statistical
evidence estimation problem", "reformulating 3DGS registration as a graph registration problem", "reduces
compositing to a background-image editing task", "treating the task as a unimodal change detection problem":
the context rule (`context.task`, :mod:`kg.extract.task_phrases`) reads the phrase before "task / problem" as
a task, but the sentence says how the paper solves its problem: the phrase describes its approach, and a
blind annotator marks the problem recast (FSMIS, pruning), not the framing. The field's usual framing
("is typically formulated as a multi-class classification task", "most existing methods treat it as …") is
left alone: there the phrase names a task the paper discusses. A `context.task` mention right
after "as / into / to / from a(n)" with a verb of recasting earlier in its sentence ("formulate", "cast",
"frame", "treat", "reduce", "transform", "convert", "view", "pose", "model") is dropped, with the abstract's
repeats of the same name, unless the name is read elsewhere in a task context of its own. Known tasks (the
lexicon's "question answering", "sequence labeling") are not read by the context rule and stay.

>>> from kg.extract.candidates import Candidate
>>> t = "We reformulate FSMIS as a prompt localization task and propose FoB."
>>> c = Candidate(26, 45, "task", "prompt localization", confidence=0.65, rule="context.task")
>>> recast_tasks([c], t)
[]
>>> t = "We evaluate on the prompt localization task and propose FoB."
>>> c = Candidate(19, 38, "task", "prompt localization", confidence=0.65, rule="context.task")
>>> [x.name for x in recast_tasks([c], t)]
['prompt localization']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["recast_tasks"]

_RULE = "context.task"
_CUE = 0.65  # the confidence of a mention read in its own context (its repeats have less)
_AS_A = re.compile(r"\b(?:as|into|to|from)\s+an?\s+$")
_RECAST = re.compile(
    r"\b(?:re)?(?:formulat|cast|fram|treat|reduc|transform|convert|view|pos|model)"
    r"(?:e|es|ed|ing|s|ting|ts|ling|led|els)?\b",
    re.IGNORECASE,
)
# Others' framing, not the paper's: "maturity estimation is typically formulated as a multi-class
# classification task" (a blind annotator of the read pool marks that task), "most existing methods treat
# this problem as …"
_OTHERS = re.compile(
    r"\b(?:typically|usually|commonly|often|conventionally|traditionally|generally|existing|most|previous|prior"
    r"|standard|classical|many|recent)\b",
    re.IGNORECASE,
)
# nouns as often as verbs: "the model as a …", "each view as a …", "the pose as a …"
_NOT_VERBS = frozenset({"model", "models", "frames", "view", "views", "pose", "poses"})


def _recast(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows "as a(n)" (or into / to / from) governed by a verb of
    recasting earlier in its sentence."""
    if not _AS_A.search(text, max(0, start - 8), start):
        return False
    begin = max(text.rfind(". ", 0, start) + 1, start - 200, 0)
    if _OTHERS.search(text, begin, start):
        return False  # "is typically formulated as a multi-class classification task": the field's framing
    return any(m.group(0).lower() not in _NOT_VERBS for m in _RECAST.finditer(text, begin, start))


def recast_tasks(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the `context.task` names whose own-context mentions are all recastings (rule 405)."""
    if not any(c.rule == _RULE for c in cands):
        return cands
    recast: set[str] = set()
    kept: set[str] = set()
    for c in cands:
        if c.rule == _RULE and c.confidence >= _CUE:
            (recast if _recast(text, c.start) else kept).add(c.name.lower())
    drop = recast - kept
    if not drop:
        return cands
    return [c for c in cands if not (c.rule == _RULE and c.name.lower() in drop)]
