"""Hardware, counted things and sizes are never names: "4 NVIDIA A40 GPUs", "40 LLMs", "8xA100", "7B+".

One rule, read by every discovery path (cues, comparisons, own names, the corpus-name miner).
"""

from __future__ import annotations

import re

__all__ = ["is_hardware_or_count", "without_score"]

_HARDWARE = re.compile(
    r"\b(?:GPUs?|TPUs?|CPUs?|NPUs?|NVIDIA|(?:[AHVBLT]|RTX\s?)\d{2,4}S?|\d+\s?[xX×]\s?[AHV]\d{2,3})\b"
)
_COUNT = re.compile(r"^\d[\d.,]*[kKMB]?\s")
# rule 107: a model size or an image resolution standing alone or first ("7B+ models", "7B-70B
# Arabic-specialized models", "on ImageNet 256x256 and 512x512 benchmarks"), not a name starting with
# one ("2K2K")
_SIZE = re.compile(
    r"^\d+(?:\.\d+)?[KMBT]\+?(?:-\d+(?:\.\d+)?[KMBT])?(?:\s|$)|^\d+\s?[x\u00d7]\s?\d+$"
    r"|^\d+(?:\.\d+)?-(?:bits?|hops?)$"  # rule 240: a bit width or a hop count ("the 16-bit model", "2-hop")
)
# rule 464: a count written as one hyphened modifier or with a plus, standing alone ("an 80M-parameter model",
# "a 300-example set", "a 2-stage pipeline", "100k+ images"); not a name whose word after the hyphen is
# the thing itself ("2-opt", "5-gram", "8-puzzle", "N-queens", "3-coloring")
_COUNTED = re.compile(r"^\d[\d.,]*[kKMBT]?(?:\+|-(?!(?:opt|grams?|puzzle|queens|colou?ring)$)[a-z]+)$")


def is_hardware_or_count(name: str) -> bool:
    """True for "4 NVIDIA A40 GPUs", "40 LLMs", "A100" — hardware and counted things are not names.

    >>> [is_hardware_or_count(x) for x in ("4 NVIDIA A40 GPUs", "40 LLMs", "H100", "CIFAR-10", "H36M")]
    [True, True, True, False, False]
    >>> [is_hardware_or_count(x) for x in ("7B+", "7B-70B Arabic-specialized", "512x512", "2K2K", "3DMatch")]
    [True, True, True, False, False]
    >>> [is_hardware_or_count(x) for x in ("16-bit", "2-hop", "1.58-bit", "BitNet")]
    [True, True, True, False]
    >>> [is_hardware_or_count(x) for x in ("80M-parameter", "2-stage", "100k+", "2-opt", "5-gram")]
    [True, True, True, False, False]
    """
    if _COUNT.match(name) is not None or _SIZE.match(name) is not None:
        return True
    if name[:1].isdigit() and _COUNTED.match(name) is not None:
        return True
    return _HARDWARE.search(name) is not None


# Rule 150: a score written after a listed name ("DocVQA 94.75", "MathVista 78.6", "MMLU 5-shot 71%"): a
# number with two or more digits before its decimal point, a percentage or a shot count. A version keeps
# its one-digit release ("ASAP 2.0", "Llama 3.1") and a year or size its integer ("VisDrone 2019").
_SCORE = re.compile(r"(?:\s(?:\d{2,}\.\d+|\d+(?:\.\d+)?\s?%|\d+-shot))+$")
# a measure reported with its value ("EPE of 2.64", "Bad2 of 41.49"): no name of data at all
_MEASURE_OF = re.compile(r"\sof\s[\d.]+$")


def without_score(name: str) -> str:
    """``name`` without a score written after it; "" when it is a measure reported with its value.

    >>> [without_score(x) for x in ("DocVQA 94.75", "MathVista 78.6", "MMLU 5-shot", "EPE of 2.64")]
    ['DocVQA', 'MathVista', 'MMLU', '']
    >>> [without_score(x) for x in ("ASAP 2.0", "ImageNet 64", "VisDrone 2019", "AIME 24", "Llama 3.1")]
    ['ASAP 2.0', 'ImageNet 64', 'VisDrone 2019', 'AIME 24', 'Llama 3.1']
    """
    if _MEASURE_OF.search(name) is not None:
        return ""
    return _SCORE.sub("", name)
