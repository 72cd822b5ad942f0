"""Named members of a counted set the paper's own cue makes: "we propose two approaches, FairFT and
FairFilter", "We introduce two models: SureonVLM, a … model, and SureonVLM-R1, a reasoning model …", "we
propose two novel embedding-based metrics, Political Spectrum Alignment and Party Alignment"
(docs/typing.md rule 100).

Right after an introduction cue (:func:`kg.extract.patterns.intro_cue_spans`) a count word and a plural
kind of contribution ("methods", "variants", "metrics", "benchmarks" …) open a list; its items are
name-shaped tokens or capitalised names of two to six words, each optionally in LaTeX emphasis and with its
acronym, separated by commas and "and", or each followed by a clause of its own ("X, which …, and Y, a …").
The count bounds the list, the kind types its items, and the paper made them: role ``introduced``.
A kind called existing ("two public datasets", "two baselines") opens no list, and single plain words
("Voting", "First") are no names.
"""

from __future__ import annotations

import re

from kg.extract.abbrev import LATEX_EMPHASIS
from kg.extract.candidates import Candidate
from kg.extract.own_names import NAME_TOKEN
from kg.extract.patterns import intro_cue_spans
from kg.extract.quantities import is_hardware_or_count
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped

__all__ = ["counted_names"]

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 6}
_KIND_TYPES = {
    "metric": "metric", "measure": "metric", "score": "metric", "indicator": "metric", "indice": "metric",
    "dataset": "dataset", "benchmark": "benchmark", "testbed": "benchmark",
    "corpus": "dataset", "corpora": "dataset", "task": "task", "model": "model",
}  # fmt: skip
_METHOD_KINDS = (
    r"method|approach|algorithm|framework|strateg(?:y|ie)|technique|scheme|variant|mechanism|module|"
    r"architecture|system|pipeline|agent|polic(?:y|ie)|estimator|attack|defense|solution|paradigm|objective|"
    r"regularizer|extension|version|loss|design|component"
)
_OPEN = re.compile(
    rf"\s(?P<count>two|three|four|five|six|several|[2-6])\s(?P<head>(?:[\w\-]+\s){{0,4}}?)"
    rf"(?P<kind>metric|measure|score|indicator|indice|dataset|corpora|corpus|benchmark|testbed|task|model|"
    rf"{_METHOD_KINDS})(?:e?s)?"
    r"(?:\s*[,:]|\s+(?:--|—|-))\s*(?:(?:namely|called|named|i\.e\.,?)\s)?"
)
# a kind called existing: the cue reports or uses those, it does not make them
_EXISTING = re.compile(
    r"\b(?:existing|public|publicly|popular|standard|widely|well-known|established|baseline|prior|previous|"
    r"state-of-the-art|representative|classic|classical|off-the-shelf|pretrained|pre-trained|recent|"
    r"open-source|commercial|proprietary)\b"
)
_EVALUATION = re.compile(r"\b(?:evaluation|test|testing)\b")
_WRAP = rf"(?:{LATEX_EMPHASIS})?"
_TOKEN = NAME_TOKEN
_WORDS = r"[A-Z][\w\-]*(?:\s(?:(?:of|for|with|in|to|on|the)\s)?[A-Z][\w\-]*){1,5}"
_ITEM = re.compile(
    rf"(?:(?:the|a|an|our)\s)?{_WRAP}(?P<name>{_WORDS}|{_TOKEN})\}}?(?:\s\([^()\s]{{1,20}}\))?"
)
_GOES_ON = re.compile(r"\s(?:and|of)\s[A-Z]")
_LEAD_TOKEN = re.compile(r"(\S+)\s(?:of|for|with|in|to|on|the)\s")
_NEXT = re.compile(r",\s(?:and\s)?|,?\sand\s|;\s(?:and\s)?")
# a clause of the item's own, up to the separator before the next item ("X, which …, and Y")
_CLAUSE_SEP = re.compile(r"(?:;\s(?:and\s)?|,\s(?:and\s)?|\sand\s)(?=(?:(?:the|a|an|our)\s)?\\?[A-Za-z0-9])")


