"""The name typer's candidates and features: untyped name-shaped words and what surrounds them.

A candidate is one word of a name's shape (``OrganAMNIST``, ``TN3K``, ``PAV``, ``Cross-Scan``:
:func:`kg.extract.shapes.is_name_shaped`) that no rule or lexicon mention covers, that is not generic
("GPU", "LLMs"), not hardware or a count, not a modifier ("GAN-based") and not part of a longer
capitalised name ("Medical Segment Anything"). Its features (:func:`name_features`) are its context
(the words before and after it, the word before a determiner, a defined acronym's long form, the
types of the typed names it is listed with) and its shape (capitals, digits, hyphens, suffix
characters); never the name itself, so the typer learns from names kg knows how to read new ones.

>>> toks = words("We evaluate on TN3K, BUSI and the GND taxonomy.")
>>> [toks[i][2] for i in name_words(toks, "We evaluate on TN3K, BUSI and the GND taxonomy.", ())]
['TN3K', 'BUSI', 'GND']
>>> feats = name_features(toks, 3, {})
>>> "p1:on" in feats and "n1:," in feats and "sh:XdX" in feats
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from kg.extract.phrase_words import STOP, WORD, words
from kg.extract.quantities import is_hardware_or_count
from kg.extract.shapes import HEAD_TYPES, is_adjectival, is_generic, is_name_shaped

__all__ = [
    "EVIDENCE_TYPES",
    "Tok",
    "context",
    "evidence_features",
    "head_type",
    "is_defined",
    "is_definition",
    "name_contexts",
    "name_features",
    "name_spans",
    "name_words",
    "words",
]

# the corpus evidence of a name: in how many abstracts the word after it is a head of each type, and
# in how many abstracts it occurs at all (the last number)
EVIDENCE_TYPES = ("dataset", "benchmark", "method", "model", "metric", "task", "organization")

Tok = tuple[int, int, str]
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "our",
        "their",
        "its",
        "this",
        "these",
        "those",
        "two",
        "three",
        "four",
        "five",
        "several",
    ]
)
_JOINERS = frozenset({",", "and", "or", "/", ";"})
_SHAPE = re.compile(r"(X+|x+|d+|.)")
# a run of the characters words are made of (phrase_words' split never cuts a run from its neighbours)
# from its first capital, digit or "+" (every name-shaped word has one) to its end. A run that starts there
# and is a plain capitalised word ("We", "Transformer") or a number ("2024", "3.5") holds no name-shaped
# word and is no hit; a capital or digit after a lower-case letter, "_", "'", "." or "-" is inside a run
# (an empty group says so: the run is read from its start, "iPhone", "per-GPU")
_HIT = re.compile(
    r"[A-Z0-9+]"
    r"(?:(?<=[^\W0-9A-Z].)()|(?<=['./-].)()"  # inside a run
    r"|(?!(?<=[A-Z])[a-z]*+(?![\w'./+-])|(?<=\d)[\d.,]*+(?![\w'./+-])))"  # or no plain word, no number
    r"[\w'./+-]*+"
)
_RUN_BEFORE = re.compile(
    r"[\w'./+-]+\Z"
)  # the run a text ends with (searched in the characters before a word)
_SPACE = re.compile(r"\s")
_FIRST_CHAR = re.compile(r"\s*(\S)")  # the first character after white space
_NAME_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-+]*")  # no "_" (URLs, code) and no "/" (pairs)
# a quantity ("x1.30", "4.7m"), a citation key ("brown2020language"), a prefixed modifier ("per-Gaussian",
# "semi-AR"), a chemical formula, a plural acronym: never a name the typer gives
_NOT_NAME = re.compile(
    r"x?\d+(?:[.,]\d+)*[a-z%]{0,3}|[a-z]+\d{4}[a-z]+|"
    r"(?:per|inter|intra|semi|non|multi|pre|post|sub|anti|cross|co|self|un|re|bi|tri|over|under|super|ultra|"
    r"hyper|mid|meta|de|dis)-.*|CO2|CH4|H2O|NO2|N2O|SO2|PM2\.5|PM10|COVID-19|"
    r"[A-Z][A-Z0-9]*[A-Z]s|"  # the plural of an acronym names a class ("RMs", "PTMs", "NNs", "DGMs")
    # a model size or a range of them (rule 316): "3-7B", "30B-A3B", "8B-parameter", "1.5B-Instruct"
    r"\d+(?:\.\d+)?[BMKT]?-A?\d+(?:\.\d+)?[BMKT]|\d+(?:\.\d+)?[BMKT]-\w+|"
    # a word capitalised to spell an acronym (rule 316): "CAusal", "subject-Consistent"
    r"[A-Z]{2}[a-z]{4,}|[a-z]{3,}-[A-Z][a-z]+"
)
# LaTeX markup glued to a word makes it a fragment of one (rule 316): "CL\textbf{IP}", "\textbf{GEN}erative",
# "$\textbf{DA}$$^{\textbf{2}}$", "R^3-Bench", "G$^2$RPO"
_GLUED_AFTER = re.compile(r"\\|\}(?:\$*\^|\w)")
_GLUED_BEFORE = re.compile(r"(?:\}|\w\\[a-zA-Z]+\{|\^\{?|[\w}]\$)\Z")


def _shape(word: str) -> str:
    """``XxXx`` for ``OrganAMNIST``-like words: capitals X, lower case x, digits d, runs collapsed."""
    mapped = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word)
    return "".join(m[0] for m in _SHAPE.findall(mapped))


def _capitalised_name(word: str) -> bool:
    return bool(word) and word[0].isupper() and word.lower() not in _DETERMINERS and word.lower() not in STOP


def name_words(toks: Sequence[Tok], text: str, taken: Sequence[tuple[int, int]]) -> list[int]:
    """Indices in ``toks`` (``words(text)``) of the untyped name candidates (``taken``: spans of other
    mentions): :func:`name_contexts` read on the whole token list."""
    index = {s: i for i, (s, _, _) in enumerate(toks)}
    return [index[window[k][0]] for window, k in name_contexts(text, taken)]


def name_contexts(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[Sequence[Tok], int]]:
    """Each untyped name candidate of ``text`` as (its context words, its index there): the words
    :func:`words` splits ``text`` into around it (:func:`context`). ``taken``: spans of other mentions.

    >>> [toks[k][2] for toks, k in name_contexts("Across ALFWorld, WebShop and the MVTec AD set", ())]
    ['ALFWorld', 'WebShop']
    """
    return [context(text, s) for s, _ in name_spans(text, taken)]


def name_spans(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the untyped name candidates of ``text`` (``taken``: spans of other mentions), the
    words :func:`name_contexts` gives.

    Lower-case words are never looked at (one regex scan finds the runs of characters that may hold a
    name; a run's words are read once a process), and the words around a candidate are split only when
    the characters next to it may make it part of a longer name (:func:`_may_join`).

    >>> text = "Across ALFWorld, WebShop and the MVTec AD set"
    >>> [text[s:e] for s, e in name_spans(text, [(17, 24)])]
    ['ALFWorld']
    """
    covered = bytearray(len(text))
    for a, b in taken:
        covered[a:b] = b"\x01" * (b - a) if b > a else b""
    spans = []
    for hit in _HIT.finditer(text):
        start, end = hit.span()
        if covered.find(0, start, end) == -1:
            continue  # every word of the run that may be a name overlaps another mention
        if hit.lastindex:  # inside a run: the run's start ("iPhone", "per-GPU")
            while start and (text[start - 1].isalnum() or text[start - 1] in "_'./+-"):  # \w, or one of those
                start -= 1
        for s, e in _run_names(text[start:end]):
            s += start
            e += start
            if (
                covered.find(1, s, e) == -1
                and not (_may_join(text, s, e) and _in_longer_name(*context(text, s, 2, 1)))
                and not (text[e : e + 1] in "\\}" and e < len(text) and _GLUED_AFTER.match(text, e))
                and not (text[s - 1 : s] in "{}^$" and s and _GLUED_BEFORE.search(text, max(0, s - 24), s))
            ):
                spans.append((s, e))  # no other mention overlaps the word, and it is no part of a longer name
    return spans


