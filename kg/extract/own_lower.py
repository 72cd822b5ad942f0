"""Lower-case own names right after an introduction cue that ``cue.lower`` (:mod:`.own_names`) misses
(docs/typing.md rules 266-267; ``rule="cue.lower"``, role introduced).

- Rule 266: the name after an article or as one compound word: "The paper introduces the weighted
  convolution, a novel approach to …", "we propose chain-of-description, an approach that …" (one word of
  three or more hyphen-joined parts).
- Rule 267: the name after "called / termed / dubbed / named" that follows the cue's own kind of thing:
  "we first introduce a framework called localized concept erasure, which …", "We propose a novel
  application-independent approach called gradient-based neuroplastic adaptation for …", "We propose a new
  fusion paradigm, termed heterogeneous query interaction, and …"; not a name its acronym interrupts ("a novel
  distillation technique, called asymmetric framework (ANN-SNN) distillation": the name goes on).

>>> from kg.extract.intro_cue import intro_cue_spans
>>> t = "We introduce the weighted convolution, a novel approach. We propose chain-of-thinking, an approach."
>>> [(t[c.start:c.end], c.type, c.role) for c in lower_own(t, intro_cue_spans(t))]
[('weighted convolution', 'method', 'introduced'), ('chain-of-thinking', 'method', 'introduced')]
>>> t = "We propose a new fusion paradigm, termed heterogeneous query interaction, and present X."
>>> [(t[c.start:c.end], c.type) for c in lower_own(t, intro_cue_spans(t))]
[('heterogeneous query interaction', 'method')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.candidates import Candidate
from kg.extract.shapes import is_generic, type_from_head

__all__ = ["lower_own"]

_STOP = (
    r"(?:a|an|the|our|this|these|two|three|several|new|novel|first|both|it|them|that|and|or|with|for|to|in|"
    r"on|by|using|via|from|as|its|their|which|is|are|of|so|such)"
)
_WORD = rf"(?!{_STOP}\s)[a-z][a-z\-]+"
_HEADS = (
    r"(?P<head>method|framework|approach|algorithm|technique|strategy|mechanism|paradigm|architecture|loss|"
    r"benchmark|dataset|corpus|metric|measure|protocol|attack)"
)
# rule 266: "the weighted convolution, a novel approach", "chain-of-description, an approach"
_ARTICLE_OR_COMPOUND = re.compile(
    rf"\s(?:the\s(?P<name>{_WORD}(?:\s{_WORD}){{1,3}})|(?P<one>[a-z]+(?:-[a-z]+){{2,}})),\s(?:a|an)\s"
    rf"(?:[\w\-]+\s){{0,4}}?{_HEADS}s?\b"
)
# rule 267: "a framework called localized concept erasure, which", "a new fusion paradigm, termed x y z, and"
_CALLED = re.compile(
    rf"\s(?:a|an)\s(?:[\w\-]+\s){{0,4}}?{_HEADS},?\s(?:called|termed|dubbed|named)\s"
    rf"(?P<name>{_WORD}(?:\s{_WORD}){{1,3}})(?:\s\([^()\s]{{2,12}}\))?(?=,|\.(?:\s|$)|;|\s(?:which|that|to|for|and)\b)"
)


def lower_own(text: str, cues: Iterable[tuple[int, int]]) -> list[Candidate]:
    """Rules 266-267 at each introduction cue's end (``cues``: :func:`.intro_cue_spans`'s spans)."""
    out = []
    for _, cue_end in cues:
        match = _ARTICLE_OR_COMPOUND.match(text, cue_end) or _CALLED.match(text, cue_end)
        if match is None:
            continue
        group = "one" if match.groupdict().get("one") else "name"
        start, end = match.span(group)
        name = text[start:end]
        if is_generic(name) or "--" in name or name.endswith("-"):
            continue
        head = match.group("head")
        kind = {"measure": "metric"}.get(head) or type_from_head(head) or "method"
        out.append(Candidate(start, end, kind, name, confidence=0.65, rule="cue.lower", role="introduced"))
    return out
