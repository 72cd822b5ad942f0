"""A reported value before "on" opens an evaluation list: "67.73 cIoU on gRefCOCO" (docs/typing.md rule
302).

The cue "evaluate / experiments / achieves … on X, Y and Z"
(:func:`kg.extract.patterns.evaluation_candidates`) reads a list after "on" only when an evaluation word
stands in the 70 characters before it (after the last ".", which may be a decimal point). A result sentence
often reports several values, each with its own data name, and the evaluation word is then further back than
that: "achieves state-of-the-art results of 52.5 (+6.8 relative) mIoU on Pascal Context 59, 67.73 (+25.73
relative) cIoU on gRefCOCO", "93.0% Image-AUROC and 92.2% Pixel-AUROC on MVTec-AD", "63.00% on RTTS, 59.94%
on DAWN, and 61.12% on WEDGE". A value right before "on" (a percentage, a decimal, a signed gain, at most
three words of a measure between them) is such a word. Not a value of speed, size or cost ("4.73x speedup on
MAGI-1", "86 ms on PC", "1.48B parameters on", "500B tokens on"): those are measured on models and hardware,
not on data.

>>> t = "It reaches 87.3% on UI-I2E-Bench, and 67.73 cIoU on gRefCOCO."
>>> [scored_before(t, t.find(w)) for w in ("on UI", "on gRef")]
[True, True]
>>> t = "It gives a 4.73x speedup on MAGI-1 and runs at 86 ms on PC with 2.5B parameters on GPUs."
>>> [scored_before(t, t.find(w)) for w in ("on MAGI", "on PC", "on GPUs")]
[False, False, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate
from kg.extract.shapes import is_name_shaped

__all__ = ["scored_before", "scored_items"]

# A value and at most three words of its measure, ending where "on" starts: "87.3% ", "0.849 ", "+16.3 AP ",
# "3.06 dB PSNR gain ", "97.5%/99.0% ", "$75.1\%$ ", "(+25.73 relative) cIoU ". Searched backwards from "on"
# in a short window (the regex is anchored at the window's end).
_VALUE = re.compile(
    r"(?<![\w.])[+\-−]?\d+(?:\.\d+)?(?P<unit>\s?(?:\\?%|\$?\\%\$?|pp|percent|points?))?(?:/[\d.]+\\?%?)?\$?"
    r"(?:\s\([^()]{1,30}\))?"
    r"(?P<words>(?:\s[^\s.;:,()]+){0,3})\s$"
)
# measure words that make the value one of speed, size or cost, or a count of things
_NOT_SCORE = re.compile(
    r"(?i)(?:^|\s)(?:x|×|speed-?ups?|faster|slower|times|ms|s|sec|seconds|minutes|hours|fps|gb|mb|kb|tb|"
    r"memory|latency|throughput|reductions?|flops|gflops|tflops|macs|params|parameters|tokens|samples|images|steps|"
    r"epochs|gpus?|cpus?|[kmbt]|billion|million|watts?|w|j|energy|cost|usd|\$)(?=\s|$)"
)
_WINDOW = 60


def scored_before(text: str, at: int) -> bool:
    """Whether a reported value (with at most three words of its measure) ends right before the cue word
    "on" at ``at``: the value opens the list as an evaluation word would (see the module)."""
    if not text.startswith("on ", at) or at < 2:
        return False
    lo = max(0, at - _WINDOW)
    found = _VALUE.search(text[lo:at])
    if found is None:
        return False
    number = found.group().lstrip()
    if (
        found.group("unit") is None
        and "." not in number.split()[0]
        and not number.startswith(("+", "-", "−"))
    ):
        return False  # a bare integer is a count or a year ("trained on 20000 CT volumes", "in 2024 on")
    words = found.group("words")
    return _NOT_SCORE.search(words) is None and not re.match(r"[x×]", words.lstrip() or "-")


# what may follow a data name the value was reported on: punctuation, a clause word, a data or split head
_AFTER = re.compile(
    r"\s*(?:$|[^\w\s]|(?:and|or|with|while|over|respectively|in|at|using|for|compared|when|than|vs|under|"
    r"without|by|to|from|after|as|whereas|which|where|but|dataset|datasets|benchmark|benchmarks|subset|"
    r"subsets|split|splits|test|set|sets|corpus)\b|[A-Z0-9(])"
)
_SPLIT_WORD = re.compile(r"\s(?:Validation|Val|Test|Train|Dev)$")
# a measure scored "on" ("71.84 on COMETkiwi and 81.77 on XCOMET"), a part named by a generic word ("on the
# Test Set", "on the challenging Post-2021 Set", "on the Special Track")
_NOT_DATA = re.compile(
    r"(?:COMET\w*|BLEU|ROUGE\w*|Score|F1|IoU|AUC)$|\s(?:Set|Track|Split|Subset|Tier|Mode|Tasks?|Setting)$|^Test\b"
    r"|^(?:m?AP|AR|PCP)\d*$"  # "+10.8 on AP25": a measure
    r"|GPT|CLIP|Llama|LLaMA|Qwen|Gemini|Claude|Mistral|Ray\d"  # a model scored on ("77.2% on Luma Ray2")
)
# a value of an attack is measured on the models attacked ("an attack success rate of 77.2% on Luma Ray2")
_ATTACK = re.compile(r"(?i)attack|jailbreak|\bASR\b")
_SETTING_AFTER = re.compile(r"\s[A-Z][a-z]+\s[A-Z]{2,}$")
_PLAIN_WORDS = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)+")  # "on Complex Scene Description": a task


def scored_items(text: str, items: list[Candidate], known: Sequence[Candidate]) -> list[Candidate]:
    """The list items after a reported value and "on" (rule 302) that name data: a name-shaped name (not
    a plain capitalised word, "on the Moderate split"), no version alone ("93.3 PDMS on v1") nor another
    value ("and 132/119/119 FPS"), not a modifier of a lower-case noun ("on Intervention Timing
    performance", "on MCP-dominant tasks"), and no known name inside a longer one ("on 3D VQA", "on
    nuScenes 3D MOT": the known name stays); a split word after the name is no part of it ("on the
    Structured3D Validation split"); no model's name, nor a value of an attack (the models attacked)."""
    if items and _ATTACK.search(text, max(0, items[0].start - 120), items[0].start):
        return []
    out = []
    for item in items:
        start, end = item.start, item.end
        if (split := _SPLIT_WORD.search(text, start, end)) is not None:
            end = split.start()
        name = text[start:end]
        if re.match(r"v\d|[\d/.]+(?:\s|$)|\d+(?:st|nd|rd|th)\b", name) or _NOT_DATA.search(name):
            continue
        if not is_name_shaped(name) if " " not in name else _PLAIN_WORDS.fullmatch(name):
            continue
        if _AFTER.match(text, end) is None or text[end : end + 1] in ("-", "$", "^", "_", "{"):
            continue  # "on PASCAL-$5^i$": a cut name
        if _SETTING_AFTER.search(name):
            continue  # "60.4% on SWE Verified HIGH": a setting written after the name
        if any(start <= k.start and k.end <= end and k.end - k.start < end - start for k in known):
            continue
        if not _known_data_beside(text, start, end, known):
            continue  # "88.46% on FICE, 92.04% on LCI" (imaging modes), "-23.59% on x264" (a codec)
        out.append(Candidate(start, end, item.type, name, confidence=0.6, rule="cue.scored_on"))
    return out


def _known_data_beside(text: str, start: int, end: int, known: Sequence[Candidate]) -> bool:
    """Whether a known dataset or benchmark (a lexicon name) stands in the sentence of ``text[start:end]``:
    the values of the sentence are then reported on data ("42.7% on AIME24, … 35.5% on HMMT25"), not on
    models, imaging modes, stains or codecs, which no other words of the sentence tell apart."""
    lo = max(text.rfind(". ", 0, start), text.rfind("; ", 0, start))
    hi = text.find(". ", end)
    hi = len(text) if hi < 0 else hi
    return any(
        k.type in ("dataset", "benchmark") and lo < k.start < hi and not (k.start < end and start < k.end)
        for k in known
    )
