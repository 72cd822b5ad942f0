"""Names typed by the phrase in apposition to them, with no introduction cue: "CHM-Corr, a
state-of-the-art explanation method", "ProtoPNet is an interpretable network", "FooQA, a dataset of".

A name-shaped token (:func:`kg.extract.shapes.is_name_shaped`: inner capitals, digits, "++") followed
by ", a / an …" or "is / was a / an …" and, within six words, a head noun that gives a type
(:func:`kg.extract.shapes.type_from_head`: method, model, dataset, benchmark, metric) is a name of that
type. It is the paper's own when the apposition says so ("FrequencyMix, a novel data augmentation
method", "a newly constructed dataset"); otherwise its role is decided like any discovered name's
(docs/typing.md "Names typed by their apposition"): an introduction cue makes it the paper's own.

>>> [(c.name, c.type) for c in apposed_candidates("We take CHM-Corr, a state-of-the-art explanation method.")]
[('CHM-Corr', 'method')]
>>> [(c.name, c.type) for c in apposed_candidates("ProtoPNet is an interpretable network for birds.")]
[('ProtoPNet', 'method')]
>>> [(c.name, c.role) for c in apposed_candidates("We train with FrequencyMix, a novel mixing method.")]
[('FrequencyMix', 'introduced')]
>>> apposed_candidates("In 2024, a new model appeared; LLMs, a class of models, and COVID-19, a disease.")
[]
>>> apposed_candidates("We introduce Skywork R1V, a multimodal reasoning model.")  # the name is longer
[]
"""

from __future__ import annotations

import re

from kg.extract.apposed_own import newly_other, own_apposed
from kg.extract.candidates import Candidate
from kg.extract.compared import distinctive_name
from kg.extract.shapes import is_generic, type_from_head, type_from_shape

__all__ = ["apposed_candidates", "kind_before", "long_form_kind"]

# what follows the name: ", a " / ", an " / " is a " / " was an "; found with str.find first (cheap)
_JOINS = (", a ", ", an ", " is a ", " is an ", " was a ", " was an ")
# each pair of joins as the stem they share: one pass of str.find for ", a " and ", an "
_JOIN_STEMS = tuple((join[:-1], (join, join[:-1] + "n ")) for join in _JOINS[::2])
_NAME_BEFORE = re.compile(r"[A-Za-z0-9][\w.+\-/]*[\w+]$")
_HEAD = re.compile(
    r"(?:[\w\-]+,?\s+){0,6}?(?P<head>methods?|approach(?:es)?|algorithms?|frameworks?|models?|"
    r"architectures?|networks?|datasets?|benchmarks?|corpus|corpora|suite|metrics?|measures?|"
    r"techniques?|toolkits?|library|agents?|pipelines?|family\s+of\s+models|LLMs?|MLLMs?|VLMs?)\b(?!-)"
)
_TYPES = frozenset({"method", "model", "dataset", "benchmark", "metric"})
# "FrequencyMix, a novel data augmentation method", "FERV39k-Plus, a newly constructed dataset"
_NEW = re.compile(r"\b(?:novel|new|newly)\b")  # not "proposed": "a recently proposed dataset"


def apposed_candidates(text: str, title_len: int = 0) -> list[Candidate]:
    """Name-shaped tokens with a typing phrase in apposition (see the module docstring); ``text[:title_len]``
    is the title."""
    found = []  # (start, the join's place in _JOINS, where it stands, candidate): each join's, by start
    for stem, pair in _JOIN_STEMS:
        joins = [join for join in pair if not text.startswith(join)]  # a join at 0 was never counted
        at = text.find(stem, 1)
        while at > 0:
            for join in joins:
                if text.startswith(join, at) and (cand := _at(text, at, join, title_len)) is not None:
                    found.append((cand.start, _JOINS.index(join), at, cand))
            at = text.find(stem, at + 1)
    return [cand for *_, cand in sorted(found)]


_WORD_BEFORE = re.compile(r"([A-Z][\w\-]*) $")


