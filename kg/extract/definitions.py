"""Candidates from a paper's own acronym definitions, "Long Form (LF)" — the paper's meaning first.

>>> from kg.extract.lexicon import LexiconEntry
>>> kd = LexiconEntry("method:kd", "method", "Knowledge Distillation", ("KD",))
>>> text = "We study Knowledge Deletion (KD) for LLMs."
>>> known = [Candidate(29, 31, "method", "Knowledge Distillation", "method:kd", source="lexicon")]
>>> found, redefined = acronym_candidates(text, known, {"method:kd": kd})
>>> [(text[c.start:c.end], c.type, c.entity_id) for c in found], redefined
([('Knowledge Deletion', 'method', ''), ('KD', 'method', '')], {'KD'})
"""

from __future__ import annotations

import re

from kg.extract.abbrev import find_definitions, match_long_form
from kg.extract.apposed import long_form_kind
from kg.extract.candidates import Candidate
from kg.extract.interrupted import Forms, interrupted_entry
from kg.extract.lexicon import LexiconEntry
from kg.extract.long_forms import long_forms_agree
from kg.extract.method_apposition import apposed_to_method
from kg.extract.own_subject import own_part, title_cased
from kg.extract.patterns import INTRO_CUE
from kg.extract.role_scope import blocked
from kg.extract.roles import introduces, is_defined_part
from kg.extract.shapes import generic_tail, is_generic, type_from_head, type_from_shape
from kg.extract.spelled import plural_redefined, spelled_in_title
from kg.extract.thing_heads import names_no_entity, quantity_index

__all__ = ["acronym_candidates", "reads_redefined"]


def acronym_candidates(
    text: str, known: list[Candidate], entries: dict[str, LexiconEntry], joined: Forms | None = None
) -> tuple[list[Candidate], set[str]]:
    """Candidates from "Long Form (LF)" definitions, and the short forms this paper redefines.

    A definition whose short form is a lexicon name but whose long form disagrees with that entry
    ("Knowledge Deletion (KD)" against Knowledge Distillation) names a new thing: the paper's own
    meaning wins, and the lexicon reading of the short form is dropped in this paper. So does a
    long form that is itself another entry's name ("projected gradient descent (PGD)" is the
    method, not the PGD attack the short form alone would be). A definition inside a known name
    ("temporal difference (TD) learning", ``joined``: :func:`kg.extract.interrupted.joined_forms`) names it.
    """
    by_span = {(c.start, c.end): c for c in known if c.source == "lexicon"}
    out: list[Candidate] = []
    redefined: set[str] = set()
    for ls, le, ss, se in find_definitions(text):
        ls = _widen(text, ls, le, text[ss:se])
        long_text, short_text = text[ls:le], text[ss:se]
        if is_generic(long_text) or is_generic(short_text):
            continue
        long_lex, short_lex = by_span.get((ls, le)), by_span.get((ss, se))
        if long_lex is None and (inside := interrupted_entry(text, ls, le, se, joined or {})):  # rule 168
            if short_lex and short_lex.entity_id != inside:
                redefined.add(short_text)
            entry, short_lex = entries[inside], None
            long_lex = Candidate(ls, le, entry.type, entry.name, inside, source="lexicon")
        if short_lex and long_lex and long_lex.entity_id != short_lex.entity_id:
            redefined.add(short_text)  # "projected gradient descent (PGD)": the method, not the PGD attack
            short_lex = None
        elif short_lex and not long_forms_agree(long_text, entries[short_lex.entity_id].forms):
            if long_lex is None or long_lex.entity_id != short_lex.entity_id:
                redefined.add(short_text)  # "Attack Success Rate (ASR)": not speech recognition here
            short_lex = None
        lex = long_lex or short_lex
        kind: str | None
        if lex is not None:
            kind, entity_id, name, conf = lex.type, lex.entity_id, lex.name, 0.9
        else:
            kind = _new_type(text, ls, le, ss, se, short_text in redefined)
            entity_id, name, conf = "", long_text, 0.75
        if kind is None:
            continue
        for s, e, part, partner in ((ls, le, "long", (ss, se)), (ss, se, "short", (ls, le))):
            out.append(
                Candidate(
                    s, e, kind, name if lex else text[s:e], entity_id, confidence=conf,
                    source="acronym", rule=f"acronym.{part}", partner=partner,
                )
            )  # fmt: skip
    for spelled in (_reversed, _camel, spelled_in_title, plural_redefined):  # "LF (Long)", "LongF (LF)" …
        spelled(text, by_span, entries, redefined)
    return out, redefined


