"""The parts of the paper's own named system, read once every mention has its first role.

Named parts are introduced: new names after a verb of parts in a sentence whose subject is a name the
paper introduces, sized or named variants of such a name, and the new name leading the subtitle of a
named title ("X: Name for …").

>>> from kg.extract.candidates import Candidate
>>> t = "We propose FooNet. FooNet comprises a Dual Gate Module (DGM) and FooNet-7B is released."
>>> cands = [Candidate(11, 17, "method", "FooNet", role="introduced"),
...          Candidate(19, 25, "method", "FooNet"),
...          Candidate(38, 54, "method", "Dual Gate Module"),
...          Candidate(66, 75, "model", "FooNet-7B")]
>>> sentences = lambda at: (0, 18) if at < 18 else (19, len(t))
>>> [c.role for c in own_parts(cands, t, sentences, -1, 0)]
['introduced', 'used', 'introduced', 'introduced']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate
from kg.extract.established import known_form
from kg.extract.role_scope import PARTS, in_scope
from kg.extract.shapes import is_adjectival
from kg.extract.typer_roles import typer_own

__all__ = ["leads_step", "own_parts", "part_item_start"]


_TASK_RULES = frozenset(
    {"context.task", "title.task", "cue.task", "list.task", "cue.task_of", "cue.reasoning"}
)  # 524, 525, 583


def own_parts(
    cands: list[Candidate],
    text: str,
    sentence_at: Callable[[int], tuple[int, int]],
    colon: int,
    title_len: int,
) -> list[Candidate]:
    """New names that are parts of the paper's own named system (introduced).

    - in a sentence whose subject is a name the paper introduces, after a verb of parts: "The PTMA model
      incorporates a GRU-based temporal masked attention (TMA) cell", "DSKI comprises two core
      components: 1) …, and 2) a medical forensic retrieval module (MFRM)";
    - leading the subtitle of a title "X: …" with no word of use or purpose before it: "HYPERPOSE:
      Hyperbolic Kinematic Phase-Space Attention for 3D Human Pose Estimation" (not a task).
    """
    own = {text[c.start : c.end] for c in cands if c.role == "introduced" and c.end - c.start > 1}
    if not own:  # no own name read yet: the typer's subjects may still be its own (rule 315)
        return [c.with_(role="introduced") if _typer_own(c, text, own) else c for c in cands]
    names = sorted(own, key=lambda n: (-len(n), n))  # longest first: one answer whatever the set order
    first_own = min(c.start for c in cands if c.role == "introduced")
    subjects: dict[int, int] = {}  # sentence start -> end of its own-name subject (-1: none)
    out = []
    for c in cands:
        typer = c.rule == _TYPER  # the name typer's names are new ones, like a rule's (rule 314)
        if c.role != "introduced" and (
            _variant_of_own(text[c.start : c.end], own) or _typer_own(c, text, own)
        ):
            c = c.with_(role="introduced")  # "Falcon-H1-34B" of a paper that introduces Falcon-H1
        elif (  # a release or a hybrid of known architectures ("a hybrid CNN-BiLSTM") is known (rule 121)
            c.role != "introduced"
            and not c.entity_id
            and (c.source != "model" or typer)
            and not known_form(c, text)
        ):
            subtitle = 0 <= colon < c.start and c.end <= title_len and c.type != "task"
            lead = subtitle and _leads_subtitle(text[:title_len], colon, c.start, c.end)
            s_start = sentence_at(c.start)[0]
            if s_start not in subjects:
                subjects[s_start] = _subject_end(text, s_start, names)
            after = subjects[s_start]
            # "The method combines X … and introduces ScanCache, a …": the own system named by its kind (its
            # parts are new names, not later mentions of names found elsewhere: "processing of HSI")
            subject = after if after >= 0 or c.rule == "propagate" else _whole_end(text, s_start, first_own)
            apposed = (
                c.rule == "cue.part" and subject >= 0 and bool(PARTS.search(text, subject, subject + 24))
            )
            known_task = c.rule in _TASK_RULES  # an established task: no part
            listed = not known_task and _lists_parts(text, subject, c.start)
            step = c.rule in _STEP_RULES and (
                leads_step(text, s_start, c.start, c.end) or _composed_of(text, s_start, c.start, names)
            )
            if lead or apposed or listed or step:
                c = c.with_(role="introduced")
        out.append(c)
    return out + own_variants(out, text)


# New names read as the paper's steps or parts by their place (rule 108's longer names; rule 137: a long
# form defined with its acronym, "The core of DDTNet is the DDM, which comprises Degradation Coupled
# Attention (DCA)").
_STEP_RULES = ("lexicon.longer", "acronym.long")
_TYPER = "name.typer"  # kg.extract.roles.NEW_NAME (roles imports this module)
# A step of the paper's own method: an ordinal or additive opener before the subject ("First, …",
# "Additionally, …"), and a verb in the present after it ("… aligns", "… enhances"; not "is", "has").
_STEP_OPENER = re.compile(
    r"\s*(?:First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Additionally|Moreover|Furthermore|"
    r"In addition|Then|Next|Lastly),\s+(?:the\s+|a\s+|an\s+)?"
)
_STEP_VERB = re.compile(r"\s+(?:\([^()]{1,20}\)\s+)?(?!(?:is|was|has|does)\b)[a-z]{3,}s\b")


def leads_step(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is the subject of a step the paper describes of its own method:
    right after an ordinal or additive opener of its sentence and before a verb in the present ("Additionally,
    Temporal Consistency Distillation aligns …", "First, Forgery-Aligned Contrastive Learning enhances …";
    rule 108's longer names, which no cue found). Not a name that opens the sentence alone ("Multinomial
    Naive Bayes achieves …": a compared method is written so too).

    >>> t = "We propose FooNet. Additionally, Temporal Consistency Distillation aligns the two networks."
    >>> s = t.index("Temporal")
    >>> leads_step(t, 19, s, s + 33), leads_step("Temporal Consistency Distillation aligns it.", 0, 0, 33)
    (True, False)
    """
    opener = _STEP_OPENER.match(text, s_start)
    return opener is not None and opener.end() == start and _STEP_VERB.match(text, end) is not None


