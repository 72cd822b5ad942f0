"""The "X: subtitle" prefix of a title: the paper's own name for its contribution.

>>> [(c.name, c.type, c.role) for c in title_candidates("FIND: A Function Description Benchmark")]
[('FIND', 'benchmark', 'introduced')]
>>> [(c.name, c.type) for c in title_candidates("FreqSelect: Frequency-Aware fMRI-to-Image Reconstruction")]
[('FreqSelect', 'method')]
>>> title_candidates("From Unlearning to UNBRANDING: A Benchmark for Trademark-Safe Generation")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from kg.extract.candidates import Candidate
from kg.extract.extent import trim_name
from kg.extract.lexicon import LexiconEntry
from kg.extract.patterns import _accept
from kg.extract.shapes import is_adjectival, is_name_shaped, type_from_head, type_from_shape

__all__ = ["concept_ids", "is_survey_title", "known_concept", "title_candidates"]

_PHRASE_END = "for|of|via|with|to|in|from|on|through|towards|beyond|across|by|using"


def _subtitle_phrase(ends: str) -> re.Pattern[str]:
    """The subtitle's first phrase, up to one of the words ``ends`` or a punctuation mark."""
    return re.compile(
        rf":\s+(?:(?:on|towards?|beyond|from)\s+)?(.+?)(?=\s(?:{ends})\s|[,;:?!]|$)", re.IGNORECASE
    )


# The subtitle's first phrase, up to a preposition or "and": "A Unified Model for …" -> "A Unified Model".
_SUBTITLE = _subtitle_phrase(_PHRASE_END + "|and")
# The same phrase read through "and" (rule 131): "A Multi-Hop and Graph-Based Benchmark for …",
# "Transmasculine Attitude and Speech Corpus" have their head after the "and".
_SUBTITLE_AND = _subtitle_phrase(_PHRASE_END)
# The subtitle of a survey: its prefix is the topic the paper reviews, not something it creates.
_SURVEY = re.compile(
    r":\s+(?:(?:A|An|The)\s+)?(?:(?:Comprehensive|Systematic|Critical|Brief|Short|Concise|Structured|Scoping|"
    r"Literature|Unified|Holistic)\s+)*(?:Survey|Review|Overview|Tutorial|Primer)"
    r"(?=\s*$|\s+(?:of|on|for|and|in|from|with|to|across)\b|\s*[,:;.(])|"
    r":\s+(?:Recent\s+)?(?:Advances|Progress|Developments|Trends)\s+and\s+(?:Open\s+)?(?:Challenges|Problems|"
    r"Questions|Opportunities|Future\s+Directions)\b|:\s+Recent\s+(?:Advances|Progress|Developments|Trends)\b",
    re.IGNORECASE,
)
_NOT_TITLE_NAMES = re.compile(
    r"^(?:towards?|beyond|on|when|why|how|what|where|is|are|can|do|does|position|survey|review|"
    r"tutorial|case study|technical report|a|an|the|rethinking|revisiting|understanding|learning|"
    r"benchmarking|evaluating|exploring|scaling|improving|from)\b",
    re.IGNORECASE,
)


# A prefix of several words that opens with a gerund describes what the paper does (typing.md rule 37).
_GERUND_START = re.compile(
    r"(?:(?:Meta|Re|Co|Pre|Post|Over|Under|Un|De|Mis|Cross|Fine)-)?[A-Z][a-z]{2,}ing\s"
)
# Pronouns and finite verbs make a title prefix a sentence or a slogan.
_SLOGAN_WORDS = frozenset(
    {"you", "your", "my", "our", "their", "we", "us", "i", "is", "are", "was", "were", "do", "does", "can"}
    | {"doesn't", "don't", "isn't", "can't", "won't", "(but"}
)
# Finite verbs that make a prefix of several words a slogan: "Question Tokens Deserve More Attention: …",
# "DINOv3 Beats Specialized Detectors: …" (alone, "Knows: …" is a name).
_SLOGAN_VERBS = frozenset(
    {"matter", "matters", "meet", "meets", "fail", "fails", "hurts", "becomes", "makes", "beats", "needs"}
    | {"helps", "knows", "speaks", "reveals", "deserve", "deserves", "drives", "improves", "outperforms"}
    | {"teaches", "tells"}
)
# "X: subtitle"; also one name-shaped token glued to a capitalised subtitle ("ARPO:End-to-End Policy …",
# "EfficientLLaVA:Generalizable …"; rule 153a), not "clem:todd: …" nor "http://…"
_TITLE_PREFIX = re.compile(r"^\s*(?:(?P<name>[^:]{1,50}?)\s*:\s+\S|(?P<glued>[^:\s]{2,30}):(?=[A-Z][a-z]))")
_AT_EVENT = re.compile(r"(\S+(?:\s\S+)?)\s+at\s+([A-Z]\S*)")
# What makes the words after "at" an evaluation campaign or a workshop ("SemEval-2026 Task 9", "BEA 2025
# Shared Task", "CVPR 2025"), not a phrase ("… at Scale", "… at All Costs"): a name-shaped first word, a year
_CAMPAIGN = re.compile(r"\b(?:19|20)\d\d\b|\b(?:Task|Shared|Challenge|Competition|Workshop)\b")


