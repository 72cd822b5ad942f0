"""The word tests of a task phrase: which words may stand before a task head and where the phrase
starts (shared by the title and context rules of :mod:`kg.extract.task_phrases`, the cues of
:mod:`kg.extract.task_cues` and the corpus miners in ``train/``).

A modifier is a plain lower-case word (in a title: a capitalised one) that is no function word, no
generic or evaluative word ("downstream", "complex", "novel"), no verb ("solve", "helps") and no
hyphenated setting ("Depth-Aided", "20-Year"); a dimension ("3D") starts a name. The word right before
the head must not read as an adjective ("discrete segmentation").

>>> text = "when solving planning problems on detailed 3D shape reconstruction"
>>> words = phrase_words(text)
>>> [w for _, _, w in words[phrase_start(words, 2, title=False) : 3]]
['planning']
>>> [w for _, _, w in words[phrase_start(words, 8, title=False) : 9]]
['3D', 'shape', 'reconstruction']
>>> is_modifier("keypoint", title=False), is_modifier("helps", title=False), is_modifier("Aerial", title=True)
(True, False, True)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.phrase_words import DESCRIBING_WORDS
from kg.extract.text_words import Gated

__all__ = [
    "ADJECTIVE",
    "DIMENSION",
    "FUNCTION_WORDS",
    "GENERIC_WORDS",
    "GERUND_NOUNS",
    "HYPHEN_MODIFIER",
    "LOWER_WORD",
    "MAX_MODIFIERS",
    "METHOD_SETTINGS",
    "after_gerund_noun",
    "denied",
    "is_modifier",
    "last_word",
    "means_across",
    "phrase_start",
    "phrase_words",
    "plain_task_phrase",
]

_GENERIC = """
    difficult hard easy important core basic fundamental several many some few when while first second
    third long-horizon open-ended real-world human-level expert-level faithful enhancing improving
    generalizable generalized universal explainable interpretable controllable trustworthy all-in-one
    training-free zero-cost llm llms vlm vlms mllm mllms lvlm lvlms lmm lmms agentic perceptual
    visual-text understanding reasoning learning benchmarking rethinking revisiting exploring evaluating
    leveraging dynamic adaptive native physical photorealistic text-rich cross-domain domain-specific
    individual respective corresponding certain particular representative generative multimodal
    multi-modal can unleash automatic automated consistent active structured actionable latent flexible
    intelligent fair smart next enhance improve prior optimal special complete instant heavy vitro vivo
    silico situ previous successful mainstream leading competing off-the-shelf next-generation next-gen"""
GENERIC_WORDS = DESCRIBING_WORDS | frozenset(_GENERIC.split())
# Method words, learning paradigms and describing words that corpus titles put before a known task
# ("Neural Program Synthesis", "Multilingual Depression Detection", "Unsupervised Anomaly Detection",
# "Versatile 3D Inpainting"): the setting of a method, not part of the task's name (rule 88).
_SETTINGS_TEXT = """neural diffusion hybrid probabilistic versatile multilingual low-resource unsupervised
    supervised weakly physically safe"""
METHOD_SETTINGS = frozenset(_SETTINGS_TEXT.split())
_FUNCTION_TEXT = """a an the of for in on with via using by to from and or at as into through under
    across between both before after during each that which than not but yet whereas while although however
    within without over among against toward towards beyond upon per like about along around despite"""
FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())
# Verbs and the words that announce one: never part of a task's name ("a system cannot solve
# classification tasks", "they must handle detection tasks", "we learn to tackle planning problems"; rule
# 106: "datasets which contain object detection benchmarks", "models that sequentially learn classification").
_VERBAL_TEXT = """cannot can't could should would will may might must shall not does do did we they who which
    solve solves solving perform tackle handle support improve help enable boost benefit facilitate
    achieve evaluate assess study explore investigate involve require execute conduct accomplish treat
    consider contain learn integrate apply adopt include provide offer combine leverage enhance outperform
    extend unify deploy accelerate"""
_VERBAL = frozenset(_VERBAL_TEXT.split())
# "Depth-Aided", "Director-Orchestrated", "Layer-wise", "20-Year": a modifier, not part of a task name
HYPHEN_MODIFIER = re.compile(
    r".+-(?!generated)(?:\w+ed|driven|based|aware|free|centric|level|scale|time|agnostic|specific|wise"
    r"|scarce|rich|intensive|efficient)$"
    r"|\d+-[A-Za-z]{2,}",
    re.IGNORECASE,
)
# In running text the word right before the head must not read as an adjective: "discrete
# segmentation", "autoregressive translation", "combinatorial counting" describe, they do not name.
ADJECTIVE = re.compile(
    r"(?!(?:topic|music|logic|traffic|graphic|comic|patent|event|intent|student|patient|client|content)$)"
    r".*(?:ive|al|ous|ic|ed|ful|less|ular|ete|[^m]ent|ant)|.{3,}[ai]ble"
)
# possessive: no run gives back a character ([-/] is no word character), and the engine saves no states
_WORD = re.compile(r"[A-Za-z0-9][\w'+]*+(?:[-/][\w'+]++)*+|[^\s\w]")
# A lower-case word ending in "s" before a task is a verb ("helps", "unifies") or a plural, not a modifier.
_VERB_OR_PLURAL = re.compile(r"(?!(?:news|sales|sports|physics|graphics|robotics)$)[a-z-]+[^sui]s")
# -ing words that are nouns, not verbs, before a task ("building outline extraction")
_ING_NOUNS_TEXT = "building clothing painting drawing housing engineering marketing mining computing reading"
# Rule 163: -ing words the corpus writes as nouns inside task names, never as a verb before one ("talking
# face video generation", "referring video segmentation", "moving object segmentation", "sounding object
# localization", "phishing email detection", "remote sensing image dehazing"): the phrase rules read the
# longer name (in titles too), and a known task right after one is a part of it (:func:`after_gerund_noun`).
GERUND_NOUNS = frozenset({"talking", "referring", "moving", "sounding", "phishing", "sensing"})
_GERUND_VERB_CUES = frozenset({"by", "when", "while", "without", "after", "before", "upon"})
_ING_NOUNS = frozenset(_ING_NOUNS_TEXT.split()) | GERUND_NOUNS
# nouns ending in "ly" (other -ly words are adverbs: "jointly", "only")
_LY_NOUNS = frozenset({"anomaly", "assembly", "family", "supply", "reply"})
LOWER_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")
# "3D", "4D": the first word of a task name ("detailed 3D shape reconstruction" names 3D shape reconstruction)
DIMENSION = re.compile(r"[1-4][dD]")
MAX_MODIFIERS = 3
# Rule 434: quantifiers, comparisons and verbs that running text puts before a task head and that start no
# task's name ("all segmentation tasks", "the same planning problems", "across distinct editing tasks",
# "the simpler veracity classification task", "benchmarks oversimplify grounding tasks", "We define
# classification tasks"); a title's capitalised words are read by the title rule.
_NO_NAME_START_TEXT = """all any every same distinct numerous complementary largest larger simpler
    simplest easier harder hardest biggest broader define oversimplify master"""
_NO_NAME_START = frozenset(_NO_NAME_START_TEXT.split())


def phrase_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of the words and punctuation marks in ``text[start:end]``."""
    found = list(_WORD.finditer(text, start, len(text) if end is None else end))
    return list(
        zip(map(re.Match.start, found), map(re.Match.end, found), map(re.Match.group, found), strict=False)
    )


