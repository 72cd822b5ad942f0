"""The items of a list the text calls metrics are metrics (docs/typing.md rule 640, ``rule="metric.list"``).

A metric is a named measure or the measured quantity (the annotation guide), and a list the paper itself
heads "metrics such as", "metrics including", "metrics like", "metrics:" or "metrics, namely" names the
measured quantities, whatever their head word: "six metrics: faithfulness, answer correctness, answer
relevancy, context precision, context recall, and answer similarity", "metrics such as diversity and
coherence". Rule 3 of :mod:`kg.extract.metric_phrases` reads such lists only for rate, error and score
heads; the lexicon knows only the established names.

An item is one to three words of letters (hyphens inside a word), between commas, "and" or "or", up to
the sentence's end, a bracket, a semicolon or a word that cannot be part of a list item ("demonstrating",
"which", a number). A list stops at an item that is not one. Never an item naming a cost or a unit of
speed, size or time (latency, throughput, runtime, memory, FLOPs, parameters, energy: the annotators mark
none), a statistic (p-values, variance), a describing or generic word ("overall", "performance",
"quality" alone, "etc"), a kind of metric ("LLM-based metrics"), nor a span another name covers (the
lexicon's and the other rules' readings win: :func:`~kg.extract.candidates.select_longest`). The items
are the paper's own (``introduced``) when the sentence says it makes them before the list ("We define
video-level metrics such as track-level defect ratio", "we introduce derived metrics including …").

>>> [c.name for c in metric_list_candidates("Metrics: faithfulness, answer relevancy, and context recall.")]
['faithfulness', 'answer relevancy', 'context recall']
>>> [c.name for c in metric_list_candidates("on metrics such as diversity and coherence, showing gains")]
['diversity', 'coherence']
>>> [c.name for c in metric_list_candidates("metrics such as latency, throughput and memory usage.")]
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.candidates import Candidate

__all__ = ["metric_list_candidates"]

_RULE = "metric.list"
# the list's head: "metrics such as", "metrics including", "metrics (", "metrics:", "metrics, namely"
_CUE = re.compile(
    r"\b[Mm]etrics?(?:\s*(?:such as|including|like|:|\(|,\s*(?:namely|i\.e\.,?|e\.g\.,?))"
    r"|\s+\(\s*e\.g\.,?)\s+|\b[Mm]etrics?\s*[:(]\s*"
)
_WORD = re.compile(r"[a-z][a-z]+(?:-[a-z]+)*")
_JOIN = re.compile(r"\s*(?:,\s*(?:and |or )?|\s+and\s+|\s+or\s+|\s*/\s*)")
# a list item ends here: the sentence, a bracket, a semicolon, a colon
_END = re.compile(r"\s*(?:[.;:)\]]|$)")
# words that are no measure's name: costs and units (not marked), statistics, describing and generic words
_NOT_TEXT = """
    latency latencies throughput runtime run-time time times memory cost costs speed speeds energy power
    parameters parameter size flops macs efficiency usage consumption footprint bandwidth
    variance p-values p-value values value significance deviation mean median average overall
    performance quality metric metrics measure measures score scores etc others other more many several
    various multiple different standard common traditional conventional existing popular key main
    the a an our their its these those both each all this that some such any new novel additional
    human automatic automated objective subjective quantitative qualitative evaluation evaluations
    results result analysis analyses aspects dimensions criteria factors properties
    of in on for with to by from at as than per via across between over under into is are was were be
    and or nor but not high low higher lower strong weak good poor better best confidence
    thickness stiffness roughness
"""
_NOT = frozenset(_NOT_TEXT.split())
_VERBAL = re.compile(r"(?:ing|ed|ly)$")  # "showing gains", "improved", "significantly": no measure's words
# an item's last word names a measured quality or a measure ("faithfulness", "diversity", "coherence",
# "fluency", "answer similarity", "context recall", "cumulative return"); other words are things, ideas
# or quantities of the world ("prior", "negation", "prompt strategy", "stride length", "vessel wall stress")
_QUALITY = re.compile(
    r"(?:ness|ity|ancy|ency|ance|ence|correlation|coverage|entropy|alignment|divergence|agreement|recall|"
    r"precision|overlap|return|drawdown|ratio)$"
)


def _item(text: str, pos: int) -> tuple[int, bool] | None:
    """The end of the longest list item of 1-3 words at ``pos`` followed by a list join or the list's end,
    and whether a join follows it; None when there is none."""
    words = []
    at = pos
    for _ in range(3):
        m = _WORD.match(text, at)
        if m is None:
            break
        words.append(m)
        at = m.end() + 1
        if text[m.end() : at] != " ":
            break
    for n in range(len(words), 0, -1):
        span = words[:n]
        if any(w.group() in _NOT or _VERBAL.search(w.group()) for w in span):
            continue
        if not _QUALITY.search(span[-1].group()):
            return None
        end = span[-1].end()
        if _JOIN.match(text, end):
            return end, True
        if _END.match(text, end):
            return end, False
    return None


def _items(text: str, at: int) -> Iterator[tuple[int, int]]:
    """The spans of the list items starting at ``at``, up to the first that is not an item."""
    pos = at
    while (found := _item(text, pos)) is not None:
        end, more = found
        yield pos, end
        if not more:
            return
        join = _JOIN.match(text, end)
        assert join is not None
        pos = join.end()


# the paper's own metrics: "we define … metrics such as", "we first introduce … metrics:"
_OWN = re.compile(
    r"\b[Ww]e (?:[a-z]+ly |also |first |further |then )?(?:introduce|propose|define|design|devise)\b"
)
_NEW = re.compile(
    r"\b(?:[Nn]ovel|[Nn]ew)\b(?: [\w-]+){0,3} $"
)  # "two new groups of metrics", "novel metrics"


def _role(text: str, cue: int) -> str:
    """``"introduced"`` when the sentence before the list's cue says the paper makes the metrics ("we
    define … metrics such as") or calls them new right before the cue ("two new groups of metrics:")."""
    start = max(text.rfind(". ", 0, cue), text.rfind("\n", 0, cue)) + 1
    new = _NEW.search(text[max(start, cue - 40) : cue] + " ")
    return "introduced" if _OWN.search(text, start, cue) or new else "used"


def metric_list_candidates(text: str, known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Rule 640: each item of a list the text heads "metrics such as / including / like / :"; never an
    item that holds or overlaps a lexicon match ``known`` ("attribute accuracy" stays Accuracy)."""
    if "etric" not in text:
        return []
    out = []
    for cue in _CUE.finditer(text):
        role = _role(text, cue.start())
        out += [
            Candidate(s, e, "metric", text[s:e], confidence=0.65, rule=_RULE, role=role)
            for s, e in _items(text, cue.end())
            if not any(k.start < e and s < k.end for k in known)
        ]
    return out
