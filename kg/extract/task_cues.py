"""More places where the text itself uses a phrase as a task (``rule="cue.task"``), and where a task
name is the tail of a longer one.

The phrase is read as :mod:`kg.extract.task_phrases` reads "X tasks": a lower-case phrase of one to
three modifiers ending in a task head (:data:`~kg.extract.task_phrases.CONTEXT_HEADS`), no generic,
evaluative or verb word, no adjective right before the head, never a bare head. The cues:

- **What a method is for**: "a method / approach / framework / model / network / system / pipeline /
  technique / algorithm for X" ("a method for image relighting", "the first deep learning approach for
  rumen acidosis detection"). A part of a pipeline ("a module for feature extraction") is no cue.
- **What a paper tackles**: "tackle / address / solve / study / focus on (the) X" ("we tackle
  cross-view geolocalization").
- **What the text calls a task**: "X is a (challenging …) task / problem", "X, a … task" ("Claim
  verification is a challenging task"); a capitalised first word at a sentence start is read in lower case.

A name that ends in a shorter known task is that longer task ("Deep networks for aerial image
segmentation" names "aerial image segmentation", not "image segmentation":
:func:`kg.extract.task_phrases.task_candidates`).

>>> [c.name for c in cue_candidates("We present a method for image relighting.")]
['image relighting']
>>> [c.name for c in cue_candidates("Strain estimation is a fundamental problem in imaging.")]
['Strain estimation']
>>> [c.name for c in cue_candidates("We tackle cross-view geolocalization. Code repair is a hard task.")]
['cross-view geolocalization', 'Code repair']
>>> [c.name for c in cue_candidates("a module for feature extraction and a method for efficient detection")]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.anchored import finditer_at
from kg.extract.candidates import Candidate
from kg.extract.model_classes import names_a_model_class
from kg.extract.phrase_words import not_domain
from kg.extract.task_phrases import CONTEXT_HEADS, list_before, phrase_at, title_task_candidates
from kg.extract.task_words import FUNCTION_WORDS, LOWER_WORD, last_word, phrase_words, plain_task_phrase
from kg.extract.text_words import cue_forms, holds, present
from kg.extract.title_heads import core_reading

__all__ = [
    "MODEL_PARTS",
    "after_modifier",
    "cue_candidates",
    "names_a_part",
    "title_task_names",
]

# A model's parts: compressing, generating or enhancing them is a technique, not a task (also the
# title-task miner's rule, train/title_tasks.py).
_MODEL_PART_WORDS = (
    "feature features token tokens kv cache context frequency mask masks diffusion prompt prompts query "
    "queries embedding embeddings representation representations weight weights gradient gradients "
    "attention layer layers parameter parameters activation activations latent logit logits early memory "
    "knowledge sparse dense eye"
)
MODEL_PARTS = frozenset(_MODEL_PART_WORDS.split())
# ... and a system's own inputs, tests, data and samples ("input reconstruction", "dataset generation",
# "training sample generation": a step, session 11 audit)
_NOT_CUED_TEXT = """input inputs pattern patterns test tests modality pseudo-label pseudo-labels triplet
    triplets dataset data sample samples pixel pixels performance"""
_NOT_CUED = MODEL_PARTS | frozenset(_NOT_CUED_TEXT.split())

# "a method / … / dataset (specifically designed / tailored / developed / built) for", "proposed for"
_FOR = re.compile(r"f(?<=\bf)or\s+")  # "\bfor": the first letter, then the boundary looked behind for: fast
_FOR_NOUNS_TEXT = "method approach framework model network system pipeline technique algorithm architecture"
_FOR_NOUNS = frozenset(f"{w}{s}" for w in f"{_FOR_NOUNS_TEXT} benchmark dataset".split() for s in ("", "s"))
_FOR_VERBS_TEXT = """designed tailored developed proposed used employed utilized utilised adopted applied
    leveraged trained fine-tuned finetuned optimized optimised suited suitable applicable results performance
    explored investigated deployed exploited repurposed adapted
    state-of-the-art"""
_FOR_VERBS = frozenset(_FOR_VERBS_TEXT.split())
# "we use / adopt / apply <a thing of up to three words> for X"
_USE_VERBS_TEXT = """use uses using adopt adopts adopting apply applies applying employ employs employing
    leverage leverages leveraging utilize utilizes utilizing utilise utilises"""
_USE_VERBS = frozenset(_USE_VERBS_TEXT.split())
# a pipeline's parts: what they are used for is a step of the method, not a task
_PARTS_TEXT = "agent module head branch layer component stage block encoder decoder expert"
_PARTS = frozenset(_PARTS_TEXT.split())
_NOT_FOR_TEXT = "checker reflector solver planner verifier critic judge cot"
_NOT_FOR = _PARTS | frozenset(_NOT_FOR_TEXT.split())
# a thing made or measured for a task before "for" (rule 114; not "crucial / essential for": a
# background need, "essential for urban planning")
_FOR_WORDS_TEXT = """solution tool toolkit resource accuracy score gain improvement baseline detector
    classifier segmenter tracker"""
_FOR_WORDS = frozenset(_FOR_WORDS_TEXT.split())
# A task name written before a pipeline part or glued to "-based" / "-free" / "-guided" names a step or a
# component of the method, not a task it addresses ("a 2D style transfer module", "a hybrid point cloud
# reconstruction loss", "object detection-based techniques", "OCR-free methods"); a "control" task
# followed by "over" is control as a capability ("continuous control over illumination attributes")
_PART_AFTER = re.compile(
    r"(?:\s+(?:modules?|loss(?:es)?|supervision|signals?|mechanisms?|heads?|branch(?:es)?"
    r"|stages?|steps?|blocks?|backbones?|layers?|encoders?|decoders?|paths|chains)"
    r"|-(?:based|free|guided)|(?<=control)\s+over)\b(?!-)"
)
# "applied to X", "results on X", "advances in X", "challenges such as X": the word before a preposition
# that governs a task (a set lookup per preposition: cheaper than one regex alternation over the text)
_TO_TEXT = "applied apply applying applies applicable extended adapted transferred"
_ON_TEXT = "results performance experiments evaluated state-of-the-art improvements gains"
_IN_TEXT = "advances progress success breakthroughs performance state-of-the-art research challenges"
_LIST_TEXT = "capabilities challenges abilities"
# "we evaluate / validate / test <what> on X": an evaluation verb up to six words before "on" in its clause
_EVALUATE_TEXT = """evaluate evaluates evaluating validate validates validated validating test tests tested
    testing benchmark benchmarks benchmarked benchmarking assess assesses assessed"""
_EVALUATE = frozenset(_EVALUATE_TEXT.split())
_EVALUATE_STEMS = ("evaluat", "validat", "test", "benchmark", "assess")  # one is in each word of _EVALUATE
_CLAUSE_END = re.compile(r"[.;:!?()]")
_GOVERNED_BY = {
    "to": frozenset(_TO_TEXT.split()),
    "on": frozenset(_ON_TEXT.split()),
    "in": frozenset(_IN_TEXT.split()),
    "such": frozenset(_LIST_TEXT.split()),
    "including": frozenset(_LIST_TEXT.split()),
}
# the same, keyed by what _PREPOSITION's group holds (no split of "such as" per match)
_GOVERNED_AFTER = {**_GOVERNED_BY, "such as": _GOVERNED_BY["such"]}
# literal spaces: a regex with a literal first character scans twice as fast (readers collapse white space)
_PREPOSITION = re.compile(r" (to|on|in|such as|including) ")
# "Video anomaly detection aims to / has attracted …": the subject of such a sentence names a task
_AIMS = re.compile(r" (?:(?:aims|seeks|refers) to|has (?:attracted|gained|received|drawn))\b")
# a word each match holds: the text's word set answers (kg.extract.text_words), no seven scans of the text
_AIMS_GATE = frozenset({"aims", "seeks", "refers", "attracted", "gained", "received", "drawn"})
# a data set named for its task: "three scene segmentation datasets", "a human parsing benchmark"; and
# the kinds of method a field of work has (rule 112, plural only: "existing 3D vehicle generation methods",
# "state-of-the-art point cloud completion methods"; a singular "a noise prediction network" is often the
# paper's own part; not "models" or "pipelines": "recent open-access image generation models" names a
# model class, "existing language-model generation pipelines" a system: 0 of 4 right in the session 11
# audit). ("\s(?:datasets?|…)\b" from its first letter, the space looked behind for: a fast scan; a
# match starts one character before the letter)
_DATA_NOUN = re.compile(
    r"(?:d(?<=\sd)atasets?|b(?<=\sb)enchmarks?|m(?<=\sm)ethods|a(?<=\sa)(?:pproaches|lgorithms)"
    r"|t(?<=\st)echniques|s(?<=\ss)ystems|f(?<=\sf)rameworks)\b"
)
_DATA_WORDS = cue_forms({  # where every match of _DATA_NOUN starts, and the words it is
    "dataset": "dataset datasets", "benchmark": "benchmark benchmarks", "methods": "methods",
    "approaches": "approaches", "algorithms": "algorithms", "techniques": "techniques", "systems": "systems",
    "frameworks": "frameworks",
})  # fmt: skip
# words naming prior work before such a kind of method: the phrase names the field's task
_PRIOR_WORK_TEXT = """existing previous prior current recent state-of-the-art sota conventional traditional
    mainstream leading popular classical classic standard competing modern representative typical common
    advanced other baseline"""
_PRIOR_WORK = frozenset(_PRIOR_WORK_TEXT.split())
_HEAD_ENDINGS = tuple(sorted(CONTEXT_HEADS))  # str.endswith's argument, made once
_HEAD_BYTES = frozenset(head.encode() for head in CONTEXT_HEADS)
_TACKLE = re.compile(  # "\b(?:tackle|…)", each word's first letter before its boundary: a fast scan
    r"(?:t(?<=\bt)ackl(?:e|es|ing)|a(?<=\ba)ddress(?:es|ing)?|s(?<=\bs)olv(?:e|es|ing)|s(?<=\bs)tud(?:y|ies|ying)|"
    r"f(?<=\bf)ocus(?:es|ing)?\s+on)"
    r"\s+(?:the\s+)?"
)
_TACKLE_GATE = cue_forms({  # where every match of _TACKLE starts, and the word it is
    "tackl": "tackle tackles tackling", "address": "address addresses addressing",
    "solv": "solve solves solving", "stud": "study studies studying", "focus": "focus focuses focusing",
})  # fmt: skip
_TASK_WORDS = cue_forms({"task": "task", "problem": "problem"})
_FUNCTION_AHEAD = r"(?!(?:of|in|for|to|that|which|with|and|or|on|by|as|from|at|we|it)\b)"
_PUNCT_TO_SPACE = str.maketrans(".,;:()[]!?\"'", " " * 12)
# the same for ASCII text as bytes, with the separators str.split() splits at and bytes.split() does not
_PUNCT_BYTES = bytes.maketrans(b".,;:()[]!?\"'\x1c\x1d\x1e\x1f", b" " * 16)
_TASK_WORD = re.compile(r"(?:t(?<=\bt)ask|p(?<=\bp)roblem)\b")  # "\b(?:task|problem)\b", scanned fast
_CALLED = re.compile(
    r"(?:\s*,|\s+(?:is|remains|represents|constitutes))\s+(?:a|an)\s+"
    rf"(?:{_FUNCTION_AHEAD}[a-z][a-z-]*\s+){{0,4}}$"
)
_PHRASE_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*|[1-4]D")  # "for detailed 3D shape reconstruction"
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
_STOP = FUNCTION_WORDS | CONTEXT_HEADS
_AND = frozenset({",", "and", "or"})
# verbs that may follow a task phrase a cue governs ("… for aerial image segmentation require …")
_VERBS_TEXT = """is are was were has have had can could may might must should will would remains remain
    requires require relies rely suffers suffer achieves achieve faces face poses pose whose where while
    when since because although utilizing utilising leveraging employing exploiting incorporating"""
_VERBS = frozenset(_VERBS_TEXT.split())
_SENTENCE_END = re.compile(r"(?:^|[.!?\n])\s*$")


def cue_candidates(text: str, start: int = 0) -> list[Candidate]:
    """Task candidates after "X for" / "tackle" cues and before "is a … task" in ``text[start:]``."""
    out = []
    cues = [
        (m.end(), False)
        for m in _FOR.finditer(text, start)
        if _for_cue(text[max(start, m.start() - 60) : m.start()])
    ]
    # tried only at the stems: no scan at every "t", "a", "s" of the text
    cues += [
        (m.end(), m.group().endswith(("on ", "on")))
        for m in finditer_at(_TACKLE, text, present(text, _TACKLE_GATE), pos=start)
    ]
    for at, strict in cues + _governed(text, start):  # strict: "on referring …" has no gerund verb
        if not _head_ahead(text[at : at + 160]):
            continue  # no task head in reach
        words = _lowered(phrase_words(text, at, min(len(text), at + 160)))
        out += [c.with_(rule="cue.task") for c in _items_after(text, words, strict=strict)]
    nouns = present(text, _DATA_WORDS)
    for match in finditer_at(_DATA_NOUN, text, nouns, pos=start + 1):  # the noun after ``start``
        at = match.start() - 1
        if not text[max(start, at - 30) : at].endswith(_HEAD_ENDINGS):
            continue
        words = phrase_words(text, max(start, at - 120), at)
        if words and words[-1][2] in CONTEXT_HEADS:
            items = list(list_before(text, words, len(words) - 1))
            if items and (match.group()[0] in "db" or _after_prior_work(text, start, items[-1].start)):
                out += [c.with_(rule="cue.task") for c in items]
    for match in _AIMS.finditer(text, start) if holds(text, _AIMS_GATE) else ():
        item = _called(text, start, match.start())
        if item is not None:
            out.append(item.with_(rule="cue.task"))
    for match in finditer_at(_TASK_WORD, text, present(text, _TASK_WORDS), pos=start):
        before = max(start, match.start() - 80)
        called = " a" in text[before : match.start()] and _CALLED.search(text, before, match.start())
        item = _called(text, start, called.start()) if called else None
        if item is not None:
            out.append(item.with_(rule="cue.task"))
    return [c for c in out if not (_NOT_CUED & set(name := c.name.lower().split()) or not_domain(name[:-1]))]


def _head_ahead(window: str) -> bool:
    """Whether a word of ``window`` (lower-cased, split at white space and punctuation) is a task head;
    an ASCII window is split as bytes: ``bytes.translate`` is a table lookup per byte, ``str.translate``
    with a dict calls a lookup per character (3x the time)."""
    low = window.lower()
    if low.isascii():
        return not _HEAD_BYTES.isdisjoint(low.encode().translate(_PUNCT_BYTES).split())
    return not CONTEXT_HEADS.isdisjoint(low.translate(_PUNCT_TO_SPACE).split())


def _after_prior_work(text: str, start: int, at: int) -> bool:
    """Whether a word naming prior work stands among the four words before ``at`` in its clause
    ("existing 3D vehicle generation methods", "state-of-the-art latent fingerprint recognition
    techniques"; not "to train classification models", rule 112)."""
    before = text[max(start, at - 60) : at]
    ends = list(_CLAUSE_END.finditer(before))
    words = before[ends[-1].end() if ends else 0 :].lower().split()[-4:]
    return not _PRIOR_WORK.isdisjoint(words)


def _governed(text: str, start: int) -> list[tuple[int, bool]]:
    """Where a task phrase a preposition governs starts ("applied to X", "results on X"), and whether
    the preposition is "on" / "in" (no gerund verb follows those)."""
    out = []
    evaluates = holds(text, _EVALUATE)  # no evaluation verb among the text's words: no "on" to test
    for match in _PREPOSITION.finditer(text, start):
        at, preposition = match.start(), match.group(1)
        word = text[text.rfind(" ", start, at) + 1 : at].rstrip(",")
        if word in _GOVERNED_AFTER[preposition] or (
            preposition == "on" and evaluates and _evaluated(text, start, at)
        ):
            out.append((match.end(), preposition in ("on", "in")))
    return out


def _evaluated(text: str, start: int, at: int) -> bool:
    """Whether an evaluation verb stands up to six words before ``at`` in its clause ("we evaluate
    ICGS-Quantizer on", "validated our approach on")."""
    before = text[max(start, at - 80) : at]
    if not any(stem in before for stem in _EVALUATE_STEMS):
        return False  # no evaluation verb in reach (most "on"): no clause scan
    ends = list(_CLAUSE_END.finditer(before))
    words = before[ends[-1].end() if ends else 0 :].split()[-7:]
    return not _EVALUATE.isdisjoint(words)


def _for_cue(before: str) -> bool:
    """Whether the words ``before`` "for" name what a thing is for ("a framework (specifically designed)
    for", "proposed for")."""
    words = before.split()[-4:]
    if words and words[-1][:1] == "(" and words[-1][-1:] == ")":
        words.pop()  # "a Joint Uncertainty Learning Network (JULNet) for": the name's acronym
    while words and words[-1] == "specifically":
        words.pop()
    if words and words[-1] in _FOR_VERBS:
        return True
    if not _USE_VERBS.isdisjoint(words):  # "uses YOLOv8 for lesion localisation", not "uses agents for"
        return words[-1].rstrip("s") not in _PARTS
    if words and words[-1] == "built":
        words.pop()
    while words and words[-1] in ("specifically", "explicitly"):
        words.pop()
    # rule 114: a name ("LLMs for clinical question answering", "a fine-tuned ViT for …"), or a thing made
    # or measured for the task ("a promising tool for …", "an F1 score of 0.8 for hyperbole detection");
    # not a part ("a Checker for answer verification")
    if not words:
        return False
    last = words[-1].rstrip(",")
    if last.lower() in _FOR_NOUNS or last.lower().removesuffix("s") in _FOR_WORDS:
        return True
    if last[:1].isdigit():  # a result reported for the task: "an F1 of 60.48% for gene identification"
        return True
    named = any(ch.isupper() for ch in last) and (len(words) > 1 and not words[-2].endswith((".", ":")))
    return named and last.lower().removesuffix("s") not in _NOT_FOR


def _lowered(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Words a cue governs with a title-case run read in lower case ("a framework for Video Quality
    Assessment"): a run of capitalised words ("Xxx", "Xxx-Yyy") is tested as the lower-case phrase."""
    return [(s, e, w.lower() if w[:1].isupper() and _TITLE_WORD.fullmatch(w) else w) for s, e, w in words]


def _items_after(
    text: str, words: list[tuple[int, int, str]], *, strict: bool = False
) -> Iterator[Candidate]:
    """The task phrases a cue governs: lower-case words up to the first task head, which must end the
    phrase (a verb or a function word may follow: "for aerial image segmentation require …"; another
    noun may not: "for image segmentation models"), and the items coordinated with it."""
    j = 0
    while j < len(words):
        k = j
        while k < len(words) and _PHRASE_WORD.fullmatch(words[k][2]) and words[k][2] not in _STOP:
            k += 1
        if k >= len(words) or words[k][2] not in CONTEXT_HEADS:
            return
        after = words[k + 1][2] if k + 1 < len(words) else ""
        if LOWER_WORD.fullmatch(after) and after not in FUNCTION_WORDS | _VERBS:
            return  # the head modifies a noun
        item = phrase_at(text, words, k)
        cut = [w for s, _, w in words[j:k] if s < item.start] if item is not None else []
        if item is not None and item.start >= words[j][0] and not _cut_after_ing(cut, strict=strict):
            yield item  # not "on referring expression video object segmentation" cut after "referring"
        if after not in _AND:
            return
        j = k + 2
        while j < len(words) and words[j][2] in _AND:
            j += 1


def _cut_after_ing(cut: list[str], *, strict: bool) -> bool:
    """Whether the words a cue governs before its phrase (``cut``) end in an -ing word that belongs to
    the name: any after "on" / "in" ("on referring expression video object segmentation"), one after
    another word elsewhere ("for high-quality talking face video generation"; "for improving image
    segmentation" keeps its verb out)."""
    return bool(cut) and cut[-1].endswith("ing") and (strict or len(cut) > 1)


def _called(text: str, start: int, at: int) -> Candidate | None:
    """The task phrase ending at ``at`` (before "is a … task"), its sentence-initial capital read low."""
    begin = max(start, at - 120)
    words = [
        (
            s,
            e,
            w.lower() if w[:1].isupper() and w[1:].islower() and _SENTENCE_END.search(text, begin, s) else w,
        )
        for s, e, w in phrase_words(text, begin, at)
    ]
    if len(words) < 2 or words[-1][2] not in CONTEXT_HEADS:
        return None
    return phrase_at(text, words, len(words) - 1)


def names_a_part(text: str, end: int) -> bool:
    """Whether the task name ending at ``end`` modifies a pipeline part or a "-based" / "-free" / "-guided"
    word: a step or component of the method, not a task the paper addresses; or, a modality pair before
    "models", a class of models ("text-to-image (T2I) models": rule 203, :mod:`kg.extract.model_classes`).

    >>> t = "a 2D style transfer module, object detection-based methods and a style transfer model"
    >>> names_a_part(t, 19), names_a_part(t, 44), names_a_part(t, len(t) - 6)
    (True, True, False)
    >>> t = "continuous control over the trait and continuous control tasks"
    >>> names_a_part(t, 18), names_a_part(t, 57)
    (True, False)
    """
    return _PART_AFTER.match(text, end) is not None or names_a_model_class(text, end)


def after_modifier(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (same phrase) reads as a task modifier: then a task name
    starting at ``start`` is the tail of a longer one ("kidney abnormality detection", "Forest canopy
    height estimation", "3D shape reconstruction"). Acronyms and mixed-case names ("NYUv2 scene
    classification") are not modifiers.

    >>> text = "kidney abnormality detection and robust abnormality detection"
    >>> after_modifier(text, 7), after_modifier(text, 40), after_modifier(text, 0)
    (True, False, False)
    """
    before = last_word(text, max(0, start - 40), start)
    word = before.group(1) if before and before.end() == start and start - before.end(1) == 1 else ""
    if re.fullmatch(r"[1-4][dD]", word):
        return True  # "3D shape reconstruction"
    if not word or not (word.islower() or (word[0].isupper() and word[1:].islower())):
        return False
    return plain_task_phrase([word.lower(), "detection"])


def title_task_names(title: str, abstract: str) -> list[str]:
    """The task names the title rule reads in ``title`` (the corpus miner of ``train/title_tasks.py``).

    >>> title_task_names("A Fast Methane Detection Pipeline", "We study methane detection.")
    ['Methane Detection']
    """
    found = title_task_candidates(title, abstract)
    return [c.name for c in found if c.rule == "title.task" and core_reading(title, c.start)]
