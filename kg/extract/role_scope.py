"""The scope of the role blockers: words between an introduction cue and a name that make it used.

Strong blockers (a word of use or comparison: "using", "based on", "than", "outperforms", "evaluating /
benchmarking / applying X", a counted class of systems: "a benchmark of four frontier models: X, Y")
hold for the rest of the sentence except after a new list item ("; (2) SnarfBench is …"). Weak ones, a
purpose or a prepositional phrase ("to improve re-ranking **in** DG Re-ID", "**for** generating BIM"),
end at any clause break too (":", ";", "(2)", "2)", "namely", "which", ", and a …").

>>> t = "we propose a module that helps in texture extraction, and a Feature Registration Network"
>>> in_scope(t, 10, t.index("texture")), in_scope(t, 10, t.index("Feature"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.candidates import Candidate, occurrences

__all__ = [
    "PARTS",
    "blocked",
    "demote",
    "describes",
    "first_mention",
    "in_scope",
    "inside_other",
    "modifies_head",
    "named_before",
    "names_object",
    "used_before",
]

# Words between a cue and a new name that make the name something the paper uses or compares against.
# ("which", "that", "with", "by", "where" are not among them: "we propose X, which combines a Y Module
# and a Z Loss" names components the paper proposes.)
_BLOCK_WORDS = (
    # "based" only as "based on": "a Fuzzy Logic based Decision Support System (DSS)" names the paper's DSS
    r"using|uses|use|used|on|than|based(?=\s+(?:on|upon)\b)|upon|from|via|over|like|including|such|e\.g|"
    r"compared|comparing|against|versus|vs|leverag\w*|built|into|while|whereas|existing|prior|previous|"
    r"outperform\w*|surpass\w*|beat\w*|baselines?|state-of-the-art|SOTA"
)
_BLOCKERS = re.compile(rf"(?<![\w\-])(?:{_BLOCK_WORDS}|to)(?![\w\-])")
# For roles the blockers come in two strengths. Strong ones (the above, and a name the new work is
# evaluated on, applied or adapted to: "a framework benchmarking CLIP, BLIP and Qwen3-VL") hold for the
# rest of the sentence except after a new list item ("; (2) BarBench is …"). Weak ones, a purpose or a
# prepositional phrase ("to improve re-ranking in DG Re-ID", "for generating IFC-compliant BIM"), end at
# any clause break too: "a framework to extend the range, namely the Geodesic Attention module".
# A counted class of existing systems: "a benchmark of four frontier models: GPT-5-Thinking, …", "we
# evaluate 14 MLLMs (…)" (the paper's own contribution is one thing, not "four models").
_COUNTED = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|\d+)\s"
    r"(?:[\w\-]+\s){0,3}?(?:models|LLMs|MLLMs|VLMs|LVLMs|methods|baselines|systems|detectors|architectures|"
    r"approaches|agents|frameworks|algorithms)"
)
_STRONG = re.compile(
    rf"(?<![\w\-])(?:{_BLOCK_WORDS}|unlike|adopt\w*|benchmarking|evaluating|assessing|appl(?:y|ying|ied|ies)|"
    r"reformulat\w*|extending|revisiting|modifying|utili[sz]\w*|(?:inspired|motivated)\sby|"
    r"(?<=[Ww]e\s)employ\w*|"  # "we employ the X Loss" (not "TSSUN employs a … Strategy": its own part)
    r"(?:sub)?class(?:es)?\sof|special\scases?\sof|instan(?:ce|tiation)s?\sof|"
    r"(?:enhancement|improvement|modification|generali[sz]ation|adaptation)s?\sof|(?:study|studies|"
    r"analys[ie]s|evaluation|investigation|examination|audit|assessment)s?\sof(?![^:]*:)|"  # rule 122
    rf"adapt(?:ing|ed)|(?:version|variant|extension|subset)s?\sof|{_COUNTED}|"
    # at a sentence start: "Using the CARLA simulator and Unreal Engine (UE), we …" (not "Prior" in a name)
    r"Using|Leveraging|Utili[sz]ing|Adopting|Applying|Unlike|Compared|Building\son)(?![\w\-])"
)
# "for SemEval-2026 Task 9", "across 22 languages": what the work is for or over (weak: to a clause break)
_WEAK = re.compile(
    r"(?<![\w\-])(?:(?:to|in|across|for\s+(?:the\s+)?[a-z]+ing)(?![\w\-])|for\s+(?:the\s+)?(?=[A-Z]))"
)
# A new list item: "; (2) …", "(ii) …", "2) …" (also a new object of the cue for the weak blockers: ", and
# a Feature Pyramid Registration Network (FPRAN)" after "… in texture extraction").
_LIST_ITEM = re.compile(r";|(?<!\S)\(?(?:\d|[ivx]{1,4}|[a-e])\)\s")
_NAME_LIST = re.compile(r",\s(?:the\s)?[A-Z]")
_CLAUSE = re.compile(
    r"[;:]|(?<!\S)\(?(?:\d|[ivx]{1,4}|[a-e])\)\s|,\sand\s(?:a|an)\s|"
    # a new capitalised object: ", and Cross-Character Augmentation (CCA)", ", and the Data Reliability
    # Index (DRI)", "and a Dynamic Parameter …"
    r"(?P<coord>,\sand\s(?:the\s)?(?=[A-Z]))|\sand\s(?:a|an)\s(?=[A-Z])|"
    r"\b(?:namely|which|comprising|consisting|i\.e\.)"
)

# Verbs and nouns of parts: "our framework comprises / includes / combines …", "two components: …".
PARTS = re.compile(
    r"\b(?:consists?|compris\w+|includ\w+|contains?|integrat\w+|incorporat\w+|features?|establish\w*|"
    r"introduc\w+|combin\w+|components?|modules?)\b"
)


def blocked(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (between a cue and a name) says the name is used or compared against.

    >>> t = "we propose a design based on service area"
    >>> blocked(t, 10, len(t)), blocked(t, 10, 22)
    (True, False)
    """
    return _BLOCKERS.search(text, start, end) is not None


