"""Roles: ``introduced`` when the paper presents the entity as its own contribution, else ``used``.

A mention is introduced when
- a discovery rule already says so (title prefix "X: …", "we introduce X"), or
- it follows "our" directly ("our X"), or is a new name right after "called / named / dubbed", or
- it is a new name (pattern / acronym) after an introduction cue ("we propose …", "this paper
  presents …") anywhere earlier in the same sentence, with no word such as "using", "on", "than",
  "outperforms", "based on" between the cue and the name (so every named component the paper says it
  proposes is introduced, and names it only compares against are not); a lexicon (already known)
  entity must follow the cue almost directly;
- it is a new name defined as a part, "a Fine-Grained Alignment (FGA) module", in a paper that has an
  introduction cue earlier.

A known (lexicon) name is never introduced when it modifies something else ("our OCR-based approach",
"a LoRA framework") or is brought into the paper's work ("we introduce LoRA into diffusion models");
a new task name only when it follows the cue directly ("we introduce unbranding, a novel task").

>>> t = "Our framework comprises two key components: the Frame Selection Module (FSM) and BarNet-based SVD."
>>> role_for(t, t.index("FSM"), t.index("FSM") + 3, "acronym", (0, len(t)))
'introduced'
>>> t = "We propose FooNet, which combines a Dual Gate Module (DGM) and outperforms BarNet."
>>> [role_for(t, t.index(x), t.index(x) + len(x), "pattern", (0, len(t))) for x in ("DGM", "BarNet")]
['introduced', 'used']

>>> t = "We propose FooNet. Then a Fine-Grained Alignment (FGA) module is carried out."
>>> role_for(t, t.index("Fine"), t.index(" (FGA"), "acronym", (t.index("Then"), len(t)))
'introduced'
>>> t = "This paper introduces a new approach and our OCR-based method, and we introduce LoRA into ViTs."
>>> [role_for(t, t.index(x), t.index(x) + len(x), "lexicon", (0, len(t))) for x in ("OCR", "LoRA")]
['used', 'used']

>>> text = "We propose FooNet, a network trained on ImageNet."
>>> role_for(text, 11, 17, "pattern", (0, len(text)))
'introduced'
>>> role_for(text, 40, 48, "lexicon", (0, len(text)))
'used'
"""

from __future__ import annotations

import re

from kg.extract.abbrev import abbreviates_earlier
from kg.extract.candidates import Candidate
from kg.extract.established import KNOWN_RULES, known_form
from kg.extract.made_words import MADE, THE_MADE, THE_MADE_WORDS
from kg.extract.own_clauses import defined_subject, own_clause
from kg.extract.own_enum import enumerated_spans
from kg.extract.own_parts import own_parts, part_item_start
from kg.extract.own_siblings import list_siblings
from kg.extract.own_subject import lists_own_parts, own_part, title_cased
from kg.extract.role_cues import cue_before, cues, near_cue, subject_of_passive
from kg.extract.role_kinds import demote_kinds, established, said_before
from kg.extract.role_scope import (
    PARTS,
    demote,
    describes,
    first_mention,
    in_scope,
    inside_other,
    modifies_head,
    named_before,
    names_object,
    used_before,
)
from kg.extract.sentences import sentence_finder
from kg.extract.text_words import Gated
from kg.extract.titles import is_survey_title, known_concept, title_prefix_span

__all__ = ["assign_roles", "first_mention", "introduces", "is_defined_part", "role_for"]

