"""Cue-phrase discovery of names the lexicon lacks.

Each function takes a document text and returns :class:`Candidate` spans with the rule that
found them. Names must *look* like names (see :mod:`kg.extract.shapes`); the type comes from the
context (a head word such as "benchmark" near the name), then from the name's own shape.

>>> t = "We introduce CliMB-DC, a human-guided framework for co-pilots."
>>> [(t[c.start:c.end], c.type, c.rule) for c in intro_candidates(t)]
[('CliMB-DC', 'method', 'cue.introduce')]
>>> t = "Experiments on CUB-200 and Stanford Cars show gains."
>>> [(t[c.start:c.end], c.type) for c in evaluation_candidates(t)]
[('CUB-200', 'dataset'), ('Stanford Cars', 'dataset')]
>>> t = "We report results on the Penn Treebank dataset."
>>> [(t[c.start:c.end], c.type, c.rule) for c in head_candidates(t)]
[('Penn Treebank', 'dataset', 'cue.the_x_head')]
"""

from __future__ import annotations

import re

from kg.extract.abbrev import LATEX_EMPHASIS, abbreviates_earlier, match_long_form
from kg.extract.anchored import finditer_at
from kg.extract.any_case import AnyCase
from kg.extract.candidates import Candidate
from kg.extract.data_kinds import after_a_kind, is_kind_of_data, is_modality, opens_a_kind
from kg.extract.described_data import described_data_candidates
from kg.extract.extent import trim_name
from kg.extract.head_after import NAME as _NAME  # a name: one to six capitalised / name-shaped tokens
from kg.extract.head_after import head_after
from kg.extract.intro_cue import INTRO_CUE, intro_cue_spans
from kg.extract.list_comparisons import compared_or_scored
from kg.extract.list_ends import METHOD_LIST_END, METHODS_OPEN, starts_the_clause
from kg.extract.model_classes import names_a_model_class
from kg.extract.plain_acronyms import plain_acronym
from kg.extract.quantities import is_hardware_or_count, without_score
from kg.extract.shapes import (
    is_adjectival,
    is_capitalised,
    is_generic,
    is_name_shaped,
    looks_like_name,
    type_from_head,
    type_from_shape,
)
from kg.extract.suite_of import suite_of_models
from kg.extract.text_words import cue_forms, present

__all__ = [
    "INTRO_CUE",
    "evaluation_candidates",
    "head_candidates",
    "infer_type",
    "intro_candidates",
    "intro_cue_spans",
    "passive_candidates",
]

