"""Name shapes and type words: does a string look like a name, and what type do its words suggest?

>>> is_name_shaped("CliMB-DC"), is_name_shaped("ImageNet"), is_name_shaped("dataset")
(True, True, False)
>>> type_from_shape("Qwen2.5-72B"), type_from_shape("SWE-Bench"), type_from_shape("CHM-Corr++")
('model', 'benchmark', 'method')
>>> type_from_shape("ReasonLite-42M"), type_from_shape("SARLANG-1.5M")
('dataset', 'dataset')
>>> type_from_shape("Low-Vision"), type_from_shape("Text-to-Vision"), type_from_shape("Kimi-VL")
(None, None, 'model')
>>> type_from_head("a large-scale benchmark"), type_from_head("Gaussian Splatting")
('benchmark', 'method')
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

from kg.extract.ending_data import data_context, inside_longer_name

__all__ = [
    "HEAD_TYPES",
    "generic_tail",
    "has_name_shaped_word",
    "is_adjectival",
    "is_capitalised",
    "is_generic",
    "is_name_shaped",
    "looks_like_name",
    "shape_candidates",
    "type_from_head",
    "type_from_shape",
    "variant_type",
]

_DATA = Path(__file__).resolve().parent

# Head words (the last word of a phrase, lower-cased) and the type they give.
_HEAD_WORDS = {
    "dataset": "dataset datasets corpus corpora collection treebank database bank data-set",
    "benchmark": "benchmark testbed suite leaderboard arena challenge gym",
    "model": "model llm vlm mllm lm checkpoint",
    "method": (
        "framework method approach algorithm architecture technique pipeline paradigm mechanism strategy "
        "network networks net module optimizer optimiser loss attack recipe scheme learning optimization "
        "optimisation attention encoder decoder autoencoder regression search sampling sampler distillation "
        "tuning fine-tuning training fields field splatting embedding embeddings machine process policy "
        "agent descent propagation decoding prompting adaptation augmentation mapper transformer "
        "transformers gan gans kernel kernels forest tree trees toolkit library engine planner solver "
        "regularization normalization dropout pooling convolution quantization pruning alignment "
        "encoding modeling modelling caching rendering transform triangulation warping interpolation "
        "approximation preconditioner preconditioning "
        # techniques named by what they do to a model or its data (the CC0 corpus defines acronyms for
        # them: "Proportional Approval Voting (PAV)", "Schema-Based Steering (SBS)"); not "inference",
        # "control", "coding", "simulation", "tracing", "reduction": as often a task ("Knowledge Tracing")
        "voting steering routing masking tokenization guidance projection weighting reweighting replay "
        "merging boosting gating initialization factorization decomposition refinement aggregation "
        "smoothing parallelism annealing averaging forcing hashing cloning bootstrapping resampling "
        "clipping relaxation differentiation scaling filtering"
    ),
    "task": (
        "detection recognition classification segmentation translation answering summarization "
        "summarisation parsing tagging extraction tracking captioning localization localisation forecasting "
        "completion labeling labelling retrieval reconstruction synthesis estimation task tasks generation "
        "understanding resolution linking matching"
    ),
    "metric": "score rate error accuracy precision recall distance ratio divergence coefficient metric "
    "measure index indices",  # "Alignment Quality Index (AQI)", "Dunn Index": a measure (rule 105)
    "organization": "university institute laboratory lab labs inc corporation corp foundation academy centre "
    "center",
}
HEAD_TYPES: dict[str, str] = {word: kind for kind, words in _HEAD_WORDS.items() for word in words.split()}
_MODEL_SIZE = re.compile(r"\d+(?:\.\d+)?B$|-(?:Instruct|Chat|IT|Base|Coder|VL|Vision|Mini|mini)$")
_BENCH = re.compile(r"(?:Bench|Arena|Eval|Gym|Leaderboard)$|-(?:Bench|Eval)\b")
# "-1M", "-400M": in the corpus, names ending in a count of millions are datasets about 9 times in 10
# (LAION-400M, PubTables-1M, SARLANG-1M against Pythia-70M, SmolLM-360M); billions are model sizes.
_DATASET = re.compile(r"[a-z][A-Za-z]*QA$|-(?:Set|QA|1[kK]|21[kK]|\d+(?:\.\d+)?M)$|Set$|Corpus$")
_SETTING_SET = re.compile(r"[A-Z][a-z]+-Set")
# plain words before "-Vision" name no model: "Low-Vision", "Language-Vision Planner" (not "-Base")
_PLAIN_VISION = re.compile(r"(?:[A-Z]?[a-z]+-)+Vision")
_WORD = re.compile(r"[A-Za-z]+")
# A capital before a capitalised part spells a coined name: "BLenDeR", "DAtaset" (not "PyTorch", "sLMs")
_COINED = re.compile(r"(?<![A-Z])[A-Z](?=[A-Z][a-z]{2})")
_ARTICLES = ("a ", "an ", "the ", "our ", "new ", "novel ")
_QUANTITY = re.compile(r"^[\d.,]+(?:[A-Za-z]{0,2}|%)$")
_ADJECTIVAL = re.compile(
    r"-(?:based|like|style|driven|free|aware|specific|level|wise|only|scale|size|sized|shot|time|step|"
    # a participle has a vowel before "-ed" ("GAN-Enhanced", "Instruction-Tuned"), not "Infi-Med", "Q-Sched"
    r"order|dimensional|domain|type|centric|oriented|modal|[a-z]*[aeiouy][a-z]*ed)$",
    re.IGNORECASE,
)
# Endings that give a type: ++, -Bench/Arena/Eval/Gym, ...QA, -7B sizes, -Instruct/-Chat ...
# (The first character is matched by a class and the rest checked with look-behinds, so that the
# regex engine can skip ahead to candidate characters: twice as fast as a plain alternation.)
# A name-shaped token with a method-name ending is a method ("GlorpNet", "SwiftFormer", "CAT-Seg",
# "HWMamba", "TEDFusion", "MeanFlow"; "MatBERT" a model); hyphenated plain words are not names
# ("Multi-Agent Systems"): docs/typing.md "Names by their shape".
_METHOD_ENDINGS = (
    "Net", "Former", "GAN", "BERT", "Mamba", "ViT", "NeRF", "Seg", "Det", "Diff", "Fusion", "Mixer", "Flow",
    "Planner", "Agent", "RAG",
)  # fmt: skip
_METHOD_END = re.compile(rf"(?:{'|'.join(_METHOD_ENDINGS)})$")
_ENDS = (
    "++", "Bench", "Arena", "Eval", "Gym", "Leaderboard", "QA", "Set", "Corpus", "-Instruct", "-Chat", "-IT",
    "-Base", "-Coder", "-VL", "-Vision", "-Mini", "-mini", *_METHOD_ENDINGS,
)  # fmt: skip
# By first letter: the engine skips ahead to those letters and tries one group there. A size ("7B", "350M")
# is found from its letter, the digit looked behind for (a one-letter match that starts at the digit).
_GROUPS = {c: "|".join(re.escape(e[1:]) for e in _ENDS if e[0] == c) for c in sorted({e[0] for e in _ENDS})}
_GROUPS.update({c: rf"{_GROUPS[c]}|(?<=\d{c})" for c in "BM"})
_SHAPE_END = re.compile(rf"(?:{'|'.join(f'{re.escape(c)}(?:{g})' for c, g in _GROUPS.items())})(?![\w\-+])")
_PLAIN_HYPHENATED = re.compile(r"[A-Z]?[a-z]+(?:-[A-Z]?[a-z]+)+")
_LOWER_PART = re.compile(r"^[a-z]{3,}[-.]")


def ending_type(token: str) -> str | None:
    """The type a method-name ending gives a name-shaped token (:data:`_METHOD_END`), else None."""
    if not _METHOD_END.search(token) or _PLAIN_HYPHENATED.fullmatch(token) or "--" in token:
        return None  # "Multi-Agent", "PropBank--VerbNet--WordNet" (a dash, not a hyphen)
    if _LOWER_PART.search(token):
        return None  # "non-RAG", "dense-RAG", "architectures-UNet", "trail.G2F-RAG": no name's start
    return "model" if token.endswith("BERT") else "method"


def _kind_in_text(text: str, start: int, end: int) -> str | None:
    """The type of the name-shaped ``text[start:end]`` by its shape, read with its document: a name
    typed a method by its ending alone inside a longer capitalised name is none (rule 59), a method by
    its shape where the paper names it as data is a dataset (rule 56: "the NuInsSeg dataset", "on the
    RACE++ and ARC datasets")."""
    token = text[start:end]
    shape = type_from_shape(token)
    kind = shape or ending_type(token)
    if kind != "method":
        return kind
    if not shape and inside_longer_name(text, start, end):
        return None  # "the Panoramic Dual BridgeNet", "EmoNet Face"
    if _METHOD_END.match(token):
        return kind  # "RAG", "GAN" alone: "a remote sensing RAG benchmark" is no data named RAG
    return "dataset" if data_context(text, token) else kind


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.+-")


@lru_cache(maxsize=1 << 16)
def is_name_shaped(token: str) -> bool:
    """True for ``CliMB-DC``, ``GPT-4``, ``COCO``, ``T5``, ``CHM-Corr++``; false for plain words.

    >>> is_name_shaped("3D"), is_name_shaped("5k"), is_name_shaped("Transformer-based")
    (False, False, False)
    """
    if not token or token[0] in "-.+" or _QUANTITY.match(token) or _ADJECTIVAL.search(token):
        return False
    if token.endswith("++") or any(ch.isupper() for ch in token[1:]):
        return True
    return any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token)


