"""Names in an evaluation list that are no data: a task, or hardware (docs/typing.md rule 357).

The evaluation-list rule (``cue.evaluate_on``) reads the names after "experiments / evaluate / trained …
on" as data. Two forms it reads are no data at all:

- a **task**: a mapping between two things ("on Spanish-to-English AST tasks", "interactive UI-to-code",
  "fMRI-to-video reconstruction", "on the DSM-to-DTM translation task"; not "End-to-End");
- **hardware**: "trained on Ascend Neural Processing Units (NPUs)", "on Ascend edge devices", "on ARM Cortex
  Processors" (not "the Adroit platform": a benchmark suite).

>>> t = "Experiments on Mandarin ASR and Spanish-to-English AST tasks; trained on Ascend edge devices."
>>> no_data(t, 32, 54), no_data(t, 73, 79)
(True, True)
>>> no_data("on KITTI 2015 and the SWE-bench Verified split", 3, 13)
False
"""

from __future__ import annotations

import re

__all__ = ["no_data"]

_PAIR = re.compile(r"[\w.]-to-[\w.]", re.IGNORECASE)
_END_TO_END = re.compile(r"end-to-end", re.IGNORECASE)
_HARDWARE_AFTER = re.compile(
    r" (?:(?!(?:on|in|with|using|and|or|for|across|via|of|to|the|all|both|multiple|several)\b)[a-z]+ )?"
    r"(?:devices?|processors?|NPUs?|GPUs?|TPUs?|CPUs?|chips?|hardware)\b"
)
_HARDWARE_END = re.compile(r"(?:Processing Units?|Processors?|[GNT]PUs?|Chips?)$")


def no_data(text: str, start: int, end: int) -> bool:
    """Whether the evaluation-list name ``text[start:end]`` names a task or hardware, not data."""
    name = text[start:end]
    if "-" in name and "to-" in name.lower() and _PAIR.search(_END_TO_END.sub("", name)):
        return True
    tail = text[end : end + 40]
    return _HARDWARE_END.search(name) is not None or _HARDWARE_AFTER.match(tail) is not None
