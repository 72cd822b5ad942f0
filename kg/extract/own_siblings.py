"""Rule 213: a defined part listed beside one of the paper's own defined parts is the paper's own too.

"PLADA consists of two core modules: Block Effect Eraser (B2E), which uses a dual-stage attention mechanism
…, and Open Data Aggregation (ODA), which …": the first item is introduced (it opens the list after the
colon), but the word of use in its own description ("uses", "based on", "applies") used to block every
later item of the sentence. A later item takes the role of the first when both are new names of one type,
the later one defined with its acronym (the first may be written without it); the first opens a list
(after a colon, "namely" or "(1)" / "1)") and the later one stands at the head of its own item (after
", and", "; ", "(2)" with at most an article between), so what blocks is read only inside the item.

>>> from kg.extract.candidates import Candidate
>>> t = ("X has two modules: Error Extraction Module (EEM), which uses poses, "
...      "and Motion Synthesis Module (MSM), which adds motion.")
>>> def c(name, role, acro):
...     s, a = t.index(name), t.index(acro)
...     return Candidate(s, s + len(name), "method", name, role=role, rule="acronym.long",
...                      partner=(a, a + len(acro)))
>>> out = list_siblings([c("Error Extraction Module", "introduced", "EEM"),
...                      c("Motion Synthesis Module", "used", "MSM")], t, lambda i: (0, len(t)))
>>> [x.role for x in out]
['introduced', 'introduced']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate
from kg.extract.established import KNOWN_RULES, known_form

__all__ = ["list_siblings"]

_ARTICLE = r"(?:(?:a|an|the|An|A|The)\s+)?"
# The first item opens a list: "…: Error Extraction Module (EEM)", "namely an Entropy-based Dynamic Patcher",
# "1) An analog beamforming network (ABFNet)".
_OPENS = re.compile(rf"(?::\s*(?:\(?(?:1|i|a)\)\s*)?|\bnamely,?\s+|(?:^|\s)\(?(?:1|i)\)\s*){_ARTICLE}$")
# A later item stands at the head of its own item: ", and Motion Synthesis Module (MSM)", "; (2) the …".
_NEXT = re.compile(
    rf"(?:[,;]\s*(?:and\s+)?(?:\(?(?:[2-6]|ii|iii|iv|v|b|c|d)\)\s*)?|\(?(?:[2-6]|ii|iii|iv|v)\)\s*){_ARTICLE}$"
)


def _defined_new(c: Candidate, text: str) -> bool:
    """A new name defined with its acronym (the long form: the acronym follows it), not an established one."""
    return c.partner is not None and c.partner[0] > c.end and _new(c, text)


def _new(c: Candidate, text: str) -> bool:
    """A new name (no lexicon entry, no known form), not a task."""
    return (
        not c.entity_id
        and c.source != "lexicon"
        and c.rule not in KNOWN_RULES
        and c.type != "task"
        and not known_form(c, text)
    )


def list_siblings(
    cands: list[Candidate], text: str, sentence_at: Callable[[int], tuple[int, int]]
) -> list[Candidate]:
    """Later list items of an introduced first item (rule 213) made introduced; the rest unchanged."""
    firsts = [
        c
        for c in cands
        if c.role == "introduced"
        and _new(c, text)
        and _OPENS.search(text, max(sentence_at(c.start)[0], c.start - 24), c.start)
    ]
    if not firsts:
        return cands
    out = []
    for c in cands:
        if c.role != "introduced" and _defined_new(c, text) and _sibling(c, firsts, text, sentence_at):
            c = c.with_(role="introduced")
        out.append(c)
    return out


def _sibling(
    c: Candidate, firsts: list[Candidate], text: str, sentence_at: Callable[[int], tuple[int, int]]
) -> bool:
    """Whether ``c`` heads a later item of a list opened by one of ``firsts`` in its sentence."""
    sentence = sentence_at(c.start)
    if not _NEXT.search(text, max(sentence[0], c.start - 16), c.start):
        return False
    return any(f.type == c.type and f.end < c.start and sentence_at(f.start) == sentence for f in firsts)
