"""Where a name typed by its method-name ending alone is no method (docs/typing.md rules 56 and 59).

Data named with a method's ending: "the NuInsSeg dataset", "datasets like CBIS-DDSM, NuInsSeg and
Kvasir-SEG", "+9.2 cIoU on ReasonSeg" (rule 56).

A name whose ending reads as a method's ("-Net", "-Seg", "-Flow": :func:`kg.extract.shapes.ending_type`)
is data when the paper itself says so at one of its occurrences: a data head follows it, alone or
closing the list it stands in ("HeiCholSeg dataset", "on TissueNet and BBBC038 datasets"); a data head
opens the list it stands in ("four datasets (DynamicEarthNet, MUDS, …)", "datasets like CBIS-DDSM,
NuInsSeg", "lexicons (WordNet, FrameNet, VerbNet"); or a score is reported on it ("56.7 gIoU on
ReasonSeg", "22.1% on ReasonSeg").

>>> t = "Our DenseNet gains 3.1 mIoU on ReasonSeg test and works on the FloodNet and RescueNet datasets."
>>> [n for n in ("DenseNet", "ReasonSeg", "FloodNet", "RescueNet") if data_context(t, n)]
['ReasonSeg', 'FloodNet', 'RescueNet']
>>> t = "Experiments on four datasets (DynamicEarthNet, MUDS, OSCD) and with UNet."
>>> data_context(t, "DynamicEarthNet"), data_context(t, "UNet")
(True, False)
>>> data_context("We build on PointNet and evaluate PointNet on ModelNet40 datasets.", "PointNet")
False

A part of a longer capitalised name ("the Panoramic Dual BridgeNet", "EmoNet Face, a benchmark suite")
is no name of its own (rule 59): :func:`inside_longer_name`. Likewise a known one-word model or method
name of letters only after such a word ("on Web Voyager", "Linq Embed Mistral", "Patch Mamba") is part of
the longer name (rule 60): :func:`after_capitalised_word`; and a known method or task of several words
written with capitals after such a word ("a Dual-Prompt Controlled Attention Mechanism", "the Slot
Attention mechanism") is a part of the longer name (rule 77): :func:`capitalised_part`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate

__all__ = [
    "after_capitalised_word",
    "capitalised_part",
    "capitalised_parts",
    "data_context",
    "inside_longer_name",
    "longer_candidates",
    "longer_name",
    "longer_start",
    "modality_pair",
]

_HEAD = r"(?:datasets?|data\s+sets?|benchmarks?|corpus|corpora|challenges?|lexicons?|treebanks?)"
# the other items of a list the name stands in, before or after it: ", MUDS", " and BBBC038"
_ITEMS = r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)[A-Z0-9][\w\-.+]*)*"
_AFTER = re.compile(_ITEMS + r"\s+" + _HEAD + r"\b")
_BEFORE = re.compile(
    r"\b" + _HEAD + r"\s*(?:\(|:|such\s+as|like|including|namely)\s*(?:the\s+)?"
    r"(?:[A-Z0-9][\w\-.+]*(?:\s[A-Z0-9][\w\-.+]*){0,2}"  # "NTU RGB+D 60": an item of up to three words
    r"(?:\s*\([^()]{0,60}\))?\s*(?:,\s*|\s+and\s+|\s+or\s+))*$"
)
# a score reported on the name: "56.7 gIoU on", "22.1% on", "mIoU on the"
_SCORE = re.compile(r"(?:\d%|\d|IoU|mAP|AP|F1|[Aa]ccuracy)\s+on\s+(?:the\s+)?$")


def data_context(text: str, name: str) -> bool:
    """Whether an occurrence of ``name`` in ``text`` stands where data is named (see the module)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and not (
            end < len(text) and (text[end].isalnum() or text[end] in "-_")
        )
        if whole and (
            _AFTER.match(text, end)
            or _BEFORE.search(text, max(0, at - 160), at)
            or _SCORE.search(text, max(0, at - 20), at)
        ):
            return True
        at = text.find(name, end)
    return False