def is_survey_title(title: str) -> bool:
    """Whether the title's subtitle says the paper is a survey (its "X:" prefix is then a topic, ``used``).

    >>> is_survey_title("Sparse-View 3D Reconstruction: Recent Advances and Open Challenges")
    True
    >>> is_survey_title("Agents: A Comprehensive Survey"), is_survey_title("FooNet: A Review Model")
    (True, False)
    >>> is_survey_title("SurveyBench: Reviewing Code with Agents")
    False
    """
    return ":" in title and _SURVEY.search(title) is not None


def _before_comma(name: str, abstract: str) -> str:
    """The title prefix ``name`` without what follows a comma ("SKATE, a Scalable …" names SKATE), or ""
    when the comma makes it a list or a saying ("URLs Help, Topics Guide"); kept whole when the abstract
    repeats it (docs/typing.md rule 74).

    >>> _before_comma("SKATE, a Scalable Eval", ""), _before_comma("URLs Help, Topics Guide", "")
    ('SKATE', '')
    >>> _before_comma("First RAG, Second SEG", "We use First RAG, Second SEG (RAG-SEG).")
    'First RAG, Second SEG'
    >>> title_candidates("URLs Help, Topics Guide: Understanding Metadata Utility in LLM Training")
    []
    """
    if ", " not in name or name in abstract:
        return name
    first, rest = name.split(", ", 1)
    if " " in first or not is_name_shaped(first) or not rest.startswith(("a ", "an ", "the ")):
        return ""
    return first


def title_candidates(title: str, abstract: str = "") -> list[Candidate]:
    """The "X: subtitle" prefix of a title names the paper's own contribution (role ``introduced``).

    A prefix of four or more words joined by "of" / "for" / "to" / "and" that the ``abstract`` never
    repeats describes the paper ("Three Regimes of Context-Parametric Conflict: …"); a subtitle
    that starts with "Benchmarking" makes the prefix a benchmark.

    >>> title_candidates("Three Regimes of Context-Parametric Conflict: A Framework", "We study it.")
    []
    >>> [(c.name, c.type) for c in title_candidates("StarCraft+: Benchmarking Multi-agent Algorithms")]
    [('StarCraft+', 'benchmark')]
    >>> [(c.name, c.type, c.role) for c in title_candidates("MKJ at SemEval-2026 Task 9: A Comparison")]
    [('MKJ', 'organization', 'used')]
    >>> title_candidates("Question Tokens Deserve More Attention: Enhancing LLMs"), title_candidates(
    ...     "DINOv3 Beats Specialized Detectors: A Simple Baseline")
    ([], [])
    >>> [c.name for c in title_candidates("Knows: Agent-Native Structured Research Representations")]
    ['Knows']
    >>> [c.name for c in title_candidates("CV-Arena: An Open Benchmark")], [c.name for c in title_candidates(
    ...     "UniVAD v2: Unified Visual Anomaly Detection")]
    (['CV-Arena'], ['UniVAD v2'])
    """
    span = title_prefix_span(title)
    if span is None:
        return []
    start, end = span
    team = _AT_EVENT.match(title, start, end)
    if team:  # "MKJ at SemEval-2026 Task 9: …": the team's system, at the event it takes part in
        end = team.end(1)
    name = _before_comma(title[start:end], abstract)  # "URLs Help, Topics Guide: …" says (rule 74)
    if not name:
        return []
    end = start + len(name)
    if (
        len(name.split()) > 5
        or _NOT_TITLE_NAMES.match(name)
        or not ((accepted := _accept(title, start, end, loose=True)) or _acronym_compound(name))
    ):
        return []  # "CV-Arena: …", "AI-University: …" join generic words but name a thing (rule 153b)
    words = name.split()
    if {w.lower() for w in words} & (_SLOGAN_WORDS | (_SLOGAN_VERBS if len(words) > 1 else frozenset())):
        return []  # "Share Your Attention: …", "Attention Is All You Need: …" are slogans, not names
    if len(words) > 1 and _GERUND_START.match(name):
        return []  # "Meta-Evaluating Local LLMs: …", "Bridging Restoration and Diagnosis: …" describe
    if any(w.islower() and w not in {"of", "for", "and", "to"} and not _VERSION.fullmatch(w) for w in words):
        return []  # "Medical Reasoning in LLMs: …" describes, it does not name
    if abstract and len(words) >= 4 and {"of", "for", "to", "and"} & set(words) and name not in abstract:
        return []  # a description of the paper, not a name it uses
    if len(words) > 1 and not any(is_name_shaped(w) for w in words) and type_from_head(name) is None:
        return []  # "Training the Untrainable: …" is a slogan, not a name
    kind = _prefix_kind(title, name, end, accepted)
    role = "used" if is_survey_title(title) else "introduced"
    if team and _team_at_campaign(title, team, name, span[1]):
        kind, role = "organization", "used"  # the team that takes part (docs/typing.md rule 93)
    return [
        Candidate(
            start, end, kind or "method", name, confidence=0.75, rule="title.prefix", role=role,
        )
    ]  # fmt: skip


