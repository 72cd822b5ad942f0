"""Tasks named by the last words of a long form the paper defines with its acronym (docs/typing.md
rule 446).

A long form the lexicon does not know and no head word types is dropped (:mod:`kg.extract.definitions`),
unless its last words name a task. The paper defining the acronym writes the whole name, so the long form is
never the tail of a longer setting name ("Continual Generalized Category Discovery (C-GCD)" is read whole):

- task words other kg rules do not read as heads: "assessment", "verification", "identification",
  "quantification", "relighting", "geolocalization" ("Video Quality Assessment (VQA)", "Speaker Identification
  (SID)");
- rule 446: "discovery" and "odometry" ("Generalized Category Discovery (GCD)", "visual-inertial
  odometry (VIO)"), "path finding" ("Multi-Agent Path Finding (MAPF)"), and a named problem ("Flexible
  Job Shop Scheduling Problem (FJSP)", "vehicle routing problems (VRPs)"; the lexicon's traveling
  salesman and vehicle routing problems are tasks). Not a problem that is a flaw of a method ("the
  semantic collapsing problem (SCP)": an -ing word before the head that names no activity of the
  task), a kind of exercise or puzzle ("Math Word Problems (MWPs)", "Linguistics olympiad problems
  (LOPs)", "Bongard Problems (BPs)": a plural needs two words before it), the formalism "Markov
  decision problem" (the lexicon's Markov decision processes, a method), or a description
  ("algorithmically similar problems"). The long form must open with the acronym's first letter:
  Schwartz-Hearst leaves a leading "novel" out, so "novel category discovery (NCD)" is read "category
  discovery", which is not the task's name. v3: a research area is no task ("autonomous scientific
  discovery (ASD)", "computational materials discovery (CMD)"), nor a problem named by another acronym
  ("a rate-constrained MEC problem (MEC-B)"). v4: a problem the paper casts its own problem as ("we
  formalize it as a Ordered Stochastic Multiple-Choice Knapsack Problem (OS-MCKP)", "as Hierarchical
  Constraint Satisfaction Problems (HCSPs)") is its own formulation, which the role rules read as used:
  left out unless the corpus knows the name (``established.txt``: "as a Constraint Satisfaction Problem
  (CSP)" stays).

>>> task_tail("Video Quality Assessment", "VQA"), task_tail("Generalized Category Discovery", "GCD")
('task', 'task')
>>> task_tail("Quality Metric", "QM"), task_tail("category discovery", "NCD")
(None, None)
>>> [task_tail(x, x[0]) for x in ("Multi-Agent Path Finding", "Job Shop Problem", "Knapsack Problem")]
['task', 'task', 'task']
>>> [task_tail(x, x[0]) for x in ("semantic collapsing problem", "Math Word Problems", "Bongard Problems")]
[None, None, None]
>>> [task_tail(x, "X") for x in ("x decision problems", "x similarly posed problems", "x problems")]
[None, None, None]
>>> task_tail("autonomous scientific discovery", "ASD"), task_tail("MEC problem", "MEC-B")
(None, None)
>>> t = "we cast it as a Glorp Packing Problem (GPP) and as a Constraint Satisfaction Problem (CSP)"
>>> g, c = "Glorp Packing Problem", "Constraint Satisfaction Problem"
>>> task_tail(g, "GPP", t, t.index(g)), task_tail(c, "CSP", t, t.index(c))
(None, 'task')
"""

from __future__ import annotations

import re

from kg.extract.established import is_established

__all__ = ["task_tail"]

_OLD_TAILS_TEXT = (
    "assessment verification identification quantification relighting geolocalization geo-localization"
)
_OLD_TAILS = frozenset(_OLD_TAILS_TEXT.split())
_TASK_TAILS = frozenset({"discovery", "odometry"})  # rule 446
_PROBLEMS = frozenset({"problem", "problems"})
# A research area, not a task: "autonomous scientific discovery (ASD)", "drug / materials discovery"
_FIELDS = frozenset({"scientific", "materials", "drug", "knowledge", "mathematical", "biological"})
# The word before "problem" that makes it no task: an exercise ("word", "olympiad"), a formalism ("decision"),
# a flaw ("gap").
_NOT_BEFORE_PROBLEM = frozenset({"word", "olympiad", "decision", "gap", "puzzle"})
# -ing words that name the activity of a problem ("Job Shop Scheduling Problem", "Vehicle Routing Problem")
_ING_ACTIVITIES_TEXT = """scheduling routing packing coloring colouring covering programming matching planning
    sorting partitioning clustering labeling labelling ranking tiling cutting loading sizing pricing
    sequencing spanning"""
_ING_ACTIVITIES = frozenset(_ING_ACTIVITIES_TEXT.split())


# "formalize it as a Ordered Stochastic Multiple-Choice Knapsack Problem (OS-MCKP)": what the paper casts its
# problem as, the paper's own formulation unless the corpus knows it ("as a Constraint Satisfaction Problem").
_AS_BEFORE = re.compile(r"\bas\s+(?:an?\s+|the\s+)?$")


def task_tail(long_text: str, short_text: str = "", text: str = "", start: int = 0) -> str | None:
    """``"task"`` when the defined ``long_text`` ends in a task word, "path finding" or a named problem; for
    rule 446's words, only when it opens with the short form's first letter (``short_text``): the long form
    read after a left-out "novel" ("novel category discovery (NCD)" is read "category discovery") is not the
    name."""
    words = long_text.lower().split()
    if not words:
        return None
    head = words[-1]
    if head in _OLD_TAILS:
        return "task"
    if short_text[:1].lower() != long_text[:1].lower():
        return None
    if head in _TASK_TAILS or words[-2:] == ["path", "finding"]:
        return None if head == "discovery" and words[-2:-1] and words[-2] in _FIELDS else "task"
    if head not in _PROBLEMS or len(words) < 2 or len(words) < (3 if head == "problems" else 2):
        return None
    before = words[-2]
    if any(w.isupper() for w in long_text.split()[:-1]):
        return None  # "a rate-constrained MEC problem (MEC-B)": a variant named by another acronym
    if before in _NOT_BEFORE_PROBLEM or any(w.endswith("ly") for w in words[:-1]):
        return None
    if before.endswith("ing") and before not in _ING_ACTIVITIES:
        return None
    if _AS_BEFORE.search(text, max(0, start - 12), start) and not is_established(long_text):
        return None  # v4: the paper's own formulation, which the role rules read as used
    return "task"
