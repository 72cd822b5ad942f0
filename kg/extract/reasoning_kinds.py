"""A kind of reasoning the text uses as a task (docs/typing.md rule 580, ``rule="cue.reasoning"``).

"compositional / scientific / video … reasoning" names a task that benchmarks measure when the text
evaluates, benchmarks or improves it, and something else as often: a person's faculty ("human moral
reasoning"), text a model writes ("scientific reasoning traces"), a class of models ("video reasoning
models"), a part of a system ("a symbolic reasoning engine"). As plain lexicon entries the kinds were
about 0.9 right (rule 540, dropped); here a kind of a closed list is a task only in a task context:

- **before a task word**: "on two complex inductive reasoning tasks", "the FAMMA financial reasoning
  benchmark", "verifiable scientific reasoning datasets", "other abductive reasoning domains";
- **after a benchmark or result word and a preposition**: "benchmarks aimed at video reasoning",
  "a benchmark for complex geospatial reasoning", "progress on scientific reasoning", "excelling in
  physical reasoning";
- **after a verb that evaluates or improves it**: "improves relational reasoning", "to evaluate agents'
  economic reasoning", "evaluating physical reasoning in video generation".

In the last two, the word after "reasoning" must end the phrase (a clause mark, a function word) or name
the capacity ("abilities", "capabilities", "performance"): "trained on video reasoning traces" names no
task. The kinds are kinds of inference or domains whose benchmarks the corpus names, never a process or
quality word ("multi-step", "complex", "latent"), and not those the lexicon holds ("spatial", "logical",
"mathematical" … reasoning: every mention of those is already a task).

>>> [c.name for c in reasoning_candidates("Evaluated on two complex inductive reasoning tasks, we win.")]
['inductive reasoning']
>>> [c.name for c in reasoning_candidates("It improves relational reasoning in multi-object scenes.")]
['relational reasoning']
>>> reasoning_candidates("It underpins human analogical reasoning. We train on video reasoning traces.")
[]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["RULE", "reasoning_candidates"]

RULE = "cue.reasoning"
# kinds of inference, and domains or inputs whose reasoning benchmarks the corpus names (rule 540's list,
# with the kinds its contexts read as tasks on the tuning seeds)
_KINDS_TEXT = """abductive abstract analogical audio chart code compositional counterfactual economic
    financial geometric geospatial inductive legal medical moral numerical physical quantitative relational
    clinical embodied ethical cultural chemical multilingual
    scientific social spatiotemporal spatio-temporal symbolic table tabular video
    long-context multi-image knowledge-intensive logic physics graph strategic emotional"""  # rule 582
_KIND = re.compile(rf"(?<![\w\-'’])({'|'.join(_KINDS_TEXT.split())}) reasoning(?![\w\-])")
# "X reasoning tasks / benchmark / datasets …" (a hyphen may join them: "video reasoning-benchmark")
_TASK_AFTER = re.compile(
    r"[- ](?:tasks?|benchmarks?|problems?|questions|puzzles|datasets?|suites?|evaluations?|domains?)\b"
)
# "benchmarks for X", "progress on X", "excelling in X": a benchmark or result word, up to two words, a
# preposition, then at most one describing word ("complex", "open-ended") before the kind
_OPENER = (
    r"(?:benchmarks?|datasets?|tasks?|evaluated|evaluations?|tested|performance|accuracy|results|gains"
    r"|improvements?|state-of-the-art|excel(?:s|ling)?|struggles?|struggling|proficiency|advances|progress"
    r"|fine-tuned|trained|speciali[sz]ed|tailored|designed)"
)
_BEFORE = re.compile(rf"\b{_OPENER}\s+(?:[\w\-]+\s+){{0,2}}(?:on|for|of|in|at)\s+(?:[a-z][\w\-]*\s+)?$")
# "improves X", "to evaluate agents' X": a verb that evaluates or improves, an optional owner or article
_VERB = re.compile(
    r"\b(?:improv|enhanc|boost|strengthen|elicit|evaluat|assess|benchmark|measur|prob|incentiviz)[a-z]*"
    r"\s+(?:(?:the|their|its|both)\s+|[\w\-]+(?:'s?|’s?)\s+)?(?:[a-z][\w\-]*\s+)?$"
)
# a person's reasoning, whatever the context: "improve human analogical reasoning"
_PERSON = re.compile(r"\b(?:human|humans'|expert|experts'|clinicians'|physicians'|children's|people's)\s+$")
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
_WINDOW = 80  # characters before the kind that the contexts read
# what may follow the kind in the last two contexts: a clause mark, a function word, or the capacity
_ENDS = re.compile(
    r"(?:\s*[.,;:)!?]|\s+(?:and|or|in|on|of|for|with|by|to|from|while|but|that|which|across|as|through|"
    r"under|via|within|without|is|are|remains?|beyond|abilit(?:y|ies)|capabilit(?:y|ies)|performance"
    r"|skills?|accuracy)\b|\s*$)"
)


def reasoning_candidates(text: str, start: int = 0) -> list[Candidate]:
    """The kinds of reasoning ``text[start:]`` uses as a task (rule 580) and those the title ``text[:start]``
    names as what the paper addresses (rule 583)."""
    out = _title_candidates(text[:start]) if "Reasoning" in text[:start] else []
    if "reasoning" not in text:
        return out
    for m in _KIND.finditer(text, start):
        before = text[max(start, m.start() - _WINDOW) : m.start()]
        if _PERSON.search(before) or not _task_context(text, m.end(), before):
            continue
        out.append(Candidate(m.start(), m.end(), "task", m.group(), confidence=0.65, rule=RULE))
    return out


def _title_candidates(title: str) -> list[Candidate]:
    """Rule 583: a title's "<Kind> Reasoning" after "for / on / in / towards" or a verb that improves or
    evaluates ("MedFrameQA: A Multi-Image Medical VQA Benchmark for Clinical Reasoning", "FinLMM-R1: Enhancing
    Financial Reasoning in LMM …"), or before a task word ("… Scientific Reasoning Tasks"); not before a
    class, an output or a part ("… for Audio Reasoning Models")."""
    out = []
    for m in _TITLE_KIND.finditer(title):
        if _TITLE_NOT_AFTER.match(title, m.end()):
            continue
        if _TITLE_BEFORE.search(title, 0, m.start()) or _TITLE_TASK_AFTER.match(title, m.end()):
            out.append(Candidate(m.start(), m.end(), "task", m.group().lower(), confidence=0.65, rule=RULE))
    return out


def _task_context(text: str, end: int, before: str) -> bool:
    """Whether the kind ending at ``end`` (``before``: the text before it) stands in a task context."""
    if _TASK_AFTER.match(text, end):
        return True
    if not (_BEFORE.search(before) or _VERB.search(before)):
        return False
    return bool(_ENDS.match(text, end))
