"""Normalised keys of names: the one place where case, accents, hyphens, a leading "the", a
trailing head word ("dataset", "benchmark", …) and a plural "s" are folded.

>>> norm_key("the ImageNet 1K dataset") == norm_key("ImageNet-1k")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz import fuzz

__all__ = ["clean_name", "inflected", "joined_word", "norm_key", "similar", "suffixed"]

_HEADS = re.compile(
    r"\s+(?:dataset|datasets|data set|benchmark|benchmarks|corpus|corpora|suite|challenge|metric|score)$",
    re.IGNORECASE,
)
_NON_ALNUM = re.compile(r"[^0-9a-z+]+")
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W_]+")
_PARTS = re.compile(r"[a-z]+|\d+")
# Word endings that inflect a word without renaming it (plural, past participle, adjective, -isation)
# A word in capitals that reads as a word (a vowel, never three consonants in a row): DUDE, not CMTEB
_WORDLIKE = re.compile(r"(?=[A-Z]*[AEIOUY])(?![A-Z]*[^AEIOUY]{3})[A-Z]+")
_CAPS_HYPHEN = re.compile(r"[A-Z]-[A-Z]")
_ENDINGS = ("isation", "ization", "ation", "ing", "es", "ed", "al", "s", "d", "y", "e")
_AL_STEM = 5  # "-al" inflects only after five letters: position / positional, not norm / normal


def norm_key(text: str) -> str:
    """The normalised key of a name.

    >>> norm_key("the ImageNet 1K dataset"), norm_key("ImageNet-1k"), norm_key("CNNs")
    ('imagenet1k', 'imagenet1k', 'cnn')
    >>> norm_key("Mixture of Experts") == norm_key("Mixture-of-Experts")
    True
    """
    if text.isascii():
        t = text.lower().strip()
    else:
        t = unicodedata.normalize("NFKD", text)
        t = "".join(ch for ch in t if not unicodedata.combining(ch)).lower().strip()
    if t.startswith("the "):
        t = t[4:]
    stripped = _HEADS.sub("", t)
    t = stripped if stripped.strip() else t
    key = _NON_ALNUM.sub("", t)
    if _plural(key, text, len(t)):
        key = key[:-1]
    return key or t


def _plural(key: str, text: str, length: int) -> bool:
    """Whether the key's final "s" is a plural ending: not the capital S of an acronym (a last word
    of at most six capitals: HACS is not HAC, but "CNNs", "transformers" and "CITYSCAPES" are
    plurals), not "-ss / -us / -is", not after a digit.

    ``length`` is the length of the lower-cased text without its head word, so ``text`` (the
    original) shows how its last letter was written.

    >>> _plural("hacs", "HACS", 4), _plural("hacs", "HACs", 4), _plural("cnns", "the CNNs dataset", 8)
    (False, True, True)
    """
    if len(key) <= 3 or not key.endswith("s") or key.endswith(("ss", "us", "is")) or key[-2].isdigit():
        return False
    original = text.strip()
    if original[:4].lower() == "the ":
        original = original[4:]
    words = _WORD.findall(original[:length])
    return not words or not (words[-1].isupper() and len(words[-1]) <= 6)


def clean_name(text: str) -> str:
    """A surface form without a leading "the" or a trailing head word: a candidate canonical name.

    >>> clean_name("the Penn Treebank dataset")
    'Penn Treebank'
    """
    t = text.strip()
    if t[:4].lower() == "the ":
        t = t[4:]
    return _HEADS.sub("", t).strip() or text.strip()


def similar(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names' keys; 0 when their numbers differ (GPT-4 vs GPT-3).

    >>> similar("ImageNet-1k", "Imagenet 1K")
    1.0
    >>> similar("Llama 2", "Llama 3")
    0.0
    >>> round(similar("Cityscapes", "CityScape"), 2)
    1.0
    """
    ka, kb = norm_key(a), norm_key(b)
    if _DIGITS.findall(ka) != _DIGITS.findall(kb):
        return 0.0
    return fuzz.ratio(ka, kb) / 100.0


def suffixed(a: str, b: str) -> bool:
    """Whether one key is the other with one or two more characters at the end: a variant
    ("ModelNet40-C", "ShapeNet-C", "GPT-4o"), never the same name misspelt.

    >>> suffixed("modelnet40c", "modelnet40"), suffixed("shapenet", "shapenetc")
    (True, True)
    >>> suffixed("citiscape", "cityscape")
    False
    """
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) <= 2 and long.startswith(short)


def inflected(a: str, b: str) -> bool:
    """Whether two names are one name inflected or spelt otherwise word by word: the same words in
    the same order, each the same or differing only in an ending (plural, "-ed", "-al" after five or
    more letters, "-isation" / "-ization", "noise" / "noisy") or in a "v" before a version number. What
    a fuzzy score alone cannot tell: a letter more or less *inside* a coined name makes another name,
    and so does "-al" on a short word (norm / normal).

    >>> inflected("Test Cases Generation", "test case generation")
    True
    >>> inflected("Masked Diffusion Model", "mask diffusion model"), inflected("TED-LIUM v2", "TED-LIUM 2")
    (True, True)
    >>> inflected("cross-view geo-localisation", "Cross-View Geo-Localization")
    True
    >>> inflected("Vision-SR1", "Vision-R1"), inflected("OpenMatch", "OpenMath")
    (False, False)
    >>> inflected("EfficientNetV2-L", "EfficientNetV2-S"), inflected("Dreamer", "DreamR")
    (False, False)
    >>> inflected("Norm Estimation", "normal estimation"), inflected("position error", "positional error")
    (False, True)
    """
    pa, pb = _PARTS.findall(a.lower()), _PARTS.findall(b.lower())
    pa, pb = [w for w in pa if w != "v"], [w for w in pb if w != "v"]  # "v 2" (from "v2") and "2"
    return len(pa) == len(pb) and all(x == y or _stem(x) == _stem(y) for x, y in zip(pa, pb, strict=True))


def _stem(word: str) -> str:
    """A word without an inflecting ending; "-al" only after a stem of five or more letters, since a
    short word with "-al" is another word (rule 386: norm / normal, mode / modal, form / formal).

    >>> _stem("convolutional"), _stem("procedural"), _stem("normal"), _stem("modal"), _stem("norms")
    ('convolution', 'procedur', 'normal', 'modal', 'norm')
    """
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= (_AL_STEM if ending == "al" else 3):
            return word[: -len(ending)]
    return word


def joined_word(text: str, forms: Sequence[str], key: str) -> bool:
    """Whether ``text`` is a joined spelling in capitals that reads as a word ("DUDE") of a name whose
    ``forms`` with that ``key`` all keep a hyphen inside capitals ("DUD-E"): there the hyphen is part
    of the acronym's identity, and the word is another name (rule 91). A joined spelling that reads as
    letters is the same name ("CMTEB" of C-MTEB, "NRGBD" of NRGB-D), and so is one the forms list.

    >>> joined_word("DUDE", ["DUD-E", "DUD-E dataset"], "dude"), joined_word("CMTEB", ["C-MTEB"], "cmteb")
    (True, False)
    >>> joined_word("DUDE", ["DUD-E", "DUDE"], "dude")
    False
    """
    if _WORDLIKE.fullmatch(text) is None:
        return False
    same = [f for f in forms if norm_key(f) == key]
    return bool(same) and all(_CAPS_HYPHEN.search(f) for f in same)
