"""The head noun of the appositive after a paper's own name: "X, a scalable dataset distillation framework".

Rule 34's appositive ("Macaron, a template-first benchmark") was read up to the first head word, so a head
word used as a modifier typed the name: "CovMatch, a scalable dataset distillation framework" was a dataset,
"BCR, a benchmark-aligned method" a benchmark, "AudioTrust-the first … evaluation framework and benchmark" a
method. Here the appositive is read as a noun phrase: its words up to a function word, a relative word or a
comma after a head; a parenthesised acronym inside it is skipped ("a speech-to-text translation (S2TT)
dataset"); its head is its last word when that is a head word, else its first head word ("a benchmark
comprising …"); with none, rule 34's first reading stands (narrowed once). Two heads joined by "and" agree,
or join a benchmark and an evaluation framework (data), or a framework and data (the first head), or
say nothing (docs/typing.md rule 610, rule 560 retried).
"""

from __future__ import annotations

import re

__all__ = ["HEAD_WORD", "apposed_head"]

# The words that may head an own name's appositive (rule 34's list).
HEAD_WORD = re.compile(
    r"benchmarks?|datasets?|corpus|corpora|suite|testbed|leaderboard|treebank|database|"
    r"framework|method|approach|algorithm|architecture|models?|network|pipeline|technique|toolkit|library|"
    r"metric|measure|scoring"
)
# ", a", " is a", "(Long Form), the", ", to our knowledge the first"
_OPEN = re.compile(
    r"\s*(?:\([^()]{1,80}\))?\s*(?:,|\bis\b)\s*"
    r"(?:to (?:the best of )?our knowledge,?\s*)?(?:a|an|the|our)\s+"
)
_TOKEN = re.compile(r"\([^()]{1,60}\)|[\w\-]+|,|\S")
_STOP = frozenset(
    {"on", "in", "of", "for", "to", "with", "across", "over", "from", "by", "at", "as", "via", "into", "than"}
    | {"that", "which", "who", "whose", "where", "while", "and", "or", "the", "a", "an", "its", "their"}
    | {"our", "is", "are", "was", "were", "be", "using", "designed", "built"}
)
_DATA = frozenset({"benchmark", "benchmarks", "dataset", "datasets", "corpus", "corpora", "suite", "testbed"})
_EVALUATION = frozenset({"evaluation", "benchmarking"})
# Rule 34's reading as first written: the first head word within six words of any kind.
_RULE_34 = re.compile(
    r"\s*(?:\([^()]{1,80}\))?\s*(?:,|\bis\b)\s*(?:to (?:the best of )?our knowledge,?\s*)?(?:a|an|the|our)\s+"
    r"(?P<phrase>(?:[\w\-]+,?\s+){0,6}?(?:benchmarks?|datasets?|corpus|corpora|suite|testbed|leaderboard|"
    r"treebank|database|framework|method|approach|algorithm|architecture|models?|network|pipeline|technique|"
    r"toolkit|library|metric|measure|scoring))\b"
)
_VERBAL = re.compile(r"[a-z]+(?:ing|ed|ly)$")  # lower case: "Metric Learning" is part of a name
_CONTAINERS = frozenset({"family", "suite", "series", "set", "collection"})
_WORDS = 8  # the old reading allowed six words before its head


def _phrase(text: str, start: int) -> tuple[list[list[str]], int]:
    """The appositive's conjuncts (lists of words) from ``start`` and where its last word ends."""
    conjuncts: list[list[str]] = [[]]
    end = start
    for tok in _TOKEN.finditer(text, start, min(len(text), start + 200)):
        word = tok.group()
        if word.startswith("(") and len(word) > 1:
            continue  # "a speech-to-text translation (S2TT) dataset"
        low = word.lower()
        last = conjuncts[-1]
        if low in ("and", "&") and last:
            if HEAD_WORD.fullmatch(last[-1]):
                conjuncts.append([])  # "an evaluation framework and benchmark"
            continue  # "a simple and effective method"
        if word == ",":
            if last and not HEAD_WORD.fullmatch(last[-1]):
                continue  # "a reproducible, extensible benchmarking framework"
            break
        if low == "of" and last and last[-1] in _CONTAINERS:
            last.append(low)  # "a family of foundation models", "a suite of tasks"
            continue
        if low in _STOP or not re.fullmatch(r"[\w\-]+", word) or sum(map(len, conjuncts)) >= _WORDS:
            break
        if last and HEAD_WORD.fullmatch(last[-1]) and _VERBAL.fullmatch(word):
            break  # "a novel framework comprising …", not "a … Metric Learning framework" (narrowed twice)
        last.append(low)
        end = tok.end()
    return [c for c in conjuncts if c], end