def has_name_shaped_word(name: str, title: bool = False) -> bool:
    """Whether some word of ``name`` is name-shaped: what a name in a title, where every word is
    capitalised, must have ("Training on Real and Synthetic Data" lists no names). In a ``title`` a
    capitalised compound of plain words is no such word (rule 68: "Agents on Real-World Tasks",
    "LLMs on Multi-Hop Reasoning").

    >>> has_name_shaped_word("Synthetic Data"), has_name_shaped_word("Snorp-5K")
    (False, True)
    >>> has_name_shaped_word("Real-World Tasks"), has_name_shaped_word("Real-World Tasks", title=True)
    (True, False)
    """
    return any(is_name_shaped(w) and not (title and _PLAIN_HYPHENATED.fullmatch(w)) for w in name.split())


def is_adjectival(token: str) -> bool:
    """True for ``Transformer-based``, ``GAN-Enhanced``, ``multi-modal`` (a modifier, not a name).

    >>> [is_adjectival(t) for t in ("GAN-Enhanced", "Instruction-Tuned", "Infi-Med", "Q-Sched")]
    [True, True, False, False]
    """
    return _ADJECTIVAL.search(token) is not None


def is_capitalised(token: str) -> bool:
    """True for ``Cityscapes`` (a capital then lower-case letters)."""
    return (
        len(token) > 1
        and token[0].isupper()
        and token[1:].replace("-", "").isalpha()
        and not _ADJECTIVAL.search(token)
    )