def _prefix_kind(title: str, name: str, end: int, accepted: bool) -> str | None:
    """The type of the title prefix ``name`` (ending at ``end``): its shape, its head word (not for an acronym
    compound, ``accepted`` False: "AI-University" is no organisation) or the subtitle's first phrase.

    >>> _prefix_kind("MedBench v5: A Dynamic Suite", "MedBench v5", 11, True)
    'benchmark'
    """
    report = _REPORT.match(title, end)  # the subtitle after "UI-TARS-2 Technical Report" (rule 153d)
    at = report.end() if report else end
    subtitle = _SUBTITLE.match(title, at)
    described = _described(title, at, subtitle)
    if subtitle and subtitle.group(1).startswith("Benchmarking "):
        described = "benchmark"  # "StarCraft+: Benchmarking Multi-agent Algorithms"
    elif described == "task":  # "FreqSelect: fMRI-to-Image Reconstruction" names a method for the task
        described = "method"
    bare = _VERSIONED.sub("", name)  # "UD-KSL Treebank v1.3", "MedBench v5" are typed as without it
    head = type_from_head(bare) if accepted else None
    return type_from_shape(bare) or head or described


# An acronym and a capitalised word joined by a hyphen ("CV-Arena", "AI-University"; rule 153b) and a
# release's version ("UniVAD v2", "SomaliWeb v1.5"; rule 153c): parts of a name in a title prefix.
_ACRONYM_COMPOUND = re.compile(
    r"(?=\S*-[A-Z][a-z])(?=\S*\b[A-Z]{2,}\b)[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+(?<!s)"  # not "LLM-Agents"
)
_VERSION = re.compile(r"v\d+(?:\.\d+)*")
_VERSIONED = re.compile(r"\sv\d+(?:\.\d+)*$")
_REPORT = re.compile(r"\s(?:Technical|Tech)\sReport(?=\s*:)")


def _acronym_compound(name: str) -> bool:
    """ "CV-Arena", "AI-University" (not "AI-Generated": a participle describes).

    >>> _acronym_compound("CV-Arena"), _acronym_compound("AI-Generated"), _acronym_compound("Multi-Agent")
    (True, False, False)
    """
    return _ACRONYM_COMPOUND.fullmatch(name) is not None and not is_adjectival(name)


# A gerund or a dash makes the subtitle a clause or two phrases, not one noun phrase ("Bridging X and Y
# Model", "Retrieval AugmenteD … -- Introducing RAG-ability and Entity-Context Divergence")
_CLAUSE = re.compile(r"[A-Za-z]ing\b|--|\u2014")