def apposed_head(text: str, end: int) -> tuple[str, int] | None:
    """The appositive phrase after a name ending at ``end``, cut at its head word, and where it ends; None
    when there is no appositive or no head word in it.

    >>> t = "CovMatch, a scalable dataset distillation framework that aligns"
    >>> apposed_head(t, 8)
    ('scalable dataset distillation framework', 51)
    >>> apposed_head("AudioTrust, the first evaluation framework and benchmark for audio", 10)[0]
    'benchmark'
    >>> apposed_head("X, a new method and dataset", 1) is None, apposed_head("X, a simple and fast method", 1)
    (True, ('simple fast method', 27))
    >>> apposed_head("KUTED, a speech translation (S2TT) dataset", 5), apposed_head("X, a benchmark using", 1)
    (('speech translation dataset', 42), ('benchmark', 14))
    >>> apposed_head("X, a family of foundation models for it", 1), apposed_head("X, a suite of tasks", 1)
    (('family of foundation models', 32), ('suite', 10))
    >>> apposed_head("BabyVLM, a novel framework comprising in-domain evaluation benchmarks", 7)[0]
    'novel framework'

    Narrowed once (held back): with no head word in the phrase, rule 34's first reading stands, a head past
    a preposition too; a data head joined with any framework is data.

    >>> apposed_head("ExpliCIT-QA, a system that extends our previous MRT approach", 11)[0]
    'system that extends our previous mrt approach'
    >>> apposed_head("AgenticPay, a benchmark and simulation framework for negotiation", 10)[0]
    'benchmark'

    Narrowed twice: a capitalised "-ing" word does not end the phrase; a framework joined with data, not for
    evaluation, leaves the first head.

    >>> apposed_head("DPM++, a Dynamic Masked Metric Learning framework for re-identification", 5)[0]
    'dynamic masked metric learning framework'
    >>> apposed_head("EvidenceNet, a framework and dataset for building graphs", 11)
    ('framework', 24)
    """
    opened = _OPEN.match(text, end)
    conjuncts, stop = _phrase(text, opened.end()) if opened else ([], end)
    if not conjuncts:
        return _rule_34(text, end)
    heads = [c[-1] for c in conjuncts if HEAD_WORD.fullmatch(c[-1])]
    if len(heads) == len(conjuncts):
        if len(conjuncts) > 1:  # or None: "a new method and dataset"
            return _joined(conjuncts, text, opened.end() if opened else end, stop)
        return " ".join(conjuncts[0]), stop
    words = conjuncts[0]
    first = next((i for i, w in enumerate(words) if HEAD_WORD.fullmatch(w)), None)
    if first is None:
        return _rule_34(text, end)  # "a system that extends our previous … approach": as before
    return " ".join(words[: first + 1]), _word_end(text, opened.end() if opened else end, words[first])


def _rule_34(text: str, end: int) -> tuple[str, int] | None:
    """Rule 34's first reading, where the noun phrase has no head word: the first head within six words."""
    found = _RULE_34.match(text, end, min(len(text), end + 160))
    return (found.group("phrase").lower(), found.end("phrase")) if found else None


def _joined(conjuncts: list[list[str]], text: str, start: int, stop: int) -> tuple[str, int] | None:
    """The last of ``conjuncts`` when their heads agree in coarse type, the data one when the others are
    evaluation frameworks ("an evaluation framework and benchmark"), the first when a framework and data
    are joined otherwise ("a benchmark and simulation framework", "a framework and dataset"), else None."""
    # "a … benchmark and model suite": a model suite is no data (rule 610 narrowed: EventDrive a benchmark)
    data = [c for c in conjuncts if c[-1] in _DATA and c[-2:] != ["model", "suite"]]
    if not data or len(data) == len(conjuncts):
        return " ".join(conjuncts[-1]), stop
    if all(c in data or (c[-1] == "framework" and _EVALUATION & set(c)) for c in conjuncts):
        return " ".join(data[-1]), stop
    if conjuncts[0][-1] in ("framework", *_DATA):  # narrowed twice: the first head, as rule 34 read it
        return " ".join(conjuncts[0]), _word_end(text, start, conjuncts[0][-1])
    return None


def _word_end(text: str, start: int, word: str) -> int:
    """Where ``word`` first ends in ``text`` after ``start``."""
    found = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(text, start)
    return found.end() if found else start
