"""Lists a data head governs (docs/typing.md rule 398, read by rule 78's ``list_partners`` in
:mod:`kg.extract.list_senses`).

A coordinated list that a plural data head opens ("on datasets including GTSRB, TT100K, and GTSDB",
"benchmarks such as FOLIO and LogicAsker", "benchmark datasets TVSum20 and SumMe") or closes ("on
Kodak, Tecnick, and CLIC benchmarks") names data in every item, so rule 78 reads it more loosely when
one of its items is known data:

- an item may be a plain capitalised word ("Tecnick", "Imagenette", "Nordland"), not only a
  name-shaped one, when it ends and opens its slot as rule 78 asks, unless the paper also writes the word
  in lower case (an ordinary word: "Entropy" beside "entropy"), it is generic, or it names a part of the
  paper ("Table");
- a name-shaped last item, reached by "and" or "or", may be followed by a lower-case word (a verb: "…,
  and GTSDB demonstrate"), and a name-shaped first item may stand right after the head ("datasets
  V2V4Real and OPV2V").

>>> t = "Experiments on datasets including GTSRB, TT100K, and GTSDB demonstrate gains."
>>> governed(t, 34, 58)
True
>>> governed("On COCO, XiYOLO reduces energy.", 3, 15)
False
>>> governed("We test on the Kodak, Tecnick, and CLIC benchmarks.", 15, 39)
True
>>> [plain_partner(w, "On Kodak and Tecnick") for w in ("Tecnick", "Table", "Entropy", "OK")]
[True, False, True, False]
>>> plain_partner("Entropy", "BALD, Entropy and the entropy of …")
False
"""

from __future__ import annotations

import re

from kg.extract.any_case import AnyCase
from kg.extract.shapes import is_generic

__all__ = ["VERB_NEXT", "governed", "has_plural_head", "plain_partner"]

# A plural data head and what may stand between it and the first item ("datasets including", "benchmarks
# such as", "benchmark datasets", "four datasets (", "benchmarks: ", "benchmarks -- ").
_OPENS = re.compile(
    r"\b(?:datasets|benchmarks|corpora|data\s+sets)\s*(?:,\s*)?(?:[:(]|--?|\u2014|\u2013)?\s*"
    r"(?:(?:such\s+as|including|like|namely|e\.g\.,?|i\.e\.,?|viz\.,?)\s+)?(?:the\s+)?\(?$",
    re.IGNORECASE,
)
_CLOSES = re.compile(r"\)?\s+(?:datasets|benchmarks|corpora|data\s+sets)\b", re.IGNORECASE)
# a plural data head near a known item: the cheap test before a list is walked loosely (searched in
# the lower-cased window when it is ASCII: an ignore-case alternation is ~4x slower)
_PLURAL_HEADS = AnyCase(re.compile(r"datasets|benchmarks|corpora|data sets", re.IGNORECASE))


def has_plural_head(text: str, start: int, end: int) -> bool:
    """Whether a plural data head ("datasets", "Benchmarks", "corpora", "data sets") stands in
    ``text[start:end]``.

    >>> has_plural_head("on the GLUE Benchmarks.", 0, 23), has_plural_head("a data  set", 0, 11)
    (True, False)
    """
    return _PLURAL_HEADS.found(text[max(0, start) : max(0, end)])


# a lower-case word after a name-shaped last item ("… and GTSDB demonstrate")
VERB_NEXT = re.compile(r"\s+[a-z]")
_PLAIN = re.compile(r"[A-Z][a-z]{3,}")
# capitalised words that name a part of the paper or the data in general, never a dataset
_NOT_NAMES = frozenset(
    {"Table", "Tables", "Figure", "Section", "Appendix", "Equation", "Experiments", "Results", "Code", "Data"}
    | {"Dataset", "Datasets"}
)


def governed(text: str, first: int, last: int) -> bool:
    """Whether a data head opens the list spanning ``first`` to ``last`` or closes it."""
    return _OPENS.search(text, max(0, first - 70), first) is not None or _CLOSES.match(text, last) is not None


def plain_partner(word: str, text: str) -> bool:
    """A plain capitalised word that may be an item of a governed list of data: not generic, not a
    word the paper also writes in lower case, not a part of the paper ("Table")."""
    return (
        _PLAIN.fullmatch(word) is not None
        and word not in _NOT_NAMES
        and not is_generic(word)
        and re.search(rf"\b{word.lower()}\b", text) is None
    )