def _may_join(text: str, s: int, e: int) -> bool:
    """Whether the word ``text[s:e]`` may be written next to a capitalised word (:func:`_in_longer_name`
    needs its words): one white-space character, then a capital, after it, or one before it with a
    capital in the run of word characters before that (the word before is in that run)."""
    if e + 1 < len(text) and text[e].isspace() and text[e + 1].isupper():
        return True
    if s < 2 or not text[s - 1].isspace():
        return False
    before = _RUN_BEFORE.search(text, max(0, s - 41), s - 1)
    return before is not None and (not before.group().islower() or before.start() == s - 41 > 0)


@lru_cache(maxsize=1 << 16)
def _run_names(run: str) -> tuple[tuple[int, int], ...]:
    """The spans of the words of a run of word characters that may be names (:func:`_may_name`) and are
    no part of a hyphenated or slashed longer word."""
    out = []
    for m in WORD.finditer(run):
        s, e = m.span()
        if _may_name(m.group()) and not ((s and run[s - 1] in "-/") or run[e : e + 1] in ("-", "/")):
            out.append((s, e))
    return tuple(out)


def _may_name(w: str) -> bool:
    """Whether the word ``w`` may be a name the typer gives (the tests of the word alone)."""
    if len(w) > 30 or not _NAME_WORD.fullmatch(w) or not is_name_shaped(w):
        return False  # only words with a capital, a digit or "+" may be names
    return not (
        _NOT_NAME.fullmatch(w)
        or w[-1] in ".-"
        or is_generic(w)
        or is_adjectival(w)
        or is_hardware_or_count(w)
    )


