"""Metrics whose name is also a common word ("accuracy", "precision", "recall", "sensitivity",
"specificity"): a metric only where the text names it as a measure (docs/typing.md, precision rules 24,
38, 76, 83, 126 and 158).

>>> ordinary_metric("It reaches an accuracy of 92.1%.", 14, 22)
False
>>> ordinary_metric("This improves the accuracy of diagnosis.", 18, 26)
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.any_case import AnyCase

__all__ = ["COMMON_METRICS", "ordinary_metric"]

# Metrics whose name is also a common word: a metric only where the text names it as a measure.
COMMON_METRICS = frozenset({"accuracy", "precision", "recall", "sensitivity", "specificity"})
_OTHER_METRIC = (
    r"(?:precision|recall|accuracy|sensitivity|specificity|F1|F-?score|F-measure|AUC|AUROC|AUPRC|"
    r"mAP|IoU|BLEU|ROUGE(?:-\w+)?|METEOR|MAE|RMSE|MSE|EM|exact match|error rate|perplexity)"
)
# Another measure listed with the word: before it ("F1 and", "AUC, ") and after it (", F1", "and the recall").
_LISTED_BEFORE = rf"\b{_OTHER_METRIC}\s*(?:,|and|or|/|&)"
_LISTED_AFTER = rf"\s*(?:,|and|or|/|&)\s*(?:the\s+)?{_OTHER_METRIC}\b"
# Evidence of a measure before the word ("in terms of", "F1 and", "metrics such as", "92.1%").
_MEASURE_BEFORE = re.compile(
    r"(?:\bin terms of|\bmeasured (?:by|in|as)|\bmetrics?\b[^.;]*|\bscores?\b|\bthe metric|"
    rf"{_LISTED_BEFORE}|\d[\d.,]*\s*%?(?:\s*(?:points?|pp))?)\W*"
    r"(?:(?:mean|average|overall|top-\d|test|validation|zero-shot|few-shot|\w+(?:tion|sion|ic))\s+)?$",
    re.IGNORECASE,
)
# Evidence after it: a number ("of 92%", "by 5.3 points", ": 0.81"), a coordinated metric, a comparison
# ("higher accuracy than"), a measure head ("accuracy score", "recall rate", "@10").
_MEASURE_AFTER = re.compile(
    rf"^(?:[^.;]{{0,30}}?\d|{_LISTED_AFTER}|"
    r"[^.;]{0,25}\b(?:than|compared (?:to|with))\b|\s*(?:@|scores?\b|rates?\b|metrics?\b|values?\b|"
    r"gains?\b|drops?\b|improvements?\b|degradation\b|curves?\b))",
    re.IGNORECASE,
)
# "accuracy" as a property of a thing ("the accuracy of diagnosis", "the efficiency and accuracy of
# geological investigations", "the efficiency, scalability, and accuracy of design retrieval": rule 52)
# or after an absolute degree ("require high accuracy").
_THE_BEFORE = re.compile(
    r"\b(?:the|its|their|this|our)\s+(?:(?:[\w\-]+,\s+){0,3}[\w\-]+,?\s+and\s+)?$", re.IGNORECASE
)
_OF_AFTER = re.compile(r"^(?:\s*(?:,|and)\s+[a-z]+)?\s+of\s+(?!\d)")
# ... or the object of an improvement ("to enhance accuracy and robustness", "improving the accuracy").
_IMPROVE_BEFORE = re.compile(
    r"\b(?:enhanc|improv|increas|boost|rais|ensur|maintain|preserv|balanc)\w*\s+"
    r"(?:(?:the|its|their|both|model|overall)\s+)*(?:\w+\s+(?:and|,)\s+)?$",
    re.IGNORECASE,
)
_DEGREE_BEFORE = re.compile(
    r"\b(?:high|low|great|good|poor|limited|reasonable|acceptable|satisfactory|sufficient|perfect)\s+$",
    re.IGNORECASE,
)
# Number formats ("mixed precision", "4-bit precision") and compounds ("precision medicine").
_FORMAT_BEFORE = re.compile(
    r"(?:mixed|full|half|single|double|low|lower|reduced|arbitrary|numerical|floating[- ]point|fixed|"
    r"\d+-bit|bit|FP\d+|BF16|INT\d+)[- ]$",
    re.IGNORECASE,
)
# "recall" as memory: a remembered thing in front ("fact recall") or a verb ("to recall", "can recall").
_MEMORY_BEFORE = re.compile(
    r"\b(?:facts?|factual|knowledge|memory|associative|free|cued|verbatim|to|can|cannot|could|must)\s+$",
    re.IGNORECASE,
)
# Rule 118: "sensitivity" / "specificity" as a thing's responsiveness or narrowness, not the measure:
# "sensitivity analysis", "sensitivity to noise", "specificity towards a target", "sensitivity-aware".
_PROPERTY_AFTER = re.compile(
    r"^(?:\s+(?:analys[ie]s|studies|study|tests?|to|towards?|with respect to|against)\b"
    r"|-(?:aware|based|guided|driven|weighted))",
    re.IGNORECASE,
)
# ... and a measure only with a value attached ("sensitivity of 87%", "94.9% sensitivity", "specificity
# 0.61", "sensitivity at 60% specificity") or beside another measure ("accuracy, sensitivity, specificity",
# "sensitivity and specificity"): the looser evidence of the other words (a number within 30 characters,
# "rather than") also fits "prompt sensitivity across 6 models" and "variant sensitivity rather than noise".
_VALUE_ATTACHED = re.compile(
    rf"^(?:\s*(?:of|=|:|\(|was|is|at|reached|reaching)?\s*[~≈<>]?\s*\d|{_LISTED_AFTER})",
    re.IGNORECASE,
)
_VALUE_BEFORE = re.compile(
    rf"(?:\d[\d.,]*\s*%|{_LISTED_BEFORE}|\bin terms of|"
    r"\bmetrics?(?:\s+(?:such as|like|including|namely|viz\.?)|\s*:))\s*(?:and\s+|or\s+)?$",
    re.IGNORECASE,
)
_COMPOUND_AFTER = re.compile(
    r"^(?:-(?!score|rate|at)[a-z]|\s+(?:medicine|agriculture|farming|oncology|health(?:care)?|manufacturing|"
    r"machining|engineering|instruments?|timing|control|nutrition|psychiatry|livestock|irrigation|"
    r"formats?|levels?|settings?|modes?|arithmetic|floating|weights|training|inference)\b)",
    re.IGNORECASE,
)

# Rule 76: "accuracy" next to a quality that is no measure ("in both accuracy and efficiency", "global
# consistency and local accuracy"), after a dimension it is correct in ("geometric accuracy", "spatial
# accuracy", "shot accuracy") or a degree ("an unprecedented level of accuracy"), with no number near.
_QUALITY = (
    r"(?:efficiency|speed|quality|robustness|realism|fidelity|consistency|generali[sz]ation|generalizability|scalability|"
    r"reliability|stability|interpretability|explainability|runtime|latency|cost|diversity|coherence|"
    r"usability|transparency|fairness|safety|flexibility|plausibility|faithfulness|naturalness|smoothness|"
    r"controllability|expressiveness|expressivity|completeness|throughput|memory)"
)
_QUALITY_AFTER = re.compile(rf"^\s*(?:,|and|&|/)\s+(?:[\w\-]+\s+)?{_QUALITY}\b", re.IGNORECASE)
_QUALITY_BEFORE = re.compile(rf"\b{_QUALITY}\s*(?:,|and|&|/)\s+(?:\w+\s+)?$", re.IGNORECASE)
# ... unless it is one of the things an evaluation judges ("dimensions including accuracy, completeness")
# or what an evaluation measures ("we evaluate the factual accuracy of", "evaluations conducted on").
_JUDGED_ON = re.compile(
    r"\b(?:dimensions?|criteria|criterion|aspects?|outcomes?|evaluat(?:e|es|ed|ing)|assess(?:es|ed|ing)?|"
    r"measur(?:e|es|ed|ing)|evaluations? (?:by|conducted|on|of|across))\b",
    re.IGNORECASE,
)
_DIMENSION_BEFORE = re.compile(
    r"\b(?:(?:level|degree) of|geometric(?:al)?|spatial|temporal|factual|local|global|physical|structural|"
    r"positional|perceptual|(?<![\w-])shot|numerical|reconstruction|processing|representation)\s+$",
    re.IGNORECASE,
)


# Rule 83: "accuracy" a problem harms or wants ("without sacrificing accuracy", "degrades the prediction
# accuracy", "insufficient segmentation accuracy", "detection accuracy remains suboptimal"), no number near.
_HARMED_BEFORE = re.compile(
    r"(?:\b(?:without|at the (?:cost|expense) of|trad(?:e|es|ing)[- ]?offs? (?:in|between))\s+(?:\w+ing\s+)?"
    r"|\b(?:degrad|compromis|sacrific|hurt|hinder|limit|undermin|impair)\w*\s+"
    r"|\b(?:suboptimal|sub-optimal|insufficient|inadequate|unsatisfactory|compromised|degraded)\s+)"
    r"(?:(?:the|its|their|model|overall)\s+)?(?:(?:[\w\-]+\s+)?[\w\-]+(?:tion|sion|ic|ive)\s+)?$",
    re.IGNORECASE,
)
_HARM_WORD = re.compile(
    r"without|cost|expense|trad|degrad|compromis|sacrific|hurt|hinder|limit|undermin|impair|suboptimal|"
    r"sub-optimal|insufficient|inadequate|unsatisfactory",
    re.IGNORECASE,
)

# Searched case-sensitively in lower-cased text (an IGNORECASE word alternation tries every word everywhere)
_HARM = AnyCase(_HARM_WORD)
_FORMAT = AnyCase(_FORMAT_BEFORE)
_MEASURE = AnyCase(_MEASURE_BEFORE)
_MEASURED_AFTER = AnyCase(_MEASURE_AFTER)
# What an evaluation found: "we show / find that", "experiments / results demonstrate".
_FINDING = re.compile(
    r"\b(?:show(?:s|ed|n)?|find(?:s|ings)?|found|reveal(?:s|ed)?|observe[sd]?|demonstrat\w*|experiments?|"
    r"results?|evaluations?|evaluated?)\b",
    re.IGNORECASE,
)
_HARMED_AFTER = re.compile(
    r"^\s+(?:remains?|is|are)\s+(?:still\s+)?(?:suboptimal|sub-optimal|limited|low|poor|insufficient|"
    r"unsatisfactory|inadequate)\b",
    re.IGNORECASE,
)
# Measured on named data: "without hurting accuracy on RewardBench", "across the GLUE tasks".
_MEASURED_ON = re.compile(r"\s+(?:on|across)\s+(?:the\s+)?[A-Z0-9]")
# Rule 126: "accuracy" a purpose improves, named by what it is the accuracy of ("to improve tracking
# accuracy", "to jointly improve localization accuracy"), outside a finding, no number near.
_WANTED_BEFORE = re.compile(
    r"\bto\s+(?:\w+ly\s+)?(?:enhance|improve|increase|boost|raise)\s+(?:(?:the|its|their|model|overall)\s+)?"
    r"(?:[\w\-]+\s+){1,2}$",
    re.IGNORECASE,
)


_ASCII_DIGIT = re.compile("[0-9]")  # the ASCII characters for which str.isdigit is True


def _has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, an ASCII text scanned by the regex engine instead of a Python
    loop over its characters.

    >>> _has_digit("top-1 accuracy"), _has_digit("no numbers"), _has_digit("x\u00b2 is squared")
    (True, False, True)
    """
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(ch.isdigit() for ch in text)


