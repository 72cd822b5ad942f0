"""Precision rules for lexicon matches: when a span that equals a lexicon form does not name the entity.

Each rule is one small function; docs/typing.md ("Precision rules") states them for curators.

- :func:`lost_capitals`: a proper name (dataset, benchmark, model, organisation) written in lower
  case inside ordinary words is not a match — "the independent test set" is not *The Independent*,
  "3D shapes" is not *3D Shapes* — unless the entry itself has a lower-case form.
- :func:`hyphen_context`: a lexicon name inside a longer hyphenated name is not a match ("N-MNIST"
  is not MNIST; the whole compound is kept as a name of the same type); an organisation name followed
  by "-word" is a prefix, not the organisation ("Meta-Learning", "Meta-World"); a metric followed by a
  size ("AP-10K") starts a dataset name.
- :func:`head_contradicts`: an acronym followed by a head word of another type names something
  else ("the MLE benchmark" is no Maximum Likelihood Estimation, "DPG Score" no policy gradient).
- :func:`version_suffix`: a version number after a known name belongs to the name ("OntoNotes 5.0",
  "Llama 3.1", "SQuAD v2").
- :func:`outside_urls`: nothing inside a web address is a mention ("github.com/microsoft/rStar").
- :func:`not_cited_authors`: a surname before a citation year or "et al." is an author, not a name
  ("improve on Genzel and Stollenwerk (2023)").
- :func:`ordinary_metric`: a metric whose name is a common word ("accuracy", "precision", "recall")
  is a metric only where the text names it as a measure ("accuracy of 92%", "precision and recall",
  "in terms of accuracy", "diagnostic accuracy"), not in "improves the accuracy of diagnosis",
  "high-precision manufacturing" or "factual recall".

>>> lost_capitals("the independent", ("The Independent",))
True
>>> lost_capitals("The independent", ("The Independent",))
True
>>> lost_capitals("Penn treebank", ("Penn Treebank",))
False
>>> lost_capitals("in 100", ("IN-100", "ImageNet-100"))  # an acronym that spells a function word
True
>>> hyphen_context("We use N-MNIST.", 9, 14, "dataset")
('compound', 7)
>>> hyphen_context("Meta-World tasks", 0, 4, "organization")
('prefix', 0)
>>> text = "Trained on OntoNotes 5.0 data."
>>> text[11:version_suffix(text, 20)]
'OntoNotes 5.0'
>>> text = "We test InternVL3.5 and GPT-4 (85.2%)."
>>> text[8:version_suffix(text, 17)], version_suffix(text, 29) == 29
('InternVL3.5', True)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol, TypeVar

from kg.extract.attention_words import narrowed_mechanism
from kg.extract.candidates import Candidate
from kg.extract.metric_words import ordinary_metric
from kg.extract.signal_alias import flow_signal, rate_acronym
from kg.extract.task_words import after_gerund_noun, denied

__all__ = [
    "PROPER_TYPES",
    "context_rejects",
    "head_contradicts",
    "hyphen_context",
    "lost_capitals",
    "not_cited_authors",
    "ordinary_metric",
    "outside_urls",
    "version_suffix",
]

# Types whose names are proper nouns: their capitals are part of the name.
PROPER_TYPES = frozenset({"dataset", "benchmark", "model", "organization"})
_WORDS = re.compile(r"[^\s\-]+")
# " 5.0", " 3.1", " v2", " V1.1" (also before a full stop: "KorQuAD v1.") — not a score ("85.2%",
# "2.3 points", "SciFact 0.61": rule 53) nor a longer number.
_VERSION = re.compile(
    r"(?: (?:[vV]\d+(?:\.\d+)*|[1-9]\.\d{1,2})|(?<=\d)\.\d{1,2})(?![\w%]|\.\w)(?!\s*(?:%|points?|pp\b|x\b|×))"
)


_CAPITAL_WORD = re.compile(r" [A-Z][a-z]")
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+ $")


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to"})


def _capitalised_words(phrase: str) -> set[int]:
    """Positions of capitalised content words ("The" of "The independent …" starts a sentence)."""
    return {
        i
        for i, w in enumerate(_WORDS.findall(phrase))
        if w[0].isalpha() and w[0].isupper() and (w.lower() not in _FUNCTION_WORDS or w.isupper())
    }


@lru_cache(maxsize=1 << 14)
def lost_capitals(surface: str, forms: tuple[str, ...]) -> bool:
    """True when ``surface`` writes in lower case every capitalised word of each matching form.

    ``forms`` are the entry's forms; only those equal to ``surface`` ignoring case and hyphens count.
    A lower-case form (the entry is itself lower case) always accepts the surface.
    """
    key = _fold(surface)
    caps = _capitalised_words(surface)
    same = [f for f in forms if _fold(f) == key]
    return bool(same) and all((need := _capitalised_words(f)) and not need & caps for f in same)


def _fold(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def hyphen_context(text: str, start: int, end: int, entity_type: str) -> tuple[str, int] | None:
    """``("compound", compound start)`` when the match ends a hyphenated name ("N-MNIST");
    ``("prefix", start)`` when an organisation name starts one ("Meta-Learning") or a metric is followed
    by a size ("AP-10K"); else None."""
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        begin = start - 1
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "-_."):
            begin -= 1
        return "compound", begin
    if entity_type == "organization" and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return "prefix", start
    if entity_type == "metric" and _SIZE_AFTER.match(text, end):
        return "prefix", start  # "AP-10K", "F1-50K": a dataset named with a size, not the metric
    return None


_SIZE_AFTER = re.compile(r"-\d+(?:\.\d+)?[KkMB]\b")


# NVIDIA's Tesla GPUs ("Tesla V100", "Tesla K80", "Tesla T4"): a product line, not the carmaker
_TESLA_GPU = re.compile(r"[ \-][KMPVAT]\d{1,3}\b")
_LICENCE = re.compile(r"(?:\s+v?\d[\d.]*)?[\s-]+licen[cs]", re.IGNORECASE)


def inside_longer_name(text: str, start: int, end: int, word: bool = False) -> bool:
    """Whether an organisation name is the start of a longer name: "the Independent Cascade model",
    "The Independent Pixel Approximation" are not *The Independent*; "Tesla V100" is NVIDIA's GPU; "the
    MIT license", "Apache 2.0 License", "MIT-licensed" name a licence (rule 61). A name that is also an
    ordinary ``word`` (an ambiguous entry's own name: Meta, Apple, Alphabet) between two capitalised
    words is a word of the longer name: "the Music Meta Ontology", "Robust Apple Leaf Disease" (rule 92).

    >>> t = "under the Independent Cascade model"
    >>> inside_longer_name(t, 6, 21), inside_longer_name("read The Independent daily", 5, 20)
    (True, False)
    >>> inside_longer_name("on 8 Tesla V100 GPUs", 5, 10), inside_longer_name("Tesla and Waymo", 0, 5)
    (True, False)
    >>> inside_longer_name("under the MIT license.", 10, 13), inside_longer_name("Apache 2.0 License", 0, 6)
    (True, True)
    >>> t = "with the Music Meta Ontology"
    >>> inside_longer_name(t, 15, 19, True), inside_longer_name(t, 15, 19)  # not ``word``: as before
    (True, False)
    >>> inside_longer_name("from Meta AI", 5, 9, True)
    False
    """
    if word and _TITLE_WORD_BEFORE.search(text, max(0, start - 30), start) and _CAPITAL_WORD.match(text, end):
        return True
    if (text[start:end] == "Tesla" and _TESLA_GPU.match(text, end)) or _LICENCE.match(text, end):
        return True
    return " " in text[start:end] and _CAPITAL_WORD.match(text, end) is not None


def version_suffix(text: str, end: int) -> int:
    """The end of a version right after ``text[:end]`` (" 5.0", " v2", ".5" after a digit), else ``end``."""
    match = _VERSION.match(text, end)
    return match.end() if match else end


class _Span(Protocol):
    @property
    def start(self) -> int: ...


_S = TypeVar("_S", bound=_Span)
_URL = re.compile(r"https?://[^\s)\]}>,;\"']+|www\.[^\s)\]}>,;\"']+|\\cite[pt]?\{[^}]*\}")


def outside_urls(spans: list[_S], text: str) -> list[_S]:
    """``spans`` whose start is not inside a web address or a LaTeX citation: a repository or project path
    ("https://github.com/microsoft/rStar", ".../MEL-MMoE") or a key ("\\cite{Shao-2024-Deepseekmath}")
    names no dataset or method.

    >>> from kg.extract.candidates import Candidate
    >>> t = "We release rStar-Coder at https://github.com/microsoft/rStar."
    >>> [t[c.start : c.end] for c in outside_urls([Candidate(11, 22, "dataset", "rStar-Coder"),
    ...     Candidate(53, 58, "method", "rStar")], t)]
    ['rStar-Coder']
    """
    if "://" not in text and "www." not in text and "\\cite" not in text:
        return spans
    urls = [m.span() for m in _URL.finditer(text)]
    return [c for c in spans if not any(s <= c.start < e for s, e in urls)]


_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")
_CITATION_AFTER = re.compile(
    r"(?:\s+et\s+al\b|(?:,?\s+(?:and|&)\s+[A-Z][a-z]+)?\s*\(\s*(?:19|20)\d{2}[a-z]?\s*[),;])"
)


def not_cited_authors(spans: list[Candidate], text: str) -> list[Candidate]:
    """``spans`` without discovered surnames that a citation follows: "Genzel and Stollenwerk (2023)",
    "Lin et al." cite authors, they name no dataset or method. Lexicon mentions are kept
    ("ImageNet (2009)" is still ImageNet).

    >>> from kg.extract.candidates import Candidate
    >>> t = "We improve on Genzel and Stollenwerk (2023) and test on FooSet (Smith et al., 2020)."
    >>> [t[c.start : c.end] for c in not_cited_authors([Candidate(14, 20, "dataset", "Genzel"),
    ...     Candidate(25, 36, "dataset", "Stollenwerk"), Candidate(56, 62, "dataset", "FooSet")], t)]
    ['FooSet']
    """
    if "(" not in text and "et al" not in text:
        return spans
    return [
        c
        for c in spans
        if c.source == "lexicon"
        or not _SURNAME.fullmatch(text, c.start, c.end)
        or not _CITATION_AFTER.match(text, c.end)
    ]


_DATA_HEAD = re.compile(r" (?:benchmark|dataset|corpus|leaderboard|suite)\b", re.IGNORECASE)
_SCORE_HEAD = re.compile(r" score\b", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9-]{1,9}")
_METHOD_HEAD = re.compile(r"\s(?:framework|method|approach|architecture|algorithm|module|pipeline)s?\b")
_OUR_BEFORE = re.compile(r"\b[Oo]ur\s$")


def head_contradicts(text: str, start: int, end: int, entity_type: str) -> bool:
    """Whether the acronym ``text[start:end]`` is followed by a head word that gives it another
    type than its lexicon entry's: a singular data head after a method, model or metric acronym
    (after a task it names data for the task), a "score" after anything but a metric, a method head
    after a data name in capitals (rule 63). Not after "our": "our SFT dataset" is the paper's own data.

    >>> t = "Experiments on the MLE benchmark; DPG Score 86.6; MLE training; BLEU score; our SFT dataset"
    >>> head_contradicts(t, 19, 22, "method"), head_contradicts(t, 34, 37, "method")
    (True, True)
    >>> head_contradicts(t, 50, 53, "method"), head_contradicts(t, 64, 68, "metric")
    (False, False)
    >>> head_contradicts(t, t.index("SFT"), t.index("SFT") + 3, "method")
    False
    >>> head_contradicts("Guided by the MAESTRO framework", 14, 21, "dataset")  # rule 63
    True
    """
    if not 2 <= end - start <= 10 or not "A" <= text[start] <= "Z":
        return False  # neither pattern can match (both open with [A-Z]; 2-6, 2-10 characters): most matches
    data_named = entity_type in ("dataset", "benchmark") and _CAPITALS.fullmatch(text, start, end)
    if data_named and _METHOD_HEAD.match(text, end):
        return True  # rule 63: "Guided by the MAESTRO framework", "our R2R approach"
    if not _ACRONYM.fullmatch(text, start, end) or _OUR_BEFORE.search(text, max(0, start - 4), start):
        return False
    if entity_type not in ("dataset", "benchmark", "task") and _DATA_HEAD.match(text, end):
        return True  # not a task: "VLN benchmarks", "the QA dataset" are data for the task
    return entity_type != "metric" and _SCORE_HEAD.match(text, end) is not None


_LABEL = re.compile(r"([A-Z]{1,2})(\d)")


def enumeration_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ("P3", "C4") is a label the paper numbers its own items with:
    in parentheses, with a sibling label of the same letters ("monitoring (P1), … restriction (P3)").

    >>> t = "monitoring (P1), anticipation (P2), and monotonic restriction (P3); trained on C4 (C4)."
    >>> enumeration_label(t, 63, 65), enumeration_label(t, 80, 82)
    (True, False)
    """
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":  # the cheap test first
        return False
    label = _LABEL.fullmatch(text, start, end)
    if label is None:
        return False
    letters, digit = label.groups()
    return re.search(rf"\({letters}(?!{digit}\))\d\)", text) is not None


def context_rejects(text: str, start: int, end: int, entity_type: str) -> bool:
    """Whether the words around a lexicon match say it is not the entry: :func:`head_contradicts`,
    an :func:`enumeration_label`, a common-word metric in ordinary use (:func:`ordinary_metric`), or a
    task the text says is not done or is lacking (:func:`kg.extract.task_words.denied`, rule 142) or that
    is a part of a longer name after an -ing noun (:func:`kg.extract.task_words.after_gerund_noun`, 163) or
    the motion field "optical flow" (:func:`kg.extract.signal_alias.flow_signal`, rule 436) or a measured
    "ASR" (:func:`~kg.extract.signal_alias.rate_acronym`, rule 459),
    or "attention mechanism" narrowed by a modifier (:mod:`kg.extract.attention_words`, rule 177).

    >>> context_rejects("to improve the accuracy of diagnosis", 15, 23, "metric")
    True
    >>> context_rejects("it requires no image registration", 15, 33, "task")
    True
    """
    if head_contradicts(text, start, end, entity_type) or enumeration_label(text, start, end):
        return True
    if entity_type == "task":  # rule 163: "talking face video generation" is not video generation
        return (
            denied(text, start)
            or after_gerund_noun(text, start, end)
            or flow_signal(text, start, end)
            or rate_acronym(text, start, end)
        )
    if entity_type == "method":  # rule 177: "a gated attention mechanism" is one mechanism, not the class
        return narrowed_mechanism(text, start)
    return entity_type == "metric" and ordinary_metric(text, start, end)
