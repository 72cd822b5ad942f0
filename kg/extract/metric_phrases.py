"""Metric names the lexicon lacks, read from their shape and from a reported value.

The rules below (``rule="metric.shape"``; the correlations ``"metric.correlation"``), each a named
measure by the annotation guide, never a quantity the paper only sets:

- **"@k" and thresholds**: a name glued to "@" and a number or k ("mAP@20", "Acc@1km", "Recall@50",
  "pass@k"): the measure at that cut-off. Not an address ("name@host.org"), a venue year
  ("Workshop@2025") nor a benchmark at a context length ("NIAH-S2@256K").
- **Averaged variants**: "macro-" / "micro-" / "weighted" before a measure ("macro-AUC", "micro-F1",
  "weighted F1") or "-macro" / "-micro" after it ("F1-Macro").
- **"MAE" reported as a measure** (rule 79): the lexicon leaves the acronym out because it also names
  Masked Autoencoders, so it is the mean absolute error only where a value follows it ("an MAE of 3.65
  years", "MAE = 0.59", "MAE: 4.1") or it is listed with a known metric ("RMSE and MAE", "MSE, MAE, and
  R2"); a paper that defines it ("masked autoencoder (MAE)") is read by the acronym rules first.
- **"EM" reported as a measure** (rule 488): the exact match score where a value stands before or after it
  ("+8.48% EM", "an average EM of 0.430") or a known metric is listed beside it ("EM and F1", "EM/F1"); the
  lexicon leaves the bare acronym out (expectation maximisation, electron microscopy), and a paper that
  writes "(EM)" defines it and is left to the acronym rules.
- **"R2" reported as a measure** (rule 117): "R2 = 0.99", "$R^{2}=0.66$", "an R2 of 0.949" or "RMSE and
  R2" is the coefficient of determination (the bare "R2" is also a release: "DeepSeek-R2").
- **Correlation coefficients by surname** (rule 116, :mod:`kg.extract.correlations`): "Pearson r = 0.98",
  "Spearman correlations of 0.85", "Pearson and Spearman correlations".
- **A measured rate, error or score**: a lower-case phrase of 1-3 words before "rate", "error" or
  "score" that is *reported with a value* ("a solve rate of 45%", "reduces the mean distance error to
  1.2 mm", "a 12% higher task completion rate", "improves hit rates by 8%") or named as what is
  measured ("in terms of task completion rate and collision rate"). A bare head ("a score of 4.2")
  is no name; describing words ("average", "overall", "higher") are not part of it ("average success
  rate" is the success rate); settings and statistics that are not measures of a system ("a learning
  rate of 0.001", "a poisoning rate of 1%", "a response rate of 60%", "a standard error of 0.2") are
  left out, and so is a phrase whose words are a known name of another type ("speech recognition
  error rate" keeps the task; the rate is "error rate").

A candidate the lexicon already names (same span) is left to the lexicon (:func:`select_longest`).

>>> [c.name for c in metric_candidates("We report mAP@20 and Acc@1km; mail a@b.org.")]
['mAP@20', 'Acc@1km']
>>> [c.name for c in metric_candidates("It reaches a macro-AUC of 0.91 and F1-Macro of 0.8.")]
['macro-AUC', 'F1-Macro']
>>> [c.name for c in metric_candidates("It achieves a solve rate of 45% with a learning rate of 0.1.")]
['solve rate']
>>> [c.name for c in metric_candidates("It improves the average task completion rate by 12%.")]
['task completion rate']
>>> [c.name for c in metric_candidates("We compare in terms of hit rates and mean distance error.")]
['hit rates', 'mean distance error']
>>> metric_candidates("It obtains a score of 4.2 and an average score of 3.1.")
[]
>>> [(c.name, c.entity_id) for c in metric_candidates("It reaches an MAE of 3.6 years; MAE pre-training.")]
[('Mean Absolute Error', 'metric:mean-absolute-error')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.anchored import finditer_at
from kg.extract.candidates import Candidate
from kg.extract.correlations import correlation_candidates
from kg.extract.phrase_words import DESCRIBING_WORDS, STOP
from kg.extract.text_words import cue_forms, holds, present

__all__ = ["metric_candidates"]

_RULE = "metric.shape"
_AT_K = re.compile(
    r"(?<![\w@./-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?@(?:\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)?[A-Za-z]{0,3}|[kKnN])"
    r"(?![\w@]|\.\w)"
)
_YEAR = re.compile(r"@(?:(?:19|20)\d\d|\d+[KkM])$")  # a venue year; a context length ("NIAH-S2@256K")
_MEASURES = r"(?:F1-score|F1|F-score|ROC-AUC|AUROC|AUPRC|AUC|[Pp]recision|[Rr]ecall|[Aa]ccuracy|mAP|mIoU|IoU)"
_AVERAGED = re.compile(
    rf"(?<![\w-])(?:[Mm]acro|[Mm]icro|[Ww]eighted)(?:-averaged)?[- ]{_MEASURES}(?![\w-])"
    rf"|(?<![\w-]){_MEASURES}[- ](?:[Mm]acro|[Mm]icro)\b(?!-)"
)
_HEAD = re.compile(r"\b(?:rates?|error|scores?)\b")  # "errors" are the mistakes, not a measure
_HEAD_FORMS = cue_forms({" rate": "rate rates", " error": "error", " score": "score scores"})  # _HEAD's words
_NEXT_HEAD = re.compile(r"-|\s+(?:rates?|errors?|scores?)\b")
_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
# after the phrase: a value ("of 45%", "by 12%", "to 1.2 mm", "= 0.3", "(92.1%)", "from 40% to 80%")
_VALUE_AFTER = re.compile(
    r"\s*(?:\(|of|by|to|=|:|reaching|from|at)?\s*(?:only |about |approximately |around |nearly |over |"
    r"up to |just |roughly |below |above |under |less than |more than |as low as |as high as )?"
    r"[~≈<>≤≥]?\s?[+-]?\d"
)
# before the phrase: a value ("95% success rate", "a 12% higher …", "improvement in", "in terms of")
_VALUE_BEFORE = re.compile(
    r"(?:\d(?:\.\d+)?\s?(?:%|points?|pp)\s|(?:increase|improvement|gain|reduction|drop|decrease|boost)s?"
    r" (?:in|of) |in terms of |metrics? (?:such as|like|including|of|:) ?)(?:the )?$"
)
_LIST_JOIN = re.compile(r"(?:,\s*(?:and |or )?| and | or )(?:the )?")
# Words that describe or compare instead of naming the measure ("average success rate" is the success rate).
_DESCRIBING_TEXT = """
    average avg overall total final higher lower highest lowest maximum minimum max min peak mean median
    absolute relative reported measured observed achieved resulting corresponding empirical estimated
    expected lower-bound up to per test validation val clean zero-shot respectively significantly
    competitive remarkable impressive substantial considerable much far even near-perfect official record
    leading best-in-class notable excellent good great solid decent superior favorable favourable
    outstanding top satisfactory strongest widespread cent percent same annual monthly yearly daily
    moderate still yet benchmark"""
_DESCRIBING = (DESCRIBING_WORDS - {"task", "joint"}) | frozenset(_DESCRIBING_TEXT.split())
# Quantities a paper sets, and statistics of people or the world: not measures of the system.
_NOT_MEASURES_TEXT = """
    learning sampling sample frame dropout masking mask bit data refresh heart flow growth decay update
    mutation injection poisoning noise pruning sparsity drop keep arrival transmission code coding spike
    firing clock interest tax birth death mortality compression response participation prevalence
    incidence adoption unemployment inflation exchange discount dilation crossover contamination
    corruption corrupted label missing mixing replacement substitution insertion deletion occlusion
    token tokens reward spread infection transfer teacher forcing standard type margin squared
    z t credit risk risk-score baseline quantization illiteracy literacy accuracy precision recall"""
_NOT_MEASURES = frozenset(_NOT_MEASURES_TEXT.split())
_LAST = re.compile(r"\S+(?=$)")
# verbs before a measure ("reduces hallucination rates", "improved success rate"): not part of its name
_VERB_FORM = re.compile(r"[a-z-]+(?:[^su]s|ed)$")
_VERBS_TEXT = """
    achieving reaching reducing improving increasing lowering boosting yielding obtaining attaining
    maintaining attain achieve reach reduce improve increase lower boost yield obtain maintain report
    raise show demonstrate exhibit with without"""
_VERBS = frozenset(_VERBS_TEXT.split())
# heads whose lone modifier is one of these is no name ("mean error", "the error", "a higher score")
_MEAN_WORDS = frozenset({"mean", "root"})


def _phrase(text: str, head_start: int, head_end: int) -> tuple[int, list[str]] | None:
    """The start and words of the name ending in the head at ``[head_start, head_end)``, or None: up to
    three lower-case modifier words before it, back to the first describing word, verb or stopword."""
    pos = head_start
    words: list[tuple[int, str]] = []
    while len(words) < 3 and pos > 0 and text[pos - 1] == " ":
        m = _LAST.search(text, max(0, pos - 40), pos - 1)
        if m is None or not _is_modifier(m.group(), mean_ok=True):
            break
        words.insert(0, (m.start(), m.group()))
        pos = m.start()
    while words and words[0][1] in _MEAN_WORDS and not _keeps_mean(words):
        words.pop(0)
    if words and words[0][1].endswith("ing") and text[head_end - 1] == "s":
        words.pop(0)  # "mitigating errors", "reducing error rates": a verb, not a modifier
    if not words or any(w in _NOT_MEASURES for _, w in words):
        return None
    return words[0][0], [w for _, w in words] + [text[head_start:head_end]]


def _is_modifier(word: str, *, mean_ok: bool = False) -> bool:
    """A lower-case word that may be part of a measure's name (not describing, a verb or a stopword)."""
    if mean_ok and word in _MEAN_WORDS:
        return True
    if not _WORD.match(word) or word in _DESCRIBING or word in STOP or word in _VERBS:
        return False
    return not _VERB_FORM.match(word)


