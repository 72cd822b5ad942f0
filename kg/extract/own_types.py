"""The type a paper's own words give its own names: "the X dataset", "X, a benchmark of …".

A name the paper introduces (or puts in front of its title) gets its type from the weakest evidence
first: the subtitle, the head of an introduction cue, the type of the name's first finding. The
paper often says more plainly what the name is elsewhere — right after the name ("the DroneSR
dataset", "the RAPID-SCAN segmentation model", "Integrative Hypothesis Quality scoring") or in an
appositive ("Macaron, a template-first benchmark", "Chimera, a comprehensive test suite"). When
every such phrase of the paper agrees on one coarse type, every mention of the name gets it
(docs/typing.md rule 34).

>>> from kg.extract.candidates import Candidate
>>> text = "Macaron: Multilingual Reasoning\\n\\nWe propose Macaron, a template-first benchmark for it."
>>> own = Candidate(0, 7, "method", "Macaron", rule="title.prefix", role="introduced")
>>> again = Candidate(44, 51, "method", "Macaron", rule="propagate")
>>> [(c.name, c.type) for c in own_types([own, again], text)]
[('Macaron', 'benchmark'), ('Macaron', 'benchmark')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import AMBIGUOUS, Candidate
from kg.extract.data_heads import data_heads
from kg.extract.own_task_kinds import own_task_kinds
from kg.extract.shapes import type_from_head
from kg.extract.suite_of import suite_of_models
from kg.extract.thing_heads import names_data_object

__all__ = ["OWN_LEXICON", "own_lexicon_names", "own_types", "said_type"]

# The rule of a one-word name the paper introduces that only an ambiguous lexicon entry knows (rule 41).
OWN_LEXICON = "lexicon.own"
_ONE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")

_HEADS = (
    r"(?:benchmarks?|datasets?|corpus|corpora|suite|testbed|leaderboard|treebank|database|"
    r"framework|method|approach|algorithm|architecture|models?|network|pipeline|technique|toolkit|library|"
    r"metric|measure|scoring)"
)
# "X dataset", "X segmentation model": at most two lower-case words between the name and its head, none
# a function word or a verb-like "-s" word ("X on three datasets", "X combines reference corpora").
_AFTER = re.compile(
    r"[ \t]+(?P<phrase>(?:(?!(?:on|in|of|for|to|and|or|with|across|over|from|by|at|as|via|into|than|"
    r"that|which|the|a|an|its|their|our|is|are|was|were|be|using)\b)[a-z][\w\-]*(?<![^s]s)[ \t]+){0,2}?"
    rf"{_HEADS})\b"
)
# "X, a template-first benchmark", "X (Long Form), the first annotated dataset", "X is a suite of",
# "X, to our knowledge the first unified benchmark".
_APPOSED = re.compile(
    r"\s*(?:\([^()]{1,80}\))?\s*(?:,|\bis\b)\s*(?:to (?:the best of )?our knowledge,?\s*)?(?:a|an|the|our)\s+"
    rf"(?P<phrase>(?:[\w\-]+,?\s+){{0,6}}?{_HEADS})\b"
)
_EVALUATION = re.compile(r"\bbenchmarking\s+(?:framework|suite|platform|toolkit)$")
_BENCH_END = re.compile(r"(?:Bench|BENCH|Arena|Eval|EVAL|-bench)$|^Bench(?=\d|$)")
# A count of examples at the end: "Future-L1-50K", "HSA-27k", "ProMist-5K" (not a model size "-7B", "-135M")
# … unless a noun of a tool follows: "a matched BPE-16K tokenizer", "the Foo-8K model"
_AGENT_AFTER = re.compile(r"\s(?:[a-z]+(?:er|or)|model|network|method)s?\b")
# … nor a name before a noun of a part: "a Heterogeneous Arena module" is a method
_PART_AFTER = re.compile(r"\s(?:module|block|layer|unit|mechanism|strategy|loss|encoder|decoder|branch)s?\b")
_COUNT_END = re.compile(r"-(?:\d+(?:\.\d+)?[Kk]|Data)$")  # "ForceVLA-Data" too
_OWN_KINDS = frozenset({"method", "model", "dataset", "benchmark"})
_SAID_KINDS = frozenset({"method", "model", "dataset", "benchmark", "metric"})
_COARSE = {"benchmark": "data", "dataset": "data", "model": "method", "method": "method", "metric": "metric"}


def _named_data(name: str) -> str | None:
    """The data type a name gives itself: "MCP-Bench", "GenArena", "Face Consistency Benchmark"."""
    if _BENCH_END.search(name):
        return "benchmark"
    if _COUNT_END.search(name):
        return "dataset"
    last = name.rsplit(None, 1)[-1].lower()
    return "benchmark" if last == "benchmark" else "dataset" if last in ("dataset", "corpus") else None


def said_type(text: str, end: int) -> str | None:
    """The type the words right after a name ending at ``end`` give it, else None.

    >>> t = "the DroneSR dataset; FooNet, a reproducible benchmarking framework; Bar scoring"
    >>> said_type(t, 11), said_type(t, 27), said_type(t, 71)
    ('dataset', 'benchmark', 'metric')
    >>> said_type("FooNet achieves the best results.", 6) is None
    True
    """
    found = _AFTER.match(text, end, min(len(text), end + 60)) or _APPOSED.match(
        text, end, min(len(text), end + 160)
    )
    if found is None:
        return None
    phrase = found.group("phrase").lower()
    if suite_of_models(text, phrase, found.end("phrase")):
        return "model"  # "X, a fully open suite of large language models" (rule 477)
    if _EVALUATION.search(phrase):
        return "benchmark"  # "a reproducible, extensible benchmarking framework"
    if phrase.endswith("scoring"):
        return "metric"
    kind = type_from_head(phrase)
    return kind if kind in _SAID_KINDS else None


def own_lexicon_names(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` with each one-word name the paper introduces that the lexicon matched only as an
    ambiguous entry (a name that is also an ordinary word: Chronos, REALM, Falcon, COIN) made the
    paper's own: no lexicon id, its own spelling, rule ``lexicon.own`` (docs/typing.md rule 41).

    >>> text = "We propose a retrieval baseline, Chronos, which organizes evidence. Chronos works."
    >>> intro = Candidate(33, 40, "model", "Chronos", "model:chronos", 0.85, "lexicon", "lexicon.cased",
    ...                   "introduced")
    >>> again = intro.with_(start=68, end=75, role="used")
    >>> [(c.entity_id, c.rule) for c in own_lexicon_names([intro, again], text)]
    [('', 'lexicon.own'), ('', 'lexicon.own')]
    >>> known = intro.with_(confidence=0.95)  # an unambiguous entry the paper introduces: its own release
    >>> own_lexicon_names([known], text)[0].entity_id
    'model:chronos'

    So is one the paper says is of another coarse type than the entry, whatever the entry (rule 80):

    >>> text = "We introduce MIT, a large-scale dataset for talking video generation."
    >>> mit = Candidate(13, 16, "organization", "MIT", "organization:mit", 0.95, "lexicon", "lexicon.cased",
    ...                 "introduced")
    >>> [(c.type, c.entity_id, c.rule) for c in own_lexicon_names([mit], text)]
    [('dataset', '', 'lexicon.own')]
    """
    names: dict[str, str] = {}  # the name -> the type the paper says it is ("": the entry's)
    for c in cands:
        if c.source != "lexicon" or c.role != "introduced" or not _ONE_WORD.fullmatch(text[c.start : c.end]):
            continue
        said = said_type(text, c.end)
        if said and _COARSE.get(said) != _COARSE.get(c.type, c.type):
            names[text[c.start : c.end]] = said  # "we introduce MIT, a large-scale dataset": no institute
        elif c.confidence == AMBIGUOUS and c.type in _OWN_KINDS:
            names.setdefault(text[c.start : c.end], "")
    if not names:
        return list(cands)
    return [
        c.with_(
            name=text[c.start : c.end], entity_id="", source="pattern", rule=OWN_LEXICON, type=kind or c.type
        )
        if c.source == "lexicon" and (kind := names.get(text[c.start : c.end])) is not None
        else c
        for c in cands
    ]


