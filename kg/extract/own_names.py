"""The paper's own names after cues without "we": "our proposed X", "the proposed X", "our method, X,".

"We propose X" is read by :func:`kg.extract.patterns.intro_candidates`; papers also name their
contribution only where they use it ("The proposed DPF-Net outperforms …", "Our approach, ESCHER,
…"). Only a single name-shaped token counts (``DPF-Net``, ``ESCHER``, ``GlorpNet``): "the proposed
method" and "the proposed Transformer-based encoder" name nothing new.

>>> t = "Our proposed GlorpNet beats the proposed method. Our approach, ESCHER, is fast."
>>> [(t[c.start:c.end], c.type, c.role, c.rule) for c in own_candidates(t)]
[('GlorpNet', 'method', 'introduced', 'cue.own'), ('ESCHER', 'method', 'introduced', 'cue.own')]
>>> own_candidates("The proposed Non-Causal Distortion Modeling helps.")
[]
>>> t = "The proposed benchmark, GlorpBench, is hard."
>>> [(t[c.start:c.end], c.type) for c in own_candidates(t)]
[('GlorpBench', 'benchmark')]
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.anchored import word_matches
from kg.extract.candidates import Candidate
from kg.extract.made_words import MADE, THE_MADE, THE_MADE_WORDS
from kg.extract.own_anchors import anchors
from kg.extract.own_enum import own_list_parts
from kg.extract.own_lower import lower_own
from kg.extract.patterns import infer_type, intro_cue_spans
from kg.extract.quantities import is_hardware_or_count
from kg.extract.roles import first_mention, introduces
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped, type_from_head
from kg.extract.text_words import cue_forms, holds, present

__all__ = ["NAME_TOKEN", "latex_split", "own_candidates"]

_HEADS = (
    r"(?:method|framework|model|approach|system|network|architecture|algorithm|benchmark|dataset|pipeline)"
)
# A one-word name: capitalised or a digit first ("KVSPN", "3DGS-SLAM"), or camel case ("iVideoGPT").
NAME_TOKEN = r"[A-Z0-9][\w+.\-]*[\w+]|[a-z]+[A-Z][\w+.\-]*[\w+]"
_TOKEN = rf"(?P<name>{NAME_TOKEN})"
# Rule 184: up to two lower-case words before the head of "our method, X," ("Our novel method, SceneDINO,",
# "Our fine-tuned model, MolSeek-OCR,"); not a participle of making, which _OUR_MADE reads.
_DESCRIBED = r"(?:[a-z][a-z\-]*\s){0,2}"
# "our proposed X", "our method, X", "the proposed X", "our novel X module": after "ur" / "he"
_OUR_MADE = rf"\s(?:{MADE}\s(?:(?P<head>{_HEADS})s?,?\s)?|{_DESCRIBED}(?P<head2>{_HEADS}),\s)"
_THE_MADE = rf"\s{THE_MADE}\s(?:(?P<head3>{_HEADS})s?,?\s)?"
# "our IOMM-B (3.6B) model", "Our LookWhere method": the paper's own name before a head word
_OUR_HEADED = (
    rf"\s(?:(?:novel|new)\s)?{_TOKEN.replace('name', 'named')}"  # "our novel KVSPN module"
    rf"(?=(?:\s\([^()]{{1,20}}\))?\s(?P<head4>{_HEADS}|agent|module)s?\b)"
)
_OWN = re.compile(  # "\b(?:our …|the …)": the first letter, then the boundary looked behind for (a fast scan)
    rf"[OoTt](?<=\b[OoTt])(?:(?:(?<=[Oo])ur{_OUR_MADE}|(?<=[Tt])he{_THE_MADE}){_TOKEN}|(?<=[Oo])ur{_OUR_HEADED})"
)
_OUR = frozenset(("our",))
# The same, one scan per literal start (the engine skips ahead to "our", not to every "o" and "t"): at any
# place one of them may match, as _OWN does; the groups of the other starts' readings are missing.
_OWN_SCANS = (  # each with the words one of which a match holds (none in the text: no scan)
    *(
        (re.compile(rf"{our}(?<=\b{our})(?:{_OUR_MADE}{_TOKEN}|{_OUR_HEADED})"), _OUR)
        for our in ("Our", "our")
    ),
    *((re.compile(rf"{the}(?<=\b{the}){_THE_MADE}{_TOKEN}"), THE_MADE_WORDS) for the in ("The", "the")),
)


def _own_matches(text: str) -> list[re.Match[str]]:
    """``_OWN.finditer(text)``'s matches (spans and groups), from :data:`_OWN_SCANS` (two thirds of the
    time); the one scan decides when two of theirs overlap (it would have skipped the later)."""
    scans = (rx for rx, words in _OWN_SCANS if holds(text, words))
    found = sorted((m for rx in scans for m in rx.finditer(text)), key=lambda m: m.start())
    if any(a.end() > b.start() for a, b in pairwise(found)):
        return list(_OWN.finditer(text))
    return found


# "our 7B model", "our W4A4 model", "our Int8 model": a size or a number format, not a name
_SIZE = re.compile(r"\d[\d.]*[kKMBT]?(?:-parameter)?$|(?:W\d+A\d+|[Ii]nt\d+|INT\d+|FP\d+|BF16)$")
# "we propose constant-context skill learning, a context-to-weights framework", "We introduce justified
# near quota, an axiom that …": a lower-case name of 2-4 words right after the cue, in apposition to a kind.
_STOP = (
    r"(?:a|an|the|our|this|these|two|three|several|new|novel|first|both|it|them|that|and|or|with|for|to|in|"
    r"on|by|using|via|from|as|its|their|which|is|are|of)"
)
_LOWER_HEADS = (
    r"(?P<head>method|framework|approach|algorithm|technique|strategy|mechanism|paradigm|architecture|loss|"
    r"benchmark|dataset|corpus|task|problem|metric|measure|axiom|game|setting|formulation|protocol|attack)"
)
_LOWER_NAMED = re.compile(
    rf",?\s(?!{_STOP}\s)(?P<name>[a-z][a-z\-]+(?:\s(?!{_STOP}\s)[a-z][a-z\-]+){{1,3}}),\s(?:a|an)\s"
    rf"(?:[\w\-]+\s){{0,4}}?{_LOWER_HEADS}s?\b"
)


# "and a new dataset, NYC-MMCD,", "WOW-Seg introduces a novel visual prompt module, Mask2Token, which":
# a name in apposition to a new thing of a named kind.
_NEW = re.compile(  # matched at each "new " / "novel " …, after an article (:func:`.anchored.word_matches`)
    rf"(?:new|novel|first|dedicated)\s(?:[\w\-]+\s){{0,4}}?"
    rf"(?P<head>{_HEADS}|module|mechanism|metric|corpus|suite|loss|strategy|agent),\s"
    rf"(?:(?:called|named|dubbed|termed)\s)?{_TOKEN}(?=[,;:(]|\.(?:\s|$)|\s(?:which|that|is|to|for|with)\b)"
)
# "two dedicated benchmarks, AIST-CPR and PoseFixCPR", "two public datasets, Hi-BCD and 3DCD": named
# members of a counted set; the role rules decide whether the paper introduces or uses them.
_ITEM = NAME_TOKEN
_LISTED = re.compile(  # matched at each " two " / " three " … (:func:`~kg.extract.anchored.word_matches`)
    rf"(?:two|three|four|five|six|several)\s(?:[\w\-]+\s){{0,2}}?"
    rf"(?P<head>benchmark|dataset|corpora|model|metric|task|module|variant)s?(?:,\s|\s\(|:\s)"
    rf"(?P<items>(?:{_ITEM})(?:,\s(?:{_ITEM})){{0,4}},?\s(?:and|or)\s(?:{_ITEM}))(?![\w\-])"
)
# "(SSDF-Syndrome, SSDF-Dialogue, and SSDF-PD) were curated": the paper made the listed members.
_CREATED = re.compile(
    r"\)?,?\s(?:were|are)\s(?:[a-z]+ly\s)?(?:curated|constructed|collected|built|created|released|introduced|"
    r"proposed|developed|designed)\b"
)
# where the matches of _NEW and _LISTED start (after a character that is not a letter or digit)
_NEW_WORDS = cue_forms({f"{w} ": w for w in ("new", "novel", "first", "dedicated")})
_COUNT_WORDS = cue_forms({f"{w} ": w for w in ("two", "three", "four", "five", "six", "several")})
_LIST_SPLIT = re.compile(r",\s(?:and\s|or\s)?|,?\s(?:and|or)\s")


def own_candidates(text: str) -> list[Candidate]:
    """Name-shaped tokens the paper calls its own without "we" (role ``introduced``), and named members
    of a counted set ("two new benchmarks, FooBench and BarBench", role left to :mod:`kg.extract.roles`).

    >>> t = "We test on two public datasets, Hi-BCD and 3DCD, and a new dataset, NYC-MMCD, for change."
    >>> [(t[c.start:c.end], c.type, c.role) for c in own_candidates(t)]
    [('NYC-MMCD', 'dataset', 'introduced'), ('Hi-BCD', 'dataset', 'used'), ('3DCD', 'dataset', 'used')]
    """
    own = _own_matches(text)
    new = word_matches(text, _NEW, present(text, _NEW_WORDS), ("a ", "an ", "the "))
    found = _new_or_our(text, own + new) + _listed(text) + _lower_named(text)
    found += _named_parts(text) + _part_names(text) + _headed_names(text)
    found += own_list_parts(text)  # found once per text: the roles read their spans too
    return found + latex_split(text) if "\\" in text else found


# "\textbf{Co}ntrastive \textbf{P}araphrase \textbf{A}ttack (CoPA)": a name whose acronym letters are set in
# bold (or italics) inside its words; the acronym after it names the paper's thing (the marked-up words
# themselves make a poor name, and kg keeps a mention's own surface).
_CHUNK_WORD = (
    r"[A-Za-z\-]*(?:\\(?:textbf|textit|emph|mathbf|underline|textsc)\{[A-Za-z0-9\-]{1,6}\}[A-Za-z0-9\-]*)+"
)
_SPLIT_RUN = re.compile(rf"{_CHUNK_WORD}(?:\s+(?:[A-Za-z][\w\-]*\s+){{0,2}}?{_CHUNK_WORD})+")
_INSIDE = re.compile(r"\}[a-z]")
_QUICK = re.compile(r"\\(?:textbf|textit|emph|mathbf|underline|textsc)\{[A-Za-z0-9\-]{1,6}\}[a-z]")
_MARKUP = re.compile(r"\\\w+\{([^{}]*)\}")
_SHORT_AFTER = re.compile(r"\s*\((?:\\text(?:bf|sc)\{)?([A-Za-z][\w\-]{1,15})\}?\)")


def latex_split(text: str) -> list[Candidate]:
    r"""The acronym after a name written with its letters marked up inside the words.

    >>> t = r"we propose \textbf{Co}ntrastive \textbf{P}araphrase \textbf{A}ttack (CoPA), a method"
    >>> [(c.name, c.type) for c in latex_split(t)]
    [('CoPA', 'method')]
    >>> latex_split(r"the \textbf{Best} \emph{Only} one (BO)")
    []
    """
    out: list[Candidate] = []
    first = _QUICK.search(text)
    if first is None:
        return out
    for run in _SPLIT_RUN.finditer(text, max(0, first.start() - 40)):
        name = " ".join(_MARKUP.sub(r"\1", run.group()).split())
        short = _SHORT_AFTER.match(text, run.end())
        if short is None or not (name[:1].isupper() and _INSIDE.search(run.group())) or is_generic(name):
            continue  # not split inside a word: "\textbf{Diffusion} \textbf{Models}" is emphasis
        kind = type_from_head(name.split()[-1].lower()) or "method"
        start, end = short.span(1)
        role = "introduced" if introduces(text, run.start(), run.end()) else "used"  # where its words stand
        out.append(Candidate(start, end, kind, text[start:end], confidence=0.7, rule="cue.latex", role=role))
    return out


_PART_LEAD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s(?:[a-z]+\s)?"  # "a novel …", "an evolving …", "A subsequent …" (a sentence start)
    r"((?:[A-Z][a-z][\w\-]*\s|[A-Z]{2,}[\w\-]*\s){1,4})$"
)


# "a Dynamic Context Encoding module", "a new Skeleton Tree Tokenization method": a capitalised name before a
# lower-case part noun (not the long form in apposition to a name: "CARE, a Completeness-Aware … framework").
# Up to three lower-case modifiers may stand between: "a simple yet effective Soft-update Mean Latent module",
# "a topology-adaptive Residual Anchor-Factor Optimization module"; "our" leads as "a" does ("our Decoupled
# Structure-Motion Adaptation strategy").
_HEADED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ur)\s(?:(?:novel|new|lightweight|simple|yet|effective|efficient|dedicated|learnable|"
    r"[a-z]+-[a-z]+)\s){0,3}"
    r"(?P<name>(?:[A-Z][a-z][\w\-]*|[A-Z]{2,}[\w\-]*)(?:\s(?:[A-Z][a-z][\w\-]*|[A-Z]{2,}[\w\-]*)){1,3})\s$"
)
_APPOSED = re.compile(r"(?<![\w\-+])([\w\-+]{2,}),\s$")
# "Additionally, a Discrepancy Learning mechanism …", "In addition, a …": a sentence adverb before the comma,
# not a name the long form stands in apposition to
_ADVERB = re.compile(
    r"[A-Z][a-z]+ly|[a-z][a-z\-]*|Furthermore|Moreover|Then|Next|Besides|Meanwhile|Here|Thus|Hence|Therefore|"
    r"Also|Further|Second|Third|First|Finally|Lastly|Instead|Overall|Together|Meanwhile|Afterwards|Subsequently"
)


def _headed_names(text: str) -> list[Candidate]:
    """Capitalised names before a lower-case part noun, after "a" / "an" (role decided later).

    >>> t = "We add a Dynamic Context Encoding module. CARE, a Completeness-Aware Reconstruction method."
    >>> [t[c.start:c.end] for c in _headed_names(t)]
    ['Dynamic Context Encoding']
    """
    out = []
    body = text.find("\n\n") + 1
    for at in anchors(text)["low"]:
        if at < body or not text[text.rfind(" ", 0, at - 1) + 1].isupper():
            continue  # the word before the head is not capitalised: no name
        match = _HEADED.search(text, max(body, at - 90), at)
        if match is None:
            continue
        start, end = match.span("name")
        name = text[start:end]
        apposed = _APPOSED.search(text, max(0, match.start() - 40), match.start())
        if (apposed and not _ADVERB.fullmatch(apposed.group(1))) or is_generic(name):
            continue
        if not first_mention(text, start, end) or is_adjectival(name):
            continue
        out.append(Candidate(start, end, "method", name, confidence=0.6, rule="cue.headed"))
    return out


def _part_names(text: str) -> list[Candidate]:
    """Capitalised names of parts after an article: "a Spatiotemporal Refinement Module" (role decided later).

    >>> t = "Then a Fusion Alignment Module merges views, and the EU Biodiversity Strategy is met."
    >>> [t[c.start:c.end] for c in _part_names(t)]
    ['Fusion Alignment Module']
    """
    out: list[Candidate] = []
    body = text.find("\n\n") + 1  # not in the title: "… as a Network Control-Plane Intelligence Layer for …"
    for at in anchors(text)["cap"]:
        if at < body or not (text[at - 2].islower() or text[at - 2] == "-"):
            continue
        lead = _PART_LEAD.search(text, max(0, at - 80), at)
        if lead is None:
            continue
        word = _WORD_END.match(text, at)
        start, end = lead.start(1), word.end() if word else at
        name = text[start:end]
        if name.split()[0] in _NOT_LEAD or is_generic(name) or is_generic(text[start : at - 1]):
            continue
        if not first_mention(text, start, end) or _PAREN.match(text, end):
            continue  # named before ("Meta's Perception Encoder … the Perception Encoder"), or defined
        out.append(Candidate(start, end, "method", name, confidence=0.6, rule="cue.part_name"))
    return out


_PAREN = re.compile(r"\s*\(")
_WORD_END = re.compile(r"\w*")
_NOT_LEAD = frozenset(("EU", "US", "UK", "UN", "The", "This", "Our", "Each", "Both"))


# "SAGE consists of VariantQual, a rubric-based verifier …, and VariantGen, a variant generator …": the
# parts of a system, each named in apposition; :mod:`kg.extract.own_parts` decides whether they are own.
_PART_ITEM = re.compile(
    rf"(?:\bof|:|;|,\sand|,|\b(?:comprises|includes|contains|introduces|incorporates|integrates))\s"
    rf"(?:\\textbf\{{|\*\*)?({_ITEM})(?:\}}|\*\*)?,\s(?:a|an)\s"
)

_APPOSED_ARTICLE = re.compile(r",\s(?:a|an)\s")  # what every match of _PART_ITEM holds


def _named_parts(text: str) -> list[Candidate]:
    """Names in apposition after a verb of parts, in the same sentence (role left to the role rules).

    >>> t = "FooNet consists of BarQual, a verifier trained on data, and BarGen, a tool. Then Baz, a dog."
    >>> [t[c.start:c.end] for c in _named_parts(t)]
    ['BarQual', 'BarGen']
    """
    out: list[Candidate] = []
    if ", a" not in text:
        return out
    for at in anchors(text)["verb"]:
        stop = text.find(". ", at)
        stop = len(text) if stop < 0 else stop
        if _APPOSED_ARTICLE.search(text, at, stop) is None:
            continue  # every match holds ", a " / ", an " (a scan for "," is quicker than one for _PART_ITEM)
        for match in _PART_ITEM.finditer(text, at, stop):
            start, end = match.span(1)
            name = text[start:end]
            if _plain_name(name):
                out.append(Candidate(start, end, "method", name, confidence=0.6, rule="cue.part"))
    return out


def _lower_named(text: str) -> list[Candidate]:
    """A lower-case name right after an introduction cue, in apposition to a kind of thing.

    >>> t = "We introduce justified near quota, an axiom that balances both. We propose a new loss, a method."
    >>> [(t[c.start:c.end], c.type, c.role) for c in _lower_named(t)]
    [('justified near quota', 'method', 'introduced')]
    """
    out = []
    cues = intro_cue_spans(text)
    for _, cue_end in cues:
        match = _LOWER_NAMED.match(text, cue_end)
        if match is None or is_generic(match.group("name")):
            continue
        head = match.group("head")
        kind = {"problem": "task", "measure": "metric"}.get(head) or type_from_head(head) or "method"
        start, end = match.span("name")
        name = text[start:end]
        out.append(Candidate(start, end, kind, name, confidence=0.65, rule="cue.lower", role="introduced"))
    return out + lower_own(text, cues)


def _listed(text: str) -> list[Candidate]:
    """The named members of a counted set of data, models, metrics, tasks or modules."""
    out = []
    for match in word_matches(text, _LISTED, present(text, _COUNT_WORDS)):
        kind = type_from_head(match.group("head")) or "method"
        role = "introduced" if _CREATED.match(text, match.end()) else "used"
        begin = match.start("items")
        for item in _LIST_SPLIT.split(match.group("items")):
            start = text.index(item, begin)
            begin = end = start + len(item)
            if is_name_shaped(item) and not (
                is_generic(item) or is_adjectival(item) or is_hardware_or_count(item)
            ):
                out.append(Candidate(start, end, kind, item, confidence=0.65, rule="cue.listed", role=role))
    return out


def _new_or_our(text: str, matches: list[re.Match[str]]) -> list[Candidate]:
    """ "our proposed X", "the proposed X", "our method, X,", "a new dataset, X"."""
    out = []
    for match in matches:
        start, end = match.span("name" if match.group("name") else "named")
        while end > start and text[end - 1] in ".-":
            end -= 1
        name = text[start:end]
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "the proposed Non-Causal Distortion Modeling": a longer name, not this token
        if not is_name_shaped(name) or is_generic(name) or is_adjectival(name) or is_hardware_or_count(name):
            continue
        if _SIZE.match(name):  # "our 7B model": a size
            continue
        if match.groupdict().get("head2") and text[end : end + 1] != ",":
            continue  # "our method, X," needs the closing comma of an appositive
        groups = match.groupdict()
        head = groups.get("head") or groups.get("head2") or groups.get("head3") or groups.get("head4")
        kind, _ = infer_type(text, start, end, head)
        out.append(
            Candidate(
                start, end, kind or "method", name, confidence=0.7, rule="cue.own", role="introduced"
            )
        )  # fmt: skip
    return out


def _plain_name(name: str) -> bool:
    """A name-shaped token that is no generic phrase, adjective, count or hardware.

    >>> _plain_name("VariantQual"), _plain_name("LLM-based"), _plain_name("the model")
    (True, False, False)
    """
    return is_name_shaped(name) and not (
        is_generic(name) or is_adjectival(name) or is_hardware_or_count(name)
    )