def _harmed(left: str, right: str, sentence_left: str = "") -> bool:
    """Whether "accuracy" (between ``left`` and ``right``) is what a problem harms or wants (rule 83); not
    in a finding (``sentence_left``, the sentence before it: "we show that they degrade model accuracy").

    >>> _harmed("it degrades the prediction ", "."), _harmed("without sacrificing ", ".")
    (True, True)
    >>> _harmed("current detection ", " remains suboptimal."), _harmed("it degrades ", " by 4.2%.")
    (True, False)
    >>> _harmed("they degrade model ", ".", "We show that they degrade model ")
    False
    >>> _harmed("without hurting ", " on RewardBench.")  # measured on named data
    False
    """
    if not (_HARM.found(left) or _HARMED_AFTER.match(right)):
        return False  # the cheap test first: most "accuracy" has no harming word before it
    sentence_right = right.split(". ", 1)[0]
    if _has_digit(left[-40:] + sentence_right) or _FINDING.search(sentence_left):
        return False
    if _MEASURED_ON.match(right):
        return False  # "without hurting accuracy on RewardBench": a measure on named data
    return bool(_HARMED_BEFORE.search(left) or _HARMED_AFTER.match(right))


def _wanted(left: str, right: str, sentence_left: str) -> bool:
    """Whether "accuracy" (between ``left`` and ``right``) is what a purpose improves, named by a thing it
    is the accuracy of (rule 126): "to improve tracking accuracy", "to jointly improve localization
    accuracy"; not in a finding (``sentence_left``: "results show that it helps to improve detection
    accuracy") or with a number near; not after a result ("improves detection accuracy").

    >>> _wanted("a memory engine to improve tracking ", ".", "a memory engine to improve tracking ")
    True
    >>> _wanted("it helps to improve detection ", ".", "Results show that it helps to improve detection ")
    False
    >>> _wanted("it is trained to improve detection ", " by 4.2%.", "it is trained to improve detection ")
    False
    >>> _wanted("it improves detection ", ".", "it improves detection ")
    False
    """
    if _WANTED_BEFORE.search(left) is None:
        return False
    sentence = sentence_left + right.split(". ", 1)[0]
    return not (_has_digit(sentence) or _FINDING.search(sentence))