# A verb of composition: the names after it are the parts of the name before it.
_COMPOSED = re.compile(r"\b(?:consist(?:s|ing)? of|compris(?:es|ing)|(?:which|that) includes?|composed of)\b")


def _composed_of(text: str, s_start: int, start: int, names: list[str]) -> bool:
    """Whether an own name of the paper and a verb of composition come before ``start`` in its sentence,
    unblocked: "The core of ReFlow is a novel mechanism, consisting of Full Flow Matching …" (rule 108's
    longer names).

    >>> t = "We propose FooNet, which includes Temporal Consistency Distillation."
    >>> _composed_of(t, 0, t.index("Temporal"), ["FooNet"]), _composed_of(t, 0, t.index("Temporal"), ["Bar"])
    (True, False)
    """
    before = text[s_start:start]
    ends = [s_start + i + len(n) for n in names if (i := before.rfind(n)) >= 0]
    if not ends:
        return False
    after = max(ends)
    return _COMPOSED.search(text, after, start) is not None and not in_scope(text, after, start)


# A sized or named variant of an own name: "TopoMamba-3D", "FooNet-L" after it ("-based" is a modifier), or
# a short capitalised prefix before it: "M-COUNTDOWN" in a paper titled "COUNTDOWN: …".
_VARIANT_AFTER = re.compile(r"-[A-Za-z0-9][\w.+]*[\w+]|-[A-Za-z0-9]")