NEW_NAME = "name.typer"  # the trained source's rule that reads coined names: new names, not known phrases
_CALLED = Gated(re.compile(  # not "the so-termed Bellman error": an established term
    r"(?<![Tt]he\sso[\s\-])\b(?:called|named|dubbed|termed|coined|we\scall|(?:we|and)\s(?:[a-z]+ly\s)?refer\sto\s(?:it\s|them\s|this\s[a-z]+\s)?as|"
    r"we\sname\s(?:it|them|(?:this|our)\s[a-z]+):?)\s+"  # "we name our approaches: concept-bottleneck …"
    r"(?:the\s+|as\s+)?(?:\\[a-z]+\{)?$"  # "termed \emph{Flexible Memory}" (rule 102)
), "called named dubbed termed coined call refer name")  # fmt: skip
# "with a novel Implicit Prefix-Value Reward Model (IPVRM)": a new name presented as new is the paper's own.
_NOVEL = Gated(re.compile(  # "and a new SMART-840++ dataset with … generated problem instances" too
    r"\b(?:a|an)\s+(?:(?:simple|new|lightweight|general|unified|effective|efficient)\s+)?(?:novel|new)\s+"
    r"(?:(?:lightweight|efficient|effective|unified|learnable|adaptive|hierarchical|dual)\s+)?$"  # rule 98
), "novel new")  # fmt: skip
# "Our approach, Text Encoding with Graph (TEG), processes …": the appositive names the paper's own system.
_OUR_NAMED = Gated(re.compile(
    r"\b[Oo]ur\s(?:[\w\-]+\s){0,2}?(?:approach|method|framework|model|system|architecture|pipeline|"
    r"algorithm|dataset|benchmark|corpus|metric|agent|toolkit|strategy|technique|mechanism|module|paradigm|"
    r"loss|objective|solution|scheme),\s(?:(?:called|named|dubbed|termed)\s)?$"
), "our")  # fmt: skip
# "Experiments on SimuBench, our newly released benchmark comprising …": an apposition that calls a new
# name the paper's own (the mirror of "Our approach, X,").
_APPOSED_HEADS = (
    r"benchmark|dataset|corpus|framework|method|model|approach|system|pipeline|architecture|algorithm|agent|"
    r"metric|toolkit|suite|network|module|testbed"
)
_OUR_APPOSED = Gated(re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s(?:which\sis\s)?our\s(?:(?:[a-z]+ly\s)?(?:new|novel|own|proposed|released|"
    r"introduced|constructed|curated|collected|created|developed|designed|built|presented)\s){0,2}"
    r"(?!(?:[\w\-]+\s){0,3}?(?:backbone|baseline|teacher|student|base|reference)\b)"  # chosen, not made
    rf"(?:(?!(?:{_APPOSED_HEADS})s?\b)[\w\-]+\s){{0,3}}?(?:{_APPOSED_HEADS})s?\b"
    # an apposition, not the subject of the main clause ("Compared to X, our approach reduces …")
    r"(?=\s*(?:[,.;:)]|$|\s(?:comprising|containing|consisting|that|which|with|of|for|featuring|including|"
    r"covering|spanning|built|designed|from|to)\b))"
), "our")  # fmt: skip
# "QoQ-Med is trained with Domain-aware Relative Policy Optimization (DRPO), a novel reinforcement-learning
# objective …": a new name the apposition calls new, at its first mention and with no word of use before it.
_NEW_APPOSED = Gated(re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?,\s(?:a|an)\s(?:[\w\-]+\s){0,2}?(?:novel|new)\s"
), "novel new")  # fmt: skip
# A new name brought into the work ("that embeds Polytopic Motion Planning (PAAMP) into a … pipeline") is
# used, unless an article, "our" or "novel" makes it a new part ("we integrate a Dual Gate Module into X").
_INTO = Gated(re.compile(r"\)?(?:\s*\([^()]{1,16}\))?\s+into\s"), "into")
_OWN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ur|novel|new|proposed|own)\s+(?:[\w\-]+\s+){0,3}$|\b(?:[Aa]n?|[Oo]ur)\s+$"
)
_OUR = Gated(re.compile(rf"\bour\s+(?:(?:new|novel|own|{MADE})\s+){{0,2}}$", re.IGNORECASE), "our")
# "our X baseline / backbone / teacher": a model the paper chose, not one it made
_CHOSEN = re.compile(r"\s(?:baseline|backbone|teacher|base\smodel)s?\b")
# "on the newly introduced VisDoTQA benchmark", "The constructed CHNCI is …": a new name the paper calls made.
_THE_MADE = Gated(re.compile(rf"\b[Tt]he\s+{THE_MADE}\s+$"), " ".join(sorted(THE_MADE_WORDS)))
# After a known name: it modifies another noun ("OCR-based approach", "a LoRA (low-rank) framework"), is
# brought into something ("LoRA into diffusion models") or, after its acronym, a capitalised word makes it
# part of a longer name ("we propose the Mixture-of-Experts (MoE) Adaptation"): the paper uses it.
_MODIFIER = re.compile(
    # "a high-quality Chain-of-Thought (CoT) grounding dataset": a lower-case word, a head after the acronym
    r"\s*\([^()]{1,16}\)\s*[a-z][\w\-]*\s(?:dataset|benchmark|corpus|framework|model|method|approach|module|"
    r"pipeline|system)s?\b|"
    r"-[a-z]|\s*\([^()]{1,16}\)\s*[A-Z][a-z]|\s*(?:\([^()]{1,40}\)\s*)?(?:into\b|(?:framework|architecture|backbone|model|module|pipeline|"
    r"approach|method|network|baseline|layer|block|encoder|decoder|formulation|solver|loss|objective|"
    r"algorithm|strategy|scheme|paradigm|technique|mechanism|variant|branch|system)s?\b)"
)
# "a Fine-Grained Alignment (FGA) module", "(1) a Vision-to-Echo Alignment (V2EA) model": a defined part.
_ARTICLE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:novel|new|dedicated|lightweight|learnable|proposed)\s+)?$"
)
_PART_NOUNS = (
    r"module|block|layer|mechanism|loss|branch|unit|strategy|head|component|network|encoder|decoder|"
    r"adapter|regularizer|regulariser|model|framework|system|scheme|pipeline|comparator|estimator|scorer|"
    r"planner|controller|generator|selector|router|retriever|memory|prompt|template"
)
# "we formally define the problem of Conformal Object Detection (COD)": the paper creates the task.
_DEFINED_TASK = Gated(re.compile(
    r"\b(?:[Ww]e|paper|work|study)\s(?:[a-z]+ly\s)?(?:define|formulate|formali[sz]e)s?\s(?:(?:a|an|the)\s)?"
    r"(?:(?:new|novel)\s)?(?:task|problem)\s(?:of\s|called\s|named\s|termed\s)?(?:the\s)?$"
), "define defines formulate formulates formalize formalizes formalise formalises")  # fmt: skip
_PART = re.compile(rf"\s*\([^()]{{1,16}}\)\s*(?:{_PART_NOUNS})s?\b")
_WHOLE = re.compile(r"\b(?:model|framework|system|scheme|pipeline)s?$")
_USAGE = re.compile(
    r"(?<![\w\-])(?:using|uses|use|used|based|fine-?tun\w*|compared|comparing|than|existing|prior|"
    r"previous|baselines?|unlike|within|leverag\w*|we\s(?:[a-z]+ly\s)?(?:appl(?:y|ied)|adopt(?:ed)?)|"
    r"(?:version|variant|extension)s?\sof)(?![\w\-])"
)
# "The Topographic Waveform Comparator (TWC) and Morphological Texture Module (MTM) evaluate …": a new
# name whose own last word is a part noun, in a paper that introduces something earlier.
# "a Dynamic Context Encoding module …": a new name followed by a part noun, likewise.
_PART_AFTER = re.compile(
    r"\s(?:module|mechanism|block|layer|loss|strategy|scheme|unit|head|encoder|decoder|approach|technique)s?\b"
)
_PART_NAME = re.compile(
    r"(?<=\s)(?:Module|Block|Layer|Mechanism|Loss|Branch|Unit|Head|Encoder|Decoder|Adapter|Regularizer|"
    r"Comparator|Estimator|Scorer|Network|Router|Selector|Generator|Engine|Verifier|Planner|Retriever|Memory|"
    r"Repository|Controller|Strategy)s?$"
)


