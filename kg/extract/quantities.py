"""Hardware, counted things and sizes are never names: "4 NVIDIA A40 GPUs", "40 LLMs", "8xA100", "7B+".

One rule, read by every discovery path (cues, comparisons, own names, the corpus-name miner).
"""

from __future__ import annotations

import re

__all__ = ["is_hardware_or_count"]

_HARDWARE = re.compile(
    r"\b(?:GPUs?|TPUs?|CPUs?|NPUs?|NVIDIA|(?:[AHVBLT]|RTX\s?)\d{2,4}S?|\d+\s?[xX×]\s?[AHV]\d{2,3})\b"
)
_COUNT = re.compile(r"^\d[\d.,]*[kKMB]?\s")
# rule 107: a model size or an image resolution standing alone or first ("7B+ models", "7B-70B
# Arabic-specialized models", "on ImageNet 256x256 and 512x512 benchmarks"), not a name starting with
# one ("2K2K")
_SIZE = re.compile(r"^\d+(?:\.\d+)?[KMBT]\+?(?:-\d+(?:\.\d+)?[KMBT])?(?:\s|$)|^\d+\s?[x\u00d7]\s?\d+$")


def is_hardware_or_count(name: str) -> bool:
    """True for "4 NVIDIA A40 GPUs", "40 LLMs", "A100" — hardware and counted things are not names.

    >>> [is_hardware_or_count(x) for x in ("4 NVIDIA A40 GPUs", "40 LLMs", "H100", "CIFAR-10", "H36M")]
    [True, True, True, False, False]
    >>> [is_hardware_or_count(x) for x in ("7B+", "7B-70B Arabic-specialized", "512x512", "2K2K", "3DMatch")]
    [True, True, True, False, False]
    """
    if _COUNT.match(name) is not None or _SIZE.match(name) is not None:
        return True
    return _HARDWARE.search(name) is not None