def in_scope(text: str, begin: int, start: int) -> bool:
    """Whether a role blocker stands between ``begin`` and ``start`` in the mention's scope.

    >>> t = "we devise a framework to extend the range, namely the Geodesic Attention module"
    >>> in_scope(t, 9, t.index("Geodesic")), in_scope(t, 9, t.index("range"))
    (False, True)
    >>> t = "we present a pipeline benchmarking CLIP; (2) a FooBench built from BarSet"
    >>> in_scope(t, 10, t.index("CLIP")), in_scope(t, 10, t.index("Foo")), in_scope(t, 10, t.index("Bar"))
    (True, False, True)
    >>> t = "we add a protocol across Omni-MATH, Codeforces, and ARC-1, and Foo, which runs across X, and Bar"
    >>> in_scope(t, 7, t.index("ARC")), in_scope(t, 7, t.index("Bar"))
    (True, False)
    >>> t = "we present a study using an instrument, namely the Violence Vignette Questionnaire"
    >>> in_scope(t, 10, t.index("Violence"))
    True
    """
    strong = weak = begin
    for brk in _CLAUSE.finditer(text, begin, start + 1):  # + 1: a look-ahead may read the name
        if brk.group("coord") and _NAME_LIST.search(text, weak, brk.start()):
            continue  # "across Omni-MATH, Codeforces, BBEH Linguini, and ARC-AGI1": a list's last item
        weak = brk.end()
        if _LIST_ITEM.match(text, brk.start()):
            strong = brk.end()
    # start + 1: the look-ahead of "for (the) <capital>" reads the name itself ("for the LiveRAG Challenge")
    return bool(_strong(text, strong, start) or _WEAK.search(text, weak, start + 1))