_WORD_BEFORE = re.compile(r"(?<![\w\-.+])([A-Z][\w\-]*) $")  # a whole word: not "0.4B-parameter"
# capitalised function words start no name: "(2) As ComboGAN can", "Depth in KSSNet As we know"
_FUNCTION_TEXT = """
    A An The As In On For With By From To Of And Or Our We Its Their This These That Unlike Like Both Then
    Thus Also While When Where Since If But However Moreover Furthermore Compared Using Via At Is Are Was
    Were Here Next First Second Finally"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
_MODIFIER = re.compile(r"-[a-z]+$|'s$")
# a language names a model's variant, not a longer name: "Chinese RoBERTa", "German BERT"
_LANGUAGES_TEXT = """
    Arabic Chinese Dutch English French German Hindi Indonesian Italian Japanese Korean Multilingual Persian
    Polish Portuguese Russian Spanish Turkish Vietnamese"""
_LANGUAGES = frozenset(_LANGUAGES_TEXT.split())
# a describing word names a kind of the model, not a longer name: "Hierarchical BiLSTM", "Vanilla ReAct"
_DESCRIBING = re.compile(r"\w{4}(?:al|ic|ive|ous|ed)$")  # not "Embed"
_PLAIN_TEXT = (
    "Base Custom Deep Hybrid Large Lightweight Long Original Plain Short Simple Small Standard Tiny Vanilla"
)
_PLAIN = frozenset(_PLAIN_TEXT.split())
_WORD_AFTER = re.compile(r" [A-Z][A-Za-z]*\b")


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word right before ``start`` (not starting a sentence) or right after
    ``end`` makes ``text[start:end]`` part of a longer name; never inside the title (the text before a
    blank line), which capitalises every word.

    >>> t = "T\\n\\nWe introduce the Panoramic Dual BridgeNet. EmoNet Face has data. GlorpNet, a net."
    >>> t += " A 0.4B-parameter FlorpNet encoder. A Mamba-based FEMamba, a Tabular GAN CTGAN."
    >>> names = ("BridgeNet", "EmoNet", "GlorpNet", "FlorpNet", "FEMamba", "CTGAN", "ComboGAN")
    >>> [inside_longer_name(t, t.find(n), t.find(n) + len(n)) for n in names]
    [True, True, False, False, False, False, False]
    """
    if start < text.find("\n\n"):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is not None:
        before = text[: word.start()].rstrip()
        modifier = word.group(1).isupper() or _MODIFIER.search(word.group(1)) or word.group(1) in _FUNCTION
        if before and before[-1] not in ".!?:;\n" and not modifier:
            return True  # not "Tabular GAN CTGAN", "Mamba-based FEMamba", "HN-modified HardNet", "KD's"
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group().strip() not in _FUNCTION


def after_capitalised_word(
    text: str, start: int, end: int, known_ends: frozenset[int], kind: str = "model"
) -> bool:
    """Whether the one-word, letters-only model or method name ``text[start:end]`` follows a capitalised
    word that makes it part of a longer name (rule 60). Not when that word has a capital after its first
    letter ("GTE Qwen", "LLMs ChatGPT-4"), is a function word, a describing one ("Causal Transformer",
    "Vanilla ReAct"), a language ("Chinese RoBERTa") or a known name itself (``known_ends``: where the
    paper's other lexicon matches end; "Google Gemma", "Meta Llama"); not at a sentence start, not before
    a hyphen ("Transformer-based"), never in the title; not a short technique acronym ("Relay LoRA").

    >>> t = "T\\n\\nIt solves 80% of tasks on Web Voyager. Google Gemma and GTE Qwen."
    >>> t += " Chinese BERTje, Patch Mamba, Causal Perceiver."
    >>> [after_capitalised_word(t, t.find(n), t.find(n) + len(n), frozenset({t.find(" Gemma")}))
    ...     for n in ("Voyager", "Gemma", "Qwen", "BERTje", "Mamba", "Perceiver")]
    [True, False, False, False, True, False]
    """
    name = text[start:end]
    if kind not in ("model", "method") or start < text.find("\n\n") or text[end : end + 1] == "-":
        return False  # "a Lightweight Transformer-based method"
    if not name.isalpha() or name.rstrip("s").isupper():  # not "Gated CNNs"
        return False
    if kind == "method" and len(name) <= 5 and sum(ch.isupper() for ch in name) > 1:
        return False  # a technique applied to the longer name: "Segmentation LoRA", "Short CoT", "Video DiTs"
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None or word.end(1) in known_ends:
        return False
    before = text[: word.start()].rstrip()
    candidate = word.group(1)
    if not candidate.isalpha() or candidate[1:] != candidate[1:].lower() or _DESCRIBING.search(candidate):
        return False  # "GTE Qwen", "LLMs ChatGPT-4", "Causal Transformer"
    if candidate in _FUNCTION or candidate in _LANGUAGES or candidate in _PLAIN:
        return False
    return bool(before) and before[-1] not in ".!?:;\n"