def own_variants(cands: list[Candidate], text: str) -> list[Candidate]:
    """New candidates (``introduced``, rule ``own.variant``) for variants of the paper's own names that no
    rule found: "We also instantiate a volumetric TopoMamba-3D" in a paper that introduces TopoMamba.

    >>> t = "We propose FooNet. We also build FooNet-3D, a FooNet-based M-FooNet and FooNet-L."
    >>> own = Candidate(11, 17, "method", "FooNet", role="introduced")
    >>> [(c.name, c.role, c.rule) for c in own_variants([own], t)][:2]
    [('FooNet-3D', 'introduced', 'own.variant'), ('M-FooNet', 'introduced', 'own.variant')]
    >>> [c.name for c in own_variants([own], t)]
    ['FooNet-3D', 'M-FooNet', 'FooNet-L']
    """
    own = {
        text[c.start : c.end]: c.type
        for c in cands
        if c.role == "introduced" and c.end - c.start > 3 and _SHAPED.fullmatch(text[c.start : c.end])
    }
    found: dict[tuple[int, int], str] = {}
    for name, kind in sorted(own.items()):
        caps = _CAPS_NAME.fullmatch(name) is not None  # "PROGRESSLM: …" written "ProgressLM-3B" in the text
        if name + "-" not in text and "-" + name not in text and not (caps and _caps_hyphen(name, text)):
            continue  # no hyphen touches the name: no variant (and no regex to compile)
        pattern = f"(?i:{re.escape(name)})" if caps else re.escape(name)
        for match in re.finditer(rf"(?<![\w])(?P<pre>[A-Z][A-Za-z0-9]{{0,3}}-)?{pattern}(?![\w])", text):
            if _IN_URL.search(text, text.rfind(" ", 0, match.start()) + 1, match.start() + 1):
                continue  # "https://github.com/x/FooNet-page": a link, not a name
            if not _spelled_as(text[match.end() - len(name) : match.end()], name):
                continue  # "Long-Horizon" in a paper that introduces HORIZON: the ordinary word
            after = _VARIANT_AFTER.match(text, match.end())
            if after is not None and (
                text.startswith("-", after.end()) or _NOT_VARIANT.fullmatch(after.group())
            ):
                after = None  # "DeepUrban-a new dataset", "FooNet-project-page"
            if match.group("pre") and not text.startswith("-", match.end()):
                found.setdefault(match.span(), kind)  # "M-COUNTDOWN"
            elif (
                after is not None
                and not match.group("pre")
                and not is_adjectival(text[match.start() : after.end()])
            ):
                found.setdefault((match.start(), after.end()), kind)  # "TopoMamba-3D"
    taken = [(c.start, c.end) for c in cands]
    return [
        Candidate(s, e, kind, text[s:e], confidence=0.6, rule="own.variant", role="introduced")
        for (s, e), kind in sorted(found.items())
        if not any(a < e and s < b for a, b in taken)
    ]


# An own name written in capitals only (a title's "PROGRESSLM: …"), which the text may write in mixed case.
_CAPS_NAME = re.compile(r"[A-Z][A-Z0-9]{4,}")


def _caps_hyphen(name: str, text: str) -> bool:
    """Whether the capitals-only ``name`` touches a hyphen in ``text`` in any case ("ProgressLM-3B").

    >>> _caps_hyphen("PROGRESSLM", "the ProgressLM-3B model"), _caps_hyphen("PROGRESSLM", "ProgressLM is")
    (True, False)
    """
    low, key = text.lower(), name.lower()
    return key + "-" in low or "-" + key in low


def _spelled_as(word: str, name: str) -> bool:
    """Whether ``word`` writes the own ``name``: as it is, or a capitals-only name in mixed case with an
    inner capital ("ProgressLM" for PROGRESSLM; not the ordinary word "Horizon" for HORIZON).

    >>> _spelled_as("ProgressLM", "PROGRESSLM"), _spelled_as("Horizon", "HORIZON"), _spelled_as("Foo", "FOO")
    (True, False, False)
    """
    if word == name:
        return True
    return (
        _CAPS_NAME.fullmatch(name) is not None
        and word.upper() == name
        and any(ch.isupper() for ch in word[1:])
    )


_IN_URL = re.compile(r"/|www\.|https?:|\.(?:com|org|io)\b")
_NOT_VARIANT = re.compile(
    r"-(?:a|an|the|and|or|for|of|to|in|on|with|based|page|project|home|demo|code|repo|site|web|main|master)",
    re.IGNORECASE,
)
_SHAPED = re.compile(r"[A-Z][\w]*[A-Z0-9][\w]*|[a-z]+[A-Z][\w]*")


