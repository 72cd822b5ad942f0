"""Hardware and counted things are never names: "4 NVIDIA A40 GPUs", "40 LLMs", "8xA100".

One rule, read by every discovery path (cues, comparisons, own names, the corpus-name miner).
"""

from __future__ import annotations

import re

__all__ = ["is_hardware_or_count"]

_HARDWARE = re.compile(
    r"\b(?:GPUs?|TPUs?|CPUs?|NPUs?|NVIDIA|(?:[AHVBLT]|RTX\s?)\d{2,4}S?|\d+\s?[xX×]\s?[AHV]\d{2,3})\b"
)
_COUNT = re.compile(r"^\d[\d.,]*[kKMB]?\s")


def is_hardware_or_count(name: str) -> bool:
    """True for "4 NVIDIA A40 GPUs", "40 LLMs", "A100" — hardware and counted things are not names.

    >>> [is_hardware_or_count(x) for x in ("4 NVIDIA A40 GPUs", "40 LLMs", "H100", "CIFAR-10", "H36M")]
    [True, True, True, False, False]
    """
    return _COUNT.match(name) is not None or _HARDWARE.search(name) is not None
