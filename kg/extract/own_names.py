"""The paper's own names after cues without "we": "our proposed X", "the proposed X", "our method, X,".

"We propose X" is read by :func:`kg.extract.patterns.intro_candidates`; papers also name their
contribution only where they use it ("The proposed DPF-Net outperforms …", "Our approach, ESCHER,
…"). Only a single name-shaped token counts (``DPF-Net``, ``ESCHER``, ``GlorpNet``): "the proposed
method" and "the proposed Transformer-based encoder" name nothing new.

>>> t = "Our proposed GlorpNet beats the proposed method. Our approach, ESCHER, is fast."
>>> [(t[c.start:c.end], c.type, c.role, c.rule) for c in own_candidates(t)]
[('GlorpNet', 'method', 'introduced', 'cue.own'), ('ESCHER', 'method', 'introduced', 'cue.own')]
>>> own_candidates("The proposed Non-Causal Distortion Modeling helps.")
[]
>>> t = "The proposed benchmark, GlorpBench, is hard."
>>> [(t[c.start:c.end], c.type) for c in own_candidates(t)]
[('GlorpBench', 'benchmark')]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.patterns import infer_type, is_hardware_or_count
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped

__all__ = ["own_candidates"]

_HEADS = (
    r"(?:method|framework|model|approach|system|network|architecture|algorithm|benchmark|dataset|pipeline)"
)
_TOKEN = r"(?P<name>[A-Z0-9][\w+.\-]*[\w+]|[a-z]+[A-Z][\w+.\-]*[\w+])"
_OWN = re.compile(
    rf"\b(?:[Oo]ur\s(?:proposed\s(?:(?P<head>{_HEADS})s?,?\s)?|(?P<head2>{_HEADS}),\s)"
    rf"|[Tt]he\sproposed\s(?:(?P<head3>{_HEADS})s?,?\s)?){_TOKEN}"
)


def own_candidates(text: str) -> list[Candidate]:
    """Name-shaped tokens the paper calls its own without "we" (role ``introduced``)."""
    if "proposed" not in text and "ur " not in text:
        return []
    out = []
    for match in _OWN.finditer(text):
        start, end = match.span("name")
        while end > start and text[end - 1] in ".-":
            end -= 1
        name = text[start:end]
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "the proposed Non-Causal Distortion Modeling": a longer name, not this token
        if not is_name_shaped(name) or is_generic(name) or is_adjectival(name) or is_hardware_or_count(name):
            continue
        if match.group("head2") and text[end : end + 1] != ",":
            continue  # "our method, X," needs the closing comma of an appositive
        head = match.group("head") or match.group("head2") or match.group("head3")
        kind, _ = infer_type(text, start, end, head)
        out.append(
            Candidate(
                start, end, kind or "method", name, confidence=0.7, rule="cue.own", role="introduced"
            )
        )  # fmt: skip
    return out
