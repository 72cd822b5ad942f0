"""Task names the lexicon lacks, read where the text itself says they are tasks.

Two rules, both ending a phrase in a *task head* (the guide's task words: "detection", "segmentation",
"generation", "removal" …) and never a bare head ("segmentation" alone is an activity):

- **A title's task name** (``rule="title.task"``): a run of capitalised words ending in a task head
  between a title's function words ("Self-Supervised Pretraining for Aerial Road Extraction"), with
  evaluative words ("Efficient", "Towards", "Practical") and anything up to a hyphenated modifier
  ("Depth-Aided") left out; the abstract must use the head word (the paper is about that task).
- **A task in a task context** (``rule="context.task"``): a lower-case phrase right before "task(s)" /
  "problem(s)" ("binary classification tasks"), after "the task / problem of", or in a list that such
  a context governs ("tasks such as image captioning, visual grounding and object tracking", "on
  depth estimation and semantic segmentation tasks").

Words before the head must not be generic or evaluative ("downstream", "complex", "novel", "our" …).
A candidate that overlaps a lexicon match is left out (the lexicon's name stands; but see below).

>>> title = "Pretraining for Aerial Road Extraction"
>>> [(c.name, c.rule) for c in task_candidates(title + "\\n\\nWe study road extraction.", len(title))]
[('Aerial Road Extraction', 'title.task')]
>>> [c.name for c in task_candidates("We fine-tune it for binary classification tasks.")]
['binary classification']
>>> [c.name for c in task_candidates("It helps tasks such as image captioning, crowd counting and ranking.")]
['image captioning', 'crowd counting']
>>> [c.name for c in task_candidates("It fails on complex reasoning tasks and downstream detection tasks.")]
[]
>>> [c.name for c in task_candidates("A QA system cannot solve document classification tasks.")]
['document classification']
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from kg.extract.candidates import Candidate, occurrences
from kg.extract.phrase_words import not_domain
from kg.extract.task_words import (
    ADJECTIVE,
    DIMENSION,
    FUNCTION_WORDS,
    GENERIC_WORDS,
    GERUND_NOUNS,
    HYPHEN_MODIFIER,
    LOWER_WORD,
    MAX_MODIFIERS,
    METHOD_SETTINGS,
    is_modifier,
    last_word,
    means_across,
    phrase_start,
    phrase_words,
)
from kg.extract.title_heads import after_progress_verb, whole_names
from kg.extract.title_repeats import over_parts, title_repeats

__all__ = [
    "CONTEXT_HEADS",
    "TASK_HEADS",
    "list_before",
    "phrase_at",
    "task_candidates",
    "title_task_candidates",
]

_HEADS = """
    segmentation detection recognition classification answering translation summarization captioning
    retrieval tracking estimation generation synthesis restoration super-resolution re-identification
    parsing tagging completion forecasting inpainting editing denoising deblurring dehazing deraining
    localization grounding reconstruction prediction extraction registration navigation linking labeling
    labelling verification odometry compression enhancement diagnosis spotting counting matting
    colorization planning removal recommendation imputation manipulation"""
TASK_HEADS = frozenset(_HEADS.split())
"""Last words that make a phrase a task (the guide's task heads; the corpus miners' heads)."""
_MORE_HEADS = """assessment relighting repair quantification identification geolocalization geo-localization
    moderation simplification disambiguation attribution transcription scoring"""
_SPELLINGS = "geolocation geolocalisation geo-localisation localisation"
CONTEXT_HEADS = TASK_HEADS | frozenset(f"{_MORE_HEADS} {_SPELLINGS}".split())
"""Heads of a phrase the text calls a task (context rules only: titles and mined lexicons keep TASK_HEADS)."""
# Titles: "Video Understanding" is a task, not in running text ("a deeper understanding"); "Reasoning" is not.
_TITLE_HEADS = TASK_HEADS | {"understanding"}
# Heads of a thing made for a task: "A Fast Methane Detection Pipeline" names the task before them.
_CONTAINERS_TEXT = """pipeline pipelines framework frameworks model models network networks system systems
    benchmark benchmarks dataset datasets approach method methods toolkit challenge"""
_CONTAINERS = frozenset(_CONTAINERS_TEXT.split())
_SETTING_PREFIXES_TEXT = (
    "multi few zero one single dual cross in any non semi self co inter intra long short open all"
)
_SETTING_PREFIXES = frozenset(_SETTING_PREFIXES_TEXT.split())
# Learning settings and evaluative words a title puts before a task ("Federated Continual 3D
# Segmentation", "Realistic Palmprint Generation"): the setting of the method, not the task's name.
_SETTING_WORDS_TEXT = """federated continual incremental lifelong distributed decentralized collaborative
    realistic privacy-preserving multiresolution multiscale feed-forward feedforward high-fidelity on-device
    seamless proactive"""
_SETTING_WORDS = frozenset(_SETTING_WORDS_TEXT.split()) | METHOD_SETTINGS  # "Neural Program Synthesis"
# A leading -ive / -ous / -able word describes the method, not the task ("Iterative …", "Continuous …",
# "Trustable Skin Cancer Diagnosis"); a few -able words are part of a task name ("Deformable Image
# Registration").
_LEADING_ADJECTIVE = re.compile(
    r"[a-z]+(?:ive|ous)|direct|(?!(?:multi)?variable|visible|invisible|deformable|recyclable)[a-z]{4,}[ai]ble"
)
_MEANS = frozenset({"via", "using", "with", "through", "by"})
_SPACE = re.compile(r"\s")
_TASK_NOUN = re.compile(r"(?:tasks?|problems?)\b")
# after a task noun: "tasks such as A, B and C", "applications including A", "tasks spanning / ranging
# from A", "two tasks: A and B" (rule 113); "(the) task of A"
_LIST_START = re.compile(
    r"(?:tasks|problems|applications)\s*,?\s+(?P<list>such\s+as|including|like|e\.g\.,?|spanning|covering"
    r"|encompassing|involving|ranging\s+from)\s+|"
    r"(?:tasks|problems)(?P<colon>\s*:)\s+|"
    r"(?:task|problem)\s+of\s+",
)


def title_task_candidates(title: str, abstract: str) -> Iterator[Candidate]:
    words = phrase_words(title)
    low_abstract = ""  # lowered at the first capitalised head: most titles have none
    for j, (_, end, word) in enumerate(words):
        head = word.lower()
        if head not in _TITLE_HEADS or not word[0].isupper():
            continue
        low_abstract = low_abstract or abstract.lower()
        if head not in low_abstract:
            continue
        after = words[j + 1][2] if j + 1 < len(words) else ""
        if after[:1].isupper() and after.lower() not in FUNCTION_WORDS | _CONTAINERS:
            continue  # "Detection Transformer": the head is not the end ("Detection Pipeline" is)
        i, rule = _title_start(words, j), "title.task"
        if i is None and (i := _title_start(words, j, means=False)) is not None:
            rule = "title.means"  # rule 143: no task, but a known task inside it stays out (task_candidates)
        if i is not None:
            start = words[i][0]
            yield Candidate(start, end, "task", title[start:end], confidence=0.7, rule=rule)


def _title_start(words: list[tuple[int, int, str]], j: int, means: bool = True) -> int | None:
    """The first word of the task name ending at ``words[j]`` in a title, or None (``means``: rule 143)."""
    i = j
    while i > 0 and j - i < MAX_MODIFIERS + 1 and is_modifier(words[i - 1][2], title=True):
        i -= 1
    before = words[i - 1][2] if i > 0 else ""
    if before in ("'s", "’s") or (before and j - i > MAX_MODIFIERS and is_modifier(before, title=True)):
        return None  # "Alzheimer 's Disease Prediction", a longer name than the rule reads: unsure span
    i = after_progress_verb([w[2] for w in words], i, j)  # rule 230: "Advancing X Detection"
    first = words[i][2].lower()
    if first.endswith("ing") and first not in _TITLE_HEADS and first not in GERUND_NOUNS:
        return None  # "Boosting Classification", "Detecting AI-based Video Manipulation": a verb's object
    k = i  # the start of the capitalised run the phrase ends ("Diffusion-Based Restoration Detection")
    while k > 0 and (
        is_modifier(words[k - 1][2].replace("-", ""), title=True) or HYPHEN_MODIFIER.match(words[k - 1][2])
    ):
        k -= 1
    if (k > 0 and words[k - 1][2].lower() in _MEANS) or (means and means_across(words, k)):
        return None  # "… via Masked Encoder-Decoder Reconstruction": the means, not the task
    if any(w[2].lower() in ("vs", "versus") for w in words[max(0, k - 2) : k]):
        return None  # "Atypical vs. Normal Mitosis Classification": one side of a longer name
    if k > 1 and j - k >= 2 and words[k - 1][2] in ("and", "or", "&") and _cut_name(words[k - 2][2]):
        return None  # "Timed Up and Go Phase Segmentation": a name's tail ("Kidney and Liver …" is not)
    for m in range(j - 1, i - 1, -1):
        if _is_setting(words[m][2]):
            i = m + 1  # "Spatio-Temporal Colon Segment Recognition", "Few-Step Generation": a setting
            break
    while i < j - 1 and _LEADING_ADJECTIVE.fullmatch(words[i][2].lower()):
        i += 1  # "Grounded Iterative Language Planning", "Asymmetric UAV Tracking"
    first = words[i][2].lower()
    if i == j or (i + 1 == j and (ADJECTIVE.fullmatch(first) or _LEADING_ADJECTIVE.fullmatch(first))):
        return None  # a bare head; "Selective Retrieval", "Temporal Tracking": an adjective and a head
    return i


def _cut_name(word: str) -> bool:
    """Whether a title word before "and" belongs to a name the task phrase after it continues: a
    capitalised word that is no task head ("Timed Up and Go …", not "Detection and Tracking")."""
    low = word.lower()
    if (
        low in GENERIC_WORDS
        or ADJECTIVE.fullmatch(low)
        or _LEADING_ADJECTIVE.fullmatch(low)
        or low.endswith("ing")
    ):
        return False  # "Controllable and Progressive …", "Fact-Checking and …": coordinated, not cut
    return word[:1].isupper() and low not in _TITLE_HEADS


def _is_setting(word: str) -> bool:
    """A hyphenated setting or property word ("Few-Shot", "Cross-Lingual", "Energy-efficient"), not an
    acronym compound ("RGB-T", "Cryo-EM", "AI-Generated") or a named pair ("Video-to-Audio")."""
    if word.lower() in _SETTING_WORDS:
        return True
    parts = word.split("-")
    if len(parts) < 2 or any(p.isupper() and len(p) > 1 for p in parts):
        return False
    return parts[0].lower() in _SETTING_PREFIXES or ADJECTIVE.fullmatch(parts[-1].lower()) is not None


def _context_candidates(text: str, start: int) -> Iterator[Candidate]:
    for noun in ("task", "problem", "applications"):  # str.find: most abstracts pay almost nothing
        at = text.find(noun, start)
        while at >= 0:
            yield from _at_noun(text, start, at)
            at = text.find(noun, at + len(noun))


def _at_noun(text: str, start: int, at: int) -> Iterator[Candidate]:
    """The task candidates around a task noun at ``at``: "X tasks", "tasks such as X", "the task of X"."""
    if at > start and text[at - 1].isspace() and _TASK_NOUN.match(text, at):
        before = last_word(text, max(start, at - 40), at)
        if before and before.group(1) in CONTEXT_HEADS:
            begin = max(start, at - 160)
            words = phrase_words(text, begin if begin == start else _next_space(text, begin), at)
            if words and words[-1][2] in CONTEXT_HEADS:
                yield from list_before(text, words, len(words) - 1)
    cue = _LIST_START.match(text, at)
    if cue and (cue.group("list") or cue.group("colon") or text.endswith("the ", start, at)):
        yield from _list_after(text, phrase_words(text, cue.end(), min(len(text), cue.end() + 200)))


def _next_space(text: str, begin: int) -> int:
    """The first whitespace at or after ``begin`` (a window starts at a word boundary)."""
    match = _SPACE.search(text, begin)
    return match.start() if match else begin


def phrase_at(text: str, words: list[tuple[int, int, str]], j: int) -> Candidate | None:
    """The phrase ending at head ``words[j]`` as a task candidate, or None when it is a bare head."""
    i = phrase_start(words, j, title=False)
    while i < j - 1 and words[i][2].lower() in _SETTING_WORDS:  # rule 115: as the title rule cuts them
        i += 1  # "feed-forward scene reconstruction", "federated medical image segmentation"
    bare = i == j or (i + 1 == j and DIMENSION.fullmatch(words[i][2]) is not None)  # "2D segmentation"
    if bare or ADJECTIVE.fullmatch(words[j - 1][2].lower()):
        return None  # a bare head (or a dimension and a head); "autoregressive translation"
    start, end = words[i][0], words[j][1]
    return Candidate(start, end, "task", text[start:end], confidence=0.65, rule="context.task")


def list_before(text: str, words: list[tuple[int, int, str]], j: int) -> Iterator[Candidate]:
    """The head ``words[j]`` right before "tasks", and the items of a list it ends ("A, B and C tasks")."""
    while j >= 0 and words[j][2] in CONTEXT_HEADS:
        item = phrase_at(text, words, j)
        if item is None:
            return
        yield item
        k = next((k for k in range(j - 1, -1, -1) if words[k][1] <= item.start), -1)
        if k < 1 or words[k][2] not in {",", "and", "or"}:
            return
        j = k - 1 if words[k - 1][2] not in {",", "and", "or"} else k - 2


def _list_after(text: str, words: list[tuple[int, int, str]]) -> Iterator[Candidate]:
    """The items of a list after "tasks such as" / "the task of": phrases ending in a task head."""
    j = 0
    while j < len(words):
        k = j
        while k < len(words) and LOWER_WORD.fullmatch(words[k][2]) and words[k][2] not in FUNCTION_WORDS:
            k += 1
        # the item is words[j:k]; it is a task when it ends in a head
        if k > j and words[k - 1][2] in CONTEXT_HEADS:
            item = phrase_at(text, words, k - 1)
            if item is not None and item.start >= words[j][0]:
                yield item
        k = _after_parenthesis(words, k)  # "emotion recognition (English and Bangla), irony detection"
        if k >= len(words) or words[k][2] not in {",", "and", "or"}:
            return
        j = k + 1
        while j < len(words) and words[j][2] in {",", "and", "or"}:
            j += 1


def _after_parenthesis(words: list[tuple[int, int, str]], k: int) -> int:
    """The index after a parenthesis that opens at ``words[k]`` (``k`` itself when none opens there)."""
    if k >= len(words) or words[k][2] != "(":
        return k
    close = next((m for m in range(k + 1, min(len(words), k + 12)) if words[m][2] in "()"), None)
    return close + 1 if close is not None and words[close][2] == ")" else k


def task_candidates(
    text: str,
    title_len: int = 0,
    known: Sequence[Candidate] = (),
    yielding: Collection[str] = (),
    more: Sequence[Candidate] = (),
    whole: bool = True,
) -> list[Candidate]:
    """Task mentions by the two rules above (and ``more``, :mod:`kg.extract.task_cues`) in kg's document
    ``text`` (the title is ``text[:title_len]``) and the other occurrences of their words in the
    abstract, none overlapping a ``known`` (lexicon) mention — except a known task of the entities
    ``yielding`` (the tasks mined from abstracts) inside a longer name the rules read ("SAR image target
    recognition tasks", "Semiconductor Defect Segmentation") and a known task that a name read from a
    task context ends in ("aerial image segmentation", "Talking Face Video Generation"): the longer name
    stands. Every one keeps its rule: a task read from its context is known, never ``introduced``.
    ``whole=False`` reads without rules 530-531 (``title_heads``, ``title_repeats``), as the shipped
    abstract-task lexicon was mined (``train/abstract_tasks.py``).

    >>> text = "On image target recognition tasks"
    >>> known = [Candidate(9, 27, "task", "target recognition", "task:target-recognition", source="lexicon")]
    >>> [c.name for c in task_candidates(text, 0, known)]
    ['image target recognition']
    >>> inner = [Candidate(3, 15, "task", "image target", "task:image-target", source="lexicon")]
    >>> mined = {"task:image-target"}
    >>> task_candidates(text, 0, inner), [c.name for c in task_candidates(text, 0, inner, mined)]
    ([], ['image target recognition'])
    """
    title, abstract = text[:title_len], text[title_len:]
    cut = list(title_task_candidates(title, abstract)) if title_len else []
    titled = whole_names(title, cut) if whole else cut  # rule 530
    # rule 531 (rule 530's part removal for every title name); none when reading as the miner did
    names = {c.name.lower() for c in titled} if whole else set()
    out = [c.with_(rule="title.task") for c in titled if c.rule == "title.task" or any(map(c.holds, known))]
    out += [*_context_candidates(text, title_len), *more]
    out += _elsewhere(text, title_len, out)
    repeats = title_repeats(text, title_len, out)
    repeated = {c.name.lower() for c in repeats}
    out = over_parts(text, out, repeats, title_len, names)  # rules 530-531
    out += [  # an abstract's copy replaces a known task inside it; alone it adds nothing new
        c
        for c in repeats
        if c.start >= title_len
        and all((c.start, c.end) != (o.start, o.end) for o in out)
        and any(k.type == "task" and c.start <= k.start and k.end <= c.end for k in known)
    ]
    return [
        c
        for c in out
        if not any(
            k.start < c.end and c.start < k.end and not _yields(k, c, yielding, c.name.lower() in repeated)
            for k in known
        )
    ]


def _yields(known: Candidate, cand: Candidate, yielding: Collection[str], repeated: bool = False) -> bool:
    """Whether a known task of ``yielding`` lies inside the longer task name ``cand``, or any known task
    ends a name read from a task context after domain words ("aerial image segmentation"; not a title's
    name: "Versatile / High-Resolution Image Generation" are settings of one known task)."""
    inside = cand.start <= known.start and known.end <= cand.end
    if not inside or cand.end - cand.start <= known.end - known.start:
        return False
    if known.entity_id in yielding:
        return True
    domain = cand.name[: known.start - cand.start].lower().split()
    if known.type != "task" or known.end != cand.end or not_domain(domain):
        return False
    return (
        cand.rule != "title.task"
        or repeated
        or (len(domain) == 1 and DIMENSION.fullmatch(domain[0]) is not None)
    )


def _elsewhere(text: str, title_len: int, found: list[Candidate]) -> list[Candidate]:
    """The abstract's other occurrences (as whole words) of the names ``found``."""
    taken = {(c.start, c.end) for c in found}
    out = []
    for name, cand in sorted({c.name: c for c in found}.items()):
        for start in occurrences(text, name, title_len, joined_after=""):
            end = start + len(name)
            if (start, end) not in taken:
                taken.add((start, end))
                out.append(cand.with_(start=start, end=end, confidence=round(cand.confidence - 0.1, 2)))
    return out