def _keeps_mean(words: Sequence[tuple[int, str]]) -> bool:
    """ "mean" / "root mean" start a name when a content word follows them ("mean distance error")."""
    rest = [w for _, w in words]
    while rest and rest[0] in _MEAN_WORDS:
        rest.pop(0)
    return bool(rest)


def _valued(text: str, known: Sequence[tuple[int, int]]) -> Iterator[Candidate]:
    """Rule 3: a rate, error or score phrase reported with a value or as what is measured."""
    for head in _heads(text):
        if _NEXT_HEAD.match(text, head.end()):
            continue  # "word error rate": the head is not the end of the name
        found = _phrase(text, head.start(), head.end())
        if found is None:
            continue
        start, _ = found
        before = text[max(0, start - 40) : start]
        listed = _LIST_JOIN.search(before[-8:]) is not None and _listed_metric(text, start)
        valued = _VALUE_AFTER.match(text, head.end())
        if valued and head.group().startswith("score") and not valued.group().strip()[:1].isalpha():
            valued = None  # "X scores 0.19", "still score 0%": the verb
        if not (valued or _VALUE_BEFORE.search(before) or listed):
            continue
        inside = [e for s, e in known if s < head.start() and start < e]
        if inside:  # a known name of another type among its words keeps them: "speech recognition error rate"
            start = max(inside) + 1
            if start >= head.start():
                continue
        yield Candidate(start, head.end(), "metric", text[start : head.end()], confidence=0.7, rule=_RULE)