def capitalised_part(text: str, start: int, end: int, known_ends: frozenset[int]) -> bool:
    """Whether the known method or task ``text[start:end]`` of several words, written with a capital
    first letter in the abstract, follows a capitalised word that makes it a part of a longer name
    (rule 77): "a Dual-Prompt Controlled Attention Mechanism", "the Slot Attention mechanism", "Referring
    Multi-Object Tracking". Not after a function word, a plain word ("Vanilla Knowledge Distillation"), a
    language, a word with a capital past its first letter or a known name (``known_ends``), nor at a
    sentence start; never in the title.

    >>> t = "T\\n\\nWe add a Controlled Attention Mechanism. Using Knowledge Distillation, the Slot Attention"
    >>> t += " mechanism and CLIP Contrastive Learning. Multi-Head Attention helps. A Multi-task Prompt"
    >>> t += " Engineering step, an Aspect-Based Sentiment Analysis."
    >>> [capitalised_part(t, t.find(n), t.find(n) + len(n), frozenset())
    ...     for n in ("Attention Mechanism", "Knowledge Distillation", "Attention mechanism",
    ...               "Contrastive Learning", "Multi-Head Attention", "Prompt Engineering",
    ...               "Sentiment Analysis")]
    [True, False, True, False, False, False, True]
    >>> capitalised_part("A Title\\nClassic AI planning is hard.", 14, 25, frozenset())  # a sentence start
    False
    """
    surface = text[start:end]
    if start < text.find("\n\n") or not surface[:1].isupper() or (" " not in surface and "-" not in surface):
        return False
    return _name_word(text, start, known_ends) is not None