# Rule 158: what tells a sentence reports or evaluates something: a finding, an evaluation, a comparison,
# a change, another measure, a statistic ("average", "overall", "aggregate", "top-1" accuracy), or the
# paper's own claim ("we", "our", "the proposed", "this method": "our framework improves accuracy").
_EVIDENCE = re.compile(
    r"\b(?:show(?:s|ed|n|ing)?|find(?:s|ings?)?|found|reveal\w*|observ\w*|demonstrat\w*|experiment\w*|"
    r"results?|evaluat\w*|assess\w*|measur\w*|benchmark\w*|outperform\w*|surpass\w*|exceed\w*|"
    r"achiev\w*|attain\w*|reach\w*|obtain\w*|yield\w*|deliver\w*|compar\w*|than|versus|vs|"
    r"state-of-the-art|SOTA|superior|competitive|higher|lower|better|worse|best|metrics?|scores?|"
    r"report\w*|test(?:s|ed|ing)?|validat\w*|empirical\w*|ablations?|analy[sz]\w*|stud(?:y|ies)|"
    r"trade-?offs?|gains?|drops?|loss(?:es)?|declin\w*|decreas\w*|increas\w*|rises?|falls?|"
    r"average|mean|overall|aggregate|final|top-?\d|worst|balanced|similar|jump\w*|improves|improved|improving|"
    r"enhances|enhanced|enhancing|boosts|boosted|boosting|we|our|ours|proposed|introduc\w*|"
    r"this (?:[\w-]+ )?(?:approach|method|framework|model|design|system|technique|pipeline|work|paper|study)|"
    rf"{_OTHER_METRIC.replace('accuracy|', '')})\b",
    re.IGNORECASE,
)
# ... or a named system's claim: "MFRA improves decision-making accuracy".
_NAME_CLAIM = re.compile(r"\b[A-Z][\w-]*[A-Z][\w-]*\s+(?:\w+ly\s+)?(?:improv|enhanc|boost|rais)\w*")
_ACCURACY = re.compile(r"\baccuracy\b", re.IGNORECASE)
_ACCURACIES = AnyCase(_ACCURACY)
# ... and what marks the sentence as background, a limitation or an aim: a contrast, a hedge, a habit, prior
# work, a need ("However, existing models often …", "can erode accuracy", "depends heavily on"); not
# "while", which as often joins a result ("reduces cost while improving retrieval accuracy").
_BACKGROUND = re.compile(
    r"\b(?:however|but|whereas|although|though|often|typically|usually|commonly|widely|existing|prior|"
    r"previous|traditional|conventional|current(?:ly)?|can|could|may|might|would|future|limit\w*|"
    r"challeng\w*|struggl\w*|requir\w*|demand\w*|depend\w*|ensur\w*|critical|crucial|essential|"
    r"important|vital|key|needs?|difficult\w*|hinder\w*|suffer\w*)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8)  # a text's answer, for each of its common-word metrics
def _unmeasured(text: str) -> bool:
    """Whether every sentence of ``text`` that writes "accuracy" is background or an aim, not a measure
    (rule 158): no digit, no word of a finding, an evaluation, a comparison or a change, no other
    measure, no statistic and no claim of the paper's own ("we", "our", "the proposed", "this method")
    in it, and a word of background, a limitation or an aim ("however", "often", "existing", "can",
    "future", "depends", "ensuring" …): "Minor shifts can erode accuracy", "ensuring the prediction
    accuracy of world models often demands …". One other sentence keeps every mention a measure.

    >>> _unmeasured("Retrieval can enhance LLM accuracy by adding passages. It is slow.")
    True
    >>> _unmeasured("Retrieval enhances LLM accuracy by adding passages.")  # no sign of background
    False
    >>> _unmeasured("It is built for accuracy. Experiments show that it improves accuracy.")
    False
    >>> _unmeasured("It is built for accuracy. It reaches 91% accuracy.")
    False
    >>> _unmeasured("Existing methods improve accuracy.")
    True
    >>> _unmeasured("Though slow, MFRA greatly improves accuracy.")  # a named system's claim
    False
    >>> _unmeasured("A branch refines the prior, significantly improving accuracy in challenging scenes.")
    False
    """
    for match in _ACCURACIES.finditer(text):  # in the lower-cased text when ASCII: ~5x faster, same offsets
        stop = text.find(". ", match.end())
        sentence = text[text.rfind(". ", 0, match.start()) + 1 : stop if stop >= 0 else len(text)]
        if _has_digit(sentence) or _EVIDENCE.search(sentence) or _NAME_CLAIM.search(sentence):
            return False
        if _BACKGROUND.search(sentence) is None:
            return False  # no sign of background or an aim either: left as it was
    return True


def _ordinary_quality(left: str, right: str) -> bool:
    """Whether "accuracy" (between ``left`` and ``right``, one sentence) is a quality (rule 76)."""
    sentence_right = right.split(". ", 1)[0]
    if _has_digit(left[-40:] + sentence_right) or _JUDGED_ON.search(left):
        return False
    return bool(_QUALITY_AFTER.match(right) or _QUALITY_BEFORE.search(left) or _DIMENSION_BEFORE.search(left))


def ordinary_metric(text: str, start: int, end: int) -> bool:
    """Whether the common-word metric name ``text[start:end]`` ("accuracy", "precision", "recall",
    "sensitivity", "specificity") is used as an ordinary word, not named as a measure.

    Never a measure as a number format ("mixed precision") or the first half of a compound
    ("precision medicine"). A measure with a number nearby, next to another metric, after "in terms
    of", "metrics", or before a comparison ("higher accuracy than"). Without such evidence
    "precision", "recall", "sensitivity" and "specificity" are ordinary words ("factual recall");
    "accuracy" is a measure unless it is a property of a thing ("the accuracy of diagnosis"), follows
    an absolute degree ("require high accuracy") or is what something improves ("to enhance accuracy
    and robustness").

    >>> t = "It reaches an accuracy of 92.1% and high precision and recall."
    >>> ordinary_metric(t, 14, 22), ordinary_metric(t, 41, 50), ordinary_metric(t, 55, 61)
    (False, False, False)
    >>> t = "This improves the accuracy of diagnosis and enables precision medicine."
    >>> ordinary_metric(t, 18, 26), ordinary_metric(t, 52, 61)
    (True, True)
    >>> t = "Models fail at factual recall; we train in mixed precision; fact recall datasets with 7B."
    >>> ordinary_metric(t, 65, 71)
    True
    >>> ordinary_metric(t, 23, 29), ordinary_metric(t, 49, 58)
    (True, True)
    >>> t = "Diagnostic accuracy rises; it gives higher accuracy than GPT-4o, keeping accuracy."
    >>> ordinary_metric(t, 11, 19), ordinary_metric(t, 43, 51), ordinary_metric(t, 73, 81)
    (False, False, False)
    """
    word = text[start:end].lower()
    if word not in COMMON_METRICS:
        return False
    left = text[max(0, start - 60) : start]
    left = left[max(left.rfind(". "), left.rfind(";")) + 1 :]
    right = text[end : end + 50]
    if _FORMAT.found(left) or _COMPOUND_AFTER.match(right):
        return True
    if word in ("sensitivity", "specificity"):  # rule 118: "sensitivity analysis", "sensitivity to noise"
        return bool(_PROPERTY_AFTER.match(right)) or not (
            _VALUE_ATTACHED.match(right) or _VALUE_BEFORE.search(left)
        )
    if word == "recall" and _MEMORY_BEFORE.search(left):
        return True  # "fact recall datasets", "the ability to recall facts": memory, not the measure
    sentence_left = text[text.rfind(". ", 0, start) + 1 : start] if word == "accuracy" else ""
    if word == "accuracy" and _harmed(left, right, sentence_left):
        return True  # rule 83: "degrades the prediction accuracy", "without sacrificing accuracy"
    if _MEASURE.found(left):
        return False
    if word == "accuracy" and _wanted(left, right, sentence_left):
        return True  # rule 126: "to improve tracking accuracy", "to enhance diagnostic accuracy"
    if word == "accuracy" and _ordinary_quality(left, right):
        return True
    if _MEASURED_AFTER.found(right):  # _MEASURE_AFTER.match(right): the pattern is ^-anchored
        return False
    if word != "accuracy":
        return True
    if _unmeasured(text):
        return True  # rule 158: no sentence of the text shows accuracy measured
    if _THE_BEFORE.search(left) and _OF_AFTER.match(right):
        return True
    return bool(_DEGREE_BEFORE.search(left) or _IMPROVE_BEFORE.search(left))
