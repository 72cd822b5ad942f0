"""The "X: subtitle" prefix of a title: the paper's own name for its contribution.

>>> [(c.name, c.type, c.role) for c in title_candidates("FIND: A Function Description Benchmark")]
[('FIND', 'benchmark', 'introduced')]
>>> [(c.name, c.type) for c in title_candidates("FreqSelect: Frequency-Aware fMRI-to-Image Reconstruction")]
[('FreqSelect', 'method')]
>>> title_candidates("From Unlearning to UNBRANDING: A Benchmark for Trademark-Safe Generation")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.patterns import _accept, title_prefix_span
from kg.extract.shapes import is_name_shaped, type_from_head, type_from_shape

__all__ = ["title_candidates"]

# The subtitle's first phrase, up to a preposition: "A Unified Model for …" -> "A Unified Model".
_SUBTITLE = re.compile(
    r":\s+(?:(?:on|towards?|beyond|from)\s+)?(.+?)(?=\s(?:for|of|via|with|to|in|from|on|through|towards|"
    r"beyond|across|by|using|and)\s|[,;:?!]|$)",
    re.IGNORECASE,
)
_NOT_TITLE_NAMES = re.compile(
    r"^(?:towards?|beyond|on|when|why|how|what|where|is|are|can|do|does|position|survey|review|"
    r"tutorial|case study|technical report|a|an|the|rethinking|revisiting|understanding|learning|"
    r"benchmarking|evaluating|exploring|scaling|improving|from)\b",
    re.IGNORECASE,
)


def title_candidates(title: str, abstract: str = "") -> list[Candidate]:
    """The "X: subtitle" prefix of a title names the paper's own contribution (role ``introduced``).

    A prefix of four or more words joined by "of" / "for" / "to" / "and" that the ``abstract`` never
    repeats describes the paper ("Three Regimes of Context-Parametric Conflict: …"); a subtitle
    that starts with "Benchmarking" makes the prefix a benchmark.

    >>> title_candidates("Three Regimes of Context-Parametric Conflict: A Framework", "We study it.")
    []
    >>> [(c.name, c.type) for c in title_candidates("StarCraft+: Benchmarking Multi-agent Algorithms")]
    [('StarCraft+', 'benchmark')]
    """
    span = title_prefix_span(title)
    if span is None:
        return []
    start, end = span
    name = title[start:end]
    if len(name.split()) > 5 or _NOT_TITLE_NAMES.match(name) or not _accept(title, start, end, loose=True):
        return []
    words = name.split()
    if any(w.islower() and w not in {"of", "for", "and", "to"} for w in words):
        return []  # "Medical Reasoning in LLMs: …" describes, it does not name
    if abstract and len(words) >= 4 and {"of", "for", "to", "and"} & set(words) and name not in abstract:
        return []  # a description of the paper, not a name it uses
    if len(words) > 1 and not any(is_name_shaped(w) for w in words) and type_from_head(name) is None:
        return []  # "Training the Untrainable: …" is a slogan, not a name
    subtitle = _SUBTITLE.match(title, end)
    described = type_from_head(subtitle.group(1)) if subtitle else None
    if subtitle and subtitle.group(1).startswith("Benchmarking "):
        described = "benchmark"  # "StarCraft+: Benchmarking Multi-agent Algorithms"
    elif described == "task":  # "FreqSelect: fMRI-to-Image Reconstruction" names a method for the task
        described = "method"
    kind = type_from_shape(name) or type_from_head(name) or described
    return [
        Candidate(
            start, end, kind or "method", name, confidence=0.75,
            rule="title.prefix", role="introduced",
        )
    ]  # fmt: skip
