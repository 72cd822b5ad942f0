"""A task in front of the title is the problem the paper works on, not its contribution (docs/typing.md rule 296).

The title prefix is read as the paper's own name ("SAM 3: …", "PRPO: …"). When that prefix is a task
("Electromyography-Based Gesture Recognition: Hierarchical Feature Extraction for …", "Food Portion
Estimation: From Pixels to Calories", "LLM Hallucination Detection: A Fast Fourier Transform Method …"),
the paper names the problem it addresses and then its own means: the task is `used`. It stays
`introduced` when the paper says the task is new ("we propose a novel remote sensing change detection
task", "we introduce the OAPR task", "a new problem setting") or introduces the same name again in the
abstract ("This work introduces Symmetrical Flow Matching (SymmFlow), a new formulation …").

>>> from kg.extract.candidates import Candidate
>>> text = "Food Portion Estimation: From Pixels to Calories\\n\\nWe explore strategies for portion estimation."
>>> prefix = Candidate(0, 23, "task", "Food Portion Estimation", rule="title.prefix", role="introduced")
>>> [c.role for c in title_tasks([prefix], text)]
['used']
>>> text = "Non-Registration Change Detection: A Novel Change Detection Task\\n\\nWe study it."
>>> [c.role for c in title_tasks([prefix.with_(end=33, name="Non-Registration Change Detection")], text)]
['introduced']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate

__all__ = ["title_tasks"]

_PREFIX = "title.prefix"
# The paper says a task (problem, setting …) is new or its own: "a novel remote sensing change detection
# task", "we first introduce a Data-efficient Referring Object Detection (De-ROD) task", "we formally define
# the problem of", "a pioneering task", "the first challenge of its kind", "a task, termed X".
_NEW_TASK = re.compile(
    r"\b(?:new|novel|first|pioneering|under-?explored|emerging|unexplored)\b[^.;:]{0,60}?"
    r"\b(?:tasks?|problems?|settings?|challenges?|paradigms?|formulations?)\b"
    r"|\b(?:defin|formulat|formaliz|formalis|introduc|propos|present|establish)\w*\b[^.;:]{0,80}?"
    r"\b(?:tasks?|problems?|settings?)\b"
    r"|\b(?:tasks?|problems?|settings?),?\s+(?:termed|called|named|dubbed|coined)\b",
    re.IGNORECASE,
)
# A slogan or a claim, not a task's name: "Convergence Without Understanding: …", "Better Literary Translation: …".
_SLOGAN = re.compile(
    r"\b(?:Better|Faster|Stronger|Cheaper|Smarter|Simpler|Without|Beyond|Than|Not|No|Matters?|Towards?|"
    r"Rethinking|Revisiting)\b"
)


def title_tasks(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` with a task that the title prefix names made `used`, unless the paper says the task is new
    or introduces the same name elsewhere (rule 296)."""
    tasks = [
        c
        for c in cands
        if c.rule == _PREFIX and c.type == "task" and c.role == "introduced" and not _SLOGAN.search(c.name)
    ]
    if not tasks or _NEW_TASK.search(text):
        return list(cands)
    title_end = max(text.find("\n\n"), 0)
    # … nor a name the abstract writes again as a name, capitalised: "through the Anchor Token Matching (ATM)
    # protocol" is the paper's own part, whatever its head word
    tasks = [c for c in tasks if text.find(text[c.start : c.end], title_end) < 0]
    if not tasks:
        return list(cands)
    names = {c.name.lower() for c in tasks}
    spans = {(c.start, c.end) for c in tasks}
    again = {
        c.name.lower()
        for c in cands
        if c.role == "introduced" and (c.start, c.end) not in spans and c.name.lower() in names
    }
    used = {(c.start, c.end) for c in tasks if c.name.lower() not in again}
    if not used:
        return list(cands)
    return [c.with_(role="used") if (c.start, c.end) in used or c.partner in used else c for c in cands]
