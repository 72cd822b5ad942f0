"""A task alias that also names the signal the task computes (rule 436): "optical flow"; and "ASR" for
a measured attack success rate (rule 459) or the attack success rate of an attack paper (rule 600).

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
- a verb of estimating or learning stands at most three words before ("Estimating dense 2D optical flow",
  "predicting event-based optical flow", "learn affine optical flow"; not "estimated using optical flow":
  there it is the means);
- a task is the item before it in a list ("tasks such as text-to-image generation, depth estimation, and
  optical flow");
- in a title it is the task unless "with / using / via / from" stands right before ("Lip Synthesis with
  Optical Flow Consistency"): "Enhancing Primitive Panoramic Optical Flow", "Learning Egomotion and Optical
  Flow from Event Data", "A Benchmark Dataset for Underwater Event-Based Optical Flow".

>>> t = "A Title\\n\\nWe employ optical flow consistency loss."
>>> flow_signal(t, t.find("optical"), t.find(" consistency"))
True
>>> t = "Unsupervised optical flow methods lack uncertainty; we propose a method for optical flow."
>>> [flow_signal(t, s, s + 12) for s in (t.find("optical"), t.rfind("optical"))]
[False, False]
>>> t = "A Title\\n\\nEstimating dense 2D optical flow is essential."
>>> flow_signal(t, t.find("optical"), t.find(" is"))
False
>>> t = "T\\n\\nWe use cues (e.g., optical flow) via off-the-shelf optical flow and PnP methods."
>>> [flow_signal(t, s, s + 12) for s in (t.find("optical"), t.rfind("optical"))]
[True, True]
>>> t = "A Title\\n\\nIt estimates motion in its various forms (e.g., ego-motion, optical flow) and noise."
>>> flow_signal(t, t.find("optical"), t.find(") and"))
False
"""

from __future__ import annotations

import re

__all__ = ["flow_signal", "rate_acronym"]

_FORM = "optical flow"
# Verbs of estimating the flow ("estimate", "predicting", "computes"), read before it by two patterns below.
_ESTIMATING = r"estimat(?:e|es|ing)|predict(?:s|ing)?|comput(?:e|es|ing)"
# Words after "optical flow" that make it the task: estimating it, or a thing made for it.
_OPENER = r"(?:\s*\(\s*(?:(?:e\.g\.|i\.e\.),?\s*)?|\s*,?\s+(?:such\s+as|including|like)\s+|\s*:\s*)"
_TASK_AFTER = re.compile(
    r"\s+(?:estimations?|estimators?|estimating|predictions?|extraction|computation|methods?|networks?"
    r"|models?|datasets?|benchmarks?|tasks?|problems?|algorithms?|approach(?:es)?|architectures?|learning)\b",
    re.IGNORECASE,
)
# Coordinated with a second item under one container ("optical flow and stereo depth tasks", "various
# optical flow and PIV algorithms"), unless a means stands just before ("using off-the-shelf optical flow
# and clustering algorithms").
_SHARED_CONTAINER = re.compile(
    r"\s+(?:and|or)\s+(?:[\w-]+\s+){1,2}?(?:tasks?|problems?|benchmarks?|algorithms?|methods?)\b",
    re.IGNORECASE,
)
_MEANS_NEAR = re.compile(r"\b(?:with|using|uses?|via|from|by)(?:\s+[\w-]+){0,2}\s+$", re.IGNORECASE)
# A word that ends the phrase an estimating word governs: a means, a clause, a verb of using.
_NOT = (
    r"(?!(?:using|via|with|by|from|which|that|where|while|whose|to|uses?|used|leverag\w*|employ\w*"
    r"|exploit\w*|rel(?:y|ies|ying)|incorporat\w*|integrat\w*|introduc\w*|propos\w*|is|are|was|were|be)\b)"
)
_ITEM = rf"{_NOT}[\w-]+(?:\s+{_NOT}[\w-]+){{0,2}}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# An estimating verb or noun governing a list or a parenthesis the flow is an item of: "estimate Depth,
# Pose, Optical Flow", "estimates motion in its various forms (e.g., ego-motion, optical flow)", "motion
# estimation (optical flow)", "dense prediction tasks, including stereo matching and optical flow",
# "estimation of optical flow".
_GOVERNED = re.compile(
    rf"(?<![\w-])(?:(?:{_ESTIMATING}|(?:estimation|prediction|computation)"
    rf"\s+of)(?:(?:\s+{_NOT}[\w-]+){{0,5}}{_OPENER}|\s+)|(?:estimation|prediction)(?:\s+{_NOT}[\w-]+){{0,5}}"
    rf"{_OPENER})(?:{_ITEM})*(?:{_NOT}[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_TASK_BEFORE = re.compile(
    r"(?:\bfor(?:\s+(?!(?:the|a|an|its|their|our|this|these|those|each|such|of|on|in|at|to|into|without|under"
    rf"|over|across|between|through|within|against|than|as|and|or)\b){_NOT}[\w-]+){{0,3}}"
    r"|\b(?:in|self-supervised|unsupervised|supervised|semi-supervised)"
    rf"|\b(?:{_ESTIMATING}|learn(?:s|ing)?)(?:\s+(?!(?:using|via|with|by|from)\b)[\w-]+){{0,2}})\s+$",
    re.IGNORECASE,
)


