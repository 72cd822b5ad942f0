"""Names right after the kind of method they are, with no cue: "the POMDP solver SARSOP", "the baseline
FedISCA", "a hybrid algorithm FP-PED", "the slide foundation model TITAN" (docs/typing.md rule 278).

A lower-case kind noun of methods or models (:data:`_KINDS`: "method", "model", "algorithm", "solver",
"baseline", "approach", "variant", "architecture", "optimizer", "sampler", "planner", "framework", in the
singular or plural), an optional comma, then a list of names read as a comparison cue's list is
(:func:`kg.extract.compared.list_items`): each item name-shaped or a word in capitals of three letters or
more that the text does not define, and none followed by a word that makes it a modifier ("the model
GPT-4 architecture" names nothing new here; "TITAN achieved" is left too: a verb and a noun look alike).
The name is a method, or a model when the kind says so (or its shape does: "-7B"); the paper's own when the
kind's noun phrase says so ("our model X", "our proposed ranking method, X", "a novel framework X", "we
design two … algorithms, X and Y"); otherwise the general role rules decide, as for any discovered name.

>>> [(c.name, c.type) for c in kind_named_candidates("Our method beats the POMDP solver SARSOP, by far.")]
[('SARSOP', 'method')]
>>> [(c.name, c.type) for c in kind_named_candidates("It exceeds the baseline FedISCA by 21%.")]
[('FedISCA', 'method')]
>>> [(c.name, c.role) for c in kind_named_candidates("Notably, our model VLAA-Thinker, based on Qwen, wins.")]
[('VLAA-Thinker', 'introduced')]
>>> [(c.name, c.role) for c in kind_named_candidates("Our method outperforms the POMDP solver SARSOP.")]
[('SARSOP', 'used')]
>>> [(c.name, c.role) for c in kind_named_candidates("Our X-PN beats SOTA solvers, GIPC and IPC.")]
[('GIPC', 'used'), ('IPC', 'used')]
>>> [(c.name, c.type) for c in kind_named_candidates("The resulting model, DKT, achieves SOTA.")]
[('DKT', 'model')]
>>> kind_named_candidates("Using this framework, Temper-5400 (5,400 pairs) is built.")
[]
>>> kind_named_candidates("We model Question-Context-Answer (QCA) triplets as distributions.")
[]
>>> [c.name for c in kind_named_candidates("We suggest our method, NTN - segmeNt Things for No-accident.")]
['NTN']
>>> kind_named_candidates("Our model LLMs, the method LLM, approaches RC and the model GPT-4 architecture.")
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate
from kg.extract.compared import compared_candidates, list_items
from kg.extract.text_words import cue_forms, present

__all__ = ["USED_RULE", "kind_named_candidates", "named_by_kind_or_comparison"]

# the rule of a name kept in a sentence about the paper's own work by a word of use or comparison before it:
# somebody else's, so its role is a known name's (kg.extract.established.KNOWN_RULES)
USED_RULE = "cue.kind_used"

_KIND_WORDS = (
    "method methods model models algorithm algorithms solver solvers baseline baselines approach approaches "
    "variant variants architecture architectures optimizer optimizers sampler samplers planner planners "
    "framework frameworks"
)
_FORMS = cue_forms({w: w for w in _KIND_WORDS.split()})
# the kind word, an optional comma, white space, then a capital or digit (a name's start)
_AFTER = re.compile(r",?[ \t\n]+(?=[A-Z0-9])")
# words no describing run holds: "Our method outperforms the POMDP solver SARSOP", "our MAS-PNCG outperforms
# state-of-the-art Newton-PCG solvers, GIPC and StiffGIPC" name no own solver
_FUNCTION = (
    r"(?:the|a|an|this|that|these|those|its|their|of|to|for|with|or|than|over|by|on|in|is|are|was|were|"
    r"outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beats?|exceeds?|achieves?|matches|rivals|against|versus|vs\.?)"
)
# the kind's noun phrase says the name is the paper's own: "our model VLAA-Thinker", "our proposed multi-round
# ranking method, T-RANK", "a novel RL framework V-ToolRL", "a modified Sinkhorn-Knopp algorithm,
# Zipf-Sinkhorn", "(we …) and design two efficient estimation algorithms, RR-BS and RR-Fast", "we train a
# rewriter model LEANSCRIBE" (back to its determiner, describing words only)
_OWN = re.compile(
    r"(?:\b[Oo]ur|\b(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,3}?(?:proposed|novel|new|modified)|"
    r"(?:\b[Ww]e|\band)\s+(?:[a-z]+ly\s+|also\s+|further\s+|first\s+|then\s+)?(?:propose|introduce|present|design|develop|"
    r"train|build|construct|devise|create)\s+(?:a|an|two|three|several|our))\s+"
    rf"(?:(?!{_FUNCTION}\s)[\w\-()]+\s+){{0,7}}$"
)
# the kind word is a verb: "We model Question-Context-Answer (QCA) triplets", "to model X", "it models Y"
_VERB_BEFORE = re.compile(
    r"\b(?:[Ww]e|[Tt]o|[Tt]hey|[Ii]t|can|could|may|might|will|would|should|must|also|[a-z]+ly)\s+$"
)
# the sentence says the paper's own work ("we", "our", "proposed", "this paper"): a name there is read only as
# the paper's own (``_OWN``) or after a word of use or comparison before it ("we evaluate …", "outperforms the
# …", "a recent …", "based on our … model X"); else it is left ("we propose PerASCD, a method driven by RS
# foundation model PerA", "We achieve this via two architectures HydraStarDist": whose is unclear)
_OWN_SENTENCE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|proposed|novel|[Tt]his\s(?:paper|work|study|article))\b")
_USE_BEFORE = re.compile(
    r"\b(?:outperform|surpass|exceed|beat|compar|over\b|than\b|against|versus|vs\b|baseline|state-of-the-art|"
    r"sota\b|existing|prior\b|previous|recent|leading|widely|popular|conventional|classical|standard|"
    r"off-the-shelf|based\son|built\son|on\stop\sof|inspired\sby|revisit|evaluat|employ|leverag|adopt|"
    r"use[ds]?\b|using|appl(?:y|ied|ies)|extend)",
    re.IGNORECASE,
)
# not the paper's own after all: "our previously proposed GAD model, InCTRL", "our base model", "our explicit
# reasoning baseline, GuardReasoner", "Based on our … model BLSP-Emo"
_NOT_OWN = re.compile(r"previous|prior\b|earlier|\bbase\b|[Bb]ased\son|[Bb]uilt\son|extend")


def _by_role(text: str, at: int, word: str, items: list[Candidate]) -> list[Candidate]:
    """``items`` named after the kind ``word`` at ``at``: introduced where the kind's noun phrase is the
    paper's own, kept as they are after a word of use or comparison, or outside a sentence about the paper's
    own work; else none (rule 278)."""
    if not items:
        return items
    start = text.rfind(". ", 0, at) + 1
    own = _OWN.search(text, max(start, at - 80), at)
    ours = own is not None and own.group()[:3].lower() == "our"
    if (
        own
        and not _NOT_OWN.search(text, max(start, own.start() - 12), at)
        and not (ours and word[:4] == "base")
    ):
        return [c.with_(role="introduced") for c in items]
    if (
        _OWN_SENTENCE.search(text, start, at) is None
        and _OWN_SENTENCE.search(text, items[-1].end, _sentence_end(text, items[-1].end)) is None
    ):
        return items
    if not _USE_BEFORE.search(text, start, at):
        return []
    return [c.with_(rule=USED_RULE) for c in items]  # somebody else's: a known name's role (KNOWN_RULES)


def _sentence_end(text: str, pos: int) -> int:
    end = text.find(". ", pos)
    return len(text) if end < 0 else end


# after a comma, the apposition closes right after the name: "The resulting model, DKT, achieves"
_CLOSES = re.compile(r"[,.;:)]|\s+-+\s")  # "our method, NTN - segmeNt Things for …" closes too


def kind_named_candidates(text: str, known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Names listed right after a kind noun of methods or models (module docstring); none overlapping a
    ``known`` (lexicon) mention."""
    out: list[Candidate] = []
    for word in present(text, _FORMS):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (
                (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_"))
                and (after := _AFTER.match(text, end))
                and not _VERB_BEFORE.search(text, max(0, at - 20), at)
            ):
                default = "model" if word.startswith("model") else "method"
                items = list_items(text, after.end(), default, headed=True)
                if items and text[end] == "," and not _CLOSES.match(text, items[-1].end):
                    items = []  # "Using this framework, Temper-5400 (5,400 pairs) is built": no apposition
                out += _by_role(text, at, word, items)
            at = text.find(word, end)
    seen: set[tuple[int, int]] = set()
    kept = []
    for c in sorted(out, key=lambda c: c.start):
        if (c.start, c.end) in seen or any(k.start < c.end and c.start < k.end for k in known):
            continue
        seen.add((c.start, c.end))
        kept.append(c if c.rule == USED_RULE else c.with_(rule="cue.kind_named"))
    return kept


def named_by_kind_or_comparison(text: str, known: Sequence[Candidate] = ()) -> list[Candidate]:
    """The names a comparison cue lists (:func:`kg.extract.compared.compared_candidates`), then those right
    after their kind (:func:`kind_named_candidates`, rule 278): the discovery step reads both."""
    return compared_candidates(text, known) + kind_named_candidates(text, known)
