"""Data names after a score: "achieves 42.4% on GenExam" (docs/typing.md rule 482).

The evaluation-list rule (:func:`kg.extract.patterns.evaluation_candidates`) reads "on X, Y and Z" as
data when an evaluation word ("achieves", "accuracy", "outperforms" …) stands before the cue in its
sentence. It cut the window at the last "." before the cue, and a decimal point is a ".": in "achieves
42.4% on GenExam" the window left was "4% ", with no evaluation word, so the commonest way an abstract
reports a result named no data. :func:`sentence_cut` cuts only at a "." that is not a decimal point.

A cue reached only through that fix is a score's "on", and there the items are read strictly
(:func:`scored_item`): a name-shaped first token (not "Books", "Decreased", "Whole Tumor": a domain or
region of a dataset), no language before it ("on Chinese AISHELL-1" keeps the lexicon's AISHELL-1), no
metric ("3.00% on G-mAP") and no metric or region word after it ("0.79 on WISE score"); a split word
after the name is not part of it ("80.1% mIoU on ScanNet Val").

>>> t = "It achieves 42.4% on GenExam."
>>> w = t[: t.index(" on")]
>>> w.rfind("."), sentence_cut(w)
(14, -1)
>>> t = "Gains of 80.1% mIoU on ScanNet Val and 3.0% on G-mAP."
>>> t[t.index("ScanNet") : scored_item(t, t.index("ScanNet"), t.index(" and"))]
'ScanNet'
>>> scored_item(t, t.index("G-mAP"), len(t) - 1) is None
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.candidates import Candidate
from kg.extract.ending_data import _LANGUAGES
from kg.extract.shapes import is_name_shaped

__all__ = ["scored_item", "scored_items", "sentence_cut"]

_METRIC_TOKEN = re.compile(r"(?:^|[\s-])(?:m?AP|F1|IoU|mIoU|AUC|Acc|BLEU|Score)(?:@\S*)?$")
_AFTER = re.compile(
    r"\s+(?:scores?|metrics?|regions?|domains?|questions|modality|categor(?:y|ies)|scenarios?|settings?)\b"
)
# a split or an image size after the name is no part of it: "ScanNet Val", "ImageNet 256x256"
_SPLIT = re.compile(r"\s(?:Val|Dev|Test|TEST|Validation|Train|(?:64|128|256|512|1024)(?:x\d+)?)$")
# not a data name: a part of the paper's task ("Task 2", "Level-3", "256-task"), a model size ("DiT-B/1")
_NOT_DATA = re.compile(r"(?:Sub)?[Tt]asks?\b|Tracks?\b|Levels?\b|Test[A-Z]?\b|\d+-[a-z]|\S*-[SBLHG]/\d")


def sentence_cut(window: str) -> int:
    """The last place in ``window`` a sentence or clause can end (".", ";", ":" or a line break), where a
    "." between two digits is a decimal point, not an end.

    >>> sentence_cut("Done. It achieves 42.4% "), sentence_cut("v2. "), sentence_cut("a; 0.5 b")
    (4, 2, 1)
    """
    cut = window.rfind(".")
    while 0 < cut < len(window) - 1 and window[cut - 1].isdigit() and window[cut + 1].isdigit():
        cut = window.rfind(".", 0, cut)
    return max(cut, window.rfind(";"), window.rfind(":"), window.rfind("\n"))


def scored_item(text: str, start: int, end: int) -> int | None:
    """The end of the data name ``text[start:end]`` read after a score, or None when it is no such name."""
    name = text[start:end]
    split = _SPLIT.search(name)
    if split is not None:
        end, name = start + split.start(), name[: split.start()]
    first = name.split()[0] if name.strip() else ""
    if not is_name_shaped(first) or _METRIC_TOKEN.search(name) or _NOT_DATA.match(name):
        return None
    if any(word in _LANGUAGES for word in re.split(r"[\s-]", name)):
        return None  # "on Chinese AISHELL-1", "MetaphorTrans English-to-Chinese"
    if _AFTER.match(text, end):
        return None
    return end


def scored_items(text: str, found: list[Candidate]) -> list[Candidate]:
    """The items ``found`` after a score that are data names, cut where :func:`scored_item` ends them."""
    out = []
    for cand in found:
        end = scored_item(text, cand.start, cand.end)
        if end is not None:
            out.append(replace(cand, end=end, name=text[cand.start : end]))
    return out