def _name_word(text: str, start: int, known_ends: frozenset[int]) -> int | None:
    """The start of the capitalised word right before ``start`` that belongs to a longer name with what
    follows it (rule 77's test), or None."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None or word.end(1) in known_ends:
        return None
    candidate = word.group(1)
    if any(part[1:] != part[1:].lower() for part in candidate.split("-")) or _MODIFIER.search(candidate):
        return None  # "CLIP Contrastive Learning", "Multi-task Prompt Engineering", "Mamba-like"
    if candidate in _FUNCTION or candidate in _PLAIN or candidate in _LANGUAGES:
        return None
    before = text[: word.start()].rstrip(" ")
    return word.start() if before and before[-1] not in ".!?:;\n" else None


# A capitalised word or a number before the run where rule 77's test stopped: the name may go on before
# it, so no longer name is read ("a Hybrid Disentangled VQ-VAE", "2-Dimensional …"; not "The", "For").
_STOP_WORD = re.compile(r"(?<![\w\-.+])([A-Z0-9][\w\-]*) $")
# After the part, the name goes on: another capitalised word, a hyphen, or a preposition before one.
_GOES_ON = re.compile(r"\s[A-Z]|-\w|\s(?:for|of|with|via|on)\s[A-Z]")
# A container word a part may end in, no part of the longer name ("the Differential Attention mechanism").
_CONTAINER_END = re.compile(r"\s(?:mechanisms?|models?|architectures?|frameworks?|backbones?|paradigms?)$")


def longer_name(text: str, start: int, end: int, known_ends: frozenset[int]) -> tuple[int, int] | None:
    """The span of the longer capitalised method name that holds the part ``text[start:end]`` (rule 108):
    :func:`longer_start`, without a container word the part ends in ("Attention mechanism", "Transformer
    architecture").

    >>> t = "T\\n\\nWe extend the Differential Attention mechanism to PaliGemma."
    >>> s, e = longer_name(t, t.find("Attention"), t.find(" to"), frozenset())
    >>> t[s:e]
    'Differential Attention'
    """
    begin = longer_start(text, start, end, known_ends)
    if begin is None:
        return None
    container = _CONTAINER_END.search(text, start, end)
    return begin, container.start() if container else end


def longer_start(text: str, start: int, end: int, known_ends: frozenset[int]) -> int | None:
    """Where the longer capitalised name that holds the part ``text[start:end]`` (rule 77) starts: back
    over up to four capitalised words that pass rule 77's test (rule 108). None when the name goes on past
    the part with another capitalised word ("a Scalable Reinforcement Learning Framework": the longer name
    is not read here) or a hyphen.

    >>> t = "T\\n\\nIt resembles the Upside-Down Reinforcement Learning paradigm. A Bayesian Deep Learning"
    >>> t += " model. It is a Scalable Reinforcement Learning Framework."
    >>> def longer(part, at):
    ...     start = t.find(part, at)
    ...     begin = longer_start(t, start, start + len(part), frozenset())
    ...     return None if begin is None else t[begin : start + len(part)]
    >>> longer("Reinforcement Learning", 0), longer("Deep Learning", 0), longer("Reinforcement Learning", 70)
    ('Upside-Down Reinforcement Learning', 'Bayesian Deep Learning', None)
    """
    if _GOES_ON.match(text, end):
        return (
            None  # "a Scalable Reinforcement Learning Framework", "(Flow Optimal Control for Unentangled …)"
        )
    begin = _name_word(text, start, known_ends)
    for _ in range(3):
        if begin is None or (earlier := _name_word(text, begin, known_ends)) is None:
            break
        begin = earlier
    stop = None if begin is None else _STOP_WORD.search(text, max(0, begin - 40), begin)
    if stop is not None and stop.group(1) not in _FUNCTION:
        return None  # the name goes on before: "Large Language Diffusion Models"
    return begin


def capitalised_parts(
    text: str, spans: list[tuple[int, int, str]], known_ends: frozenset[int]
) -> frozenset[tuple[int, int]]:
    """The ``(start, end)`` of the lexicon matches ``spans`` (start, end, type) that are parts of a longer
    name (rule 77): a method or task that :func:`capitalised_part` reads so, unless a longer lexicon match
    holds it ("Visual Simultaneous Localization and Mapping" is known whole), and every match inside such
    a part ("Image Detection" inside "Robust AI-Generated Image Detection").

    >>> t = "T\\n\\nFor the Robust AI-Generated Image Detection track and Visual Simultaneous Localization."
    >>> spans = [(18, 46, "task"), (31, 46, "task"), (57, 89, "task"), (64, 89, "task")]
    >>> sorted(capitalised_parts(t, spans, frozenset()))
    [(18, 46), (31, 46)]
    """
    parts = [
        (start, end)
        for start, end, kind in spans
        if kind in ("method", "task")
        and capitalised_part(text, start, end, known_ends)
        and not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans)
    ]
    if not parts:
        return frozenset()
    return frozenset((s, e) for s, e, _ in spans if any(ps <= s and e <= pe for ps, pe in parts))


def longer_candidates(
    text: str, start: int, end: int, spans: Sequence[tuple[int, int]], known_ends: frozenset[int]
) -> list[Candidate]:
    """The longer capitalised method name (:func:`longer_name`) holding the known method ``text[start:end]``
    that rule 77 reads as a part, unless another known name overlaps the part's start ("Vision Transformer
    models" holds Vision Transformer, not a longer name; rule 108).

    >>> t = "T\\n\\nIt resembles the Upside-Down Reinforcement Learning paradigm."
    >>> s = t.find("Reinforcement")
    >>> [c.name for c in longer_candidates(t, s, s + 22, [(s, s + 22)], frozenset())]
    ['Upside-Down Reinforcement Learning']
    """
    if any(s < start < e for s, e in spans):
        return []
    span = longer_name(text, start, end, known_ends)
    if span is None:
        return []
    name = text[span[0] : span[1]]
    return [Candidate(span[0], span[1], "method", name, confidence=0.7, rule="lexicon.longer")]


# "Text-to-video diffusion models": a modality pair before a known name of several words (rule 110)
_MODALITY_PAIR = re.compile(r"[A-Za-z]+-to-[A-Za-z][\w-]* \w")


def modality_pair(name: str) -> bool:
    """Whether the hyphenated ``name`` around a known name of several words starts with a modality pair: a
    class of the known name ("Text-to-video diffusion models", as "text-to-image models" is), no longer name.

    >>> modality_pair("Text-to-video diffusion models"), modality_pair("N-MNIST")
    (True, False)
    """
    return _MODALITY_PAIR.match(name) is not None
