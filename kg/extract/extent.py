"""What belongs to a known name: the suffixes after a lexicon match and the maker before it.

A lexicon match of a model, method, dataset or benchmark is extended (docs/typing.md "Name extent") over

- a hyphenated variant: "ResNet-18", "Qwen3-30B", "DINO-Tiny", "Qwen2.5-7B-Chat", "-v2026";
- a version: " 5.0", " v2", " v0.1" (also before a sentence's full stop: "KorQuAD v1.");
- after a model, sizes, active parameters and release words written with spaces: " 7B", " 11B",
  " A3B", " Instruct", " Vision", " Flash", " Turbo" ("Llama 3.2 11B Vision", "Qwen3-30B A3B");
- after a dataset or benchmark, a year (" 2005"), a task number ("SemEval-2026 Task 9") and a second
  number after a slash ("AIME24/25", "NTU RGB+D 60/120").

The longer name is a new name of the entry's type (``lexicon.variant``; ``lexicon.release`` when a size,
release word, year or task number follows: a release of the known name, never the paper's own). It
resolves by its key like any other name (docs/resolution.md): to the entry when the lexicon lists that
spelling (Qwen3-30B-A3B is a form of Qwen3), else to an entity of its own (Gemini Flash is not Gemini).

A maker written before a model ("OpenAI o1", "Deepseek Janus", "Mistral Pixtral", "Meta Llama 3") is part
of the model's name, as the owner in front is in the lexicon ("OpenAI CLIP", "Google Gemini"): the
mention starts at the maker and keeps the model's entity; the maker gets no organisation link there.

>>> t = "We test Llama 3.2 11B Vision, Qwen3-30B A3B and Mistral Pixtral on AIME24/25."
>>> def extent(name, kind):
...     s = t.find(name)
...     return t[maker_start(t, s, kind) : name_end(t, s, s + len(name), kind)]
>>> [extent(n, k) for n, k in (("Llama 3.2", "model"), ("Qwen3", "model"), ("Pixtral", "model"),
...     ("AIME24", "benchmark"))]
['Llama 3.2 11B Vision', 'Qwen3-30B A3B', 'Mistral Pixtral', 'AIME24/25']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.precision import version_suffix
from kg.extract.quantities import is_hardware_or_count
from kg.extract.shapes import is_adjectival
from kg.extract.text_words import Gated

__all__ = [
    "VARIANT",
    "hybrid",
    "maker_release",
    "maker_start",
    "may_go_on",
    "name_end",
    "suffix_rule",
    "trim_name",
    "versioned",
]

# A lexicon name followed by "-18", "-Squeeze", "-7B-Chat": a named variant of a known entity.
# A single capital ("ModelNet40-C", "ViT-B") and a "-v2026" version count as well.
VARIANT = re.compile(r"(?:-(?:\d(?:[\w.]*\w)?|[A-Z](?:[\w.]*\w)?|v\d(?:[\w.]*\w)?))+(?![\w+])")

# A release or size word a model's name takes after a hyphen in lower case ("GPT-4.1-nano", "LLaVA-onevision",
# "Gemini 1.5-flash", "ConvNeXt-tiny"): part of the name, as the capitalised "-Instruct" is (rule 70).
_LOWER_RELEASE = re.compile(
    r"-(?:instruct|chat|base|vision|flash|turbo|pro|mini|lite|nano|ultra|plus|thinking|think|preview|omni|"
    r"coder|it|onevision|tiny|small|large|xl|huge)(?![\w+])"
)
# Where a spaced suffix may end: a space, a closing or list mark, the end, a full stop ending a sentence.
_END = r"(?=[\s,;:)\]]|\.(?!\w)|$)"
# After a model: a size ("7B", "1.5B", "350M"; not "7B parameters"), active parameters ("A3B"), a
# release or modality word. The words are capitalised as the releases write them.
_MODEL_UNIT = re.compile(
    r" (?:\d+(?:\.\d+)?[BM]|A\d+(?:\.\d+)?B)"
    r"(?!\s*(?:param|token|sample|image|example|word|instance|row|pair|trajector))" + _END
)
_MODEL_WORD = re.compile(
    r" (?:Instruct|Chat|Base|Vision|Flash|Turbo|Pro|Mini|Lite|Nano|Ultra|Plus|Thinking|Preview|Omni|"
    r"Coder|Reasoner|Sonnet|Opus|Haiku|Exp)" + _END
)
# After a dataset or benchmark: a year, a task number after a year-named campaign, a second number.
_DATA_UNIT = re.compile(r" (?:19|20)\d\d(?!\s*%)" + _END + r"| Task \d{1,2}[A-Za-z]?" + _END)
_SLASH_NUMBER = re.compile(r"/\d{1,4}(?![\w+\-/]|\.\w)")
# After a model, a bare release number ("BioCLIP 2", "Gemini 3 Pro", "Gemma 4 31B"; rule 169) before a list
# mark, the end, a capitalised word, a size or a word that does not count ("BERT 3 times", "2 billion").
_BARE_RELEASE = re.compile(
    r" [1-9](?=[,;:)\]]|\.(?!\w)|$| (?:[A-Z]|\d+(?:\.\d+)?[BM]\b|[a-z]+ly\b|"
    r"(?:models?|series|family|variants?|checkpoints?|and|or|with|on|in|for|to|as|via|is|are|was|"
    r"achieves?|outperforms?|establishes|shows|demonstrates|performs|exhibits|reaches|attains|surpasses|"
    r"delivers|provides|supports|enables|improves|excels|fails|struggles|generates|uses)\b))"
)
# A capitalised word after a release word begins something else ("CLIP Vision Transformer").
_NEXT_NAME = re.compile(r" [A-Z][a-z]")

# Makers whose name is written before their models' names.
_MAKER_NAMES = (
    "OpenAI|Google|Meta|Mistral|Mistral AI|DeepSeek|Deepseek|Alibaba|Anthropic|Microsoft|NVIDIA|Nvidia|"
    "Apple|Amazon|IBM|xAI|Baidu|Tencent|ByteDance|Moonshot|Moonshot AI|Zhipu|Zhipu AI|Cohere|Salesforce|"
    "Stability AI"
)
_MAKERS = re.compile(rf"(?:^|(?<=[\s(\[,;/]))(?:{_MAKER_NAMES}) $")
_MAKER_SET = frozenset(_MAKER_NAMES.split("|"))  # a name ``_MAKERS`` matches whole (no regex per name)
_MAKER_BEFORE = Gated(
    _MAKERS,
    "openai google meta mistral deepseek alibaba anthropic microsoft nvidia apple amazon ibm xai "
    "baidu tencent bytedance moonshot zhipu cohere salesforce stability",
)  # a maker is a word


def name_end(text: str, start: int, end: int, kind: str) -> int:
    """The end of the longer name that the known ``kind`` name ``text[start:end]`` begins (``end`` when
    nothing follows it that belongs to it).

    >>> t = "Mistral 7B v0.1, KorQuAD v1. ISPD 2005 and SemEval-2026 Task 9; GPT-4 Vision Transformer"
    >>> [t[s : name_end(t, s, s + len(n), k)] for n, k in (("Mistral 7B", "model"), ("KorQuAD", "dataset"),
    ...     ("ISPD", "benchmark"), ("SemEval", "dataset"), ("GPT-4", "model")) if (s := t.find(n)) >= 0]
    ['Mistral 7B v0.1', 'KorQuAD v1', 'ISPD 2005', 'SemEval-2026 Task 9', 'GPT-4']
    >>> t = "a Llama 3 7B parameters run"
    >>> t[2 : name_end(t, 2, 9, "model")]
    'Llama 3'
    """
    if not may_go_on(text, end):
        return end  # most known names: nothing that could belong to them follows (no regex tried)
    variant = VARIANT.match(text, end)
    first = variant.end() if variant and not is_adjectival(variant.group()) else end
    if first == end and kind == "model" and (bare := _BARE_RELEASE.match(text, end)):
        first = end if _defined(text, start, bare.end()) else bare.end()  # rule 169: "BioCLIP 2", not BioCLIP
    stops = [_lower_release(text, first, kind)]
    while (nxt := _lower_release(text, _next_unit(text, stops[-1], kind), kind)) > stops[-1]:
        stops.append(nxt)
    if len(stops) > 1 and _MODEL_WORD.match(text, stops[-2]) and _NEXT_NAME.match(text, stops[-1]):
        stops.pop()  # "CLIP Vision Transformer": the word starts another name
    stop = stops[-1]
    if kind in ("dataset", "benchmark") and text[stop - 1 : stop].isdigit():
        slash = _SLASH_NUMBER.match(text, stop)
        stop = slash.end() if slash else stop
    return stop


def may_go_on(text: str, end: int) -> bool:
    """Whether :func:`name_end` can read anything at ``end``: every suffix it reads opens with a hyphen
    (:data:`VARIANT`, a lower-case release word), a full stop (a version after a digit), a slash (a second
    number) or a space before a digit (a size, a year, a release number, a version), a capital (a release
    or modality word, "A3B", "Task 9") or a "v" (" v2"). A cheap test before the regexes: three in four
    known names end before anything else (docs/evaluation.md, "Session 21, speed round 7a").

    >>> [may_go_on(t, 4) for t in ("BERT-base", "BERT v2", "BERT 7B", "BERT Vision")]
    [True, True, True, True]
    >>> [may_go_on(t, 4) for t in ("BERT is", "BERT,", "BERT")]
    [False, False, False]
    """
    after = text[end : end + 1]
    if after == " ":
        nxt = text[end + 1 : end + 2]
        return nxt.isdigit() or "A" <= nxt <= "Z" or nxt in ("v", "V")  # isdigit: every \d and more
    return after in ("-", ".", "/")


def _defined(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the short form of a definition whose long form's initials spell it:
    "User Satisfaction Metric 1 (USM 1)" defines a measure, not a release of the USM model (rule 169).

    >>> t = "User Satisfaction Metric 1 (USM 1) rose; assistance (Claude 4) helped."
    >>> _defined(t, t.index("USM"), t.index("USM") + 5), _defined(t, t.index("Claude"), t.index("Claude") + 8)
    (True, False)
    """
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    short = text[start:end].replace(" ", "").upper()
    words = text[: start - 1].split()[-len(short) :]
    return len(words) == len(short) and "".join(w[0] for w in words).upper() == short