def context(text: str, start: int, before: int = 6, after: int = 6) -> tuple[Sequence[Tok], int]:
    """The words of ``text`` (as :func:`words` splits it) from ``before`` words before the word that
    starts at ``start`` to ``after`` words after it (fewer at the text's ends), and its index there.

    Split from a white-space character on each side: no word spans one, so the words are the ones the
    whole text's split has.

    >>> toks, k = context("a b c d e f g h i j k l m n", 16, 2, 1)
    >>> [w for _, _, w in toks], toks[k][2]
    (['g', 'h', 'i', 'j'], 'i')
    """
    span = 8 * (before + 1)  # about 6 characters a word, and a space
    while True:
        left = 0 if start <= span else _space_after(text, start - span, start)
        right = _space_after(text, start + span, len(text)) if start + span < len(text) else len(text)
        found = list(WORD.finditer(text, left, right))
        starts = list(map(re.Match.start, found))
        k = starts.index(start)
        if (k >= before or left == 0) and (len(found) - k > after or right == len(text)):
            first, found = max(0, k - before), found[max(0, k - before) : k + after + 1]
            # the three fields read by C-level maps, not a Python loop (as :func:`words`)
            ends, texts = map(re.Match.end, found), map(re.Match.group, found)
            return list(zip(starts[first : first + len(found)], ends, texts, strict=True)), min(k, before)
        span *= 2


def _space_after(text: str, pos: int, default: int) -> int:
    """The first white-space position at or after ``pos`` (``default``: none before it)."""
    m = _SPACE.search(text, pos, default)
    return m.start() if m else default


def _in_longer_name(toks: Sequence[Tok], i: int) -> bool:
    """Whether a capitalised word is written right before (not starting a sentence) or after token ``i``."""
    if i + 1 < len(toks) and toks[i][1] + 1 == toks[i + 1][0] and _capitalised_name(toks[i + 1][2]):
        return True
    if i == 0 or toks[i - 1][1] + 1 != toks[i][0] or not _capitalised_name(toks[i - 1][2]):
        return False
    return i > 1 and toks[i - 2][2] not in ".:!?"


def head_type(word: str) -> str | None:
    """The type a head word after a name gives it: ``dataset`` for "datasets", ``metric`` for "scores".

    >>> head_type("datasets"), head_type("scores"), head_type("the")
    ('dataset', 'metric', None)
    """
    low = word.lower()
    return HEAD_TYPES.get(low) or (HEAD_TYPES.get(low[:-1]) if low.endswith("s") else None)


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2" if n <= 4 else "5" if n <= 19 else "20" if n <= 99 else "100"


def evidence_features(counts: Sequence[int] | None) -> list[str]:
    """Features of a name's corpus evidence (:data:`EVIDENCE_TYPES` counts, then its document count).

    >>> evidence_features([3, 0, 0, 0, 0, 0, 0, 10])
    ['cdf:5', 'cx:dataset', 'cx:dataset:2', 'cxs:dataset:1']
    >>> evidence_features(None)
    ['cx:unseen']
    """
    if counts is None:
        return ["cx:unseen"]
    df = counts[-1]
    out = ["cdf:" + _bucket(df)]
    for kind, n in zip(EVIDENCE_TYPES, counts[:-1], strict=True):
        if n:
            out += ["cx:" + kind, f"cx:{kind}:{_bucket(n)}", f"cxs:{kind}:{min(3, 4 * n // max(df, 1))}"]
    return out