# A degree modifier ("low-resolution", "very high resolution", "Ultra-High-Definition", "full-precision")
_DEGREE_MODIFIER = re.compile(
    r"(?:(?:ultra|very|super|extra)[- ])?(?:low|high|full|half|fine)[- ](?!tun|train|att)[a-z]+", re.I
)
# Up to three capitalised words right before a long form (the run a coordinated name starts with).
_RUN_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w\-]*\s){1,3})$")


def _widen(text: str, ls: int, le: int, short: str) -> int:
    """The start of a coordinated long form whose initials skip its first words: in "Concept Alignment
    Contrast and LongShort Prompt Memory for Test-Time Adaptation (CM-TTA)" the initials match from
    "Contrast"; the name starts at the capitalised run before it that opens with the same letter.

    >>> t = "we propose Concept Alignment Contrast and Long Prompt Memory (CM)"
    >>> t[_widen(t, t.index("Contrast"), t.index(" (CM"), "CM"):t.index(" (CM")]
    'Concept Alignment Contrast and Long Prompt Memory'
    >>> t = "using BERT Masked and Language Modeling (MLM)"
    >>> _widen(t, t.index("Masked"), t.index(" (MLM"), "MLM") == t.index("Masked")
    True
    """
    if " and " not in text[ls:le]:
        return ls
    run = _RUN_BEFORE.search(text, max(0, ls - 60), ls)
    if run is None or run.group(1)[:1].lower() != short[:1].lower() or text[ls : ls + 1] != short[:1]:
        return ls
    return run.start(1)


def _named_part(text: str, start: int, end: int) -> bool:
    """A several-word long form the paper presents as its own ("It then employs an Intersection-Aware
    Adaptive Fusion (IAAF) module"), by the role rules: capitalised, or defined as a part ("the
    clustering-based data selection (CDS) module"); other lower-case long forms ("movable antenna
    (MA)", "forecast horizon (FH)") are too often ordinary terms.
    """
    name = text[start:end]
    shaped = name[:1].isupper() or is_defined_part(text, end)
    return shaped and len(name.split()) > 1 and introduces(text, start, end)


# "FCD (Factual Claim Density)": a short form, then its long form in parentheses.
_PAREN_AFTER = re.compile(r" ?\(([A-Za-z][^()]{3,80})\)")


def reads_redefined(cand: Candidate, text: str, redefined: set[str]) -> bool:
    """Whether ``cand`` reads a short form the paper defines otherwise (``redefined``, from
    :func:`acronym_candidates`): the lexicon match itself, or a variant built on it — "PSO-Secure" when
    the paper defines "predicate singling-out (PSO)" (docs/typing.md rules 5 and 55).

    >>> t = "predicate singling-out (PSO) secure data; PSO-Secure sharing"
    >>> variant = Candidate(42, 52, "method", "PSO-Secure", rule="lexicon.variant")
    >>> reads_redefined(variant, t, {"PSO"}), reads_redefined(variant, t, {"SD"})
    (True, False)
    """
    surface = text[cand.start : cand.end]
    if cand.source == "lexicon":
        return surface in redefined
    return cand.rule in ("lexicon.variant", "lexicon.release") and any(
        surface.startswith(short) and surface[len(short) : len(short) + 1] in ("-", " ")
        for short in redefined
    )


