"""A title's task name where the abstract writes it again, and the parts of it other rules read there.

The abstract's copies of a title's task name ("Talking Face Video Generation" … "talking face video
generation") are the paper's own name of its task: they win over a known shorter task they end in
(``task_phrases.task_candidates``). The abstract's rules cut some of these copies where the title rule does
not: "Single Image Rain Streak Removal" (rule 530 reads it whole in the title) is also written "for single
image rain streak removal", where the "for X" cue starts after "single" and read "image rain streak removal" —
a second entity, a part of the paper's own name, linked beside it (session 24's audits of rule 506). A
candidate of another rule lying inside an abstract copy of a title name gives way to that copy, which is the
whole name's link: first for the names rule 530 read whole, then for every title name (rule 531, session 26:
"IC defect classification tasks" no longer also links "defect classification", "X-ray contraband
segmentation dataset" no longer "contraband segmentation").

>>> from kg.extract.candidates import Candidate
>>> title = "Single Image Rain Streak Removal"
>>> text = title + " We do single image rain streak removal."
>>> found = [Candidate(0, len(title), "task", title, rule="title.task")]
>>> repeats = title_repeats(text, len(title), found)
>>> part = Candidate(46, 71, "task", "image rain streak removal", rule="cue.task")
>>> names = {"single image rain streak removal"}
>>> [(c.name, c.rule) for c in over_parts(text, [*found, part], repeats, len(title), names)]
[('Single Image Rain Streak Removal', 'title.task'), ('single image rain streak removal', 'title.task')]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from kg.extract.candidates import Candidate
from kg.whole import whole_hits

__all__ = ["over_parts", "title_repeats"]


def title_repeats(text: str, title_len: int, found: list[Candidate]) -> list[Candidate]:
    """The title's task names ``found`` that the abstract writes again, each followed by the abstract's
    occurrences of it, in any case.

    >>> from kg.extract.task_phrases import title_task_candidates
    >>> title = "Fast Road Defect Detection"
    >>> text = title + " Road defect detection matters."
    >>> found = list(title_task_candidates(title, text[len(title) :]))
    >>> [(c.name, c.start) for c in title_repeats(text, len(title), found)]
    [('Road Defect Detection', 5), ('Road defect detection', 27)]
    """
    titled = [c for c in found if c.rule == "title.task" and c.end <= title_len]
    low = text.lower() if titled else ""  # most abstracts have no title name: no pass over the text
    out = []
    for cand in titled:
        name = cand.name.lower()
        hits = whole_hits(low, name, title_len)
        if hits:
            out.append(cand)
            out += [
                cand.with_(start=at, end=at + len(name), name=text[at : at + len(name)], confidence=0.6)
                for at in hits
            ]
    return out


def over_parts(
    text: str, out: list[Candidate], repeats: Sequence[Candidate], title_len: int, names: Collection[str]
) -> list[Candidate]:
    """``out`` with each abstract candidate of another rule that lies inside, and is shorter than, an
    abstract copy in ``repeats`` of a title name in ``names`` (lower case: every title name, rules 530-531)
    replaced by that copy (module docstring). A part the abstract also writes alone, in any case, keeps its
    link ("between fish tracking and …" beside "underwater multiple fish tracking")."""
    copies = [r for r in repeats if r.start >= title_len and r.name.lower() in names]
    if not copies:
        return out
    inside = [c for c in out if c.start >= title_len and c.rule != "title.task" and _in_copy(c, copies)]
    if not inside:
        return out
    low = text.lower()
    parts = {
        id(c)
        for c in inside
        if all(
            _in_copy(c.with_(start=at, end=at + c.end - c.start), copies)
            for at in whole_hits(low, c.name.lower(), title_len)
        )
    }
    if not parts:
        return out
    kept = [c for c in out if id(c) not in parts]
    spans = {(c.start, c.end) for c in kept}
    removed = [c for c in out if id(c) in parts]
    wanted = [r for r in copies if (r.start, r.end) not in spans and any(map(r.holds, removed))]
    return kept + wanted


def _in_copy(c: Candidate, copies: Sequence[Candidate]) -> bool:
    """Whether ``c`` lies inside one of ``copies`` and is shorter."""
    return any(r.holds(c) and r.end - r.start > c.end - c.start for r in copies)
