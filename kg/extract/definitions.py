"""Candidates from a paper's own acronym definitions, "Long Form (LF)" — the paper's meaning first.

>>> from kg.extract.lexicon import LexiconEntry
>>> kd = LexiconEntry("method:kd", "method", "Knowledge Distillation", ("KD",))
>>> text = "We study Knowledge Deletion (KD) for LLMs."
>>> known = [Candidate(29, 31, "method", "Knowledge Distillation", "method:kd", source="lexicon")]
>>> found, redefined = acronym_candidates(text, known, {"method:kd": kd})
>>> [(text[c.start:c.end], c.type, c.entity_id) for c in found], redefined
([('Knowledge Deletion', 'method', ''), ('KD', 'method', '')], {'KD'})
"""

from __future__ import annotations

import re

from kg.extract.abbrev import find_definitions
from kg.extract.candidates import Candidate
from kg.extract.lexicon import LexiconEntry
from kg.extract.patterns import INTRO_CUE
from kg.extract.precision import long_forms_agree
from kg.extract.roles import blocked, introduces, is_defined_part
from kg.extract.shapes import is_generic, type_from_head, type_from_shape

__all__ = ["acronym_candidates"]


def acronym_candidates(
    text: str, known: list[Candidate], entries: dict[str, LexiconEntry]
) -> tuple[list[Candidate], set[str]]:
    """Candidates from "Long Form (LF)" definitions, and the short forms this paper redefines.

    A definition whose short form is a lexicon name but whose long form disagrees with that entry
    ("Knowledge Deletion (KD)" against Knowledge Distillation) names a new thing: the paper's own
    meaning wins, and the lexicon reading of the short form is dropped in this paper.
    """
    by_span = {(c.start, c.end): c for c in known if c.source == "lexicon"}
    out: list[Candidate] = []
    redefined: set[str] = set()
    for ls, le, ss, se in find_definitions(text):
        long_text, short_text = text[ls:le], text[ss:se]
        if is_generic(long_text) or is_generic(short_text):
            continue
        lex = by_span.get((ls, le)) or by_span.get((ss, se))
        if lex and (ls, le) not in by_span and not long_forms_agree(long_text, entries[lex.entity_id].forms):
            redefined.add(short_text)
            lex = None
        kind: str | None
        if lex is not None:
            kind, entity_id, name, conf = lex.type, lex.entity_id, lex.name, 0.9
        else:
            kind = type_from_head(long_text) or type_from_shape(short_text)
            if kind is None and long_text[:1].isupper():
                kind = _head_after(text, se)
            if kind is None and (
                short_text in redefined or _after_intro_cue(text, ls) or _named_part(text, ls, le)
            ):
                kind = "method"  # "we introduce Adaptive Blah Cascade (ABC)": a named contribution
            entity_id, name, conf = "", long_text, 0.75
        if kind is None:
            continue
        for s, e, part, partner in ((ls, le, "long", (ss, se)), (ss, se, "short", (ls, le))):
            out.append(
                Candidate(
                    s, e, kind, name if lex else text[s:e], entity_id, confidence=conf,
                    source="acronym", rule=f"acronym.{part}", partner=partner,
                )
            )  # fmt: skip
    return out, redefined


def _named_part(text: str, start: int, end: int) -> bool:
    """A several-word long form the paper presents as its own ("It then employs an Intersection-Aware
    Adaptive Fusion (IAAF) module"), by the role rules: capitalised, or defined as a part ("the
    clustering-based data selection (CDS) module"); other lower-case long forms ("movable antenna
    (MA)", "forecast horizon (FH)") are too often ordinary terms.
    """
    name = text[start:end]
    shaped = name[:1].isupper() or is_defined_part(text, end)
    return shaped and len(name.split()) > 1 and introduces(text, start, end)


def _after_intro_cue(text: str, start: int) -> bool:
    """Whether an introduction cue ("we propose …") precedes ``start`` in its sentence, with no word
    between them that says the long form is used ("we propose a design based on service area (SA)").

    >>> t = "We propose a design based on service area (SA). We propose a frame selection (FS)."
    >>> _after_intro_cue(t, t.index("service")), _after_intro_cue(t, t.index("frame"))
    (False, True)
    """
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    cue = INTRO_CUE.search(text, begin, start)
    return cue is not None and not (blocked(text, cue.end(), start) and text[start].islower())


# The head noun after the definition: "(C-STS) task", "(LAM) and Talking To Me (TTM) tasks".
_AFTER = re.compile(r"[^()]{0,3}\)\s*(?:(?:and|or|,)\s+[^().;]{1,60}?\([^()]{1,16}\)\s*)?([a-z]+)\b")
_AFTER_WORDS = frozenset(("task", "tasks", "dataset", "benchmark", "corpus"))


def _head_after(text: str, short_end: int) -> str | None:
    """The type a task / dataset / benchmark head word right after "Long Form (LF)" gives, else None.

    Only a capitalised long form is named by it (the caller checks), and "datasets" in the plural
    describes data of a kind: "inertial measurement unit (IMU) datasets" names no dataset.

    >>> t = "addressing both Looking At Me (LAM) and Talking To Me (TTM) tasks"
    >>> _head_after(t, t.index("LAM") + 3), _head_after(t, t.index("TTM") + 3)
    ('task', 'task')
    >>> t = "five inertial measurement unit (IMU) datasets"
    >>> _head_after(t, t.index("IMU") + 3) is None
    True
    """
    match = _AFTER.match(text, short_end)
    return type_from_head(match.group(1)) if match and match.group(1) in _AFTER_WORDS else None