def _reversed(
    text: str,
    by_span: dict[tuple[int, int], Candidate],
    entries: dict[str, LexiconEntry],
    redefined: set[str],
) -> None:
    """Add to ``redefined`` the lexicon short forms a paper spells out otherwise after them: "FCD
    (Factual Claim Density)" is not Fréchet ChemNet Distance in this paper.

    >>> fcd = LexiconEntry("metric:fcd", "metric", "Fréchet ChemNet Distance", ("FCD",))
    >>> t = "five KPIs: FCD (Factual Claim Density) and more"
    >>> found: set[str] = set()
    >>> _reversed(t, {(11, 14): Candidate(11, 14, "metric", "x", "metric:fcd")}, {"metric:fcd": fcd}, found)
    >>> found
    {'FCD'}
    """
    for (start, end), cand in by_span.items():
        short = text[start:end]  # (a parenthesis first, what _PAREN_AFTER needs: most known names have none)
        if not text.startswith(("(", " ("), end) or sum(map(str.isupper, short)) < 2 or short in redefined:
            continue
        match = _PAREN_AFTER.match(text, end)
        if match is None or " " not in match.group(1).strip() or match_long_form(short, match.group(1)) != 0:
            continue
        if not long_forms_agree(match.group(1), entries[cand.entity_id].forms):
            redefined.add(short)


_CAMEL_BEFORE = re.compile(r"(?<![\w\-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+) \($")


def _camel(
    text: str,
    by_span: dict[tuple[int, int], Candidate],
    entries: dict[str, LexiconEntry],
    redefined: set[str],
) -> None:
    """Add to ``redefined`` the lexicon short forms a paper defines as the capitals of one camel-case
    word: "We introduce AnyCapModel (ACM)" makes every ACM of the paper AnyCapModel, not the ACM
    organisation; "StarDist (SD)" is not Stable Diffusion (docs/typing.md rule 54). A word that is a
    spelling of the entry keeps it ("OpenStreetMap (OSM)").

    >>> acm = LexiconEntry("org:acm", "organization", "Association for Computing Machinery", ("ACM",))
    >>> t = "We introduce AnyCapModel (ACM), a framework. ACM reuses captions."
    >>> found: set[str] = set()
    >>> _camel(t, {(26, 29): Candidate(26, 29, "organization", "x", "org:acm")}, {acm.id: acm}, found)
    >>> found
    {'ACM'}
    """
    for (start, end), cand in by_span.items():
        short = text[start:end]
        if text[end : end + 1] != ")" or short in redefined or sum(map(str.isupper, short)) < 2:
            continue
        word = _CAMEL_BEFORE.search(text, max(0, start - 60), start)
        if word is None or "".join(ch for ch in word.group(1) if ch.isupper() or ch.isdigit()) != short:
            continue
        if not long_forms_agree(word.group(1), entries[cand.entity_id].forms):
            redefined.add(short)


def _new_type(text: str, ls: int, le: int, ss: int, se: int, redefined: bool) -> str | None:
    """The type of a long form the lexicon does not know, from its head word, the short form's
    shape, a head word after the definition, or an introduction cue; None when it names nothing.

    A head word right after the definition decides ("(MIRAD) dataset", "(FaSE) module"). A long
    form with a task head that the paper proposes, or lists after "modules:", names a method ("we
    further propose Reflected Pseudo Labels Generation (RPLG)"), unless a task word follows. A long
    form ending in a class of models ("Large Vision-Language Models") or a device (rule 81) names nothing.

    >>> t = "we further propose Reflected Pseudo Labels Generation (RPLG)."
    >>> _new_type(t, 19, 53, 55, 59, False)
    'method'
    >>> t = "By cropping, High-Resolution Large Vision-Language Models (HR-LVLMs) are fast."
    >>> _new_type(t, 13, 57, 59, 67, False) is None
    True
    >>> t = "Pretrain with Discrete Stochastic Localization (DSL); we deal with Spectral Reconstruction (SR)."
    >>> _new_type(t, 14, 46, 48, 51, False), _new_type(t, 67, 90, 92, 94, False)
    ('method', 'task')
    >>> t = "a method with Grammatical Error Detection (GED) capabilities."
    >>> _new_type(t, 14, 41, 43, 46, False)
    'task'
    >>> t = "It restores high-resolution (HR) images."
    >>> _new_type(t, 12, 27, 29, 31, False) is None
    True
    """
    long_text, short_text = text[ls:le], text[ss:se]
    if generic_tail(long_text) or _DEGREE_MODIFIER.fullmatch(long_text) or names_no_entity(text, ls, le):
        return None  # rules 67, 81, 590: a modifier "(LR) inputs", a modality "(MRI)", a class "(CUAs)"
    after = _head_after(text, se, lower=long_text[:1].islower()) or long_form_kind(
        text, se, long_text, short_text
    )
    kind = after or type_from_head(long_text) or _task_tail(long_text) or type_from_shape(short_text)
    if kind == "metric" and after is None and quantity_index(text, ls, le, short_text):
        return None  # rule 125: "to improve the air quality index (AQI)" names a quantity, not a measure
    if kind is None and long_text[:1].isupper() and sum(map(str.isupper, short_text)) >= 2:
        kind = _task_by_use(text, short_text)  # not "evaluation of slang … (en-IN)"
    if (
        kind == "task"
        and after is None
        and (
            _after_intro_cue(text, ls, verbs=_PROPOSE)
            or _MODULES.search(text, max(0, ls - 120), ls)
            or (_MEANS.search(text, max(0, ls - 30), ls) and not _NOUN_NEXT.match(text, se))
            or apposed_to_method(text, ls, se)
        )
    ):
        return "method"  # proposed, listed among modules or the means of doing something: not the task
    if kind is None and (
        (redefined and long_text[:1].isupper())
        or _after_intro_cue(text, ls)
        or _called_by_us(text, ls)
        or _named_part(text, ls, le)
        or (title_cased(long_text) and own_part(text, ls))
    ):
        kind = "method"  # "we introduce Adaptive Blah Cascade (ABC)": a named contribution
    return kind