def looks_like_name(text: str) -> bool:
    """A phrase that could be a name: some name-shaped word, or every content word capitalised."""
    words = text.split()
    if not words or is_generic(text):
        return False
    if any(is_name_shaped(w) for w in words):
        return True
    content = [w for w in words if w.lower() not in {"of", "for", "and", "the", "in", "on", "to", "with"}]
    return len(content) >= 2 and all(is_capitalised(w.split("-")[0]) for w in content)


@lru_cache(maxsize=1 << 14)  # six in ten calls repeat a name met before
def type_from_shape(name: str) -> str | None:
    """The type a name's shape implies (-7B sizes, -Bench, ...QA, ++), else None."""
    if name.endswith("++"):
        return "method"
    if _BENCH.search(name):
        return "benchmark"
    if _MODEL_SIZE.search(name):
        return None if _PLAIN_VISION.fullmatch(name) else "model"  # "Low-Vision", "Text-to-Vision"
    if _DATASET.search(name):
        return None if _SETTING_SET.fullmatch(name) else "dataset"  # rule 175: "Open-Set" is a setting
    return None


_DATA_TYPES = frozenset({"dataset", "benchmark"})


def variant_type(name: str, base: str, text: str = "") -> str:
    """The type of a named variant of a ``base``-typed entity: a "-Bench" of a method or model is a
    benchmark ("GraphRAG-Bench", "MCP-Bench"), else ``base`` (sizes stay: "FineWeb-Edu-10B" is data
    and "Prithvi-600M" a model, whatever "-10B" and "-600M" suggest elsewhere). With the paper's
    ``text``, a method's or model's variant the paper names as data is a dataset (rule 66: "on the
    NTU RGB+D and PKU-MMD datasets", "the SPIn-NeRF dataset").

    >>> variant_type("ImgEdit-Bench", "dataset"), variant_type("MedReason-8B", "dataset")
    ('dataset', 'dataset')
    >>> variant_type("WebSailor-Bench", "method"), variant_type("ViT-Base", "method")
    ('benchmark', 'method')
    >>> variant_type("PKU-MMD", "method", "Experiments on the NTU RGB+D and PKU-MMD datasets.")
    'dataset'
    """
    if base not in _DATA_TYPES and _BENCH.search(name):
        return "benchmark"
    return "dataset" if text and base in ("model", "method") and data_context(text, name) else base


