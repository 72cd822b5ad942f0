"""A data name after describing words: "the challenging SPY benchmark" (docs/typing.md rule 198).

The cue "the X dataset" (:func:`kg.extract.patterns.head_candidates`) takes the name right after "the" or a
preposition; the corpus as often puts a describing word between them ("on the large-scale FE108
benchmark", "on the more diverse MvMHAT dataset", "the synthetic USA2Finland dataset"). Only describing
words of a closed list (the ones the corpus writes there, counted over its abstracts) may stand between,
so a noun modifier ("questions in the SFT dataset", "the cardiac MRI dataset") never opens a name, nor
does a language ("the existing Mandarin CS dataset"). Not such words: a superlative, which claims a kind
("the most comprehensive RGB-D VSOD benchmark", "the largest Arabic dataset"), "first" ("the first Unified
Any-to-Any Interleaved Multimodal dataset" describes the paper's own data) and "standard" ("the standard
CPMM benchmark" is a baseline of finance). The article must open the phrase ("on influential OOD benchmark"
names a kind) and the head must be one data noun in the singular that ends the phrase (a plural after one
name is a kind of data: "QA datasets"; so is a name after the head: "the unseen 3D FER dataset BU-3DFE").

>>> t = "Experiments on the large-scale FE108 benchmark and the synthetic MVP dataset show gains."
>>> [(t[c.start:c.end], c.type, c.rule) for c in described_data_candidates(t)]
[('FE108', 'benchmark', 'cue.described_data'), ('MVP', 'dataset', 'cue.described_data')]
>>> t = "in the SFT dataset; the public MRI dataset; the classic SR benchmark datasets"
>>> [c.name for c in described_data_candidates(t)]
[]
"""

from __future__ import annotations

import re

from kg.extract.abbrev import abbreviates_earlier
from kg.extract.candidates import Candidate
from kg.extract.data_kinds import is_modality
from kg.extract.extent import trim_name
from kg.extract.quantities import is_hardware_or_count
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped, looks_like_name
from kg.extract.text_words import cue_forms, present

__all__ = ["described_data_candidates"]

# Describing words the corpus writes between "the" and a data name before its head (each at least twice in
# the 74,728 abstracts; docs/evaluation.md "Session 14, data recall"). Not here: words that present the
# paper's own new data ("new", "novel", "newly", "resulting", "self-collected", "self-constructed"): the
# audit (seed 73000) found such names linked `used` ("Results on the new OCHuman-Pose dataset").
_WORD = (
    r"(?:(?:more|highly|very|recently|widely|publicly|carefully)[\s-])?"
    r"(?:challenging|public|available|accessible|released|large-scale|large|larger|proposed|"
    r"existing|real-world|popular|full|original|synthetic|used|unseen|recent|well-known|"
    r"comprehensive|multilingual|introduced|latest|established|open-source|external|entire|clean|diverse|"
    r"complex|official|curated|real|refined|extended|fine-grained|previous|annotated|"
    r"complete|expert-annotated|human-annotated|held-out|current|classic|private|"
    r"international|high-quality|in-house|well-established|benchmark|difficult|noisy|small|small-scale|"
    r"famous|common|commonly|widely-used|open|independent|constructed|collected)"
)
_TOK = r"(?:[A-Z0-9][\w+.\-/]*[\w+]|[a-z]++[A-Z0-9](?:[\w+.\-/]*[\w+])?|[A-Z0-9])"
_BEFORE = re.compile(rf"[Tt]he\s(?:{_WORD},?\s){{1,3}}(?P<name>{_TOK}(?:\s{_TOK}){{0,3}})\s")
# the head ends the phrase: "the classic SR benchmark datasets Set5, …" names a kind ("SR" is the task), and
# so does a name after the head: "the unseen 3D FER dataset BU-3DFE", "the … MATH Olympiad benchmark AIME"
_HEAD = re.compile(
    r"\s(?P<head>dataset|benchmark|corpus|database|treebank)\b"
    r"(?!-|\s(?:datasets?|benchmarks?|corpus|corpora|suites?|tasks?|collections?|splits?)\b"
    r"|\s(?:[A-Z0-9][\w\-]*[A-Z0-9]|[A-Z][a-z]+[A-Z0-9])[\w\-]*\b(?!\s(?:dataset|benchmark)))"
)
_HEAD_WORDS = ("dataset", "benchmark", "corpus", "database", "treebank")
_HEAD_FORMS = cue_forms({word: word for word in _HEAD_WORDS})  # a head of _HEAD is a word of the text
_HEAD_TYPE = {"benchmark": "benchmark"}


def described_data_candidates(text: str) -> list[Candidate]:
    """Names between describing words and a singular data head (rule 198; see the module)."""
    out = []
    for head in _heads(text):
        at = head.start()
        opener = _article(text, max(0, at - 140), at)
        before = None if opener < 0 else _BEFORE.fullmatch(text, opener, at + 1)
        if before is None:
            continue
        start, end = trim_name(text, *before.span("name"))
        name = text[start:end]
        if end != at or not _accepted(text, start, end) or is_adjectival(name) or is_modality(name):
            continue
        kind = _HEAD_TYPE.get(head.group("head"), "dataset")
        out.append(Candidate(start, end, kind, name, confidence=0.7, rule="cue.described_data"))
    return out


# a language or demonym first describes the data ("the existing Mandarin CS dataset", "the Arabic dataset")
_LANGUAGE = re.compile(
    r"(?:Arabic|Bengali|Cantonese|Chinese|Dutch|English|French|German|Hindi|Indonesian|Italian|Japanese|"
    r"Korean|Mandarin|Multilingual|Persian|Polish|Portuguese|Russian|Spanish|Swahili|Thai|Turkish|Urdu|"
    r"Vietnamese|\w+(?:ian|ese|ish))\b(?!-)"
)


def _article(text: str, lo: int, hi: int) -> int:
    """Where the last word "the" / "The" in ``text[lo:hi]`` starts (-1: none): the only one that can open
    the phrase, since neither a describing word nor a name token is "the"."""
    at = max(text.rfind("the ", lo, hi), text.rfind("The ", lo, hi))
    while at > 0 and not text[at - 1].isspace():
        at = max(text.rfind("the ", lo, at), text.rfind("The ", lo, at))
    return at


def _heads(text: str) -> list[re.Match[str]]:
    """The data heads of ``text`` in order: found with ``str.find`` (a C-speed scan; the regex ``finditer``
    over every abstract cost about 80 microseconds each), each checked with the regex where it stands."""
    found = []
    for word in present(text, _HEAD_FORMS):  # those the text holds as words (kg.extract.text_words)
        at = text.find(word, 1)
        while at > 0:
            if (head := _HEAD.match(text, at - 1)) is not None:
                found.append(head)
            at = text.find(word, at + len(word))
    return sorted(found, key=lambda head: head.start())


def _accepted(text: str, start: int, end: int) -> bool:
    """The name test of the "the X dataset" cue (a data head lets a plain capitalised word through)."""
    name = text[start:end]
    if not name or is_generic(name) or is_hardware_or_count(name) or abbreviates_earlier(text, start, end):
        return False
    if _LANGUAGE.match(name):
        return False
    if " " not in name:
        return is_name_shaped(name) or name[:1].isupper()
    return looks_like_name(name)