# Before a name in a subtitle: a word that makes it something the work uses, applies or addresses.
_SUBTITLE_USE = re.compile(
    r"(?<![\w\-])(?:for|via|with|using|in|on|of|from|to|by|through|beyond|towards?|and|than|versus|vs|"
    r"based|under|beyond|as|at|into)(?![\w\-])",
    re.IGNORECASE,
)


def _typer_own(c: Candidate, text: str, own: set[str]) -> bool:
    """Whether ``c`` is a name of the name typer that the paper presents as its own (rules 314-315)."""
    return c.rule == _TYPER and c.role != "introduced" and typer_own(text, c.start, c.end, own)


def _variant_of_own(surface: str, own: set[str]) -> bool:
    """Whether ``surface`` is a sized or named variant of one of the paper's ``own`` names.

    >>> _variant_of_own("Falcon-H1-34B", {"Falcon-H1"}), _variant_of_own("Falcon-7B", {"Falcon-H1"})
    (True, False)
    >>> _variant_of_own("M-COUNTDOWN", {"COUNTDOWN"}), _variant_of_own("DP-SGD", {"SGD"})
    (True, False)
    >>> _variant_of_own("ProgressLM-3B", {"PROGRESSLM"}), _variant_of_own("Foonet-3B", {"FooNet"})
    (True, False)
    """
    if "-" not in surface:  # both readings need a hyphen in the surface (most candidates have none)
        return False
    return any(
        len(name) > 2
        and surface[len(name) : len(name) + 1] == "-"
        and _spelled_as(surface[: len(name)], name)
        and len(surface) > len(name) + 1
        for name in own
    ) or any(  # not "DP-SGD" of a paper that introduces "DP"; "M-COUNTDOWN" of one that introduces COUNTDOWN
        len(name) > 3
        and surface.endswith("-" + name)
        and _SHAPED.fullmatch(name)
        and re.fullmatch(rf"[A-Z][A-Za-z0-9]{{0,3}}-{re.escape(name)}", surface)
        for name in own
    )


def _leads_subtitle(title: str, colon: int, start: int, end: int) -> bool:
    """Whether ``title[start:end]`` is the whole leading name of the subtitle after ``colon``.

    >>> t = "HYPERPOSE: Hyperbolic Pose Attention for 3D Human Pose Estimation"
    >>> _leads_subtitle(t, 9, 11, t.index(" for")), _leads_subtitle(t, 9, 11, t.index(" Attention"))
    (True, False)
    >>> t = "DLO-Splatting: Tracking Deformable Linear Objects Using 3D Gaussian Splatting"
    >>> _leads_subtitle(t, 13, t.index("Deformable"), t.index(" Using"))
    False
    """
    before = title[colon + 1 : start].split()
    if len(before) > 2 or any(w.endswith("ing") and not _MAKING.match(w) for w in before):
        return False  # "Tracking Deformable Linear Objects …", "Aligning Dynamic Spatial Relationships …"
    return _SUBTITLE_END.match(title, end) is not None and not _SUBTITLE_USE.search(title, colon + 1, start)


# A gerund of making before a subtitle's name keeps it the paper's own ("Evolving Self-Play Critic via …",
# "Learning Mixture-of-Features with …"); any other gerund makes the name what the work acts on.
_MAKING = re.compile(r"(?:Learn|Evolv|Embedd|Train|Build|Introduc|Design|Construct)ing$", re.IGNORECASE)
# What ends a subtitle's leading name: the end of the title, punctuation or a word of use or purpose.
_SUBTITLE_END = re.compile(
    r"\s*(?:$|[,:;.?!(]|(?:for|via|with|using|in|on|of|from|to|by|through|towards?|and|under|as|at)\b)",
    re.IGNORECASE,
)
# The subject of a sentence, before the paper's own name: "Specifically, the proposed …", "Our …".
_LEAD = re.compile(r"\s*(?:[A-Z][\w\s]{0,30}?,\s)?(?:(?:[Tt]he|[Oo]ur)\s(?:proposed\s)?)?")


