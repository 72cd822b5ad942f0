"""An "X reasoning" task the abstract names only as a capacity is no task link (docs/typing.md rule 332).

The lexicon knows a dozen "X reasoning" tasks ("mathematical reasoning", "spatial reasoning",
"multi-hop reasoning", "multimodal reasoning" …). Abstracts write them mostly as what a model can or
cannot do ("VLMs have shown strong visual reasoning abilities", "their spatial reasoning remains
limited", "enhances multi-hop reasoning", "a multimodal reasoning model"), and the blind annotators of
the dev pools mark none of those (1 of 5 read-pool papers that write an "X reasoning" has it as a gold
task, in its title). The paper links such a task only when one of its mentions stands

- in the title (the paper's own task: "Efficient Math Reasoning via …"),
- before a task word ("temporal reasoning tasks", "mathematical-reasoning benchmarks", "the
  mathematical reasoning task Spoken-MQA", "a multi-modal reasoning dataset"), or
- in a list ("tasks like programming, mathematics, and commonsense reasoning", "on code generation,
  mathematical reasoning, and truthfulness"): a list names what is evaluated or covered;
- before or inside a parenthesis ("abstract visual reasoning (AVR)", "mathematical reasoning (MATH-500,
  AIME24)", "MATH (mathematical reasoning)"): a definition, or the benchmarks that evaluate it;
- after "for" or "on", one word between at most ("the GSM8K benchmark for mathematical reasoning",
  "Training Qwen3-4B on mathematical reasoning", "a framework for abductive commonsense reasoning"): what
  the paper's method is for or is evaluated on;
- at the start of a sentence ("Logical reasoning encompasses deduction, …", "Multimodal reasoning for
  UHR remote sensing is bottlenecked by …"): the subject the paper states;

otherwise every mention of it is dropped.

>>> from kg.extract.candidates import Candidate
>>> text = "A Title\\n\\nVLMs show strong spatial reasoning abilities. We study spatial reasoning."
>>> cands = [Candidate(27, 44, "task", "spatial reasoning"), Candidate(67, 84, "task", "spatial reasoning")]
>>> capacities_dropped(cands, text, 7)
[]
>>> text = "A Title\\n\\nWe study spatial reasoning tasks."
>>> [c.name for c in capacities_dropped([Candidate(18, 35, "task", "spatial reasoning")], text, 7)]
['spatial reasoning']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate

__all__ = ["capacities_dropped"]

_TASK_WORD = re.compile(r"[\s-]*(?:tasks?|benchmarks?|problems?|datasets?|questions?|puzzles?)\b", re.I)
_LIST_AFTER = re.compile(r"\s*(?:,|and\b|or\b|&|/|\()", re.I)
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&|/|\()\s*$", re.I)
_PURPOSE_BEFORE = re.compile(r"(?:^|\W)(?:for|on)\s+(?:[\w-]+\s+)?$", re.I)
_SENTENCE_START = re.compile(r"[.!?]\s+$")


def _reasoning(c: Candidate) -> bool:
    return c.type == "task" and c.name.lower().endswith(" reasoning")


def _counts(c: Candidate, text: str, title_len: int) -> bool:
    """Whether this mention makes its task one of the paper's: title, task word after it, list item,
    parenthesis, "for / on" before it, sentence start."""
    return (
        c.start < title_len
        or _TASK_WORD.match(text, c.end) is not None
        or _LIST_AFTER.match(text, c.end) is not None
        or _LIST_BEFORE.search(text, max(0, c.start - 6), c.start) is not None
        or _PURPOSE_BEFORE.search(text, max(0, c.start - 30), c.start) is not None
        or not text[title_len + 2 if title_len else 0 : c.start].strip()  # the abstract's first words
        or _SENTENCE_START.search(text, max(0, c.start - 4), c.start) is not None
    )


def capacities_dropped(cands: Sequence[Candidate], text: str, title_len: int) -> list[Candidate]:
    """``cands`` without the mentions of an "X reasoning" task none of whose mentions counts."""
    if "reasoning" not in text or not any(map(_reasoning, cands)):
        return list(cands)
    kept = {c.name.lower() for c in cands if _reasoning(c) and _counts(c, text, title_len)}
    return [c for c in cands if not _reasoning(c) or c.name.lower() in kept]