def own_types(cands: Sequence[Candidate], text: str) -> list[Candidate]:
    """``cands`` with each of the paper's own names typed by what the paper says it is (one coarse
    type over all its "X dataset" / "X, a … benchmark" phrases); other candidates unchanged."""
    cands = own_task_kinds(own_lexicon_names(cands, text), text)  # rule 242
    own = {
        c.name.lower()
        for c in cands
        if c.source != "lexicon"
        and c.type in _OWN_KINDS
        and (c.rule == "title.prefix" or (c.role == "introduced" and c.rule != "propagate"))
    }
    if not own:
        return data_heads(_no_data_objects(cands))
    said: dict[str, list[str]] = {}
    for cand in cands:
        key = cand.name.lower()
        if key not in own or cand.source == "lexicon":
            continue
        if (kind := _named_data(cand.name)) and not (
            (kind == "dataset" and _AGENT_AFTER.match(text, cand.end)) or _PART_AFTER.match(text, cand.end)
        ):
            said[key] = [kind]  # the name says it itself: "MCP-Bench", "Face Consistency Benchmark"
            own.discard(key)
        elif kind := said_type(text, cand.end):
            said.setdefault(key, []).append(kind)
    out = []
    for cand in cands:
        kinds = said.get(cand.name.lower()) if cand.source != "lexicon" else None
        if kinds and len({_COARSE[k] for k in kinds}) == 1 and _COARSE.get(cand.type) != _COARSE[kinds[0]]:
            cand = cand.with_(type=kinds[0], entity_id="")
        elif not kinds and cand.rule == OWN_LEXICON and cand.type in ("dataset", "benchmark"):
            cand = cand.with_(type="method")  # rule 64: the unrelated entry's type is no evidence
        out.append(cand)
    return data_heads(_no_data_objects(out))  # and any other name that ends in a data word (rule 236)


def _no_data_objects(cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` without the names no lexicon entry types that end in a data object or view (rule 291)."""
    return [c for c in cands if c.source == "lexicon" or not names_data_object(c.name)]