_ADJ = (
    r"(?:a|an|the|our|two|three|several|novel|new|simple|unified|first|large-scale|comprehensive|"
    r"challenging|general|generic|lightweight|efficient|effective|scalable|open|open-source|"
    r"high-quality|diverse|holistic|systematic|principled|robust|training-free|innovative|plug-and-play|"
    r"end-to-end|hybrid|simple-yet-effective|[a-z]+-(?:based|scale|"
    r"aware|free|grained|guided|centric|modal|source|level|driven|agnostic|specific|purpose|quality|stage))"
)
_OBJECT = re.compile(
    rf"\s*(?:{_ADJ}\s+)*"
    r"(?:(?P<head>(?:[a-z][\w\-]*\s+){0,4}?"
    r"(?:benchmark|dataset|corpus|framework|model|method|approach|algorithm|architecture|system|"
    r"pipeline|suite|family|series|metric|technique|toolkit|library|agent|paradigm|network|"
    r"environment|platform|collection|tool|language\smodel|LLM|MLLM|VLM|testbed|leaderboard|arena|task)s?)\b"
    r"\s*,?\s*(?:(?:called|named|dubbed|termed|coined|namely|i\.e\.),?\s*)?"
    # "a trainable dynamic mask sparse attention mechanism, Dynamic Mask Attention, …", "a large-scale
    # multimodal CAD dataset, mmABC, …": a longer head phrase, or a part noun, then the name in apposition
    r"|(?P<apposed>(?:[\w\-]+\s+){0,6}?(?:benchmark|dataset|corpus|Benchmark|Dataset|Corpus|framework|model|"
    r"method|approach|solution|"
    r"algorithm|architecture|system|pipeline|metric|network|module|mechanism|strategy|loss|layer|block|"
    r"encoder|decoder|scheme|paradigm|agent|resource|platform|toolbox|toolkit|simulator|"
    # agent nouns a paper names its system by: "a single-pass adaptive tokenizer, KARL, which …"
    r"tokenizer|tracker|classifier|detector|estimator|predictor|generator|retriever|reranker|verifier|"
    r"planner|solver|optimizer|compressor)),\s+"
    r"(?=[^,.;]{2,60}?(?:,|\.|\s\())"
    r")?"
    r"(?:\*\*|(?:" + LATEX_EMPHASIS + r"){1,2}|"
    r"(?P<quote>(?:[a-z][\w\-]*\s+){0,3}?(?:``|\"|\u201c)))?"
    # emphasis: "we introduce **CoE**", "\textbf{X}", nested "\textbf{\textsc{Med-Stress}}"; a quoted name:
    # "an auxiliary ``Idea Head''"
    rf"(?P<name>{_NAME})"
)
# What _OBJECT's match needs: its name holds an [A-Z0-9] (every token of _NAME does), and what stands
# before the name holds none of ".;:()!?" but the dots of "i.e." (a third of the cues' objects have no
# such character before their first stop: "a novel two-stage framework combining open-vocabulary …").
_OBJECT_GATE = re.compile(r"[^A-Z0-9.;:()!?]*+(?:[A-Z0-9]|(?<=i)\.)")
# rules 128, 130: "\textbf{X}, a 30,000-pair … dataset"; no clause ("a methodology that … datasets"), no
# head before a hyphen ("an LLM-powered framework") or "LLM" before a noun ("a multi-agent LLM framework")
_APPOSITIVE = re.compile(
    r"(?:\}{1,2}|\*\*)?\s*(?:\([^()]{1,80}\))?\s*(?:,|:|\bis\b|\bas\b)?\s*(?:which\sis\s)?(?:a|an|the|our)?\s*"
    r"(?P<phrase>(?:(?!(?:that|which|who|whose|where|to|for|with|on|in|by|from|we|is|are|was|were)\s)"
    r"(?:\\[a-z]+\{)?[\w\-]+(?:[.,]\d[\w\-]*)*\}?,?\s+){0,6}?"
    r"(?:benchmarks?|datasets?|databases?|corpus|corpora|framework|models?|method|approach|algorithm|architecture|"
    r"suite|family|series|metric|measure|technique|toolkit|library|agent|network|collection|testbed|"
    r"leaderboard|arena|(?:LLM|MLLM|VLM)s?"
    r"(?!\s+(?:[a-z][\w\-]*\s+){0,2}?(?:framework|method|system|pipeline|paradigm|agent)s?\b)|pipeline|system))\b(?!-)"
)
_EVAL_WORD = AnyCase(re.compile(  # searched case-sensitively in lower-cased text: 2.5x faster
    r"\b(?:evaluat\w*|experiments?|results?|tested|test|trained|train|training|fine-?tuned|pre-?trained|"
    r"benchmark(?:ed|ing)?|performance|accuracy|achiev\w*|outperform\w*|state-of-the-art|gains|"
    r"improvements?|validated|conducted|assess\w*|report\w*)\b",
    re.IGNORECASE,
))  # fmt: skip
_EVAL_ON = re.compile(  # "\b(?:on|across|over) …", with a leading character class for a faster search
    r"[oa](?<=\b[oa])(?:(?<=o)n|(?<=a)cross|(?<=o)ver) (?:(?:the|both|two|three|four|five|six|several|"
    r"multiple|various|public|standard|popular|widely-used|benchmark|real-world|challenging) )*"
)
_EVAL_WORDS_ON = cue_forms({"on ": "on", "across ": "across", "over ": "over"})  # where every match starts
# What may stand between the cue and the list: "benchmark datasets (", "three datasets: the ",
# "microscopy super-resolution (" — a few lower-case words, then "(" or a colon.
_LIST_OPEN = re.compile(r"(?:[a-z][\w\-]*\s){0,3}?(?:[a-z][\w\-]*\s?\(\s*|(?:datasets?|benchmarks?)\s*:\s*)")
# After ")": ", and sketch-to-image (" opens the next parenthesised name.
_LIST_REOPEN = re.compile(r"\)\s*(?:,\s*)?(?:and\s)?(?:[a-z][\w\-]*\s){0,2}?[a-z][\w\-]*\s?\(\s*")
_SELF_REF = re.compile(r"(?:Q|RQ|H|Section|Sec|Fig|Figure|Table|Eq|Appendix)[\s\-.]*\d|\w+\set\sal\b")
_LIST_ITEM = re.compile(rf"(?:the\s)?(?P<name>{_NAME})(?P<sep>\s*,\s*(?:and\s|or\s)?|\s+and\s|\s+or\s)?")
_HEAD_WORD_TYPE = {
    "datasets": "dataset",
    "corpus": "dataset",
    "corpora": "dataset",
    "treebank": "dataset",
    "benchmarks": "benchmark",
    "challenge": "benchmark",
    "leaderboard": "benchmark",
    "suite": "benchmark",
    "models": "model",
    "architecture": "method",
    "algorithm": "method",
}
_LOOSE_HEADS = frozenset(
    ("dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "challenge", "treebank", "suite")
)


def infer_type(text: str, start: int, end: int, head: str | None = None) -> tuple[str | None, str]:
    """Type of the name at ``text[start:end]`` and the evidence kind (head / appositive / shape)."""
    name = text[start:end]
    if head and (kind := type_from_head(head)):
        return kind, "head"
    after = _APPOSITIVE.match(text, end, min(len(text), end + 140))
    if after and suite_of_models(text, after.group("phrase"), after.end("phrase")):
        return "model", "appositive"  # "X, a suite of open machine translation models" (rule 477)
    if after and (kind := type_from_head(after.group("phrase"))):
        return kind, "appositive"
    shape = type_from_shape(name) or type_from_head(name)
    return shape, "shape"


def _accept(text: str, start: int, end: int, loose: bool = False) -> bool:
    name = text[start:end]
    if not name or is_generic(name) or is_hardware_or_count(name) or abbreviates_earlier(text, start, end):
        return False
    words = name.split()
    if len(words) == 1:
        return is_name_shaped(name) or (loose and is_capitalised(name))
    return looks_like_name(name)


# An emphasised name ends at its brace or a command ("\textbf{K-EVER\textsuperscript{2}}"):
# "\textit{Hyperbolic Masked Image and Distillation Network}" is no name "Hyperbolic Masked Image".
_CUT_EMPHASIS = re.compile(LATEX_EMPHASIS + "$")
_CUT_AFTER = re.compile(r"\s(?!\()")  # a next word inside the braces (not "\emph{OneManCompany (OMC)}")


def intro_candidates(text: str) -> list[Candidate]:
    """Names right after "we introduce / propose / present …" (role ``introduced``)."""
    out = []
    for _, cue_end in intro_cue_spans(text):
        at = cue_end + 1 if text.startswith(", ", cue_end) else cue_end  # "we devise, LAIN, a novel …"
        stop = min(len(text), cue_end + 160)
        obj = _OBJECT.match(text, at, stop) if _OBJECT_GATE.match(text, at, stop) else None
        if obj is None:
            continue
        start, end = trim_name(text, *obj.span("name"))
        head = obj.group("head") or obj.group("apposed")
        quoted = obj.group("quote") and _LOWER_PART.search(text, start, end)
        apposed = text.startswith((", a ", ", an "), end) and _APPOSITIVE.match(text, end)  # "Rhetor, a …"
        if (
            quoted
            or (_CUT_EMPHASIS.search(text, max(0, start - 8), start) and _CUT_AFTER.match(text, end))
            or is_adjectival(text[start:end])
            or not _accept(text, start, end, loose=bool(head or apposed))
        ):
            continue  # 'a hybrid "Human-in-the-Loop" workflow', "a Swin Transformer-based backbone" describe
        kind, _ = infer_type(text, start, end, head)
        role = "used" if _BASED.match(text, end) else "introduced"  # "a Fuzzy Logic based System"
        out.append(
            Candidate(
                start, end, kind or "method", text[start:end], confidence=0.8 if kind else 0.6,
                rule="cue.introduce", role=role,
            )
        )  # fmt: skip
    return out


_LOWER_PART = re.compile(r"-[a-z]")
_BASED = re.compile(r"\s+based\s+(?!on\b)")


_PASSIVE_ADVERBS = ("first", "then", "hereby", "thus", "therefore", "newly")
_PASSIVE_VERBS_TEXT = "proposed introduced presented developed designed constructed built released"
_PASSIVE_VERBS = tuple(_PASSIVE_VERBS_TEXT.split())
_PASSIVE_FORMS = cue_forms({verb: verb for verb in _PASSIVE_VERBS})
# "\s(?:first\s)?proposed\b": what follows "is" / "are" in a passive cue
_PASSIVE_TAIL = rf"\s(?:(?:{'|'.join(_PASSIVE_ADVERBS)})\s)?(?:{'|'.join(_PASSIVE_VERBS)})\b"
_PASSIVE = re.compile(
    rf"(?P<name>{_NAME})\s*(?:\([^()]{{1,40}}\))?\s*,\s*(?:a|an)\s[^.;]{{3,140}}?,\s*(?:is|are){_PASSIVE_TAIL}"
)
_PASSIVE_VERB = re.compile(  # "\b(?:is|are)\s…", with a leading character class for a faster scan
    rf"[ai](?<=\b[ai])(?:(?<=i)s|(?<=a)re){_PASSIVE_TAIL}"
)
# where every match of _PASSIVE_VERB starts: "is " / "are " and maybe an adverb and a space before its verb
_PASSIVE_BACK = tuple(sorted({n + len(adv) + bool(adv) for n in (3, 4) for adv in ("", *_PASSIVE_ADVERBS)}))
_CALLED_WORDS = cue_forms({w: w for w in ("called", "named", "dubbed", "termed", "coined")})  # match starts
_CALLED_NAME = re.compile(  # "\b(?:called|named|dubbed|termed|coined)", a leading class for a faster search
    r"[cndt](?<=\b[cndt])(?:(?<=c)alled|(?<=n)amed|(?<=d)ubbed|(?<=t)ermed|(?<=c)oined)"
    rf"\s+(?:as\s+)?(?:the\s+)?(?P<name>{_NAME})"
)
_THE_SO = re.compile(r"\b[Tt]he\sso[\s\-]$")
_HEAD_BEFORE = re.compile(
    r"\b(benchmark|dataset|corpus|framework|model|method|approach|algorithm|architecture|system|pipeline|"
    r"suite|toolkit|library|agent|network|metric|module|mechanism|strategy|technique|paradigm)s?\b"
)


def passive_candidates(text: str) -> list[Candidate]:
    """ "X, a novel framework for …, is proposed" and "a new benchmark, called X": the paper's own names.

    >>> t = "FooNet, a novel network for parsing, is proposed. A new corpus called BarSet is built."
    >>> [(t[c.start:c.end], c.type, c.role) for c in passive_candidates(t)]
    [('FooNet', 'method', 'introduced'), ('BarSet', 'dataset', 'used')]
    """
    out = []
    verbs = present(text, _PASSIVE_FORMS)  # the verbs in the text: a cheap anchor first
    for verb in finditer_at(_PASSIVE_VERB, text, verbs, _PASSIVE_BACK):
        stop = text.rfind(". ", 0, verb.start())
        begin = max(stop + 2 if stop >= 0 else 0, verb.start() - 240)
        match = _PASSIVE.search(text, begin, verb.end())
        if match is None:
            continue
        start, end = trim_name(text, *match.span("name"))
        if _accept(text, start, end, loose=True):
            kind, _ = infer_type(text, start, end)
            out.append(
                Candidate(
                    start, end, kind or "method", text[start:end], confidence=0.75 if kind else 0.6,
                    rule="cue.passive", role="introduced",
                )
            )  # fmt: skip
    for match in finditer_at(_CALLED_NAME, text, present(text, _CALLED_WORDS)):
        if _THE_SO.search(text, max(0, match.start() - 8), match.start()):
            continue  # "the so-called Johnson bound", "the so-termed Bellman error": an established term
        start, end = trim_name(text, *match.span("name"))
        if not _accept(text, start, end, loose=True):
            continue
        window = text[max(0, start - 90, text.rfind(". ", 0, start) + 1) : start]
        head = _HEAD_BEFORE.search(window)
        kind, _ = infer_type(text, start, end, head.group(1) if head else None)
        out.append(
            Candidate(
                start, end, kind or "method", text[start:end], confidence=0.7 if kind else 0.55,
                rule="cue.called",
            )
        )  # fmt: skip
    return out


# "a 2.6% relative improvement over X", "gains over the X": X is a baseline the paper beats, not data.
_GAIN_OVER = re.compile(
    r"\b(?:improv\w*|gains?|advantages?|superior\w*|speed-?ups?|outperform\w*|better|preferred|"
    r"compression|boosts?|margins?)(?:\s+[^\s.;:]+){0,5}\s+$",
    re.IGNORECASE,
)


def evaluation_candidates(text: str) -> list[Candidate]:
    """Lists of names after "evaluate / experiments / trained … on X, Y and Z" (datasets).

    >>> evaluation_candidates("Our method achieves a 2.6% relative improvement over FooDet in tests.")
    []
    >>> evaluation_candidates("We trained detectors based on the RT-DETR, RT-DETRv2 and DFINE architectures.")
    []
    >>> t = "It improves accuracy on architectures (ResNetV2, ViT) and datasets (CIFARs, TinyImageNet)."
    >>> [c.name for c in evaluation_candidates(t)]  # rule 65
    ['CIFARs', 'TinyImageNet']
    """
    out = []
    for cue in finditer_at(_EVAL_ON, text, present(text, _EVAL_WORDS_ON)):
        at = cue.end()  # no "(" or ":" (no _LIST_OPEN) and no first item: no list (the cheapest tests first)
        if not (
            "(" in text[at : at + 60] or ":" in text[at : at + 60] or _LIST_ITEM.match(text, at, at + 200)
        ):
            continue
        if text.startswith("over", cue.start()) and _GAIN_OVER.search(
            text, max(0, cue.start() - 70), cue.start()
        ):
            continue
        window = text[max(0, cue.start() - 70) : cue.start()]
        cut = max(window.rfind("."), window.rfind(";"), window.rfind(":"), window.rfind("\n"))
        if not _EVAL_WORD.found(window, cut + 1):
            continue
        opened = _LIST_OPEN.match(text, cue.end(), min(len(text), cue.end() + 60))
        if opened is None:
            out += _list_items(text, cue.end())
        elif not (_defines_acronym(text, cue.end(), opened.end()) or opens_a_kind(opened.group())):
            methods = METHODS_OPEN.search(opened.group()) is not None  # rule 65: "on backbones (QCNet, MTR)"
            out += _list_items(text, opened.end(), strict=True, methods=methods)
    return [  # rule 210: "on AR and MiP"; rule 239: "on CN vs. AD", "(F1-score 0.94)"
        c
        for c in out
        if not (plain_acronym(text, c.start, c.end) or compared_or_scored(text, c.start, c.end))
    ]


def _defines_acronym(text: str, start: int, paren: int) -> bool:
    """Whether the "(" at ``paren`` opens the acronym of the words before it ("question answering (QA)")."""
    short = re.match(r"[A-Za-z][\w\-]{1,12}(?=\))", text[paren : paren + 14])
    return short is not None and match_long_form(short.group(), text[start:paren].rstrip(" (")) is not None


def _list_items(text: str, pos: int, strict: bool = False, methods: bool = False) -> list[Candidate]:
    """The names of a list starting at ``pos`` ("X, Y and Z"; "(X) and task (Y)"); ``methods``: the
    list (up to a reopening "and datasets (") names methods ("architectures (ResNetV2, ViT)"; rule 65).

    ``strict`` (a list in parentheses or after a colon): single words must be name-shaped ("InfoSeek",
    not "Lin" of "(Lin et al.)"), and references to the paper's own parts ("Q1", "Section 6") stop it.
    """
    out: list[Candidate] = []
    limit, how = min(len(text), pos + 200), ("", "")  # how the item and the one before were reached
    while pos < limit:
        item = _LIST_ITEM.match(text, pos, limit)
        if item is None:
            break
        start, end = trim_name(text, *item.span("name"))
        end = start + len(without_score(text[start:end]))  # rule 150: "DocVQA 94.75"; "EPE of 2.64" stops
        if not _accept(text, start, end, loose=not strict) or _SELF_REF.match(text, start, limit):
            break
        if how[0] == "," and starts_the_clause(text, start, end, after_and=how[1] == "and"):
            break  # rule 152: "Evaluated on BABE and BASIL, HierBias achieves …"
        shape = type_from_shape(text[start:end])
        kind = shape if shape in {"dataset", "benchmark"} else "dataset"
        if shape in {"model", "method"} and not methods:
            break
        if not (methods or is_modality(text[start:end])):  # rule 151: "on RGB-D and RGB-T benchmarks"
            out.append(Candidate(start, end, kind, text[start:end], confidence=0.6, rule="cue.evaluate_on"))
        reopen = _LIST_REOPEN.match(text, item.end("name"), limit)
        if reopen:  # rule 65: "(WOMD, Argoverse2) with popular backbones (QCNet, MTR)" names no data
            methods = METHODS_OPEN.search(reopen.group()) is not None
            pos, how = reopen.end(), ("", "")
        elif item.group("sep"):
            pos, how = item.end(), ("," if item.group("sep").strip() == "," else "and", how[0])
        elif METHOD_LIST_END.match(text, item.end("name")):
            return []  # "on the RT-DETR, RT-DETRv2 and DFINE architectures": methods, not data
        elif is_kind_of_data(text, item.end("name"), [c.name for c in out]):
            return []  # "on five public VQA benchmarks", "on SAR imagery": a kind of data, no name
        else:
            break
    return out


def head_candidates(text: str) -> list[Candidate]:
    """ "the X dataset / benchmark / model / framework" — the head word gives the type.

    >>> [c.name for c in head_candidates("on the LA, Pancreas and HRF datasets; fine-tuning on ToM datasets")]
    ['HRF']
    """
    out = []
    for match in head_after(text):  # HEAD_AFTER's matches, tried at the head words alone
        start, end = trim_name(text, *match.span("name"))
        head = match.group("head")
        name = text[start:end]  # rules 107, 151: "the Random Forest-based model", "the MRI dataset" name none
        describes = is_adjectival(name) or is_modality(name) or names_a_model_class(text, end)  # "T2V models"
        if describes or not _accept(text, start, end, loose=head in _LOOSE_HEADS):
            continue  # "the Bayesian model": a capitalised adjective is a name only before data-like heads
        if head in _KIND_HEADS and (
            not text.endswith(_LIST_WORDS, 0, match.start()) or after_a_kind(text, match.start())
        ):
            continue  # "fine-tuning on ToM datasets", "on optical and SAR datasets": kinds of data
        kind = _HEAD_WORD_TYPE.get(head) or type_from_head(head) or "dataset"
        out.append(Candidate(start, end, kind, text[start:end], confidence=0.7, rule="cue.the_x_head"))
    return out + described_data_candidates(text)  # rule 198: "on the challenging SPY benchmark"


# A plural data head after one name (not the end of a list "the X, Y and Z datasets") names a kind.
_KIND_HEADS = frozenset(("datasets", "benchmarks", "corpora"))
_LIST_WORDS = ("the", "and", "both")  # the cue words (ending where the match starts) of a list
