"""A task alias that also names the signal the task computes (rule 436): "optical flow".

The lexicon's "optical flow estimation" takes the alias "optical flow", and most abstracts that write
"optical flow" mean the motion field itself, an input or a feature of their method: "we employ optical flow
consistency loss", "motion is estimated using optical flow", "global motion (optical flow)", "techniques
including optical flow, appearance flow". There the phrase names no task. It names the task where the
words around it say the flow is estimated or is what a method, model or dataset is for:

- a word of estimating or a container follows ("optical flow estimation / estimators / methods /
  networks / datasets / prediction / tasks");
- "for" or "in" stands before ("a simple method for optical flow", "Transforms for Optical Flow",
  "recent advances in optical flow"), or a learning setting ("self-supervised / unsupervised optical
  flow");
- a verb of estimating stands at most three words before ("Estimating dense 2D optical flow",
  "predicting event-based optical flow"; not "estimated using optical flow": there it is the means).

>>> t = "We employ optical flow consistency loss."
>>> flow_signal(t, t.find("optical"), t.find(" consistency"))
True
>>> t = "Unsupervised optical flow methods lack uncertainty; we propose a method for optical flow."
>>> [flow_signal(t, s, s + 12) for s in (13, t.rfind("optical"))]
[False, False]
>>> t = "Estimating dense 2D optical flow is essential."
>>> flow_signal(t, t.find("optical"), t.find(" is"))
False
"""

from __future__ import annotations

import re

__all__ = ["flow_signal"]

_FORM = "optical flow"
# Words after "optical flow" that make it the task: estimating it, or a thing made for it.
_TASK_AFTER = re.compile(
    r"\s+(?:estimation|estimator|estimators|estimating|prediction|extraction|computation|methods?|networks?"
    r"|models?|datasets?|benchmarks?|tasks?|problems?|algorithms?|approach(?:es)?|architectures?|learning)\b",
    re.IGNORECASE,
)
_TASK_BEFORE = re.compile(
    r"(?:\b(?:for|in|self-supervised|unsupervised|supervised|semi-supervised)"
    r"|\b(?:estimat(?:e|es|ing)|predict(?:s|ing)?|comput(?:e|es|ing))(?:\s+(?!(?:using|via|with|by|from)\b)[\w-]+){0,2})\s+$",
    re.IGNORECASE,
)


def flow_signal(text: str, start: int, end: int) -> bool:
    """Whether the task alias "optical flow" at ``text[start:end]`` names the motion field, not the task
    (rule 436): no estimating word or container after it, no "for / in", learning setting or verb of
    estimating before it."""
    if end - start != len(_FORM) or text[start:end].lower() != _FORM:
        return False
    if _TASK_AFTER.match(text, end):
        return False
    return _TASK_BEFORE.search(text[max(0, start - 40) : start]) is None
