"""A kind of reasoning a title names as what the paper addresses is a task (docs/typing.md rule 583,
``rule="cue.reasoning"``).

"Clinical / financial / video … reasoning" names a task that benchmarks measure, and something else as often:
a person's faculty ("human moral reasoning"), text a model writes ("scientific reasoning traces"), a class of
models ("video reasoning models"), a part of a system ("a symbolic reasoning engine"), a capacity a method
claims ("enhancing garment-body relational reasoning"). As plain lexicon entries the kinds were about 0.9
right (rule 540, dropped in session 25); read in the abstract's task contexts (before a task word, after a
benchmark word, after a verb that evaluates or improves: rules 580 and 582) about 0.88 on the session-26
audits, the improving verbs' claimed capacities failing most (dropped). In a title the form is clean: a
"<Kind> Reasoning" after "for / on / in / towards" or a verb that improves or evaluates, or before a task
word, is the task; before a class, an output or a part it is not. The mention's name is the kind in lower
case (the entity's display name is the resolver's: the most frequent written form).

>>> [c.name for c in reasoning_candidates("Benchmarking Clinical Reasoning in LLMs\\n\\nWe test.", 39)]
['clinical reasoning']
>>> reasoning_candidates("Noise-Robust Training for Audio Reasoning Models\\n\\nWe train.", 48)
[]
>>> reasoning_candidates("T\\n\\nIt improves relational reasoning in multi-object scenes.", 1)
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["RULE", "reasoning_candidates"]

RULE = "cue.reasoning"
# kinds of inference, and domains or inputs whose reasoning benchmarks the corpus names (rule 540's list with
# the kinds rules 580 and 582, dropped, read as tasks on their tuning seeds; rule 583 reads them in titles)
_KINDS_TEXT = """abductive abstract analogical audio chart code compositional counterfactual economic
    financial geometric geospatial inductive legal medical moral numerical physical quantitative relational
    clinical embodied ethical cultural chemical multilingual
    scientific social spatiotemporal spatio-temporal symbolic table tabular video
    long-context multi-image knowledge-intensive logic physics graph strategic emotional"""
# rule 583: the title's spelling ("Spatio-Temporal Reasoning", "Long-Context Reasoning"), its contexts
_TITLE_KIND = re.compile(
    r"(?<![\w\-])("
    + "|".join("-".join(p[:1].upper() + p[1:] for p in k.split("-")) for k in _KINDS_TEXT.split())
    + r") Reasoning(?![\w\-])"
)
_TITLE_BEFORE = re.compile(
    r"(?:^|\s)(?:for|on|in|[Tt]owards?|Enhancing|Improving|Boosting|Benchmarking|Evaluating|Incentivizing"
    r"|Advancing|Eliciting|Unlocking|Strengthening|Assessing|Probing|Measuring)\s+(?:[A-Z][\w\-]*\s+)?$"
)
_TITLE_TASK_AFTER = re.compile(r"[- ](?:Benchmarks?|Tasks?|Problems?|Datasets?|Evaluations?|Bench)\b")
_TITLE_NOT_AFTER = re.compile(
    r"[- ](?:Models?|Traces?|Chains?|Modules?|Engines?|Agents?|Paths?|Systems?|LLMs?|MLLMs?|VLMs?|LMMs?)\b"
)


def reasoning_candidates(text: str, start: int = 0) -> list[Candidate]:
    """The kinds of reasoning the title ``text[:start]`` names as what the paper addresses (rule 583): a
    "<Kind> Reasoning" after "for / on / in / towards" or a verb that improves or evaluates ("MedFrameQA: A
    Multi-Image Medical VQA Benchmark for Clinical Reasoning", "FinLMM-R1: Enhancing Financial Reasoning in
    LMM …"), or before a task word ("… Scientific Reasoning Tasks"); not before a class, an output or a part
    ("… for Audio Reasoning Models")."""
    title = text[:start]
    if "Reasoning" not in title:
        return []
    out = []
    for m in _TITLE_KIND.finditer(title):
        if _TITLE_NOT_AFTER.match(title, m.end()):
            continue
        if _TITLE_BEFORE.search(title, 0, m.start()) or _TITLE_TASK_AFTER.match(title, m.end()):
            out.append(Candidate(m.start(), m.end(), "task", m.group().lower(), confidence=0.65, rule=RULE))
    return out