def _lower_release(text: str, stop: int, kind: str) -> int:
    """``stop`` moved over lower-case release words after a hyphen and the variants after them (rule 70).

    >>> t = "GPT-4.1-nano, Qwen3-32B-think-2507; LoRA-based"
    >>> _lower_release(t, 7, "model"), _lower_release(t, 23, "model"), _lower_release(t, 40, "method")
    (12, 34, 40)
    """
    while kind in ("model", "method") and (lower := _LOWER_RELEASE.match(text, stop)):
        variant = VARIANT.match(text, lower.end())
        stop = variant.end() if variant else lower.end()
    return stop


def _next_unit(text: str, stop: int, kind: str) -> int:
    """The end of one more suffix unit at ``stop`` (``stop`` when there is none)."""
    if text[stop : stop + 1] in (" ", "."):
        after = version_suffix(text, stop)
        if after > stop:
            return after
    if kind == "model":
        unit = _MODEL_UNIT.match(text, stop) or _MODEL_WORD.match(text, stop)
    elif kind in ("dataset", "benchmark"):
        unit = _DATA_UNIT.match(text, stop)
    else:
        unit = None
    return unit.end() if unit else stop


def suffix_rule(text: str, end: int, stop: int) -> str:
    """The rule of the longer name ``text[:stop]`` of a known name ending at ``end``: ``lexicon.release``
    when a spaced size, release word, year or task number follows the name, else ``lexicon.variant``.

    >>> t = "Claude 4.5 Opus, SQuAD 2.0, GPT2-base"
    >>> suffix_rule(t, 6, 15), suffix_rule(t, 22, 26), suffix_rule(t, 32, 37)
    ('lexicon.release', 'lexicon.variant', 'lexicon.release')
    """
    units = (_MODEL_UNIT, _MODEL_WORD, _DATA_UNIT, _BARE_RELEASE)
    at = [i for i in range(end, stop) if text[i] == " "]
    if any(u.match(text, i) for u in units for i in at) or _LOWER_RELEASE.search(text, end, stop):
        return "lexicon.release"  # a spaced unit, or a lower-case release word ("GPT2-base", rule 70)
    return "lexicon.variant"