def role_for(
    text: str, start: int, end: int, source: str, sentence: tuple[int, int], kind: str | None = None
) -> str:
    """The role of the mention ``text[start:end]`` (of type ``kind``) in ``text[sentence[0]:sentence[1]]``.

    ``source`` is "lexicon" for a known entity (also an acronym of one), else how it was found.
    """
    s_start, _ = sentence
    if source == "lexicon":
        return _known_role(text, start, end, s_start, kind)
    if inside_other(text, start, end, s_start) or abbreviates_earlier(text, start, end):
        return "used"  # "a novel UCOD framework" after "… detection (UCOD)"
    if _INTO.match(text, end) and not _OWN_BEFORE.search(text, max(s_start, start - 50), start):
        return "used"  # "… that embeds Polytopic Action-based Motion Planning (PAAMP) into a pipeline"
    if _OUR.search(text, max(s_start, start - 40), start):
        return "used" if _CHOSEN.match(text, end) else "introduced"  # "our X baseline": chosen, not made
    if (
        (_CALLED.search(text, max(s_start, start - 36), start) and not established(text, s_start, start))
        or (_NOVEL.search(text, max(s_start, start - 40), start) and _first_new(text, start, end, kind))
        or _OUR_NAMED.search(text, max(s_start, start - 60), start)
        or _THE_MADE.search(text, max(s_start, start - 40), start)
        or _OUR_APPOSED.match(text, end)
        or (
            _NEW_APPOSED.match(text, end)
            and first_mention(text, start, end)
            and not used_before(text, s_start, start)
        )
    ):
        return "introduced"
    if _after_cue(text, start, end, s_start, False, kind == "task") or _defines_task(
        text, start, s_start, kind
    ):
        return "introduced"
    if (
        _is_part(text, start, end, s_start)
        or (start, end) in enumerated_spans(text)
        or subject_of_passive(text, start, end, sentence)
        or (own_part(text, start, s_start) and _own_shaped(text, start, end, s_start))
        or own_clause(text, start, end, s_start)  # rule 99
        or (kind not in ("task", "dataset", "benchmark") and defined_subject(text, start, end, s_start))
    ):
        return "introduced"
    if (
        (
            _PART_NAME.search(text, start, end)
            or (_PART_AFTER.match(text, end) and first_mention(text, start, end))
        )
        and cue_before(text, start)
        and not in_scope(text, s_start, start)
    ):
        return "introduced"
    if lists_own_parts(text, start, s_start):  # "Our framework comprises two components: the FFSM and …"
        return "introduced"
    return "used"