def _longer_name(text: str, start: int) -> bool:
    """Whether a capitalised word, not starting a sentence, comes right before ``start``."""
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is None:
        return False
    before = text[: word.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;" and not word.group(1).endswith("'s")


# "LandslideVLM, a landslide-oriented VLM", "ScreenVLM, a compact … model": one model whose name ends in
# a class acronym, with a lower-case letter before it (not "MLLM", "LVLM"), singular (not "ViLLMs").
_NAMED_LM = re.compile(r"[A-Z][\w\-]*[a-z0-9][\w\-]*(?:LLM|VLM|LM)")


def _named_lm(name: str) -> bool:
    """Whether ``name`` is one model named after its class acronym (in apposition only: a comparison
    cue reads classes too, "ViLLMs").

    >>> [_named_lm(x) for x in ("LandslideVLM", "Med3DVLM", "Legal-LLM", "MLLM", "ViLLMs", "sudoLLM")]
    [True, True, True, False, False, False]
    """
    return bool(_NAMED_LM.fullmatch(name))


# "FAMOU, a framework built upon …", "we collate BIMO, a new dataset": a word in capitals of four or more
# letters in apposition to a kind of thing (docs/typing.md rule 101)
_CAPITALS = re.compile(r"[A-Z]{4,}")
_THE = re.compile(r"\b[Tt]he\s$")


def _capitals_name(text: str, name: str, start: int) -> bool:
    """Whether ``name`` at ``start``, a word in capitals that no comparison reads as a name ("CNN", "SOTA"),
    names a thing of its own here: four or more letters, no generic word, not defined as an acronym in the
    text (the acronym rules read "(FAMOU)"), not after "the" (an acronym used as a noun: "The QRSX, a
    network of layers"), no plural of a class ("LLMS").

    >>> t = "We build FAMOU, a framework. ZQRT, a method (ZQRT). The QRSX, a CNN or SOTA network."
    >>> [_capitals_name(t, x, t.index(x)) for x in ("FAMOU", "ZQRT", "CNN", "SOTA", "QRSX")]
    [True, False, False, False, False]
    """
    return (
        _CAPITALS.fullmatch(name) is not None
        and _THE.search(text, max(0, start - 4), start) is None
        and not is_generic(name)
        and f"({name}" not in text
        and not name.endswith(("LMS", "LLM", "VLM"))
    )


def _name_before(text: str, at: int) -> re.Match[str] | None:
    """``_NAME_BEFORE.search(text, max(0, at - 60), at)``, searched from the last space before ``at`` (the
    name holds none): a ``$``-anchored search tries every start in its window."""
    lo = max(0, at - 60)
    return _NAME_BEFORE.search(text, max(lo, text.rfind(" ", lo, at) + 1), at)


def _at(text: str, at: int, join: str, title_len: int) -> Candidate | None:
    token = _name_before(text, at)
    if token is None or (
        token.start() > 0 and (text[token.start() - 1].isalnum() or text[token.start() - 1] in "-/")
    ):
        return None
    name = token.group()
    if _longer_name(text, token.start()):
        return None  # "Skywork R1V, a multimodal reasoning model": the name starts before the token
    head = _HEAD.match(text, at + len(join), min(len(text), at + len(join) + 90))
    if head is None or not (
        distinctive_name(name) or _named_lm(name) or _capitals_name(text, name, token.start())
    ):
        return None
    kind = type_from_head(head.group("head"))
    if kind not in _TYPES:
        return None
    new = _NEW.search(head.group()) and not newly_other(text, token.start(), at)
    role = "introduced" if new or own_apposed(text, token.start(), at, title_len) else "used"
    return Candidate(token.start(), at, kind, name, confidence=0.7, rule="cue.apposed", role=role)


# "Robust Visual Dependency (RVD), a principled metric that …": the kind in apposition types the name (a
# task or a method in up to three words, none a function word: "(NEP), a learning task"; rule 124).
_LONG_APPOSED = re.compile(
    r"\),\s(?:a|an)\s(?:(?!(?:of|for|to|with|that|which|in|on)\s)[\w\-]+\s){0,3}?(metric|measure|dataset|"
    r"corpus|benchmark|task|problem|method|framework|approach|algorithm|technique|system|pipeline|strategy)(?![\w-])"
    r"(?!\s+(?:setup|setting|formulation|paradigm|definition)s?\b)"  # "a novel problem setup" is a setting
)
_LONG_APPOSED_TYPE = {"metric": "metric", "measure": "metric", "dataset": "dataset", "corpus": "dataset"}
_LONG_APPOSED_TYPE |= {"benchmark": "benchmark", "task": "task", "problem": "task"}


def long_form_kind(text: str, short_end: int, long_text: str = "", short_text: str = "") -> str | None:
    """The type a kind in apposition right after "Long Form (LF)" gives ("…(RVD), a principled metric");
    a task or a method only against a task or no head and shape (rule 124: "(NEP), a learning task",
    "(RAPM), a diffusion distillation method"; "Open Knowledge Bench (OKBench), a framework" stays a
    benchmark), and no task in the plural ("electronic health records (EHRs), a task that …").

    >>> t = "PRPO introduces Robust Visual Dependency (RVD), a principled metric that filters tokens"
    >>> long_form_kind(t, t.index("RVD") + 3), long_form_kind("a Foo Bar (FB), a module", 13)
    ('metric', None)
    >>> t = "position matching (PM), a distillation method; event prediction (EP), a new task"
    >>> long_form_kind(t, t.index("PM") + 2, "position matching")
    'method'
    >>> long_form_kind(t, t.index("EP") + 2, "event prediction")
    'task'
    >>> long_form_kind("Domain Generalization (DG), a new problem setup", 25, "Domain Generalization") is None
    True
    >>> t = "Masked Language Modeling (MLM), a pretraining task; Foo Selection (FS), a task-driven method"
    >>> long_form_kind(t, 29, "Masked Language Modeling") is None, long_form_kind(t, t.index("FS") + 2)
    (True, 'method')
    """
    match = _LONG_APPOSED.match(text, short_end)
    if match is None:
        return kind_before(text, text.rfind(long_text, 0, short_end)) if long_text else None
    kind = _LONG_APPOSED_TYPE.get(match.group(1).lower(), "method")
    if kind not in ("method", "task"):
        return kind
    if (type_from_head(long_text) or type_from_shape(short_text)) not in (None, "task"):
        return None
    return None if kind == "task" and (short_text.endswith("s") or long_text.endswith("s")) else kind


# Rule 209: the kind a definition's long form is given in front of it: "a metric called Number of Thoughts
# (NofT)", "a new metric, the Embedding Dimension Impact (EDI) score", "a new corpus, the … (MEVS)".
_KIND_BEFORE = re.compile(
    r"\b(?:a|an)\s+(?:(new|novel|proposed)\s+)?(?:[\w\-]+\s+){0,2}?(metric|measure|score|dataset|corpus|benchmark)"
    r"(?:\s+(?:called|named|termed|dubbed)|(?(1),|(?!)))\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_EVALUATION_WORD = re.compile(r"evaluat|assess", re.IGNORECASE)


def kind_before(text: str, start: int) -> str | None:
    """The type the phrase right before a long form starting at ``start`` gives it (rule 209): "a (new)
    dataset / corpus / benchmark called X", "a new / an evaluation metric called X", or "a new metric, the
    X"; None otherwise (a metric neither new nor of evaluation may be a distance the method computes).

    >>> t = "we propose a new metric called Number of Thoughts (NofT) to rank tasks"
    >>> kind_before(t, t.index("Number")), kind_before(t.replace("new ", ""), t.index("Number") - 4)
    ('metric', None)
    >>> t = "We release a new corpus, the Multilingual European Value Survey (MEVS), which"
    >>> kind_before(t, t.index("Multi")), kind_before("It uses a metric, the Foo Score (FS).", 22)
    ('dataset', None)
    """
    if start <= 0:
        return None
    match = _KIND_BEFORE.search(text, max(0, start - 80), start)
    if match is None:
        return None
    kind = _LONG_APPOSED_TYPE.get(match.group(2).lower(), "metric")
    if kind == "metric" and not (match.group(1) or _EVALUATION_WORD.search(match.group())):
        return None  # "(2) a metric called TS-DCM, which uses α-distance correlation": a distance function
    return kind