# The description in apposition to an earlier name, up to its closing comma: "the Holmes-SFTSet, an
# instruction-tuning dataset with explanations on whether images are AI-generated, and the Holmes-DPOSet"
_APPOSITION_OPEN = re.compile(r"(?<=[\w+)])\s?,\s(?:a|an)\s")
# … closed by the next item of the cue's object: ", and the Holmes-DPOSet", ", along with GUIEvalKit" (not a
# list inside the description: "covering corpora including FineWeb-2, FinePDFs, HPLT 3.0")
_APPOSITION_CLOSE = re.compile(r",\s(?:and|or|as\swell\sas|along\swith|together\swith|plus)\s")


def _strong(text: str, begin: int, start: int) -> bool:
    """Whether a strong blocker stands in ``text[begin:start]`` outside the closed appositions of earlier
    names (a word of use inside another item's description says nothing of a later item).

    >>> t = "we build X, a set with notes on images, and Y, a set; and Z based on W"
    >>> _strong(t, 0, t.index("Y")), _strong(t, 0, t.index("W"))
    (False, True)
    """
    for match in _STRONG.finditer(text, begin, start):
        opens = [
            m.end() for m in _APPOSITION_OPEN.finditer(text, max(begin, match.start() - 200), match.start())
        ]
        if not opens:
            return True
        closed = text.find(", ", match.end(), start)  # not "66,000"
        if (
            closed < 0
            or not _APPOSITION_CLOSE.match(text, closed)
            or any(c in text[opens[-1] : closed] for c in ";:()")
        ):
            return True  # the apposition holds the mention itself, or is no plain description
    return False


def used_before(text: str, begin: int, start: int) -> bool:
    """Whether a strong role blocker (a word of use or comparison) stands between ``begin`` and ``start``,
    counting from the last list item ("; (2) …") on.

    >>> t = "we evaluate on AxBench; (2) FooBench, a new benchmark"
    >>> used_before(t, 0, t.index("AxBench")), used_before(t, 0, t.index("FooBench"))
    (True, False)
    """
    strong = begin
    for brk in _LIST_ITEM.finditer(text, begin, start):
        strong = brk.end()
    return _strong(text, strong, start)


# The head nouns that let a name presented as new be the object itself: "a novel EMIT-MSeg dataset", not
# "a novel SSSS framework" (a framework for the task SSSS) or "a novel L2S system".
_OWN_HEADS = {
    "dataset": r"dataset|corpus|benchmark",
    "benchmark": r"benchmark|dataset|suite",
    "model": r"model|LLM|architecture",
    "method": r"framework|method|approach|algorithm|architecture|module|mechanism|network|model|loss|"
    r"strategy",
}


def names_object(text: str, end: int, kind: str | None) -> bool:
    """Whether the name ending at ``end`` is the object itself: no lower-case noun after it but its own head.

    >>> t = "a novel SSSS framework and a novel FooSet dataset and a novel BarNet (BN) for X"
    >>> pairs = (("SSSS", "task"), ("FooSet", "dataset"), ("BarNet", "method"))
    >>> [names_object(t, t.index(n) + len(n), k) for n, k in pairs]
    [False, True, True]
    """
    after = _HEAD_AFTER.match(text, end)
    if after is None:
        return True  # "a novel BarNet (BN) for X", "a novel Latent Q-Former (LQ-Former) acts as …"
    heads = _OWN_HEADS.get(kind or "method")
    return heads is not None and re.fullmatch(rf"(?:{heads})s?", after.group(1)) is not None


_HEAD_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(framework|method|approach|algorithm|architecture|module|mechanism|network|"
    r"model|loss|strategy|system|pipeline|dataset|corpus|benchmark|suite|task|LLM|agent|tool|paradigm)s?\b"
)