# Last words of a defined long form that name a task ("Video Quality Assessment (VQA)", "Uncertainty
# Quantification (UQ)", "Speaker Identification (SID)"); other kg rules do not read them as heads.
_TASK_TAILS_TEXT = (
    "assessment verification identification quantification relighting geolocalization geo-localization"
)
_TASK_TAILS = frozenset(_TASK_TAILS_TEXT.split())


def _task_tail(long_text: str) -> str | None:
    """``"task"`` when the defined ``long_text`` ends in a :data:`_TASK_TAILS` word, else None.

    >>> _task_tail("Video Quality Assessment"), _task_tail("Quality Metric")
    ('task', None)
    """
    words = long_text.lower().split()
    return "task" if words and words[-1] in _TASK_TAILS else None


# "We formulate an axiom …, called justifiable upper quota (JUQ)": the paper names it (not "so-called", and
# not without "we": "an in-laboratory paradigm, called evidence accumulation modelling (EAM)" exists).
_CALLED_BEFORE = re.compile(r"(?<![\w\-])(?:called|named|dubbed|termed|coined)\s+(?:the\s+)?(?:\\[a-z]+\{)?$")
_WE_BEFORE = re.compile(r"\b[Ww]e\s")


def _called_by_us(text: str, start: int) -> bool:
    """Whether "called / named …" right before ``start`` names something after "we" in the same sentence.

    >>> t = "We formulate an axiom, called justified quota (JQ). A paradigm, called evidence modelling (EM)."
    >>> _called_by_us(t, t.index("justified")), _called_by_us(t, t.index("evidence"))
    (True, False)
    """
    if _CALLED_BEFORE.search(text, max(0, start - 24), start) is None:
        return False
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return bool(_WE_BEFORE.search(text, begin, start) or INTRO_CUE.search(text, begin, start))


# "features three modules: Hierarchical Information Extraction (HIE), …": the list names modules.
_MODULES = re.compile(r"\b(?:modules?|components?)\s*:")
# "via Logic Augmented Generation (LAG)", "pretrain with Discrete Stochastic Localization (DSL)": what a
# thing is done by is a method, though its head names a task (rule 72); not "deal with", "cope with".
_MEANS = re.compile(
    r"(?:\b(?:via|using|leveraging|employing|utili[sz]ing)|(?<!deal )(?<!deals )(?<!dealing )"
    r"(?<!cope )(?<!struggle )(?<!associated )\bwith)\s+(?:an?\s+|the\s+)?$"
)
# A lower-case word after the definition makes it a modifier: "a method with grammatical error detection
# (GED) capabilities" names the task.
_NOUN_NEXT = re.compile(
    r"\)\s+(?!(?:of|in|on|for|with|and|or|is|are|was|were|as|that|which|where|to|by|from|into|at)\b)[a-z]"
)
# Verbs by which a paper proposes a technique (a task is "introduced" or "formulated", not designed).
_PROPOSE = re.compile(r"\b(?:propos\w*|design\w*|develop\w*|devis\w*)\b")
_NEAR_WORDS = 6  # lower-case long forms: at most this many words between the cue and the long form