def _heads(text: str) -> Iterator[re.Match[str]]:
    """The heads after a space, in text order (:meth:`str.find` first: a regex scan of every position
    is several times slower on an abstract)."""
    found = []
    for word in present(text, _HEAD_FORMS):  # those the text holds as words (kg.extract.text_words)
        at = text.find(word)
        while at >= 0:
            head = _HEAD.match(text, at + 1)
            if head is not None:
                found.append(head)
            at = text.find(word, at + len(word))
    return iter(sorted(found, key=lambda m: m.start()))


def _averaged(text: str) -> list[re.Match[str]]:
    """``list(_AVERAGED.finditer(text))``, tried only where "acro", "icro" or "eighted" stands (every match
    holds one: :data:`_AVERAGED_BACK`), and not at all in a text none of whose words is "macro", "micro" or
    "weighted" (each match holds one as a word: a non-word character or "-" before it and after it); the
    plain scan tries the pattern at every character of the text (session 17).

    >>> [m.group() for m in _averaged("macro-F1 and F1 Macro, weighted F1; across (microscopy); Micro.")]
    ['macro-F1', 'F1 Macro', 'weighted F1']
    """
    if not holds(text, _AVERAGING_WORDS):
        return []
    return finditer_at(_AVERAGED, text, ("acro", "icro", "eighted"), back=_AVERAGED_BACK)