# After a known name after "our": a head noun it modifies, "our MoE drafter", "our SFT dataset" (the paper's
# own unnamed thing): an agent noun in -er / -or, or a noun of data, setup or training.
_OUR_HEAD = re.compile(
    r"(?:\s+\$[^$]{1,40}\$|\s+\d+\s?[x\u00d7]\s?\d+)?"  # "our ImageNet $256 \times 256$ experiments"
    r"\s+(?!(?:under|over|after|other|either|neither|rather|better|faster|further|together|never|whether|"
    r"lower|higher|larger|smaller|greater|longer|however|ever|per|or|for|nor)\b)"
    r"(?P<head>[a-z]+(?:er|or)s?|datasets?|data|corpus|corpora|benchmarks?|recipes?|polic(?:y|ies)|"
    r"systems?|training|setups?|settings?|implementations?|agents?|heads?|experts?|pipelines?|"
    r"repositor(?:y|ies)|pages?|websites?|accounts?|spaces?|hubs?|checkpoints?|organi[sz]ations?|"
    # the paper's own work on a known thing: "our ImageNet-1K experiments", "our COCO subset"
    r"experiments?|results?|evaluations?|analys[ie]s|stud(?:y|ies)|runs?|tests?|trials?|baselines?|"
    r"variants?|subsets?|splits?|backends?)\b"
)  # "our Hugging Face repository": where the paper's own artefacts are put
_DATA_HEADS = frozenset(("dataset", "datasets", "data", "corpus", "corpora", "benchmark", "benchmarks"))


def modifies_head(text: str, end: int, kind: str | None) -> bool:
    """Whether the known name ending at ``end`` modifies a head noun after it ("our MoE drafter").

    >>> t = "our MoE drafter, our SFT dataset, our COCO dataset and our LoRA further helps"
    >>> [modifies_head(t, t.index(n) + len(n), k) for n, k in
    ...  (("MoE", "method"), ("SFT", "method"), ("COCO", "dataset"), ("LoRA", "method"))]
    [True, True, False, False]
    >>> t = "In our ImageNet-1K $256 \\times 256$ experiments and our COCO subset"
    >>> [modifies_head(t, t.index(n) + len(n), "dataset") for n in ("ImageNet-1K", "COCO")]
    [True, True]
    >>> t = "data is at our Hugging Face repository"
    >>> modifies_head(t, len("data is at our Hugging Face"), "organization")
    True
    """
    match = _OUR_HEAD.match(text, end)
    return match is not None and not (kind in ("dataset", "benchmark") and match.group("head") in _DATA_HEADS)