def type_from_head(phrase: str) -> str | None:
    """The type implied by the last word of ``phrase`` (``"Segment Anything Model"`` -> model). A plural
    "models" names a family of models, an approach ("Diffusion Probabilistic Models", "World Action
    Models"), never one trained model: a method, as "diffusion models" is in the guide.

    >>> type_from_head("Segment Anything Model"), type_from_head("Video Diffusion Models")
    ('model', 'method')
    >>> type_from_head("Masked Action Modeling"), type_from_head("Graph-based retrieval-augmented generation")
    ('method', 'method')
    """
    words = _WORD.findall(phrase)
    if not words:
        return None
    head = words[-1].lower()
    if head == "models" or " ".join(words[-2:]).lower() == "augmented generation":
        return "method"  # rule 176: "Time Series Augmented Generation", as retrieval-augmented generation
    return HEAD_TYPES.get(head) or HEAD_TYPES.get(head[:-1] if head.endswith("s") else head)


@cache
def _generic() -> frozenset[str]:
    lines = (_DATA / "generic.txt").read_text(encoding="utf-8").splitlines()
    # keyed as :func:`is_generic` keys a phrase: lower case, hyphens read as spaces ("scikit-learn")
    return frozenset(
        " ".join(x.lower().replace("-", " ").split()) for x in lines if x.strip() and not x.startswith("#")
    )


@lru_cache(maxsize=1 << 16)
def is_generic(text: str, *, generic_modifier: bool = True) -> bool:
    """True for phrases that are not names ("large language models", "SOTA", "a new dataset").

    ``generic_modifier=False`` keeps a generic word before a head word ("Dataset Distillation",
    "model quantization", "Hungarian matching"): a curated lexicon form is a name even so; a discovered
    phrase ("Deep Learning Framework") is not.

    >>> is_generic("Deep Learning Framework"), is_generic("dataset distillation")
    (True, True)
    >>> is_generic("dataset distillation", generic_modifier=False), is_generic("LLMs", generic_modifier=False)
    (False, True)
    >>> is_generic("Scikit-Learn"), is_generic("Vision-Language Models"), is_generic("BLenDeR")  # rule 91
    (True, True, False)
    """
    if _COINED.search(text):
        return False  # a coined spelling ("BLenDeR") is not the generic word it folds to (the tool Blender)
    key = " ".join(text.lower().replace("-", " ").split())
    generic = _generic()
    if key in generic:
        return True
    parts = key.replace(" to ", " ").split()
    if len(parts) > 1 and all(p in generic for p in parts):  # "Chinese-to-English"
        return True
    if generic_modifier and len(parts) > 1 and parts[-1] in HEAD_TYPES and " ".join(parts[:-1]) in generic:
        return True  # "Large Language Model Agent", "Deep Learning Framework"
    if key.endswith("s") and key[:-1] in generic:
        return True
    return any(key.startswith(a) and key[len(a) :] in generic for a in _ARTICLES)


_CLASS_HEADS = frozenset({"model", "models"})
_CLASS_ACRONYMS = frozenset({"llms", "vlms", "mllms", "lmms", "lvlms", "slms", "lms", "llm", "vlm", "mllm"})
# Modalities alone before "model(s)" make a class ("multi-modal models", "text-to-image models")
_MODALITIES = frozenset(
    "multimodal multi modal cross omni video vision visual image text speech audio 3d 2d to".split()  # noqa: SIM905
)


