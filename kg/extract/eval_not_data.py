"""Names in an evaluation list that are no data: a task, or hardware (docs/typing.md rule 357).

The evaluation-list rule (``cue.evaluate_on``) reads the names after "experiments / evaluate / trained …
on" as data. Two forms it reads are no data at all:

- a **task**: a mapping between two things ("on Spanish-to-English AST tasks", "interactive UI-to-code",
  "fMRI-to-video reconstruction"; not "End-to-End") or a name followed by a lower-case word and "task(s)"
  when the name is one plain word ("on Feynman diagram tasks"; not "on BabyAI navigation tasks");
- **hardware**: "trained on Ascend Neural Processing Units (NPUs)", "on Ascend edge devices", "on ARM Cortex
  Processors", "deployment on the IMX500 platform".

Rule 358: a name that only **modifies a noun phrase that names no data** is no data either: "44% on ICD-10
coding", "on Chenopodium Album plants", "on the Lp metric", "across K-12 grade levels", "evaluated on Nextflow
workflows", "on English-isiXhosa translation", "based on the ICAT evaluation methodology", "on 10--50M words".
The name is kept when one of the (up to three) lower-case words after it is a data head ("the JIGSAWS
suturing dataset", "EuroSat satellite imagery", "the mLLM-EVAL news benchmark") or a model word ("Llama chat
models": the list-sense rule reads those), and when the first is a function word, a verb ("on Srinivasan
achieves"), a measure ("on FHM accuracy") or a version ("PersonaMem v1").

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
_PLAIN = re.compile(r"[A-Z][a-z]+")  # one plain word: "Feynman" (a name-shaped one may be a benchmark)
_TASK_AFTER = re.compile(r" [a-z]+ tasks?\b")
_HARDWARE_AFTER = re.compile(
    r" (?:(?!(?:on|in|with|using|and|or|for|across|via|of|to|the|all|both|multiple|several)\b)[a-z]+ )?(?:devices?|processors?|NPUs?|GPUs?|TPUs?|CPUs?|chips?|hardware|platforms?|boards?)\b"
)
_HARDWARE_END = re.compile(r"(?:Processing Units?|Processors?|[GNT]PUs?|Chips?)$")


_AFTER = re.compile(r" ([a-z][a-z\-]*)(?!\w)((?: [a-z][\w\-]*){0,2})")
_DATA_WORD = re.compile(
    r"\b(?:datasets?|data|benchmarks?|corpus|corpora|sets?|splits?|subsets?|images?|imagery|videos?|recordings?"
    r"|scans?|suites?|collections?|archives?|challenges?|tracks?|leaderboards?|partitions?|versions?|editions?"
    r"|models?|LLMs?|backbones?|families|family|variants?|checkpoints?)\b"
)
_NOT_MODIFIED = frozenset(
    """a an the and or nor but with without to for of in on at by from via as than then while whereas where which
    that who whose when under over across using against versus vs between both each all only also alone further
    respectively together including including is are was were be been being has have had can could may might
    will would should must do does did show shows showed shown demonstrate demonstrates demonstrated suggest
    suggests suggested reveal reveals revealed confirm confirms confirmed validate validates validated achieve
    achieves achieved provide provides provided indicate indicates indicated highlight highlights highlighted
    prove proves proved yield yields yielded verify verifies verified illustrate illustrates illustrated contain
    contains contained comprise comprises comprised consist consists include includes included outperform
    outperforms outperformed improve improves improved reach reaches reached attain attains attained obtain
    obtains obtained report reports reported exhibit exhibits exhibited remain remains remained lead leads led
    benefit benefits establish establishes established set sets reduce reduces reduced increase increases
    accuracy score scores performance results result error errors rate rates metrics gains gain improvements
    et al""".split()
)


def modifies_no_data(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies a lower-case noun phrase naming no data (rule 358)."""
    after = _AFTER.match(text, end, end + 60)
    if after is None or after.group(1) in _NOT_MODIFIED:  # "PersonaMem v1": no match
        return False
    return _DATA_WORD.search(after.group(0)) is None


def no_data(text: str, start: int, end: int) -> bool:
    """Whether the evaluation-list name ``text[start:end]`` names a task or hardware, not data."""
    name = text[start:end]
    if "-" in name and "to-" in name.lower() and _PAIR.search(_END_TO_END.sub("", name)):
        return True
    tail = text[end : end + 40]
    return (
        (" task" in tail and _PLAIN.fullmatch(name) is not None and _TASK_AFTER.match(tail) is not None)
        or _HARDWARE_END.search(name) is not None
        or _HARDWARE_AFTER.match(tail) is not None
        or modifies_no_data(text, end)
    )