# A new name that only describes the cue's object: it modifies a head noun that is then named ("a simple
# LD method termed PCD", "a long-term 3D-SOT framework, ChronoTrack", "… (MEC) networks, called QAROO"),
# or it stands inside the description of the object ("we propose DongYuan, an ICWM spleen-stomach …").
# Only for names of one or two words: a longer one is the long form of the object ("we introduce 3DGEER,
# an Exact and Efficient Volumetric Gaussian Rendering method").
_HEAD_NAMED = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:[\w\-]+\s+){0,2}?(?:framework|method|model|approach|network|system|"
    r"architecture|pipeline|module|strategy|scheme|algorithm|benchmark|dataset|agent|paradigm|task)s?"
    r"(?:,\s+(?:(?:called|named|dubbed|termed)\s+)?|:\s+|\s+(?:called|named|dubbed|termed|coined)\s+)[A-Z]"
)
# A name that modifies a noun in the purpose phrase of the cue's object: "a framework for VAR models".
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}|(?:[\w\-]+\s+){1,4}\()$")
_NOUN_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?\s+(?!(?:framework|method|model|approach|network|system|architecture|"
    r"pipeline|module|algorithm)\b)[a-z]"
)  # "… (DART) framework" names the object itself
_IN_APPOSITIVE = re.compile(r"^\s*\S+,\s(?:a|an)\s(?:(?:[\w\-]+\s){0,3}|(?:[a-z][\w\-]*\s){4,7})$")


def describes(text: str, cue_end: int, start: int, end: int) -> bool:
    """Whether the new name ``text[start:end]`` after a cue only describes the cue's object.

    >>> t = "we propose a simple yet effective LD method termed Progressive Class Distillation"
    >>> describes(t, 10, t.index("LD"), t.index("LD") + 2)
    True
    >>> t = "we propose a new LegalAI task: Judicial Opinion Generation"
    >>> describes(t, 10, t.index("LegalAI"), t.index("LegalAI") + 7)
    True
    >>> t = "we propose DongYuan, an ICWM spleen-stomach diagnostic framework"
    >>> describes(t, 10, t.index("ICWM"), t.index("ICWM") + 4), describes(t, 10, 11, 19)
    (True, False)
    >>> t = "this paper propose FMOcc, a Tri-perspective View (TPV) refinement occupancy network"
    >>> describes(t, 18, t.index("Tri"), t.index(" (TPV)"))
    True
    >>> describes(t, 18, t.index("TPV"), t.index("TPV") + 3)
    True
    """
    if _FOR_BEFORE.search(text, cue_end, start) and _NOUN_AFTER.match(text, end):
        return True  # "a novel optimization framework for VAR models", "… for … (MEC) networks"
    if len(text[start:end].split()) > 2:
        return False  # "a novel Relation-aware Knowledge Distillation framework, named SRKD": its long form
    if _HEAD_NAMED.match(text, end):
        return True
    acronym = _ACRONYM_AFTER.match(text, end)  # "FMOcc, a Tri-perspective View (TPV) refinement network"
    end = acronym.end() if acronym else end
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":  # the "(TPV)" of that long form
        return (
            text[end + 1 : end + 2] == " "
            and text[end + 2 : end + 3].islower()
            and bool(_IN_APPOSITIVE_ACR.match(text[cue_end:start]))
        )
    return (
        text[end : end + 2].startswith((" ", "-"))
        and text[end + 1 : end + 2].islower()
        and bool(_IN_APPOSITIVE.match(text[cue_end:start]))
    )


_ACRONYM_AFTER = re.compile(r"\s\([^()]{1,16}\)")
_IN_APPOSITIVE_ACR = re.compile(r"^\s*\S+,\s(?:a|an)\s(?:[\w\-]+\s){1,4}\($")


# "a Fuzzy Logic based Decision Support System": the name modifies the object, which the paper builds on it.
# Also after the name's acronym: "a Hidden Markov Model (HMM)-based Coarse-to-Fine Inference framework".
# So does a participle after its acronym: "an Explainable AI (XAI) guided encoder shaping framework" (not
# "FooNet (FN) guided by priors", whose head is the name).
_BASED_AFTER = re.compile(
    r"(?:\s*\([^()]{1,16}\)\s*)?-\s*based\b|(?:\s*\([^()]{1,16}\))?\s+based\s+(?!on\b)|"
    # and the acronym inside its own brackets: "reflecting RIS (STAR-RIS)-assisted Metaverse" (rule 97)
    r"(?:\s*\([^()]{1,16})?\)\s*-?\s*(?:guided|driven|assisted|powered|informed|conditioned)\s+(?!by\b|on\b)"
)
# "the Distillation-based Bird's-Eye-View (BEV) Correction (D-BEVC) module": a long form followed by its
# acronym and a capitalised word stands inside a longer name, which is the paper's part, not it.
_INSIDE = re.compile(r"\s*\([^()]{1,16}\)\s*[A-Z][a-z]+\s+(?:[A-Z][\w\-]*\s+){0,3}\((?!\d)[^()]{1,16}\)")
# "We enhance the Soft Nearest Neighbor Loss": a name the paper changes is one that exists already.
_REVISED_OBJECTS = ("the", "existing", "standard", "vanilla", "original")  # the word right before the name
_REVISED = re.compile(
    r"\b(?:enhanc|improv|extend|modif|revisit|refin|generali[sz])(?:e|es|ed|ing|ies|ied|y|s)?\s+"
    rf"(?:{'|'.join(_REVISED_OBJECTS)})\s+$"
)


def inside_other(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the name modifies or stands inside another thing ("an HMM (HMM)-based framework", "the
    Distillation-based Bird's-Eye-View (BEV) Correction (D-BEVC) module") or is an existing one the paper
    changes ("we enhance the Soft Nearest Neighbor Loss"): never the paper's own, whatever found it.

    >>> t = "We enhance the Soft Nearest Neighbor Loss and a Hidden Markov Model (HMM)- based framework."
    >>> [inside_other(t, t.index(n), t.index(n) + len(n), 0) for n in ("Soft", "Hidden Markov Model")]
    [True, True]
    >>> t = "a Distillation-based Bird's-Eye-View (BEV) Correction (D-BEVC) module and a Foo Bar (FB) module"
    >>> [inside_other(t, t.index(n), t.index(n) + len(n), 0) for n in ("Bird's-Eye-View", "Foo Bar")]
    [True, False]
    """
    begin = max(s_start, start - 40)
    return bool(
        _BASED_AFTER.match(text, end)
        or _INSIDE.match(text, end)
        or (  # the regex only where its last word stands right before the name
            text[begin:start].rstrip().endswith(_REVISED_OBJECTS) and _REVISED.search(text, begin, start)
        )
    )


def demote(
    cands: list[Candidate],
    text: str,
    sentence_at: Callable[[int], tuple[int, int]],
    prefix: tuple[int, int] | None,
) -> list[Candidate]:
    """Introduced names (and their acronym partners) that stand inside another thing: used
    (:func:`inside_other`), whichever rule introduced them; never the title prefix."""
    spans = {
        (c.start, c.end)
        for c in cands
        if c.role == "introduced"
        and (c.start, c.end) != prefix
        and inside_other(text, c.start, c.end, sentence_at(c.start)[0])
    }
    spans |= {c.partner for c in cands if (c.start, c.end) in spans and c.partner}
    return [c.with_(role="used") if (c.start, c.end) in spans else c for c in cands]


def first_mention(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the first occurrence of its surface ("the TES head we proposed" after
    "Technical Element Score (TES)" is not a new name); the abstract counts from its own start, after the
    title that may name the paper's contribution ("… with Attentive Relevance Scoring" then "a novel
    Attentive Relevance Scoring (ARS)").

    >>> t = "Retrieval with Foo Scoring\\n\\nWe add a novel Foo Scoring (FS). Foo Scoring helps."
    >>> [first_mention(t, i, i + 11) for i in (15, t.index("Foo", 20), t.rindex("Foo"))]
    [True, True, False]
    """
    body = text.find("\n\n")
    begin = body + 2 if 0 <= body < start else 0
    return text.find(text[start:end], begin) == start


def named_before(text: str, start: int, end: int, s_start: int) -> bool:
    """Whether the abstract names ``text[start:end]`` before the sentence at ``s_start``: "Recent
    architectures, such as … (PENet) [1], achieve … We present PENet+, a framework that preserves PENet's
    structure" (the cue's sentence introduces PENet+, not PENet).

    >>> t = "Title\\n\\nFooNet (FN) is strong. We present FooNet+, which keeps FooNet fast, and BarNet."
    >>> s = t.index("We")
    >>> [named_before(t, t.rindex(n), t.rindex(n) + len(n), s) for n in ("FooNet", "BarNet")]
    [True, False]
    """
    body = text.find("\n\n")
    begin = body + 2 if 0 <= body < s_start else 0
    return bool(occurrences(text[:s_start], text[start:end], begin))