# A task right before, as the previous item of a list ("depth estimation, and optical flow").
_LISTED_AFTER_TASK = re.compile(
    r"\b(?:estimation|segmentation|detection|generation|tracking|recognition|synthesis|reconstruction"
    r"|prediction|matching|interpolation|deblurring|registration|completion)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$",
    re.IGNORECASE,
)
_MEANS_BEFORE = re.compile(r"\b(?:with|using|via|from)\s+$", re.IGNORECASE)


def flow_signal(text: str, start: int, end: int) -> bool:
    """Whether the task alias "optical flow" at ``text[start:end]`` names the motion field, not the task
    (rule 436): no estimating word or container after it, no "for / in", learning setting or verb of
    estimating before it, not the next item of a list of tasks; in the title (no line break before it, a
    blank line after: kg's document is the title, a blank line, the abstract) only after "with / using / via
    / from"."""
    if end - start != len(_FORM) or text[start:end].lower() != _FORM:
        return False
    if _TASK_AFTER.match(text, end):
        return False
    before = text[max(0, start - 60) : start]
    if _SHARED_CONTAINER.match(text, end) and not _MEANS_NEAR.search(before):
        return False
    if text.find("\n", 0, start) < 0 and text.find("\n\n", end) >= 0:  # the title: the paper's task
        return _MEANS_BEFORE.search(before) is not None
    if _TASK_BEFORE.search(before) or _LISTED_AFTER_TASK.search(before):
        return False
    clause = text[max(0, start - 160) : start]
    return _GOVERNED.search(clause[clause.rfind("\n\n") + 1 :]) is None


# Rule 459: "ASR" written with a measured value is the attack success rate ("74.2% ASR", "(39.47% ASR)",
# "an ASR of 100%", "ASR up to 64.63\\%", "reduces ASR to 0.2%"), not speech recognition; "81.1% ASR
# accuracy" is the recognition's accuracy.
_RATE = re.compile(
    r"\d\s*\\?%\)?\s*ASRs?\b(?!\s+(?:accuracy|error|WER|CER|performance|model|system|results?)\b)"
    r"|\bASRs?\s+(?:of|by|to|up\s+to|over|above|below|exceeding|reaching|from|under|nearly)\s+"
    r"(?:only\s+|about\s+|approximately\s+|roughly\s+|nearly\s+|over\s+|around\s+|just\s+)?~?\d"
)


# Rule 600: a text about attacks that writes no word of speech ("98% average ASR", "ASR-4 of 45%", "a lower
# ASR than the baseline", "ASR remains low": the rate without the value beside it that rule 459 reads).
_ATTACK = re.compile(r"(?i)\b(?:attack|jailbreak|red[- ]team)")
_SPEECH = re.compile(r"(?i)speech|audio|spoken|voice|acoustic|utteranc|transcri|speaker|phonem|dysarthri")


def rate_acronym(text: str, start: int, end: int) -> bool:
    """Whether the task alias "ASR" at ``text[start:end]`` is, in this text, the attack success rate it
    reports with a value (rule 459): one undefined acronym has one sense in a paper, so every "ASR" of a
    text that writes one next to a percentage or after "of / up to / below …" and a number is the rate; or
    of a text that writes an attack, a jailbreak or red-teaming and no word of speech or audio (rule 600).

    >>> t = "T\\n\\nThe attack reaches 74.2% ASR; low ASR models refuse more."
    >>> rate_acronym(t, t.find("ASR"), t.find("ASR") + 3), rate_acronym(t, t.rfind("ASR"), t.rfind("ASR") + 3)
    (True, True)
    >>> t = "T\\n\\nOur ASR system reaches 81.1% ASR accuracy."
    >>> rate_acronym(t, t.find("ASR"), t.find("ASR") + 3)
    False
    >>> t = "T\\n\\nOur jailbreak attack achieves over 98% average ASR."
    >>> rate_acronym(t, t.find("ASR"), t.find("ASR") + 3)
    True
    >>> t = "Adversarial Attacks on ASR\\n\\nWe perturb spoken commands."
    >>> rate_acronym(t, t.find("ASR"), t.find("ASR") + 3)
    False
    """
    if end - start != 3 or text[start:end] != "ASR":
        return False
    if _RATE.search(text) is not None:
        return True
    return _ATTACK.search(text) is not None and _SPEECH.search(text) is None  # rule 600
