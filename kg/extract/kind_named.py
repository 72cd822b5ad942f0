"""Names right after the kind of method they are, with no cue: "the POMDP solver SARSOP", "the baseline
FedISCA", "our reinforcement learning framework MemexRL" (docs/typing.md rule 338, rule 278 narrowed).

A lower-case kind noun of methods or models (:data:`_KIND_WORDS`: "method", "model", "algorithm", "solver",
"baseline", "approach", "architecture", "optimizer", "sampler", "planner", "framework", in the singular or
plural; not "variant": "EfficientNet variants B0, B1, and B3"), an optional comma, then a list of names
read as a comparison cue's list is (:func:`kg.extract.compared.list_items`): each item name-shaped or a
word in capitals of three letters or more that the text does not define, none a letter with digits ("B0"),
and none followed by a word that makes it a modifier ("the model GPT-4 architecture" names nothing new).
The name is a method, or a model when the kind says so (or its shape does: "-7B"). Its role:
- the paper's own when the kind's noun phrase says so ("our model X", "our proposed ranking method, X",
  "a novel framework X", "we design two … algorithms, X and Y");
- else none in a sentence with an introduction cue before the kind ("we propose a … framework, CSUD":
  rule 278 read such names as used);
- else somebody else's (a known name's role) only where the noun phrase says so ("the state-of-the-art
  method X", "a recent approach, X", "the strongest baseline, X") or a comparison ("compared to the …
  model X") or a word of use with "we" or no subject ("we use the … framework X", "Built on a recent …
  method X") stands right before it; never a software, library, evaluation or benchmark framework, after
  "on / in" (a data set: "on well known baselines RAWFC"), nor a name the text calls its own elsewhere
  (in the title, "our X", "the proposed X", "X (ours)", "X outperforms").

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
>>> kind_named_candidates("The resulting model, DKT, achieves SOTA.")  # whose is not said
[]
>>> [(c.name, c.role) for c in kind_named_candidates("We propose a novel deraining framework, CSUD.")]
[('CSUD', 'introduced')]
>>> kind_named_candidates("We propose a pipeline WEval for reward models and a training framework WRL.")
[]
>>> kind_named_candidates("We evaluate two baselines and a method, SteerFuse. SteerFuse outperforms all.")
[]
>>> kind_named_candidates("We evaluated ResNet50 and EfficientNet variants B0, B1, and B3.")
[]
>>> kind_named_candidates("Leveraging the ECP software framework AMReX, we build MagneX.")
[]
>>> [c.name for c in kind_named_candidates("We use the registration framework GMMCalib to align clouds.")]
['GMMCalib']
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

from kg.extract.anchored import places
from kg.extract.candidates import Candidate
from kg.extract.compared import compared_candidates, list_items
from kg.extract.intro_cue import intro_cue_spans
from kg.extract.shapes import ending_type
from kg.extract.text_words import cue_forms, present
from kg.ids import slug

__all__ = ["USED_RULE", "kind_named_candidates", "named_by_kind_or_comparison"]

# the rule of a name kept in a sentence about the paper's own work by a word of use or comparison before it:
# somebody else's, so its role is a known name's (kg.extract.established.KNOWN_RULES)
USED_RULE = "cue.kind_used"

_KIND_WORDS = (
    "method methods model models algorithm algorithms solver solvers baseline baselines approach approaches "
    "architecture architectures optimizer optimizers sampler samplers planner planners "
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
# not the paper's own after all: "our previously proposed GAD model, InCTRL", "our base model", "our explicit
# reasoning baseline, GuardReasoner", "Based on our … model BLSP-Emo"
_NOT_OWN = re.compile(r"previous|prior\b|earlier|\bbase\b|[Bb]ased\son|[Bb]uilt\son|extend")


def _by_role(text: str, at: int, word: str, items: list[Candidate], title_len: int) -> list[Candidate]:
    """``items`` named after the kind ``word`` at ``at``: introduced where the kind's noun phrase is the
    paper's own; in a sentence with an introduction cue before the kind, left to the general role rules;
    else kept as somebody else's only where the noun phrase or the words right before it say so
    (:func:`_others`); else none (rule 338)."""
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
    if any(start <= s and e <= at for s, e in intro_cue_spans(text)):
        return []  # "we propose a … framework, CSUD": the paper's own, but whether the list is is unclear
    if not _others(text, start, at, word) or _coined(text, items, title_len):
        return []
    return [c.with_(rule=USED_RULE) for c in items]  # somebody else's: a known name's role (KNOWN_RULES)


# words that end a describing run: "and", a determiner, "we", a word of use ("we evaluate two OCC approaches")
_NOT_DESCRIBING = (
    r"(?:and|two|three|four|five|several|multiple|both|many|various|other|some|[Ww]e|our|"
    r"use[sd]?|using|leverag(?:e[sd]?|ing)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
    r"evaluat(?:e[sd]?|ing)|revisit(?:s|ed|ing)?|extend(?:s|ed|ing)?|compar(?:e[sd]?|ing))"
)
# the kind's noun phrase back to its determiner: describing words only, at most seven
_PHRASE = re.compile(
    rf"(?<![\w\-])(?:(?:the|a|an|two|three|four|five|several|multiple|both|many|various|other|some)\s+)?"
    rf"(?:(?!(?:{_FUNCTION}|{_NOT_DESCRIBING})\s)[\w\-()/'.]+\s+){{0,7}}?$",
)
# the noun phrase says the kind is somebody else's: "the SOTA method QUEEN", "a recent approach, FOVER",
# "the classical image-processing method CS-TRD", "the strongest baseline, DMW"
_OTHERS = re.compile(
    r"(?:state-of-the-art|\bsota\b|\bprior\b|previous|\brecent|existing|conventional|classic|standard|popular|"
    r"widely|well-known|established|off-the-shelf|leading|strong|\bbest\b|second-best|competing|"
    r"representative|mainstream|commercial|traditional|current|seminal|baseline)",
    re.IGNORECASE,
)
# a comparison right before the noun phrase: "compared to the SOTA method X", "over the baseline X"
_COMPARED = re.compile(
    r"(?:\bcompar(?:e[sd]?|ing)\s+(?:it|them|ours?)\s+(?:with|to|against)|\bthan|\bover|\bagainst|\bversus|"
    r"\bvs\.?|\bcompared\s(?:to|with)|\bcomparing\swith|\brelative\sto|"
    r"\boutperform(?:s|ed|ing)?|\bsurpass(?:es|ed|ing)?|\bexceed(?:s|ed|ing)?|\bbeat(?:s|ing)?)\s+$",
    re.IGNORECASE,
)
# a word of use right before the noun phrase, its subject "we" or none (a participle opening the clause):
# "we use the … registration framework GMMCalib", "Built on top of a recent … method PartField"; not
# "MEMETRON leverages hybrid … algorithms, GENETRON and ANNETRON" (a system's parts)
_USED = re.compile(
    r"(?:\b[Ww]e\s+(?:[a-z]+ly\s+|also\s+|first\s+|then\s+|further\s+)?|(?:^|(?:(?<=[.!?])|(?<=\n\n))\s*|[,;:]\s*)|\band\s+)"
    r"(?:use[sd]?|using|leverag(?:e[sd]?|ing)|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|"
    r"evaluat(?:e[sd]?|ing)|benchmark(?:s|ed|ing)?|revisit(?:s|ed|ing)?|extend(?:s|ed|ing)?|"
    r"compar(?:e[sd]?|ing)|(?:[Bb]uilt|[Bb]ased|[Bb]uilding)\s+(?:up)?on(?:\s+top\s+of)?|[Ii]nspired\s+by)\s+$",
)
# kinds that are not methods: "the Exascale Computing Project software framework AMReX", "a controlled
# evaluation framework, SpatialUncertain" (a benchmark)
_ON = re.compile(r"\b(?:on|in|across|from)\s+$")
_NOT_METHOD = re.compile(r"(?:software|library|toolkit|package|platform|evaluation|benchmark\w*)\s+$", re.I)


def _others(text: str, start: int, at: int, word: str) -> bool:
    """Whether the kind ``word`` at ``at`` (its sentence from ``start``) is somebody else's: its noun phrase
    says so, or a comparison or a word of use stands right before the noun phrase."""
    phrase = _PHRASE.search(text, max(start, at - 100), at)
    if phrase is None or _NOT_METHOD.search(text, phrase.start(), at):
        return False
    before = text[max(start, phrase.start() - 60) : phrase.start()]
    if _ON.search(before):
        return False  # "outperforms … on well known baselines RAWFC": a data set
    if word[:4] == "base" or _OTHERS.search(phrase.group()):
        return True
    lo = max(start, phrase.start() - 60)
    return _COMPARED.search(before) is not None or _USED.search(text, lo, phrase.start()) is not None


# the paper's own name said elsewhere: in the title, after "our" or "the proposed", or as the subject of a
# claim ("SteerFuse is usually second-best", "CSUD achieves …")
_OWN_KINDS = (
    r"(?:method|model|framework|approach|system|algorithm|network|architecture|pipeline|solver|agent)"
)
_CLAIM = r"(?:outperforms|surpasses|beats|consistently|significantly)"


# the cue before a name of its own ("our …", "the proposed …", "we call …") up to the name's start, and a
# claim right after one ("X (ours)", "X outperforms"); :func:`_coined` asks them where each name stands
_OWN_BEFORE = re.compile(
    rf"(?:\b[Oo]ur|\b[Tt]he\sproposed|\b[Ww]e\s(?:propose|introduce|present|call|name|term))\s"
    rf"(?:proposed\s)?(?:(?:[\w\-]+\s){{0,3}}?{_OWN_KINDS},?\s)?\Z"
)
_CLAIMED = re.compile(rf"\s(?:\(ours\)|{_CLAIM})")
_WORDISH = re.compile(r"[\w\-]")


def _coined(text: str, items: list[Candidate], title_len: int) -> bool:
    """Whether one of ``items`` reads elsewhere in ``text`` as the paper's own name: at a place where its
    name stands (:meth:`str.find`), the own cue ends right before it or a claim follows it, or it stands
    alone in the title (each name's own regex, ``re.search(cue + name + …, text)``, cost a compile a call)."""
    title = text[:title_len]
    for c in items:
        name, size = c.name, len(c.name)
        for at in places(text, name):
            end = at + size
            alone_after = not _WORDISH.match(text, end)  # (?![\w\-]) after the name
            if alone_after and (
                _OWN_BEFORE.search(text, 0, at)
                or (not (at and _WORDISH.match(text, at - 1)) and _CLAIMED.match(text, end))
            ):
                return True
        for at in places(title, name):
            if not (at and _WORDISH.match(title, at - 1)) and not _WORDISH.match(title, at + size):
                return True
    return False


def _lexicon_held(c: Candidate, ambiguous: frozenset[str]) -> bool:
    """Whether ``c``'s id is one of the ``ambiguous`` lexicon entries': a name the lexicon holds but matches
    only in its context (or its case) names something else here ("the classical planner LAMA" is no LaMa,
    an inpainting model)."""
    return f"{c.type}:{slug(c.name)}" in ambiguous


# a letter and digits: a variant of a family named before ("B0"), no name of its own
_LETTER = re.compile(r"[A-Z][0-9]{1,2}[a-z]?")

# after a comma, the apposition closes right after the name: "The resulting model, DKT, achieves"
_CLOSES = re.compile(r"[,.;:)]|\s+-+\s")  # "our method, NTN - segmeNt Things for …" closes too


def kind_named_candidates(
    text: str, known: Sequence[Candidate] = (), title_len: int = 0, ambiguous: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Names listed right after a kind noun of methods or models (module docstring); none overlapping a
    ``known`` (lexicon) mention, none with the id of an ``ambiguous`` entry of the lexicon the extractor
    reads (its ``ambiguous`` ids)."""
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
                if any(_LETTER.fullmatch(c.name) or _lexicon_held(c, ambiguous) for c in items):
                    items = []  # "EfficientNet variants B0, B1, and B3"; "the planner LAMA" (no LaMa)
                items = [c.with_(type="model") if ending_type(c.name) == "model" else c for c in items]
                out += _by_role(text, at, word, items, title_len)
            at = text.find(word, end)
    seen: set[tuple[int, int]] = set()
    kept = []
    for c in sorted(out, key=lambda c: c.start):
        if (c.start, c.end) in seen or any(k.start < c.end and c.start < k.end for k in known):
            continue
        seen.add((c.start, c.end))
        kept.append(c if c.rule == USED_RULE else c.with_(rule="cue.kind_named"))
    return kept


def named_by_kind_or_comparison(
    text: str, known: Sequence[Candidate] = (), title_len: int = 0, ambiguous: frozenset[str] = frozenset()
) -> list[Candidate]:
    """The names a comparison cue lists (:func:`kg.extract.compared.compared_candidates`), then those right
    after their kind (:func:`kind_named_candidates`, rule 338): the discovery step reads both."""
    return compared_candidates(text, known) + kind_named_candidates(text, known, title_len, ambiguous)