def _known_role(text: str, start: int, end: int, s_start: int, kind: str | None) -> str:
    """:func:`role_for` of a known name. What makes it used whatever else holds (it modifies a noun, stands
    inside another thing, abbreviates an earlier long form) is read last: most known names are used anyway.

    >>> t = "We release LoRA, and our OCR-based method uses BERT."
    >>> [_known_role(t, t.index(n), t.index(n) + len(n), 0, "method") for n in ("LoRA", "OCR", "BERT")]
    ['introduced', 'used', 'used']
    """
    if not text[start:end].islower() and _OUR.search(text, max(s_start, start - 40), start):
        # "our X baseline", "our SNNs" (a known kind, not a model release): chosen, not made
        new = not (_CHOSEN.match(text, end) or kind != "model" or modifies_head(text, end, kind))
    else:  # a known concept in lower case ("our reward model") is not the paper's own
        new = _after_cue(text, start, end, s_start, True, kind == "task") or _defines_task(
            text, start, s_start, kind
        )
    if not new or _MODIFIER.match(text, end) or inside_other(text, start, end, s_start):
        return "used"
    return "used" if abbreviates_earlier(text, start, end) else "introduced"


def _defines_task(text: str, start: int, s_start: int, kind: str | None) -> bool:
    """ "we formally define the problem of Conformal Object Detection (COD)": the paper creates the task."""
    return kind == "task" and _DEFINED_TASK.search(text, max(s_start, start - 80), start) is not None