def maker_start(text: str, start: int, kind: str) -> int:
    """Where the model name at ``start`` begins when its maker is written before it, else ``start``.

    >>> t = "Compared with OpenAI o1 and Deepseek Janus, the Google team"
    >>> [t[maker_start(t, t.find(n), "model") : t.find(n) + len(n)] for n in ("o1", "Janus")]
    ['OpenAI o1', 'Deepseek Janus']
    >>> maker_start(t, t.find("team"), "organization") == t.find("team")
    True
    """
    if kind != "model" or start < 4:
        return start
    found = _MAKER_BEFORE.search(text, max(0, start - 13), start)
    return found.start() if found else start


def maker_release(text: str, start: int, end: int) -> Candidate | None:
    """The model an organisation's name starts when a release or size follows it, else None (rule 107): in
    "DeepSeek V4 Flash", "Deepseek 2.5", "DeepSeek 7B" the maker's name is the model's (as "OpenAI o1" is,
    :func:`maker_start`), no link to the organisation. Only a maker of models (``_MAKERS``) makes releases
    ("NYU V2" is data); a year, a count or a GPU is no release.

    >>> t = "DeepSeek V4 Flash and Deepseek 2.5 on an NVIDIA 4090 / NVIDIA V100 with Amazon 2023 and NYU V2"
    >>> [c.name for n in ("DeepSeek", "Deepseek") if (c := maker_release(t, t.find(n), t.find(n) + 8))]
    ['DeepSeek V4 Flash', 'Deepseek 2.5']
    >>> [maker_release(t, i, i + 6) for i in (t.find("NVIDIA"), t.rfind("NVIDIA"), t.find("Amazon"))]
    [None, None, None]
    >>> maker_release(t, t.find("NYU"), t.find("NYU") + 3) is None  # no maker of models: the dataset NYU V2
    True
    """
    if text[start:end] not in _MAKER_SET:  # ``_MAKERS.fullmatch(text[start:end] + " ")``
        return None  # "NYU V2", "KTH 2": a university makes data, not a model release
    stop = name_end(text, start, end, "model")
    if stop == end or not text.startswith(" ", end) or is_hardware_or_count(name := text[start:stop]):
        return None  # "NVIDIA V100", "Tesla V100": a GPU
    return Candidate(
        start, stop, "model", name, confidence=0.8, source="pattern", rule=suffix_rule(text, end, stop)
    )


