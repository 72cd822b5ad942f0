"""Whether a name typed by its apposition (:mod:`kg.extract.apposed`) is the paper's own.

The apposition alone rarely says so ("FairUseDB, a carefully constructed dataset"); the sentence around
the name does. A name in apposition is the paper's own (``introduced``) when

- a verb of making stands right before it: "we apply it to create SambaY, a …", "giving rise to AutoSOD,
  an …", "to synthesize MotionPair-60K, an … dataset", "which we use to train Infinity-Parser, a …";
- or nothing in its clause says it is used or compared against (the strong role blockers of
  :func:`kg.extract.role_scope.used_before`, from the last "we" or list item on; "we employ / fine-tune /
  evaluate … X" too) and nothing in the apposition calls it existing ("a leading real-time detection
  model", "a state-of-the-art explanation method", "a widely used benchmark"), and
  - "we" comes before it in its sentence ("We study this with TraceRetain, a lightweight framework"),
  - or the sentence opens with the paper's core ("Central to our method is FairUseDB, a …", "At its core
    is TopoAug, a …", "The key technique behind X is Omni-Flow, a …"),
  - or it opens a list item after an introduction cue ("(2) COCA-Scenes, a dataset of …"),
  - or the title names it ("PentestJudge is a large language model (LLM)-as-judge …" in a paper titled
    "PentestJudge …").

Otherwise it is ``used`` here and the general role rules (:func:`kg.extract.roles.role_for`) decide.

>>> t = "Central to our method is FairUseDB, a carefully constructed dataset."
>>> own_apposed(t, t.index("FairUseDB"), t.index(", a"))
True
>>> t = "We evaluate our model on PolypDB, a newly introduced dataset. Unlike X, we use BarNet, a new model."
>>> [own_apposed(t, t.index(n), t.index(n) + len(n)) for n in ("PolypDB", "BarNet")]
[False, False]
>>> t = "Leveraging ManipTrans, we transfer datasets to robot hands, creating DexManipNet, a large dataset."
>>> own_apposed(t, t.index("DexManipNet"), t.index(", a"))
True
>>> t = "The pipeline employs YOLO12, a leading real-time detection model."
>>> own_apposed(t, t.index("YOLO12"), t.index(", a")), apposition_says_existing(t, t.index(", a"))
(False, True)
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate, occurrences
from kg.extract.patterns import intro_cue_spans
from kg.extract.role_scope import used_before

__all__ = ["apposition_says_existing", "newly_other", "own_apposed", "settle_apposed"]

# "creating DexManipNet", "to synthesize MotionPair-60K", "giving rise to AutoSOD", "culminating in X"
_MAKING = re.compile(
    r"\b(?:creat(?:e|es|ed|ing)|build(?:s|ing)?|construct(?:s|ed|ing)?|curat(?:e|es|ed|ing)|"
    r"synthesi[sz](?:e|es|ed|ing)|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|produc(?:e|es|ed|ing)|"
    r"yield(?:s|ing)?|(?:giv(?:e|es|ing)|gave)\srise\sto|culminat(?:e|es|ed|ing)\sin|result(?:s|ing)?\sin|"
    r"to\strain|to\sobtain)\s+(?:(?:the|a|an|our)\s+)?$"
)
_WE = re.compile(r"\b[Ww]e\b")
# "we employ / fine-tune / evaluate / adapt / enhance … X": the paper works with somebody else's X
_WE_USE = re.compile(
    r"\b[Ww]e\s+(?:[a-z]+ly\s+)?(?:employ|follow|select|choose|chose|consider|test|evaluat|examin|benchmark|"
    r"compar|assess|probe|prompt|quer|replicat|reproduc|re-?implement|run|deploy|fine-?tun|finetun|analy[sz]|"
    r"us(?:e|ed|ing)\b|adopt|adapt|apply|appli|investigat|enhanc|extend|improv|modif|revisit|refin)"
)
# the sentence opens with the paper's core: "Central to our method is", "At its core is", "The key technique
# behind MiniCPM-o 4.5 is", "At the core of X lies"
_CORE = re.compile(
    r"(?:Central\sto\s(?:our|this|the\sproposed)\s[\w\- ]{1,40}|"
    r"At\s(?:its|the)\score(?:\sof\s(?:[^,.;]|\.(?=\S)){1,60})?|"
    r"The\s(?:key|core|central|main)\s(?:technique|component|idea|innovation|contribution|ingredient)\s"
    r"(?:behind|of)\s(?:[^,.;]|\.(?=\S)){1,60})\s(?:is|lies|are)\s+$"
)
_LIST_OPEN = re.compile(r"(?:^|[\s:;])\(?(?:\d|[ivx]{1,4})\)\s+$")
# "a leading real-time detection model", "a widely used benchmark": somebody else's
_EXISTING = re.compile(  # whole words: not "prior" in "a diagnostic-prior conditioning framework"
    r"(?<![\w\-])(?:leading|popular|widely|well-known|well\sknown|existing|established|off-the-shelf|commercial|"
    r"proprietary|classic(?:al)?|standard|recent(?:ly)?|prior|previous|conventional|traditional|"
    r"representative|mainstream|state-of-the-art|SOTA|publicly\savailable|public|baseline)(?![\w\-])"
)
_APPOSITION = re.compile(r"(?:,\s|\s(?:is|was)\s)(?:a|an)\s[^,.;()]{0,80}")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where|than|outperform\w*|surpass\w*|beat\w*)\b")
# a name right after "newly introduced / proposed / released" somebody else's, after a word of use
_NEWLY_OTHER = re.compile(r"\bnewly\s(?:introduced|proposed|released|published)\b")


def apposition_says_existing(text: str, end: int) -> bool:
    """Whether the apposition after ``text[:end]`` calls the name existing ("X, a leading … model")."""
    appo = _APPOSITION.match(text, end)
    if appo is None:
        return False
    head = _RELATIVE.split(appo.group(), maxsplit=1)[0]  # not "… that outperforms previous metrics"
    return _EXISTING.search(head) is not None


def own_apposed(text: str, start: int, end: int, title_len: int = 0) -> bool:
    """Whether the apposed name ``text[start:end]`` is the paper's own (see the module docstring);
    ``text[:title_len]`` is the title."""
    stops = (text.rfind(". ", title_len, start), text.rfind("\n\n", 0, start))
    begin = max([title_len] + [i + 2 for i in stops if i >= 0])
    if _MAKING.search(text, max(begin, start - 40), start):
        return True
    if apposition_says_existing(text, end):
        return False
    we = [m.start() for m in _WE.finditer(text, begin, start)]
    scope = we[-1] if we else begin
    if _WE_USE.search(text, scope, start) or used_before(text, scope, start):
        return False
    if we or _CORE.match(text, begin, start):
        return True
    if _LIST_OPEN.search(text, max(begin, start - 8), start) and any(
        cue_end <= start for _, cue_end in intro_cue_spans(text)
    ):
        return True
    return bool(title_len) and _titled(text[:title_len], text[start:end])


# A title that compares or evaluates what it names: "A Comparative Evaluation of STM and BERTopic for …"
_TITLE_STUDIES = re.compile(
    r"\b(?:[Cc]ompar\w*|[Rr]evisit\w*|[Vv]s|[Vv]ersus|[Bb]etween|"
    r"(?:[Ee]valuation|[Aa]nalysis|[Ss]tudy|[Aa]ssessment|[Bb]enchmarking)\sof)\b"
)


def _titled(title: str, name: str) -> bool:
    """Whether the title names ``name`` as its subject, not as a thing it compares or evaluates.

    >>> _titled("PentestJudge: Judging Agents", "PentestJudge")
    True
    >>> _titled("A Comparative Evaluation of Structural Topic Models and BERTopic for Surveys", "BERTopic")
    False
    """
    found = occurrences(title, name, joined_after="")
    return bool(found) and _TITLE_STUDIES.search(title, 0, found[0]) is None


def newly_other(text: str, start: int, end: int) -> bool:
    """ "We evaluate on PolypDB, a newly introduced dataset": a recent dataset of somebody else's.

    >>> t = "We evaluate on PolypDB, a newly introduced dataset."
    >>> newly_other(t, t.index("PolypDB"), t.index(", a"))
    True
    """
    appo = _APPOSITION.match(text, end)
    begin = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    return bool(appo and _NEWLY_OTHER.search(appo.group()) and used_before(text, begin, start))


def settle_apposed(cands: list[Candidate], text: str) -> list[Candidate]:
    """Names in apposition that the apposition calls existing ("an object detection pipeline employing
    YOLO12, a leading real-time detection model") are used, whichever role rule introduced them.

    >>> t = "We design a pipeline employing YOLO12, a leading detection model."
    >>> at = t.index("YOLO12")
    >>> c = Candidate(at, at + 6, "model", "YOLO12", rule="cue.apposed", role="introduced")
    >>> [x.role for x in settle_apposed([c], t)]
    ['used']
    """
    return [
        c.with_(role="used")
        if c.rule == "cue.apposed" and c.role == "introduced" and apposition_says_existing(text, c.end)
        else c
        for c in cands
    ]