# The paper's own system named by its kind: "The method", "The proposed framework", "Our model", and after
# an own name met before it "This framework" (rule 135: "This framework integrates a Dual Model (DM)").
_OWN_WHOLE = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:\s[a-z]+){0,2},\s)?(?:[Tt]he\sproposed|[Tt]he|[Oo]ur|(?P<this>[Tt]his))\s"
    r"(?:method|framework|model|approach|system|architecture|pipeline|network|agent)\b"
)


def _whole_end(text: str, s_start: int, first_own: int = 0) -> int:
    """The end of "The method" / "The proposed framework" / "Our model" opening the sentence, or -1; "This
    framework" only after the paper's first own name (at ``first_own``).

    >>> _whole_end("The method combines X and introduces Bar, a cache.", 0)
    10
    >>> t = "We propose Foo. This framework integrates a Bar Model (BM)."
    >>> _whole_end(t, 16, 11), _whole_end(t, 16, 40)
    (30, -1)
    """
    whole = _OWN_WHOLE.match(text, s_start)
    if whole is None or (whole.group("this") and first_own >= s_start):
        return -1  # "This approach …" before the paper names its own work speaks of prior work
    return whole.end()


def _subject_end(text: str, s_start: int, names: list[str]) -> int:
    """The end of the paper's own name that opens the sentence at ``s_start`` ("The FooNet model …"), or -1.

    >>> t = "The FooNet model incorporates a GRU-based masked attention (MA) cell."
    >>> _subject_end(t, 0, ["FooNet"]), _subject_end(t, 0, ["BarNet"])
    (10, -1)
    >>> _subject_end("We propose Foo. Foo consists of Bar, a verifier.", 15, ["Foo"])
    19
    """
    lead = _LEAD.match(text, s_start)
    bare = len(text) - len(text[s_start:].lstrip())  # "SAGE consists of X, a …": no opening phrase
    for begin in dict.fromkeys((lead.end() if lead else s_start, bare)):
        for name in names:
            after = begin + len(name)
            if after < len(text) and text.startswith(name, begin) and not text[after].isalnum():
                return after
    return -1


def _lists_parts(text: str, after: int, start: int) -> bool:
    """Whether a verb of parts follows the own-name subject ending at ``after``, unblocked, before ``start``.

    >>> t = "The FooNet model incorporates a GRU-based masked attention (MA) cell."
    >>> _lists_parts(t, 10, t.index("masked")), _lists_parts(t, -1, t.index("masked"))
    (True, False)
    """
    if not 0 <= after < start:
        return False
    return PARTS.search(text, after, start) is not None and not in_scope(text, after, start)


# A later item of a list of defined parts: ", an Epipolar-based Scene Attention (ESA) module" after "a Head
# Information Aggregation (HIA) module for leveraging head information": a word of use inside an earlier
# item's purpose phrase says nothing of it.
_ITEM_BREAK = re.compile(r",\s(?:and\s)?(?:an?|the)\s(?=[A-Z])|;\s")
_DEFINED_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s(?:[\w\-]+\s){1,6}?\([A-Za-z0-9\-]{2,12}\)")


def part_item_start(text: str, s_start: int, start: int) -> int:
    """Where the list item of the defined part at ``start`` begins: after the last item break that follows
    an earlier defined part of the sentence, else the sentence start.

    >>> t = "X adds a Head Aggregation (HA) module for leveraging cues, and an Epipolar Attention (EA) block."
    >>> t[part_item_start(t, 0, t.index("Epipolar")):t.index("Epipolar")]
    ''
    >>> t = "We fine-tune it with ResNet, a Residual Net (RN) model."
    >>> part_item_start(t, 0, t.index("Residual"))
    0
    """
    begin = s_start
    for brk in _ITEM_BREAK.finditer(text, s_start, start + 1):  # + 1: the look-ahead reads the name
        if _DEFINED_BEFORE.search(text, s_start, brk.start()):
            begin = brk.end()
    return begin