@lru_cache(maxsize=1 << 14)
def generic_tail(phrase: str) -> bool:
    """Whether ``phrase`` ends in a class of models with modifiers in front: "High-Resolution Large
    Vision-Language Models", "Multimodal Reasoning Models" are classes, as "large language models" is.

    >>> generic_tail("High-Resolution Large Vision-Language Models"), generic_tail("Graph Neural Networks")
    (True, False)
    >>> generic_tail("Spatial State Models"), generic_tail("Multimodal Reasoning Models")
    (False, True)
    >>> generic_tail("medical LLMs"), generic_tail("LLMs"), generic_tail("video diffusion models")
    (True, False, False)
    >>> generic_tail("multi-modal models"), generic_tail("Text-to-Image Models")
    (True, True)
    """
    words = phrase.lower().replace("-", " ").split()
    if 2 <= len(words) <= 3 and words[-1] in _CLASS_ACRONYMS:
        return True  # "medical LLMs", "Code MLLMs": any modifier before a class acronym
    if len(words) >= 2 and words[-1] in _CLASS_HEADS and all(w in _MODALITIES for w in words[:-1]):
        return True
    if len(words) < 3 or words[-1] not in _CLASS_HEADS:
        return False
    generic = _generic()
    return any(" ".join(words[i:]) in generic for i in range(1, len(words) - 1))


# "sub-200M", "over-1B", "up-to-7B": a quantity, not a name.
_QUANTITY_PREFIX = re.compile(r"(?:sub|over|under|up-to|approx|about|near)-\d", re.IGNORECASE)
# "e.g.LightRAG": an abbreviation glued to the name is no part of it
_GLUED_ABBREVIATION = re.compile(r"(?:e\.g|i\.e|cf|vs|etc)\.(?=[A-Z0-9])")

_EXPANSION = re.compile(r" ?\(([a-z][a-z\- ]{2,60})\)")
_STOP = frozenset(("to", "of", "and", "for", "the", "a", "an", "in", "on"))


def spelled_out(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by its lower-case expansion: "B2B
    (business-to-business)" abbreviates an ordinary phrase and names nothing.

    >>> t = "in B2B (business-to-business) settings, Foo-7B (a fine-tuned model)"
    >>> spelled_out(t, 6), spelled_out(t, t.index(" (a"))
    (True, False)
    """
    match = _EXPANSION.match(text, end)
    if match is None:
        return False
    initials = "".join(w[0] for w in re.split(r"[\s\-]+", match.group(1)) if w and w not in _STOP)
    short = text[text.rfind(" ", 0, end) + 1 : end]
    return initials == "".join(ch for ch in short.lower() if ch.isalpha())


def shape_candidates(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` for tokens whose shape alone gives a type (``Qwen2.5-72B``, ``X-Bench``).

    >>> shape_candidates("We test Qwen2.5-72B on SWE-Bench and HotpotQA.")
    [(8, 19, 'model'), (23, 32, 'benchmark'), (37, 45, 'dataset')]

    Quantities are not names: "sub-200M parameter models", "Qwen models (1.5B-14B)".

    >>> shape_candidates("among sub-200M models and Qwen models (1.5B-14B)")
    []

    Method-name endings: "GlorpNet", "CAT-Seg", "MatBERT"; not hyphenated plain words.

    >>> shape_candidates("GlorpNet beats CAT-Seg and MatBERT in Multi-Agent settings.")
    [(0, 8, 'method'), (15, 22, 'method'), (27, 34, 'model')]
    """
    out = []
    last = -1
    for match in _SHAPE_END.finditer(text):
        start, end = match.span()
        start -= end - start == 1  # a size "7B" found at its letter starts at the digit
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        token_start = start
        while start < end and not text[start].isalpha():
            start += 1
        glued = _GLUED_ABBREVIATION.match(text, start, end)
        start = glued.end() if glued else start  # "(e.g.LightRAG)": the name after the abbreviation
        token = text[start:end]
        if start <= last or not is_name_shaped(token) or _QUANTITY_PREFIX.match(token):
            continue
        if any(ch.isdigit() for ch in text[token_start:start]) and token[1:2] == "-":
            continue  # "1.5B-14B": the rest of a range of sizes, not a name "B-14B"
        if token_start and text[token_start - 1] == "\\":
            continue  # "$\\sim0.6B$": a LaTeX command, no name
        kind = _kind_in_text(text, start, end)
        if kind and not is_generic(token):
            out.append((start, end, kind))
            last = start
    if "(" in text:  # "B2B (business-to-business)" once: no occurrence of B2B is a name
        spelled = {text[s:e] for s, e, _ in out if spelled_out(text, e)}
        out = [c for c in out if text[c[0] : c[1]] not in spelled]
    return out