_AVERAGING_WORDS = frozenset({"macro", "micro", "weighted"})
# where a match starts before its "acro" / "icro" / "eighted": 1 ("Macro-F1"), or after a measure and "-"
# or " " (len(measure) + 2: "F1 Macro" 4, "precision micro" 11)
_MEASURE_FORMS: tuple[str, ...] = ("F1-score", "F1", "F-score", "ROC-AUC", "AUROC", "AUPRC", "AUC")
_MEASURE_FORMS += ("precision", "recall", "accuracy", "mAP", "mIoU", "IoU")  # :data:`_MEASURES`' words
_AVERAGED_BACK = (1, *sorted({len(measure) + 2 for measure in _MEASURE_FORMS}))


def _listed_metric(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` follows another item of a list cued as measured ("in terms of")."""
    window = text[max(0, start - 120) : start]
    cue = max(window.rfind("in terms of "), window.rfind("metrics such as "), window.rfind("metrics "))
    return cue >= 0 and not re.search(r"[.;:]\s", window[cue:])


# rule 79: "MAE" with a value after it, or next to a known metric in a list
_MAE_VALUE = re.compile(r"\$?\s*(?:of|=|:|\(|values? of)\s*\$?[~≈<>]?\s?\d")
_MAE_ENTITY = ("Mean Absolute Error", "metric:mean-absolute-error")


def _mae(text: str, known: Sequence[Candidate]) -> Iterator[Candidate]:
    """Rule 79: the acronym "MAE" where it is reported as a measure (module docstring)."""
    at = text.find("MAE")
    while at >= 0:
        end = at + 3
        if (
            _bare(text, at - 1)
            and _bare(text, end)
            and (_MAE_VALUE.match(text, end) or _beside_metric(text, at, end, known))
        ):
            name, key = _MAE_ENTITY
            yield Candidate(at, end, "metric", name, key, confidence=0.75, rule=_RULE)
        at = text.find("MAE", end)


# rule 488: "EM" reported as a measure is the exact match score ("+8.48% EM and +11.56% F1", "EM/F1 gains",
# "an average EM of 0.430"); the lexicon leaves the bare acronym out (expectation maximisation, electron
# microscopy), and a paper that defines "EM" is left to the acronym rules
_EM_VALUE_BEFORE = re.compile(r"(?:\d\.\d+|\d\s?%)\s(?:in\s)?$")
_EM_ENTITY = ("Exact Match", "metric:exact-match")


def _em(text: str, known: Sequence[Candidate]) -> Iterator[Candidate]:
    """Rule 488: the acronym "EM", undefined, with a value before or after it or beside a known metric.

    >>> [(c.name, c.start) for c in _em("It gains +8.48% EM; the EM algorithm; EM@1 of 3.", ())]
    [('Exact Match', 16)]
    """
    if "(EM)" in text:
        return
    at = text.find("EM")
    while at >= 0:
        end = at + 2
        if (
            _bare(text, at - 1)
            and _bare(text, end)
            and text[end : end + 1] != "@"
            and (
                _MAE_VALUE.match(text, end)
                or _EM_VALUE_BEFORE.search(text, max(0, at - 12), at)
                or _beside_metric(text, at, end, known)
            )
        ):
            name, key = _EM_ENTITY
            yield Candidate(at, end, "metric", name, key, confidence=0.75, rule=_RULE)
        at = text.find("EM", end)


# rule 117: the coefficient of determination written as a symbol ("R2 = 0.99", "$R^{2}=0.66$", "an R2 of
# 0.949") with a value after it or beside a known metric; the lexicon has "R²" and "R^2" but not the bare
# "R2", also a release name ("DeepSeek-R2", "R2-D2"), so only the reported form links
_R2 = re.compile(r"(?<![\w\\-])(?P<r>R(?:\^\{?2\}?|2|²))(?:\s*\$)?(?![\w-])")
_R2_VALUE = re.compile(r"\s*\$?\s*(?:of|=|:|\(|values? of)\s*\$?\s*[~≈<>]?\s?[-−]?\s?\d")
_R2_ENTITY = ("Coefficient of Determination", "metric:coefficient-of-determination")


def _r2(text: str, known: Sequence[Candidate]) -> Iterator[Candidate]:
    """Rule 117: "R2" / "R^2" reported with a value or listed beside a known metric.

    >>> [(c.name, c.start) for c in _r2("It gets R2 = 0.99 and $R^{2}=0.6$; DeepSeek-R2 of 2025.", ())]
    [('Coefficient of Determination', 8), ('Coefficient of Determination', 23)]
    """
    for m in _R2.finditer(text):
        if _R2_VALUE.match(text, m.end()) or _beside_metric(text, m.start(), m.end(), known):
            name, key = _R2_ENTITY
            yield Candidate(m.start("r"), m.end("r"), "metric", name, key, confidence=0.75, rule=_RULE)


def _bare(text: str, pos: int) -> bool:
    """Whether ``pos`` is outside ``text`` or holds no character of a word or compound ("MAE-based")."""
    return not 0 <= pos < len(text) or not (text[pos].isalnum() or text[pos] in "-_")


def _beside_metric(text: str, start: int, end: int, known: Sequence[Candidate]) -> bool:
    """Whether a known metric is the list item right before or after ``[start, end)``."""
    for k in known:
        if k.type != "metric":
            continue
        between = text[k.end : start] if k.end <= start else text[end : k.start]
        if _LIST_JOIN.fullmatch(between) or between.strip() == "/":
            return True
    return False


def metric_candidates(text: str, known: Sequence[Candidate] = ()) -> list[Candidate]:
    """Metric names by shape (module docstring); ``known``: lexicon matches of other types."""
    out = [
        Candidate(m.start(), m.end(), "metric", m.group(), confidence=0.75, rule=_RULE)
        for m in (_AT_K.finditer(text) if "@" in text else ())
        if not _YEAR.search(m.group())
    ]
    out += [
        Candidate(m.start(), m.end(), "metric", m.group(), confidence=0.75, rule=_RULE)
        for m in _averaged(text)
    ]
    if "MAE" in text:
        out += _mae(text, known)
    if "EM" in text:
        out += _em(text, known)
    if "R2" in text or "R^" in text or "R²" in text:
        out += _r2(text, known)
    spans = [(k.start, k.end) for k in known if k.type != "metric"]
    return out + list(_valued(text, spans)) + correlation_candidates(text)
