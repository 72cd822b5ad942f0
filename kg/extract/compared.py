"""Names a paper compares against or builds on without an introduction cue: its baselines.

"Our model outperforms ShieldGemma-2 and LlavaGuard", "compared with WireMask-EA and EGPlace",
"baselines such as GreedySelect": each name-shaped token of the list after a comparison cue is a
method or model the paper *uses* (docs/typing.md "Names compared against").

>>> [(c.name, c.type) for c in compared_candidates("It outperforms ShieldGemma-2 and LlavaGuard on X.")]
[('ShieldGemma-2', 'method'), ('LlavaGuard', 'method')]
>>> [(c.name, c.type) for c in compared_candidates("Compared with Qwen2.5-7B, FooNet is faster.")]
[('Qwen2.5-7B', 'model')]
>>> compared_candidates("It outperforms LLMs, CNNs and 4 A100 GPUs.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.any_case import AnyCase
from kg.extract.candidates import Candidate
from kg.extract.quantities import is_hardware_or_count
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped, type_from_shape
from kg.extract.text_words import cue_forms, present

__all__ = ["compared_candidates", "distinctive_name", "list_items"]

# Plural heads of kinds of methods that list baselines (rule 218: "architectures such as ELAN, MSP, and CSP",
# "solvers, such as LaCAM"); not "frameworks", "systems", "tools" (software: "frameworks such as AutoGen").
_KIND_HEADS = tuple("architectures backbones detectors solvers optimizers attacks samplers trackers".split())  # noqa: SIM905
_KINDS = "|".join(_KIND_HEADS)
# A comparison cue, then optional determiners and describing words ("the strong baseline",
# "state-of-the-art methods such as"), then the list.
_CUE = re.compile(
    r"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|"
    r"(?:compare[sd]?|comparisons?|comparing)\s+(?:it\s+|them\s+)?(?:with|to|against)|"
    r"(?:baselines?|methods|models|approaches|techniques|algorithms)\s*(?:,\s*)?"
    r"(?:such\s+as|including|like|\(e\.g\.,?|\(|:)|"
    rf"(?:{_KINDS})\s*(?:,\s*)?"
    r"(?:such\s+as|including|like|\(e\.g\.,?)|"
    r"(?:improvements?|gains?|better|superior|advantages?|speed-?ups?)\s+(?:over|than|to))"
    r"\s+(?:(?:the|strong|existing|prior|previous|recent|competitive|leading|popular|several|other|"
    r"baselines?|methods?|models?|approaches|state-of-the-art|SOTA|SoTA|such\s+as|including|like|"
    r"both|either)[\s,:]+){0,4}",
    re.IGNORECASE,
)
# The words a cue starts with (lower case): found with ``str.find``, far cheaper than a regex scan, and only
# where the text holds a word a cue is (kg.extract.text_words); with nothing between, "methodssuch as" is one.
_GLUED = ("", "such", "including", "like")
_CUE_WORDS = cue_forms({
    "outperform": "outperform outperforms outperformed outperforming",
    "surpass": "surpass surpasses surpassed surpassing", "beat": "beat beats beating",
    "compar": "compare compares compared comparison comparisons comparing",
    **{w: " ".join(f"{form}{g}" for form in forms.split() for g in _GLUED) for w, forms in (
        ("baseline", "baseline baselines"), ("methods", "methods"), ("models", "models"),
        ("approaches", "approaches"), ("techniques", "techniques"), ("algorithms", "algorithms"),
        *((w, w) for w in _KIND_HEADS),
    )},
    "improvement": "improvement improvements", "gain": "gain gains", "better": "better",
    "superior": "superior", "advantage": "advantage advantages", "speed": "speed speedup speedups",
})  # fmt: skip
# One list item: a token, optionally a version number after it ("Gemini 2.5"), then a separator.
_ITEM = re.compile(
    r"(?P<name>[A-Za-z0-9][\w.+\-/]*[\w+])(?P<version> \d+(?:\.\d+)*\b)?"
    r"(?P<sep>\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+)?"
)
# The name is the last word of a longer phrase ("Cross-Scan branch"): what follows decides.
_FOLLOWED = re.compile(
    r"\s+(?!and\b|or\b|on\b|in\b|by\b|with\b|across\b|at\b|for\b|while\b|when\b|to\b|as\b|in\b|"
    r"under\b|over\b|but\b|which\b|that\b|is\b|are\b|was\b|were\b|"
    # rule 471: a preposition, an auxiliary or a conjunction ends the slot too ("SIREN, DiGS, and StEik
    # without adding …", "techniques like PreciseControl have shown …"): none is the head of a longer name
    r"without\b|from\b|via\b|through\b|within\b|against\b|during\b|despite\b|whereas\b|"
    r"have\b|has\b|had\b|can\b|could\b|may\b|might\b|would\b|will\b|also\b|still\b)[A-Za-z]"
)
_MAX_ITEMS = 6
_NUMBER_FORMAT = re.compile(r"(?:U?INT|FP|BF|TF)\d+")  # "FP16 beats INT8": number formats, not methods
_METRIC_END = re.compile(r"-(?:F1|Score|BLEU|ROUGE\w*|AUC|IoU|Acc)$")  # "Semantic-F1 outperforms Jaccard-F1"
# A cue whose head says the items are methods or models and that lists them: "baselines such as",
# "methods like", "models including", "approaches (e.g.," (rule 218: where a capital acronym is a name).
_HEADED = re.compile(
    rf"(?P<head>baselines?|methods?|models?|approaches|techniques|algorithms|{_KINDS})[\s,]*"
    r"(?:such\s+as|including|like|\(e\.g\.,?)",
    re.IGNORECASE,
)
_HEADED_ANY = AnyCase(_HEADED)  # searched in the lower-cased cue when it is ASCII


def distinctive_name(name: str) -> bool:
    """A distinctive name: name-shaped, not a class ("LLMs"), a quantity, hardware or a modifier; what a
    cue without a head noun may read as a name (here and in :mod:`kg.extract.apposed`).

    >>> [distinctive_name(x) for x in ("LlavaGuard", "LLMs", "CNN", "FP16", "en-AU", "Qwen2.5-7B")]
    [True, False, False, False, False, True]
    """
    if (
        _NUMBER_FORMAT.fullmatch(name)
        or _METRIC_END.search(name)
        or not is_name_shaped(name)
        or is_adjectival(name)
        or is_generic(name)
        or is_hardware_or_count(name)
    ):
        return False
    if not name[0].isupper() or name.endswith(("LMs", "LLM", "VLM", "LM")):
        return False  # "en-AU" (a language code), "ViLLMs" (a class of models)
    if name.isupper() and name.rstrip("s").isalpha():
        return False  # "CNN", "SOTA", "MAS": an acronym is named by its definition, not by a comparison
    return not (name.endswith("s") and name[:-1].isupper())  # "CNNs", "GNNs": plural classes


def listed_acronym(name: str, text: str) -> bool:
    """An all-capital name of three letters or more listed after a cue with a method or model head (rule
    218: "baselines such as AIDE and ML-Master", "models such as BAGEL and UniWorld-V1", "jailbreaking
    methods such as GCG, PEZ, and GBDA"): a baseline named without a definition; not a generic word
    ("LLM", "SOTA"), hardware, a number format, nor an acronym ``text`` defines ("(MDD)": the definition
    names it).

    >>> [listed_acronym(x, "We test MDD (MDD) methods.") for x in ("AIDE", "MDD", "LLM", "GPU", "FP16", "MT")]
    [True, False, False, False, False, False]
    """
    return (
        len(name) >= 3
        and name.isalpha()
        and name.isupper()
        and not is_generic(name)
        and not is_hardware_or_count(name)
        and f"({name})" not in text
        and f"({name}s)" not in text
    )


def compared_candidates(text: str, known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Name-shaped names listed after a comparison cue, typed by their shape, else "model" when the
    cue says models ("models such as X"), else ``method``; none that overlaps a ``known`` (lexicon)
    mention: the lexicon's reading wins."""
    out: list[Candidate] = []
    done = 0
    for start in _cue_starts(text):
        cue = _CUE.match(text, start) if start >= done else None
        if cue is None:
            continue
        done = cue.end()
        default = "model" if "model" in cue.group().lower() else "method"
        headed = _HEADED_ANY.search(cue.group())  # group text lower case: read with .lower() below
        items = list_items(text, cue.end(), default, headed is not None)
        models = headed is not None and headed.group("head").lower().startswith("model")
        out += _anchored(items, known) if models else items
    return [c for c in out if not any(k.start < c.end and c.start < k.end for k in known)]


def _anchored(items: list[Candidate], known: Sequence[Candidate]) -> list[Candidate]:
    """Rule 218: after "models", all-capital items stand only in a list with a name-shaped item or a known
    method or model ("models such as ARIMA and SVR", "models, such as GPT and LLaMA"): the head also names
    other things ("color models, such as RGB, HSV, and LAB"); "baselines / methods / approaches …" do not."""
    if all(distinctive_name(c.name) for c in items):
        return items
    methods = [k for k in known if k.type in {"method", "model"}]
    if any(distinctive_name(c.name) for c in items) or any(
        k.start < c.end and c.start < k.end for c in items for k in methods
    ):
        return items
    return []


def _cue_starts(text: str) -> list[int]:
    """Sorted starts of the words of :data:`_CUE_WORDS` at a word start (any case)."""
    low = text.lower()
    out = []
    for word in present(text, _CUE_WORDS):
        i = low.find(word)
        while i >= 0:
            if i == 0 or not low[i - 1].isalnum():
                out.append(i)
            i = low.find(word, i + 1)
    return sorted(out)


def list_items(text: str, pos: int, default: str, headed: bool = False) -> list[Candidate]:
    """The list "X, Y and Z" at ``pos``; after a comma, only a list closed by "and" / "or" goes on
    ("Compared with X, FooNet is faster" names X alone); ``headed``: the cue says methods or models, so an
    all-capital acronym is an item too (:func:`listed_acronym`)."""
    found: list[Candidate] = []
    closed = False
    for _ in range(_MAX_ITEMS):
        item = _ITEM.match(text, pos)
        if item is None:
            break
        start, end = item.span("name")
        name = text[start:end]
        if item.group("version"):
            end = item.end("version")
        named = distinctive_name(name) or (headed and listed_acronym(name, text))
        if not named or _FOLLOWED.match(text, end):
            break
        kind = type_from_shape(text[start:end]) or default
        if kind not in {"method", "model"}:
            break  # a benchmark or dataset shape after a comparison cue: not a baseline
        found.append(Candidate(start, end, kind, text[start:end], confidence=0.6, rule="cue.compared"))
        sep = item.group("sep") or ""
        if not sep:
            break
        closed = closed or "and" in sep or "or" in sep
        pos = item.end()
    return found if closed or len(found) < 2 else found[:1]
