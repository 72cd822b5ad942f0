"""Stable identifiers: normalised keys and short hashes.

>>> paper_id(arxiv_id="2501.01234v2")
'2501.01234'
>>> paper_id(doi="10.1000/ABC.1")
'10.1000/abc.1'
>>> paper_id(title="Attention Is All You Need") == paper_id(title="attention is all you need!")
True
>>> slug("ImageNet-1k (ILSVRC 2012)")
'imagenet-1k-ilsvrc-2012'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = [
    "clash_base", "clash_id", "normalise_title", "paper_id", "short_hash", "slug", "strip_arxiv_version",
]  # fmt: skip

_ARXIV_VERSION = re.compile(r"v\d+$")
_CLASH_HASH = 6
_CLASH_SUFFIX = re.compile(rf"-[0-9a-f]{{{_CLASH_HASH}}}$")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def short_hash(text: str, n: int = 16) -> str:
    """First ``n`` hex digits of the SHA-256 of ``text`` (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def clash_id(eid: str, owner: str) -> str:
    """An entity id made distinct when ``eid`` is taken by another entity: ``eid`` and a short hash of
    ``owner`` (what the entity is made of), as :func:`clash_base` reads it back.

    >>> clash_id("dataset:asap", "asap++"), clash_base(clash_id("dataset:asap", "asap++"))
    ('dataset:asap-a45984', 'dataset:asap')
    """
    return f"{eid}-{short_hash(owner, _CLASH_HASH)}"


def clash_base(eid: str) -> str:
    """The id a :func:`clash_id` was made from (``eid`` itself when it has no clash hash)."""
    return _CLASH_SUFFIX.sub("", eid)


def normalise_title(title: str) -> str:
    """Lower-case, accents stripped, punctuation and spacing folded: the title merge key.

    ASCII text skips Unicode normalisation (NFKD leaves ASCII unchanged): merging and
    building call this for every title and name, hundreds of thousands of times.
    """
    if title.isascii():
        return " ".join(_NON_WORD.sub(" ", title.lower()).split())
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def strip_arxiv_version(arxiv_id: str) -> str:
    """``"2501.01234v2"`` -> ``"2501.01234"``; old-style ids keep their archive prefix."""
    return _ARXIV_VERSION.sub("", arxiv_id.strip())


def slug(text: str) -> str:
    """A readable, stable id fragment: lower-case ASCII words joined by hyphens."""
    return "-".join(normalise_title(text).split()) or short_hash(text, 12)


def paper_id(*, arxiv_id: str | None = None, doi: str | None = None, title: str | None = None) -> str:
    """The stable paper id: arXiv id, else DOI, else ``"h:"`` + hash of the normalised title."""
    if arxiv_id:
        return strip_arxiv_version(arxiv_id)
    if doi:
        return doi.strip().lower()
    if title:
        return "h:" + short_hash(normalise_title(title))
    raise ValueError("a paper needs an arXiv id, a DOI or a title")