def _described(title: str, end: int, subtitle: re.Match[str] | None) -> str | None:
    """The type the subtitle's first phrase gives by its head word, read through "and" when the phrase up
    to "and" has none (rule 131).

    >>> t = "MAGIC: A Multi-Hop and Graph-Based Benchmark for Conflicts"
    >>> _described(t, 5, _SUBTITLE.match(t, 5))
    'benchmark'
    >>> t = "Bundling: Bridging Interactive Graph and Large Language Model"  # what the paper does
    >>> _described(t, 8, _SUBTITLE.match(t, 8)) is None
    True
    >>> t = "FooNet: Seeing and Hearing for Robots"
    >>> _described(t, 6, _SUBTITLE.match(t, 6)) is None
    True
    """
    if subtitle is None:
        return None
    described = type_from_head(subtitle.group(1))
    if (
        described is None
        and (wider := _SUBTITLE_AND.match(title, end))
        and not _CLAUSE.search(wider.group(1))
    ):
        described = type_from_head(wider.group(1))
    return described


def _team_at_campaign(title: str, team: re.Match[str], name: str, stop: int) -> bool:
    """Whether the title prefix ``name`` before "at" (``team``) is a team at an evaluation campaign or a
    workshop: the words after "at" start with a name-shaped word or hold a year, "Task", "Shared", …
    (before ``stop``, the colon); not a prefix that is a campaign itself ("LeWiDi-2025 at …").

    >>> t = "Conversational Education at Scale: A Study"
    >>> _team_at_campaign(t, _AT_EVENT.match(t), "Conversational Education", t.index(":"))
    False
    """
    at_words = is_name_shaped(team.group(2)) or _CAMPAIGN.search(title, team.end(1), stop)
    return bool(at_words) and not _CAMPAIGN.search(name)


_CONCEPT_TYPES = frozenset({"method", "task"})
_INNER_CAPITAL = re.compile(r"[A-Za-z0-9][A-Z]")


def concept_ids(entries: Iterable[LexiconEntry]) -> frozenset[str]:
    """Ids of the method and task entries the lexicon also writes in lower case: concepts, not names.

    >>> e = LexiconEntry("method:kd", "method", "Knowledge Distillation", ("knowledge distillation", "KD"))
    >>> sorted(concept_ids([e, LexiconEntry("model:sam", "model", "Segment Anything", ("SAM",))]))
    ['method:kd']
    """
    return frozenset(e.id for e in entries if e.type in _CONCEPT_TYPES and any(f.islower() for f in e.forms))


def known_concept(c: Candidate, text: str, concepts: frozenset[str]) -> bool:
    """A title prefix that names a known concept in ordinary words ("Knowledge Distillation: A Good
    Teacher Is Patient"): the paper's topic, not its contribution. An acronym or a name with inner
    capitals ("SAC: …", "DoReMi: …") is the paper's own name however the lexicon reads it."""
    if not c.entity_id:
        return False
    return c.name.islower() or (
        c.entity_id in concepts and _INNER_CAPITAL.search(text[c.start : c.end]) is None
    )


@lru_cache(maxsize=8)
def title_prefix_span(title: str) -> tuple[int, int] | None:
    """The span of "X" in a title "X: subtitle" (whatever X is), else None (the title rules, the roles and the
    paper's own names read it: found once per title).

    >>> title_prefix_span("SAM 3: Segment Anything with Concepts")
    (0, 5)
    >>> title_prefix_span("Harmonic Token Projection (HTP): A Vocabulary-Free Method")
    (0, 25)
    >>> title_prefix_span("ARPO:End-to-End Policy Optimization"), title_prefix_span("clem:todd: A Framework")
    ((0, 4), None)
    >>> title_prefix_span("UI-TARS-2 Technical Report: Advancing GUI Agents")
    (0, 9)
    """
    match = _TITLE_PREFIX.match(title)
    if match is None:
        return None
    if match.group("glued") is not None:  # "ARPO:End-to-End …": only a name-shaped token (rule 153a)
        return match.span("glued") if is_name_shaped(match.group("glued")) else None
    start, end = trim_name(title, *match.span("name"))
    while start < end and title[start] in ".,;!? ":  # ". FooBench: …" names "FooBench"
        start += 1
    report = _REPORT.search(title, start, end + 1)
    if report is not None and report.start() > start:  # "UI-TARS-2 Technical Report: …" (rule 153d)
        end = report.start()
    short = _SHORT_AFTER.search(title, start, end)
    if short is not None and short.start() > start:  # "Harmonic Token Projection (HTP): …": the long form,
        end = short.start()  # its acronym a definition (kg.extract.definitions) that shares its role
    return start, end


_SHORT_AFTER = re.compile(r"\s*\((?=[^()]*[A-Z])[\w\-+.]{1,16}\)$")