def is_definition(toks: Sequence[Tok], i: int) -> bool:
    """Whether token ``i`` is written in parentheses after a phrase: an acronym the paper defines.

    >>> toks = words("Proportional Approval Voting (PAV) and PAV")
    >>> is_definition(toks, 4), is_definition(toks, 7)
    (True, False)
    """
    return i >= 2 and toks[i - 1][2] == "(" and i + 1 < len(toks) and toks[i + 1][2] == ")"


def is_defined(text: str, start: int, end: int) -> bool:
    """:func:`is_definition` of the word ``text[start:end]`` read on the characters around it: "(" before
    it, after some other word, and ")" after it.

    >>> text = "Proportional Approval Voting (PAV) and PAV"
    >>> is_defined(text, 30, 33), is_defined(text, 39, 42), is_defined("(PAV)", 1, 4)
    (True, False, False)
    """
    j = _skip_space_back(text, start - 1)
    if j < 0 or text[j] != "(" or _skip_space_back(text, j - 1) < 0:
        return False
    after = _FIRST_CHAR.match(text, end)
    return after is not None and after.group(1) == ")"


def _skip_space_back(text: str, i: int) -> int:
    """The last position at or before ``i`` that holds no white space (-1: none)."""
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _definition(toks: Sequence[Tok], i: int) -> list[str]:
    """A defined acronym's long form: ``Proportional Approval Voting (PAV)`` gives its last words."""
    if not is_definition(toks, i):
        return []
    long = [w.lower() for _, _, w in toks[max(0, i - 4) : i - 1] if w.isalnum() or "-" in w]
    if not long:
        return ["def"]
    return ["def", "lf1:" + long[-1], "lf2:" + " ".join(long[-2:]), "lfs:" + long[-1][-3:]]


def _neighbours(toks: Sequence[Tok], i: int, typed: Mapping[int, str]) -> list[str]:
    """The types of the typed names listed next to token ``i`` ("BUSI, Dataset B, TN3K, and BP")."""
    out = []
    for step in (-1, 1):
        j = i + step
        joined = False
        while 0 <= j < len(toks) and toks[j][2].lower() in _JOINERS:
            joined = True
            j += step
        if not joined or not 0 <= j < len(toks):
            continue
        kind = typed.get(j)
        if kind is None:
            kind = "name" if is_name_shaped(toks[j][2]) else None
        if kind:
            out.append("lnb:" + kind)
    return out


def name_features(
    toks: Sequence[Tok],
    i: int,
    typed: Mapping[int, str],
    title: bool = False,
    evidence: Mapping[str, Sequence[int]] | None = None,
) -> list[str]:
    """The features of token ``i``; ``typed``: token index -> type of the document's typed names;
    ``evidence``: name -> corpus counts (:func:`evidence_features`), when the model has them."""
    word = toks[i][2]
    first = max(0, i - 6)
    low = [w.lower() for _, _, w in toks[first : i + 5]]  # the window the features read
    k = i - first  # the word's index in the window
    p1 = low[k - 1] if k else "<s>"
    p2 = low[k - 2] if k > 1 else "<s>"
    n1 = low[k + 1] if k + 1 < len(low) else "</s>"
    n2 = low[k + 2] if k + 2 < len(low) else "</s>"
    j = k - 1
    while j >= 0 and low[j] in _DETERMINERS:
        j -= 1
    pd = low[j] if j >= 0 else "<s>"
    part = word.rsplit("-", 1)[-1]
    feats = [
        "b", "p1:" + p1, "p2:" + p2 + " " + p1, "n1:" + n1, "n2:" + n1 + " " + n2, "pd:" + pd,
        "pn:" + p1 + "_" + n1, "sh:" + _shape(word), "s3:" + part[-3:].lower(), "s2:" + part[-2:].lower(),
        "f2:" + word[:2].lower(), "len:" + str(min(len(word), 9)),
    ]  # fmt: skip
    feats += ["w-:" + w for w in low[: max(0, k - 2)]]
    feats += ["w+:" + w for w in low[k + 2 : k + 5]]
    if word.isupper():
        feats.append("caps")
    if word.endswith("s") and word[:-1].isupper():
        feats.append("capsplural")
    if "-" in word:
        feats.append("hyphen")
    if any(c.isdigit() for c in word):
        feats.append("digit")
    if title:
        feats.append("title")
    if evidence is not None:
        feats += evidence_features(evidence.get(word))
    return feats + _definition(toks, i) + _neighbours(toks, i, typed)