def counted_names(text: str) -> list[Candidate]:
    r"""The named members of a counted set right after an introduction cue (role ``introduced``).

    >>> t = "To fix it, we propose two approaches, FairFT and FairFilter. In FairFT, we align."
    >>> [(c.name, c.type, c.role) for c in counted_names(t)]
    [('FairFT', 'method', 'introduced'), ('FairFilter', 'method', 'introduced')]
    >>> t = "We introduce two models: SureonVLM, a model tuned with SFT, and SureonVLM-R1, a reasoner."
    >>> [c.name for c in counted_names(t)]
    ['SureonVLM', 'SureonVLM-R1']
    >>> t = "We propose two new metrics, Political Spectrum Alignment and Party Alignment, to measure it."
    >>> [(c.name, c.type) for c in counted_names(t)]
    [('Political Spectrum Alignment', 'metric'), ('Party Alignment', 'metric')]
    >>> counted_names("We introduce three team strategies: Voting, Silent Team, and Talkative Team.")[:1]
    []
    >>> counted_names("We introduce two public datasets, FooSet and BarSet, for tests.")
    []
    >>> t = "we build two datasets, STGR-CoT-30k for SFT and STGR-RL-36k for RL, with labels"
    >>> [(c.name, c.type) for c in counted_names(t)]
    [('STGR-CoT-30k', 'dataset'), ('STGR-RL-36k', 'dataset')]
    """
    out: list[Candidate] = []
    for _, cue_end in intro_cue_spans(text):
        opening = _OPEN.match(text, cue_end)
        if opening is None or _EXISTING.search(opening.group("head")):
            continue
        kind = _KIND_TYPES.get(opening.group("kind"), "method")
        if kind == "method" and _EVALUATION.search(opening.group("head")):
            kind = "benchmark"  # "two evaluation extensions, AVIVD-LT and AVIVD-M": test data
        count = int(_COUNTS.get(opening.group("count"), opening.group("count")))
        out += _items(text, opening.end(), count, kind)
    return out


def _items(text: str, at: int, count: int, kind: str) -> list[Candidate]:
    """Up to ``count`` list items from ``at``: stops at the first one that is no name."""
    stop = _sentence_end(text, at)
    out: list[Candidate] = []
    while len(out) < count:
        item = _ITEM.match(text, at, stop)
        if item is None or not _is_name(item.group("name")):
            break
        start, end = item.span("name")
        lead = _LEAD_TOKEN.match(text, start, end)
        if lead is not None and is_name_shaped(lead.group(1)):
            end = start + len(lead.group(1))  # "STGR-RL-36k for RL": the name, then what it is for
        last = len(out) + 1 == count
        if last and " " in item.group("name") and _GOES_ON.match(text, end):
            break  # "Semantic Selection and Propagation": the name goes on past the list's "and"
        out.append(Candidate(start, end, kind, text[start:end], confidence=0.72, rule="cue.counted",
                             role="introduced"))  # fmt: skip
        nxt = _NEXT.match(text, item.end(), stop)
        if nxt is None or not _item_at(text, nxt.end(), stop):
            nxt = _next_after_clause(text, item.end(), stop)
        if nxt is None:
            break
        at = nxt.end()
    return out


def _next_after_clause(text: str, at: int, stop: int) -> re.Match[str] | None:
    """The separator before the next item after an item's own clause ("X, which …, and Y"), if any."""
    return next(
        (sep for sep in _CLAUSE_SEP.finditer(text, at, stop) if _item_at(text, sep.end(), stop)), None
    )


def _item_at(text: str, at: int, stop: int) -> bool:
    """Whether a list item that is a name starts at ``at``."""
    item = _ITEM.match(text, at, stop)
    return item is not None and _is_name(item.group("name"))


# "AVE-Order", "Look-Ahead", "Slow-to-Fast": a compound whose last part is capitalised names a list item
_TITLED_COMPOUND = re.compile(r"[A-Z][\w]*(?:-[A-Za-z0-9]+)*-[A-Z][a-z]\w*")


def _is_name(name: str) -> bool:
    """A name-shaped token ("FairFT", "AVE-Order") or capitalised words that are no generic phrase."""
    if " " not in name:
        shaped = is_name_shaped(name) or _TITLED_COMPOUND.fullmatch(name) is not None
        capital = any(ch.isupper() for ch in name)  # not "a 100-item, structure-aware set"
        return shaped and capital and not (is_hardware_or_count(name) or is_generic(name))
    return not is_generic(name) and not is_adjectival(name.split()[-1])


_PERIOD = re.compile(r"\.(?:\s|$)")


def _sentence_end(text: str, at: int) -> int:
    """The end of the sentence holding ``at`` (a period before white space, or the text's end)."""
    match = _PERIOD.search(text, at)
    return match.start() if match else len(text)