_LAST_WORD = re.compile(r"(\S+)\s+$")


def last_word(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_LAST_WORD.search(text, lo, hi)``: the last word of ``text[lo:hi]`` and the white space after it to
    ``hi``. The word holds no space, so the search starts after the last one before it: a ``$``-anchored
    search tries every start (and every end of every word) from ``lo``, 4x the time on a 40-character window.

    >>> t = "for  robust detection "
    >>> last_word(t, 0, len(t)).group(1), last_word(t, 0, 3), last_word(t, 1, 5).span()
    ('detection', None, (1, 5))
    """
    stop = hi
    while stop > lo and text[stop - 1].isspace():
        stop -= 1
    return _LAST_WORD.search(text, max(lo, text.rfind(" ", lo, stop) + 1), hi)


def is_modifier(word: str, *, title: bool) -> bool:
    """Whether ``word`` may stand before a task head as part of the task's name (``title``: in a title)."""
    if not word:
        return False
    low = word.lower()
    if low in GENERIC_WORDS or low in FUNCTION_WORDS or HYPHEN_MODIFIER.match(word):
        return False
    if low in _NO_NAME_START and not title:
        return False  # rule 434: "all navigation problems", "the largest visual question answering benchmark"
    if (low in _VERBAL or low in METHOD_SETTINGS) and not title:
        return False  # a title's settings are cut by the title rule (it also reads "Weakly Supervised")
    if title:  # "LLMs' Emotion Understanding": a possessive is not part of a task's name
        return (word[0].isupper() or word[0].isdigit()) and not word.endswith("'")
    if _VERB_OR_PLURAL.fullmatch(low) or low.isdigit():
        return False  # "helps dish editing tasks", "unifies motion prediction": verbs; "21 editing": a count
    if DIMENSION.fullmatch(word):
        return True
    return LOWER_WORD.fullmatch(word) is not None and (not low.endswith("ly") or low in _LY_NOUNS)


def phrase_start(words: Sequence[tuple[int, int, str]], j: int, *, title: bool) -> int:
    """Index of the first word of the phrase ending at head ``words[j]``: modifiers walked leftwards."""
    i = j
    while i > 0 and j - i < MAX_MODIFIERS and is_modifier(words[i - 1][2], title=title):
        if words[i - 1][1] + 1 < words[i][0] and not title:  # a line break or two spaces: not one phrase
            break
        i -= 1
        if DIMENSION.fullmatch(words[i][2]):
            break  # "detailed 3D shape reconstruction": the dimension starts the name
    while not title and i < j and words[i][2].lower().endswith("ing"):
        low = words[i][2].lower()
        cut = (
            low in GERUND_NOUNS
            and j - i >= MAX_MODIFIERS
            and i > 0
            and is_modifier(words[i - 1][2], title=False)
        )
        if cut:
            return j  # "remote | sensing image caption generation": longer than the rule reads, no phrase
        if low in _ING_NOUNS:
            break  # "lane marking", "moving object segmentation"
        i += 1  # "when solving planning problems": a leading -ing word is a verb
    return i


def plain_task_phrase(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` (modifiers, then a head) read as a task name by the context rule's
    word tests: one to three modifiers, none generic, evaluative, a verb or a plural, no adjective
    right before the head and no leading -ing verb (the shape :mod:`train.abstract_tasks` mines).

    >>> [plain_task_phrase(p.split()) for p in ("keypoint tracking", "robust tracking", "tracking")]
    [True, False, False]
    >>> [plain_task_phrase(p.split()) for p in ("using keypoint tracking", "building outline extraction")]
    [False, True]
    """
    modifiers = list(words[:-1])
    if not 1 <= len(modifiers) <= MAX_MODIFIERS or not all(is_modifier(w, title=False) for w in modifiers):
        return False
    first = modifiers[0].lower()
    if first.endswith("ing") and first not in _ING_NOUNS:
        return False
    return ADJECTIVE.fullmatch(modifiers[-1].lower()) is None


# Rule 142: words right before a task that say the paper does not do it ("without requiring hyperparameter
# tuning", "does not rely on keypoint detection", "avoiding full image reconstruction"): a step the method
# leaves out, not a task the paper addresses. A bare "without X" is often the gap in prior work the paper
# fills ("systems rely on deep learning without uncertainty quantification"): "without" needs a word such
# as "requiring", "any", "additional", "explicit", "direct". Not "rather than" / "instead of" (the other side
# of a contrast is often a task of the paper: "perform graph classification instead of node
# classification"), nor a deficiency ("poor confidence calibration" is the problem a paper takes on).
_QUALIFIER = r"(?:any|the|explicit|direct|full|additional|extra|separate|costly|expensive|manual|prior)"
_DENIED = Gated(re.compile(
    rf"\b(?:without\s+(?:requiring|needing|relying\s+on|the\s+need\s+for|{_QUALIFIER})|no\s+need\s+for"
    r"|requires?\s+no|requiring\s+no|(?:does|do|did)\s+not\s+(?:require|need|rely\s+on|involve)"
    r"|avoid(?:s|ing)?|free\s+of)"
    rf"\s+(?:{_QUALIFIER}\s+){{0,2}}$"
), "without need require requires requiring not avoid avoids avoiding free")  # fmt: skip


def denied(text: str, start: int) -> bool:
    """Whether the words before the task name starting at ``start`` say the paper does not do it (rule
    142).

    >>> t = "Training requires no image registration; it improves image registration."
    >>> denied(t, 21), denied(t, 54)
    (True, False)
    >>> t = "weak visual grounding, without any temporal reasoning, rather than OCR"
    >>> denied(t, 5), denied(t, 35), denied(t, 67)
    (False, True, False)
    >>> denied("systems rely on deep learning without uncertainty quantification", 38)
    False
    """
    return _DENIED.search(text, max(0, start - 48), start) is not None


def after_gerund_noun(text: str, start: int, end: int) -> bool:
    """Whether the known task ``text[start:end]`` follows one of :data:`GERUND_NOUNS`, at most two other
    words of the name between: a part of a longer name ("talking face video generation" is not video
    generation, "Remote Sensing Image Dehazing" not dehazing; rule 163). An acronym stays ("remote sensing
    CD" is change detection written short), a function word ends the name ("referring to image
    segmentation"), and after "by / when / while / without …" the -ing word is a verb ("by moving hateful meme
    detection from …").

    >>> t = "Talking face video generation and moving object segmentation, unlike video generation."
    >>> [after_gerund_noun(t, t.find(n), t.find(n) + len(n)) for n in ("video generation", "object seg")]
    [True, True]
    >>> after_gerund_noun(t, 71, 87), after_gerund_noun("remote sensing CD", 15, 17)
    (False, False)
    >>> t = "Remote Sensing Image Dehazing, referring to image segmentation"
    >>> after_gerund_noun(t, 21, 29), after_gerund_noun(t, 43, 61)
    (True, False)
    >>> after_gerund_noun("By moving hateful meme detection from alarms", 10, 32)
    False
    >>> t = "ProVG for Remote Sensing Imagery\\n\\nRemote sensing visual grounding aims to …"
    >>> after_gerund_noun(t, 34, 65)  # the title's last words are no part of the abstract's name
    False
    """
    if text[start:end].isupper():
        return False
    window = text[max(0, start - 60) : start]
    low = window.lower()
    if not any(noun in low for noun in GERUND_NOUNS):
        return False  # none of the -ing nouns before it (most task matches): no clause cut, no word split
    window = window[max(window.rfind(mark) for mark in "\n.,;:!?()[]") + 1 :]  # one clause of one field
    words = [w.lower() for _, _, w in phrase_words(window)[-4:]]
    for k in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[k] in GERUND_NOUNS:
            return k == 0 or words[k - 1] not in _GERUND_VERB_CUES  # "by moving X from …": a verb
        if not words[k][:1].isalnum() or words[k] in FUNCTION_WORDS or words[k] in GENERIC_WORDS:
            return False
    return False


# rule 143: the words a title's means-preposition governs across describing words ("via Simple Points
# Prediction", "using YOLOv8, SORT Tracking, and …"; not "with"/"through": "Transformer with Improved
# Dynamic Depth Estimation", "through Hyper-Range Dynamic Gesture Recognition" name the task)
_MEANS_ACROSS = frozenset({"via", "using", "by"})


def means_across(words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether "via" / "using" / "by" governs the title words from ``words[k]`` on across capitalised
    describing words and their coordination ("via Adaptive Policy Enhancement and …", "Using Fixed and
    Mobile Eye Tracking"): the means of the paper's method, not its task (rule 143).

    >>> words = phrase_words("Towards Pixel-Level VLM Perception via Simple Points Prediction")
    >>> means_across(words, 6), means_across(words, 3)
    (True, False)
    >>> means_across(phrase_words("Analysis Using YOLO26 From Tooth Detection to Diagnosis"), 4)
    False
    """
    m = k - 1
    while m >= 0 and words[m][2].lower() not in _MEANS_ACROSS:
        word, low = words[m][2], words[m][2].lower()
        if word not in ("and", "&", ",") and (
            not (word[:1].isupper() or word[:1].isdigit()) or low in FUNCTION_WORDS or low.endswith("ing")
        ):
            return False  # "for", "From", "Enhancing", ":" … end the run: "via Distillation for VFSS …"
        m -= 1
    return m >= 0