def _own_shaped(text: str, start: int, end: int, s_start: int = 0) -> bool:
    """A part name after "<own system> <verb>" (:func:`kg.extract.own_subject.own_part`): several words,
    title-cased ("Cross State-Space Propagation") or defined as a part ("a hard instance mining (HM)
    module"); not "Thermal infrared (TIR) image pairs" nor one token ("a CNN-LSTM model": a known kind)
    but a title-cased compound after a verb of parts ("It consists of two modules: Clini-Recon and …").

    >>> t = "X uses Thermal infrared (TIR) image pairs, a hard mining (HM) module and a CNN-LSTM model"
    >>> names = ("Thermal infrared", "hard mining", "CNN-LSTM")
    >>> [_own_shaped(t, t.index(n), t.index(n) + len(n)) for n in names]
    [False, True, False]
    >>> t = "It consists of two modules: Clini-Recon and Clini-Eval."
    >>> _own_shaped(t, t.index("Clini-E"), t.index("Clini-E") + 10)
    True
    """
    name = text[start:end]
    if " " not in name:
        return _COMPOUND_NAME.fullmatch(name) is not None and PARTS.search(text, s_start, start) is not None
    return title_cased(name) or _PART.match(text, end) is not None


# A title-cased hyphenated compound with lower-case letters: "Clini-Recon" (not "CNN-LSTM").
_COMPOUND_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z][A-Za-z]*)+")


# A lower-case word after an acronym met before: it modifies a noun ("we filter TPV features"), no new
# object of the cue.
_MODIFIES = re.compile(
    r"\s(?!(?:and|or|is|are|was|were|to|for|in|on|of|with|by|as|at|from|that|which|can|will|has|have)\b)[a-z]{3,}"
)


def _first_new(text: str, start: int, end: int, kind: str | None) -> bool:
    """ "a novel X": X is the paper's own at its first mention and as the object itself (not "a novel ZSQ
    approach" after "Zero-shot quantization (ZSQ)" was defined, nor "a novel SSSS framework")."""
    return first_mention(text, start, end) and names_object(text, end, kind)


def _after_cue(text: str, start: int, end: int, s_start: int, known: bool, task: bool) -> bool:
    """Whether the mention follows an introduction cue of its sentence as the paper's own contribution.

    A known name or a new task must follow the cue almost directly, and a known name must be the object
    itself (not a modifier of another noun); a new name must have no blocker in its clause after the cue.
    A passive cue ("two modules are developed: …") and "by introducing …" count for new names only.
    """
    if known and text[start:end].islower():
        return False  # a known concept in lower case follows no cue as the paper's own (three in ten calls)
    active, passive = cues(text)
    spans = active if known else active + passive
    for cue_start, cue_end in spans:
        if cue_start < s_start or cue_end > start:
            continue
        between = text[cue_end:start]
        if known or task:
            if near_cue(text, between, end, known, task):
                return True
        elif (
            not in_scope(text, cue_end, start)
            and not describes(text, cue_end, start, end)
            and not named_before(text, start, end, s_start)
            and not said_before(text, cue_end, start, end)  # the first mention decides (rule 97)
            and (
                first_mention(text, start, end)
                or not (text[start:end].isupper() and _MODIFIES.match(text, end))
            )
        ):
            return True
    return False


def is_defined_part(text: str, end: int) -> bool:
    """Whether the long form ending at ``end`` is defined as a part: "… (CDS) module", "… (GSA) layer".

    >>> t = "the clustering-based data selection (CDS) module mines patterns"
    >>> is_defined_part(t, t.index(" (CDS")), is_defined_part(t, t.index(" module"))
    (True, False)
    """
    return _PART.match(text, end) is not None


