"""A name the paper introduces that reads as a task but that the paper says is its method (rule 242).

A new name ending in a task word ("… Tracking", "… Detection", "… Verification", "… Generation") is typed
a task by its head. When the paper introduces it, the words around it often say it is a method of the
paper, not a problem: a part noun right after it ("a novel memory retrieval (MR) module", "the BRITE
technique"), an appositive of a method ("Physics-Informed Tracking (PIT), a video-based framework"), a
verb of what it does ("Semantic Outlier Detection (SOD) down-weights …", "…(TIQG), which strategically
incorporates …") or "the proposed X" ("the proposed geometry-aware contrastive feature matching (GCFM)").
Such a name, and every mention of it, is a method (docs/typing.md rule 242). A name the paper calls a task,
problem or setting ("Dual Incremental Object Detection (DuIOD), a more practical setting that …") stays a
task, and so do the title prefix, known (lexicon) tasks and used names.

>>> from kg.extract.candidates import Candidate
>>> t = "We propose Physics-Informed Tracking (PIT), a video-based framework for tracking."
>>> c = Candidate(11, 36, "task", "Physics-Informed Tracking", rule="acronym.long", role="introduced")
>>> [x.type for x in own_task_kinds([c], t)]
['method']
>>> t = "We introduce Dual Incremental Object Detection (DuIOD), a more practical setting that handles both."
>>> c = Candidate(13, 46, "task", "Dual Incremental Object Detection", rule="acronym.long", role="introduced")
>>> [x.type for x in own_task_kinds([c], t)]
['task']
>>> t = "Dense Glorp Understanding with Tokens\\n\\nWe introduce Dense Glorp Understanding (DGU) reads."
>>> c = Candidate(52, 77, "task", "Dense Glorp Understanding", rule="acronym.long", role="introduced")
>>> [x.type for x in own_task_kinds([c], t)]
['task']
>>> t = "We present a continual gait recognition task, termed GaitAdapt, which supports progress."
>>> c = Candidate(53, 62, "task", "GaitAdapt", rule="cue.called", role="introduced")
>>> [x.type for x in own_task_kinds([c], t)]
['task']
>>> t = "This paper presents FooGarment-1, a fine-grained garment generation (FGG) framework that works."
>>> c = Candidate(36, 67, "task", "fine-grained garment generation", rule="acronym.long", role="introduced")
>>> [x.type for x in own_task_kinds([c], t)]
['task']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate

__all__ = ["own_task_kinds", "said_method"]

# The nouns of a part of a method right after the name ("a memory retrieval (MR) module", "the BRITE
# technique"); a whole system's noun there often has the name as its task ("a synthetic data generation
# (SDG) pipeline", "a 3D model-based iterative reconstruction (MBIR) method", "an X (FGG) framework").
_PARTS = (
    r"(?:modules?|blocks?|layers?|units?|mechanisms?|strateg(?:y|ies)|techniques?|loss(?:es)?|components?|"
    r"heads?|branch(?:es)?|operators?|regularizers?)"
)
# … and the nouns of a method in an appositive ("PIT, a video-based framework"; not "EWOD, a paradigm
# coupling incremental learning, …": a paradigm is as often a problem setting).
_SYSTEMS = r"(?:frameworks?|methods?|approach(?:es)?|algorithms?|architectures?|networks?)"
_ACRONYM = r"(?:\s*\([^()]{1,40}\))?"
# "X (ACR) module", "X technique", "X (ACR), a lightweight, training-free framework", "X (ACR), which
# strategically incorporates", "X (ACR) yields", "X (ACR), leveraging" — not "X, a new task where".
_AFTER = re.compile(
    _ACRONYM
    + r"(?:[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?P<noun>"
    + _PARTS
    + r")\b|\s*,?\s*(?:a|an|the)\s+(?:[\w\-]+,?\s+){0,5}?(?:(?P<apposed>"
    + _PARTS
    + "|"
    + _SYSTEMS
    + r")|(?P<other>task|problem|setting|challenge|benchmark|dataset|metric|paradigm|pipeline))\b"
    + r"|\s*,?\s*(?:which|that)?\s*(?:[a-z]+ly\s+)?(?P<verb>[a-z][a-z\-]+(?<!s)s|leveraging|enabling)\b)"
)
# Verbs of what a task asks, not of what a method does: "X, which requires models to …".
_TASK_VERBS = frozenset(
    " ".join(
        (
            "aims asks requires involves focuses seeks challenges tests evaluates assesses demands entails",
            "poses remains has was is does means refers goes needs covers includes spans comprises contains",
            "consists",
            # … nor of what a setting makes possible: "Dense Video Understanding (DVU), which enables …"
            "enables supports allows provides offers permits facilitates",
            # … nor of what a study or challenge says: "the CURVAS challenge, which highlights the role of …"
            "highlights emphasizes shows demonstrates reveals underscores represents describes denotes",
            # … nor a plural noun after the name: "X (ACR) networks", "X systems"
            "networks methods frameworks systems models pipelines approaches algorithms tasks problems",
            "settings",
        )
    ).split()
)
# A cue that calls the name a task: "a continual gait recognition task, termed GaitAdapt, which …".
_TASK_BEFORE = re.compile(r"\b(?:task|problem|setting)s?,?\s+(?:(?:termed|called|named|dubbed|coined)\s+)?$")
# The name inside another name's appositive: "IMAGGarment-1, a fine-grained garment generation (FGG)
# framework" (the framework is IMAGGarment-1; the name is the task it serves).
_OTHER_NAME = re.compile(
    r"\b[A-Z][\w\-]*[A-Z0-9][\w\-]*(?:,|\s+[-\u2013\u2014])\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$"
)
# A title that names the task before its means: "Dense Video Understanding with Gated Residual Tokenization",
# "Open-Vocabulary BEV Segmentation with 3D-Aware Geometric Constraints".
_MEANS = re.compile(r"\s+(?:with|via|using|through|by)\s")
# … nor a task noun right after it: "the novel video-to-script (V2S) task" (before "the novel" counts).
_TASK_AFTER = re.compile(
    _ACRONYM + r"[ \t]+(?:[a-z][\w\-]*[ \t]+)?(?:tasks?|problems?|settings?|challenges?)\b"
)
_PROPOSED = re.compile(r"\bthe (?:proposed|novel|new) $")
_FROM_RULES = ("acronym.long", "cue.introduce", "cue.called", "cue.lower", "cue.we_call", "cue.apposed")


def said_method(text: str, start: int, end: int) -> bool:
    """Whether the words around the task-like name ``text[start:end]`` say it is a method.

    >>> t = "Then the proposed geometry-aware feature matching (GFM) yields dense matches."
    >>> said_method(t, 18, 49), said_method("category splitting, a new task where", 0, 18)
    (True, False)
    """
    if _TASK_BEFORE.search(text, max(0, start - 30), start) or _OTHER_NAME.search(
        text, max(0, start - 80), start
    ):
        return False
    if _TASK_AFTER.match(text, end):
        return False
    if _PROPOSED.search(text, max(0, start - 20), start):
        return True
    found = _AFTER.match(text, end, min(len(text), end + 140))
    if found is None:
        return False
    if found.group("noun") or found.group("apposed"):
        return True
    if found.group("other"):
        return False  # "X, a new task where": a task's, a setting's or data's noun in apposition
    return found.group("verb") not in _TASK_VERBS


def own_task_kinds(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` with every task name the paper introduces and says is a method typed a method (both halves
    of its acronym definition and its other mentions too)."""
    names: set[str] = set()
    spans: set[tuple[int, int]] = set()
    for c in cands:
        if (
            c.type == "task"
            and c.role == "introduced"
            and not c.entity_id
            and c.rule in _FROM_RULES
            and said_method(text, c.start, c.end)
        ):
            names.add(c.name.lower())
            spans.add((c.start, c.end))
    title = text[: max(text.find("\n\n"), 0)].lower()  # the title, when the text opens with one
    names = {n for n in names if not ((at := title.find(n)) >= 0 and _MEANS.match(title, at + len(n)))}
    if not names:
        return list(cands)
    return [
        c.with_(type="method")
        if c.type == "task" and not c.entity_id and (c.name.lower() in names or c.partner in spans)
        else c
        for c in cands
    ]