# A known name and a spaced version: "Claude 3.7", "SQuAD v1" (``lexicon.variant``, :mod:`kg.extract.extent`)
_VERSION_END = re.compile(r"\s[vV]?\d+(?:\.\d+)*$")
# … or a hyphenated size or depth: "Qwen-3-8B", "R(2+1)D-34" (rule 97), a release of the known name too
_SIZE_END = re.compile(r"-\d+(?:\.\d+)?[BMK]?$")


def versioned(c: Candidate, text: str) -> bool:
    """Whether ``c`` is a release of a known name by its version alone: known for its role ("Our system
    integrates Claude 3.7" uses it), unlike a named variant ("DeBERTa-KC").

    >>> t = "Our system integrates Claude 3.7 and DeBERTa-KC."
    >>> [versioned(Candidate(t.index(n), t.index(n) + len(n), "model", n, rule="lexicon.variant"), t)
    ...  for n in ("Claude 3.7", "DeBERTa-KC")]
    [True, False]
    """
    return c.rule == "lexicon.variant" and (
        _VERSION_END.search(text, c.start, c.end) is not None
        or _SIZE_END.search(text, c.start, c.end) is not None
    )


# Generic architectures (methods by the annotation guide): a hyphenated join of two or more is a hybrid of
# known ones, "a CNN-Transformer network", "a BiLSTM-CRF tagger", not a new name.
_ARCHITECTURE = (
    r"(?:CNN|LSTM|BiLSTM|Bi-LSTM|GRU|BiGRU|Transformer|GCN|GNN|GAT|GAN|VAE|MLP|CRF|RNN|ResNet|U-Net|UNet|ViT|"
    r"Mamba|BERT|KAN|TCN|Attention|DNN)"
)
_HYBRID = re.compile(rf"{_ARCHITECTURE}(?:-{_ARCHITECTURE})+")


def hybrid(c: Candidate, text: str) -> bool:
    """Whether ``c`` joins known architectures by hyphens ("CNN-Transformer", "Mamba-CNN"): known for its
    role, like :func:`versioned` (not "CNN-Former", a new name).

    >>> t = "a CNN-Transformer network and a CNN-Former"
    >>> names = ("CNN-Transformer", "CNN-Former")
    >>> [hybrid(Candidate(t.index(n), t.index(n) + len(n), "method", n), t) for n in names]
    [True, False]
    """
    return _HYBRID.fullmatch(text, c.start, c.end) is not None


# A describing word in front of a name is no part of it: "the SOTA Wan2.1-T2V-14B model", "the US-specific
# CrowS-Pairs dataset" (rule 75).
_DESCRIBING = re.compile(r"(?:SOTA|SoTA|[A-Za-z]+-specific)\s+(?=\S)")


# Rule 513: a name written against a dash and an article, "we propose TextSplat--the first …", "we
# introduce MapBench-the first dataset …", "NSegment-a simple yet effective …": the dash opens the apposition
# (an em dash typed as hyphens); the name ends before it. Only a lower-case article, whole, at the name's end.
_DASH_ARTICLE_ENDS = ("-the", "-a", "-an")
_DASH_ARTICLE = re.compile(r"(?<=[\w+])-{1,3}(?:the|an?)$")


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without trailing punctuation and a leading describing word.

    >>> t = "the SOTA Wan2.1-T2V-14B model"
    >>> t[slice(*trim_name(t, 4, 23))]
    'Wan2.1-T2V-14B'
    >>> t = "we propose TextSplat--the first framework"
    >>> t[slice(*trim_name(t, 11, 25))]
    'TextSplat'
    """
    if text.endswith(_DASH_ARTICLE_ENDS, start, end) and (article := _DASH_ARTICLE.search(text, start, end)):
        end = article.start()  # rule 513: "TextSplat--the first …", "NSegment-a simple …": a dash, then prose
    while end > start and text[end - 1] in ".,;:-/":
        end -= 1
    describing = _DESCRIBING.match(text, start, end)
    return (describing.end() if describing else start), end
