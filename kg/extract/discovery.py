"""The discovery rules: the new names a text gives, found by cues, shapes and context, on top of the lexicon.

:func:`discover` runs every rule that finds a name the lexicon does not hold (an introduction cue, a
comparison or a kind noun before a list, an apposition, "we call", a parenthesis, a counted list, an
evaluation, a head noun, a metric phrase, an organisation, a name's shape, a task's context) over one text
and adds each name's other occurrences (:func:`~kg.extract.candidates.propagate`). The spaCy component
(:class:`kg.extract.component.KGEntities`) calls it after the lexicon walk and the acronym definitions.

Each rule's reading is kept; the component settles them (longest span, most trusted rule, roles):

>>> found = discover("We introduce GlorpNet, a method for X.", 0, [], [], frozenset())
>>> [(c.name, c.rule) for c in found]
[('GlorpNet', 'cue.introduce'), ('GlorpNet', 'cue.apposed'), ('GlorpNet', 'shape')]
"""

from __future__ import annotations

from kg.extract.apposed import apposed_candidates
from kg.extract.candidates import Candidate, propagate
from kg.extract.formalized import formalized_candidates
from kg.extract.kind_named import named_by_kind_or_comparison as kind_or_compared
from kg.extract.metric_phrases import metric_candidates
from kg.extract.new_task import new_task_candidates
from kg.extract.org_heads import org_candidates
from kg.extract.own_counted import counted_names
from kg.extract.own_names import own_candidates
from kg.extract.paren_names import paren_candidates
from kg.extract.part_tasks import technique_of_part
from kg.extract.patterns import evaluation_candidates, head_candidates, intro_candidates, passive_candidates
from kg.extract.reasoning_kinds import reasoning_candidates
from kg.extract.shapes import has_name_shaped_word, shape_candidates, type_from_shape
from kg.extract.task_cues import cue_candidates
from kg.extract.task_neighbours import beside_known
from kg.extract.task_of import task_of_candidates
from kg.extract.task_phrases import task_candidates
from kg.extract.titles import title_candidates
from kg.extract.we_call import we_call_candidates

__all__ = ["discover"]