def _is_part(text: str, start: int, end: int, s_start: int) -> bool:
    """ "a Fine-Grained Alignment (FGA) module" after an introduction cue earlier in the text.

    Not after a word of usage in its sentence ("using …, by fine-tuning a Bidirectional Encoder (BE) model").
    """
    article = _ARTICLE.search(text, max(0, start - 24), start)
    part = _PART.match(text, end)
    if (
        article is None
        or part is None
        or (article.group().lower().startswith("the") and _WHOLE.search(part.group()))
    ):
        return False  # "In the transferable utility (TU) model": a known kind of model, not a part
    return not _USAGE.search(text, part_item_start(text, s_start, start), start) and cue_before(text, start)


def introduces(text: str, start: int, end: int) -> bool:
    """Whether the new name ``text[start:end]`` is presented as the paper's own (its sentence found here).

    Lets a definition with no other type clue count as a named contribution (a method): "It then
    employs an Intersection-Aware Adaptive Fusion (IAAF) module …" after "this study proposes …".

    >>> t = "This study proposes FooNet. It then employs an Intersection-Aware Fusion (IAF) module."
    >>> introduces(t, t.index("Intersection"), t.index(" (IAF")), introduces(t, 0, 10)
    (True, False)
    """
    begin = max(text.rfind(". ", 0, start) + 2, 0)
    stop = text.find(". ", end)
    sentence = (begin, len(text) if stop < 0 else stop + 1)
    return role_for(text, start, end, "acronym", sentence) == "introduced"


def assign_roles(
    cands: list[Candidate],
    text: str,
    sentences: list[tuple[int, int]],
    title_len: int,
    concepts: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Every candidate's role: the title prefix and :func:`role_for`; both halves of an acronym share one.

    An acronym of a known entity counts as known, and so does a phrase of the trained source (not a name of
    the name typer: its names are read as new ones, like a rule's), a task read
    from its context (:mod:`kg.extract.task_phrases`) or a release of a known name ("Claude 4.5 Opus",
    "SemEval 2025 Task 5": :mod:`kg.extract.extent`). The title prefix is the paper's own contribution,
    even a known name ("SAM 3: Segment Anything …"), but not a known concept written in lower case in the
    lexicon ("Prompt Engineering: How Prompt Vocabulary affects …" studies it; ``concepts``:
    :func:`kg.extract.titles.concept_ids`) nor the topic of a survey ("X: Recent Advances and Open …").
    Then :func:`kg.extract.own_parts.own_parts` reads the parts of the paper's own named system.
    """
    title = text[:title_len]
    prefix = title_prefix_span(title) if title_len and not is_survey_title(title) else None
    out = []
    sentence_at = sentence_finder(sentences)
    for c in cands:
        if (c.start, c.end) == prefix and not known_concept(c, text, concepts):
            c = c.with_(role="introduced")
        elif c.role != "introduced":
            model = c.source == "model" and c.rule != NEW_NAME  # a trained source's known phrase
            known = c.entity_id or model or c.rule in KNOWN_RULES or known_form(c, text)  # rules 121, 123
            source = "lexicon" if known else c.source  # an established task read from its context is known
            role = role_for(text, c.start, c.end, source, sentence_at(c.start), c.type)
            c = c.with_(role=role) if role != c.role else c
        out.append(c)
    out = own_parts(_share_partners(out), text, sentence_at, prefix[1] if prefix else -1, title_len)
    out = _share_partners(list_siblings(out, text, sentence_at))  # rule 213
    return demote_kinds(demote(out, text, sentence_at, prefix), text)  # rule 97


def _share_partners(cands: list[Candidate]) -> list[Candidate]:
    """Both halves of an acronym definition introduced when one of them is."""
    introduced = {(c.start, c.end) for c in cands if c.role == "introduced" and c.partner}
    return [
        c.with_(role="introduced") if c.partner in introduced and c.role != "introduced" else c for c in cands
    ]