def _after_intro_cue(text: str, start: int, verbs: re.Pattern[str] | None = None) -> bool:
    """Whether an introduction cue ("we propose …") precedes ``start`` in its sentence, with no word
    between them that says the long form is used ("we propose a design based on service area (SA)").

    >>> t = "We propose a design based on service area (SA). We propose a frame selection (FS)."
    >>> _after_intro_cue(t, t.index("service")), _after_intro_cue(t, t.index("frame"))
    (False, True)
    """
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    cue = INTRO_CUE.search(text, begin, start)
    if cue is None or (verbs is not None and not verbs.search(text, cue.start(), cue.end())):
        return False
    if text[start].islower():  # "… evaluation of … within the framework of value-added tax (VAT)"
        return not blocked(text, cue.end(), start) and len(text[cue.end() : start].split()) <= _NEAR_WORDS
    return True


# "(PDDL) problem file": a noun after "problem" makes it a modifier ("(ORS) problem deals with" is not one)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:of|in|on|for|with|and|or|is|are|as|that|which|where|to|by)\b)[a-z]+[^s\W]\b"
)


def _task_by_use(text: str, short: str) -> str | None:
    """ "task" when the paper writes its short form as a task elsewhere ("Emotional Support Conversation
    (ESC) plays …; LLMs excel in ESC tasks"), else None.

    >>> _task_by_use("Emotional Support Conversation (ESC) matters. LLMs do well in ESC tasks.", "ESC")
    'task'
    >>> _task_by_use("Emotional Support Conversation (ESC) matters. We extend ESC datasets.", "ESC") is None
    True
    """
    probe = short + " task"
    at = text.find(probe)
    while at >= 0:
        end = at + len(probe)
        end += text.startswith("s", end) and not _word_at(text, end + 1)
        if not (at and (_word_at(text, at - 1) or text[at - 1] == "-")) and not _word_at(text, end):
            return "task"
        at = text.find(probe, at + 1)
    return None


def _word_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character (as ``\\w`` reads it); False past the end."""
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


# The head noun after the definition: "(C-STS) task", "(LAM) and Talking To Me (TTM) tasks".
_AFTER = re.compile(r"[^()]{0,3}\)\s*(?:(?:and|or|,)\s+[^().;]{1,60}?\([^()]{1,16}\)\s*)?([a-z]+)\b")
_AFTER_WORDS = frozenset(("task", "tasks", "dataset", "benchmark", "corpus", "metric"))
# "(FaSE) module", "(TEAM) approach", "(FTM) loss" (rule 187): a method head after it names a method.
_METHOD_AFTER = frozenset(
    ("module", "modules", "framework", "method", "algorithm", "mechanism", "strategy", "approach", "loss")
)


def _head_after(text: str, short_end: int, lower: bool = False) -> str | None:
    """The type a task / dataset / benchmark head word right after "Long Form (LF)" gives, else None.

    "datasets" in the plural describes data of a kind: "inertial measurement unit (IMU) datasets"
    names no dataset; a ``lower``-case long form is named only by a singular "task" ("the deep
    research (DR) task").

    >>> t = "addressing both Looking At Me (LAM) and Talking To Me (TTM) tasks"
    >>> _head_after(t, t.index("LAM") + 3), _head_after(t, t.index("TTM") + 3)
    ('task', 'task')
    >>> t = "five inertial measurement unit (IMU) datasets"
    >>> _head_after(t, t.index("IMU") + 3) is None
    True
    """
    match = _AFTER.match(text, short_end)
    if match is None or (lower and match.group(1) != "task"):
        return None
    if match.group(1) in _METHOD_AFTER:
        return "method"
    if match.group(1) == "problem" and not lower and not _NOUN_AFTER.match(text, match.end()):
        return "task"  # "the Operating Room Scheduling (ORS) problem", not "(PDDL) problem file"
    return type_from_head(match.group(1)) if match.group(1) in _AFTER_WORDS else None