def discover(
    text: str,
    title_len: int,
    known: list[Candidate],
    found: list[Candidate],
    yielding: frozenset[str],
    ambiguous: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Discovery rules on top of the acronym candidates ``found``; ``known`` are the lexicon matches,
    ``yielding`` the ids of the lexicon's abstract-domain entries (they give way to a longer task) and
    ``ambiguous`` those of its ambiguous ones (no kind noun makes one a method: rule 338)."""
    if title_len:
        found += title_candidates(text[:title_len], text[title_len:])
    found += intro_candidates(text) + passive_candidates(text)
    found += kind_or_compared(text, known, title_len, ambiguous)
    found += apposed_candidates(text, title_len) + we_call_candidates(text) + paren_candidates(text)
    found += [c for c in own_candidates(text) if not any(k.start < c.end and c.start < k.end for k in known)]
    new_tasks = {(c.start, c.end): c for c in new_task_candidates(text)}  # "the novel task of X" (rule 351)
    if new_tasks:  # not a known name whole; an acronym's long form there is the paper's own
        found = [c.with_(role="introduced") if (c.start, c.end) in new_tasks else c for c in found]
        found = _new_task_kind(found, new_tasks)  # rule 519
        found += [c for span, c in new_tasks.items() if not any((k.start, k.end) == span for k in known)]
    if formal := formalized_candidates(text):  # "we formalize this setting as X (ACR)" (rule 380)
        found = _formalized(formal, found, known)
    if counted := counted_names(text):  # "we propose two approaches, FairFT and FairFilter" (rule 100)
        found = _own_long_forms(found, counted) + counted  # rule 452
    found += [
        c
        for c in evaluation_candidates(text)
        if c.start >= title_len or has_name_shaped_word(text[c.start : c.end], title=True)
    ]
    found += head_candidates(text) + metric_candidates(text, known) + org_candidates(text, title_len)
    found += [  # a name typed by its ending alone ("GlorpNet") gives way to any cue's reading
        Candidate(
            s, e, kind, text[s:e], confidence=0.65 if type_from_shape(text[s:e]) else 0.55, rule="shape"
        )
        for s, e, kind in shape_candidates(text)
    ]
    # tasks read from their context (and their other occurrences: known tasks, never introduced)
    more = cue_candidates(text, title_len) + beside_known(text, title_len, known)  # rule 524: list slots
    more += task_of_candidates(text, title_len)  # rule 525: "X, the task of Ving"
    more += reasoning_candidates(text, title_len)  # rule 583: a title's kind of reasoning
    tasks = task_candidates(text, title_len, known, yielding, more)
    tasks = [c for c in tasks if c.rule != "title.task" or not technique_of_part(c.name)]  # rule 458
    return found + propagate(text, found) + tasks


def _own_long_forms(found: list[Candidate], counted: list[Candidate]) -> list[Candidate]:
    """``found`` with an acronym's long form introduced where a counted set of the paper's own names it
    (rule 452): "we introduce two lightweight … methods, Ensemble Reasoning Learning (ERL) and Progressive
    Reasoning Learning (PRL)" — the counted set's names are the paper's own (rule 100), and so are the long
    forms the acronym rule reads at the same spans (the role rules alone, far from the cue, said used);
    a set's kind that says metric, dataset or benchmark types them (rule 476)."""
    own = {(c.start, c.end): c.type for c in counted}
    out = []
    for c in found:
        if c.partner is not None and (c.start, c.end) in own:
            c = c.with_(role="introduced", type=_counted_kind(own[(c.start, c.end)], c.type))
        elif c.partner in own:  # its short form: the same kind
            c = c.with_(type=_counted_kind(own[c.partner], c.type))
        out.append(c)
    return out


_SAID_KINDS = frozenset({"metric", "dataset", "benchmark"})
_DEFAULT_TYPES = frozenset({"method", "model", "task"})


def _counted_kind(kind: str, read: str) -> str:
    """The type of a counted set's acronym long form (rule 476): the set's kind where it says a metric,
    dataset or benchmark and the acronym rule read a method or task ("we propose two metrics, … (RRQC)
    and … (RRIU)"); a data type the long form's own head gave stays ("two benchmark datasets: …
    Benchmark")."""
    return kind if kind in _SAID_KINDS and read in _DEFAULT_TYPES else read


def _formalized(formal: list[Candidate], found: list[Candidate], known: list[Candidate]) -> list[Candidate]:
    """``found`` with the names a text formalises read as its own (rule 380): a candidate at a formalised
    span is introduced (typed by the noun before "as" when it says), a formalised long form nothing reads
    is added when its type is said, and a span the lexicon holds whole is left alone."""
    spans = {(c.start, c.end): c for c in formal}
    held = {(k.start, k.end) for k in known}
    out = []
    for c in found:
        f = spans.get((c.start, c.end))
        out.append(
            c if f is None or (c.start, c.end) in held else c.with_(role="introduced", type=f.type or c.type)
        )
    read = {(c.start, c.end) for c in found}
    added = [c for span, c in spans.items() if c.type and span not in read and span not in held]
    # only the long form is added: a short form no rule read would be a new entity of its own that joins
    # other papers' same acronym ("DTR" of Deep Tabular Research and a retrieval model DTR)
    return out + [c.with_(partner=None) for c in added if c.partner and c.start < c.partner[0]]


def _new_task_kind(found: list[Candidate], new_tasks: dict[tuple[int, int], Candidate]) -> list[Candidate]:
    """Rule 519: an acronym's long form the text calls a task ("a new task named Video Anomaly Reasoning
    (VAR)", "we introduce the task of Pre-Editorial Normalization (PEN)") is a task, not the method or
    model its words read as; its short form too.

    >>> t = "the task of Foo Bar Reasoning (FBR), which"
    >>> long = Candidate(12, 29, "method", "Foo Bar Reasoning", rule="acronym.long", partner=(31, 34))
    >>> short = Candidate(31, 34, "method", "FBR", rule="acronym.short", partner=(12, 29))
    >>> [c.type for c in _new_task_kind([long, short], {(12, 29): long})]
    ['task', 'task']
    """
    spans = {
        (c.start, c.end)
        for c in found
        if (c.start, c.end) in new_tasks and c.rule == "acronym.long" and c.type in ("method", "model")
    }
    if not spans:
        return found
    return [
        c.with_(type="task")
        if (c.start, c.end) in spans or (c.rule == "acronym.short" and c.partner in spans)
        else c
        for c in found
    ]
