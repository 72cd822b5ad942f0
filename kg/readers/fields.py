"""Field normalisers every reader shares, and :func:`make_paper`, the one way to build a Paper.

>>> clean("  Deep\\n  learning\\tworks ")
'Deep learning works'
>>> clean("NUL\\x00 gone, lone \\ud800 surrogate replaced")
'NUL gone, lone \ufffd surrogate replaced'
>>> arxiv_id_from("http://arxiv.org/abs/2202.12139v1"), arxiv_id_from("arXiv:2010.02178")
('2202.12139', '2010.02178')
>>> doi_from("https://doi.org/10.7717/PeerJ.4375")
'10.7717/peerj.4375'
>>> iso_date("Mon, 2 Apr 2007 19:18:42 GMT"), iso_date("2026-02-26T17:08:18.000Z"), iso_date("Jan 16, 2023")
('2007-04-02', '2026-02-26', '2023-01-16')
>>> src = Source(file="x.jsonl", line=1, record=1, format="jsonl")
>>> p = make_paper(src, title=" A  title ", arxiv_id="2501.00001v2", authors=["A", "B"])
>>> p.id, p.title, p.n_authors, p.url
('2501.00001', 'A title', 2, 'https://arxiv.org/abs/2501.00001')
>>> make_paper(src, title="  ")
ReadFailure(source=Source(file='x.jsonl', line=1, record=1, format='jsonl'), reason='record has no title')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from email.utils import parsedate

from kg.ids import paper_id, strip_arxiv_version
from kg.model import Paper, ReadFailure, Source

__all__ = [
    "MONTHS",
    "arxiv_id_from",
    "clean",
    "doi_from",
    "iso_date",
    "make_paper",
    "sanitize",
    "to_int",
    "ymd",
]

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_ARXIV_NEW = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(v\d+)?(?![\d])")
_ARXIV_OLD = re.compile(r"\b([a-z][a-z.-]+/\d{7})(v\d+)?\b", re.IGNORECASE)
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_MON_D_Y = re.compile(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})")
_D_MON_Y = re.compile(r"(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})")
_UNWRITABLE = re.compile("[\x00\ud800-\udfff]")
#: Counts larger than this are not counts (and would not fit an SQLite integer).
MAX_COUNT = 2**63 - 1


def sanitize(text: str) -> str:
    """Text every encoder can write: NULs removed, lone surrogates (from JSON ``\\ud800``) -> U+FFFD.

    >>> sanitize("a\\x00b\\udc80c")
    'ab\ufffdc'
    """
    if text.isascii() and "\x00" not in text:  # most text: no surrogate can be in ASCII
        return text
    return _UNWRITABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def clean(text: object) -> str:
    """Whitespace collapsed to single spaces (arXiv's hard line breaks go too); non-text -> ``""``."""
    if not isinstance(text, str):
        return ""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # fast path: only plain spaces, single, not at the ends
    return " ".join(sanitize(text).split())


def arxiv_id_from(text: object) -> str | None:
    """The versionless arXiv id inside an id, ``arXiv:`` string or abs/pdf URL, else ``None``."""
    if not isinstance(text, str) or not text:
        return None
    m = _ARXIV_NEW.search(text) or _ARXIV_OLD.search(text)
    return strip_arxiv_version(m.group(1)) if m else None


def doi_from(text: object) -> str | None:
    """The lower-case DOI inside a DOI, ``doi:`` string or doi.org URL, else ``None``."""
    if not isinstance(text, str):
        return None
    m = _DOI.search(text)
    return sanitize(m.group(0).rstrip(".,;").lower()) if m else None


def ymd(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` when that day exists, else ``None``."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def iso_date(text: object) -> str | None:
    """An ISO date from ISO / ``YYYY/MM/DD`` / RFC 2822 / ``Mon D, YYYY`` / ``D Mon YYYY`` text; ``None``
    when no full date is there (``03.05.2024`` is not read: day and month could be either way round).

    >>> iso_date("2024/5/3"), iso_date("3 May 2024"), iso_date("May 3, 2024"), iso_date("03.05.2024")
    ('2024-05-03', '2024-05-03', '2024-05-03', None)
    """
    if not isinstance(text, str):
        return None
    bare = text.strip()
    if m := _ISO.match(bare) or _SLASHED.fullmatch(bare):
        return ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _MON_D_Y.fullmatch(bare):
        month = MONTHS.get(m.group(1).lower())
        return ymd(int(m.group(3)), month, int(m.group(2))) if month else None
    if m := _D_MON_Y.fullmatch(bare):
        month = MONTHS.get(m.group(2).lower())
        return ymd(int(m.group(3)), month, int(m.group(1))) if month else None
    parts = parsedate(text)
    return ymd(parts[0], parts[1], parts[2]) if parts else None


def to_int(value: object) -> int | None:
    """An int from an int or a digit string, else ``None`` (bools are not counts)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) <= MAX_COUNT else None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 20:
        return to_int(int(value.strip()))
    return None


def _tuple(values: Iterable[object]) -> tuple[str, ...]:
    items = values if isinstance(values, list | tuple) else list(values)
    try:
        joined = "|".join(items)  # type: ignore[arg-type]  # TypeError when not all are strings
    except TypeError:
        return tuple(c for c in map(clean, items) if c)
    # one C-speed check for the whole list instead of one clean() per name
    if (
        joined.isprintable()
        and not any(x in joined for x in ("  ", " |", "| ", "||"))
        and joined[:1] not in ("", " ", "|")
        and joined[-1:] not in (" ", "|")
    ):
        return tuple(items)
    return tuple(c for c in map(clean, items) if c)


def _ids(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(sanitize(str(v)) for v in values if v)) if values else ()


def make_paper(
    source: Source,
    *,
    title: object,
    abstract: object = "",
    authors: Iterable[object] = (),
    n_authors: int | None = None,
    date: str | None = None,
    date_text: object = None,
    upvotes: int | None = None,
    organization: object = None,
    arxiv_id: object = None,
    doi: object = None,
    url: object = None,
    references: Iterable[str] = (),
    categories: Iterable[object] = (),
    alt_ids: Iterable[str] = (),
    cited_by: Iterable[str] = (),
) -> Paper | ReadFailure:
    """A :class:`Paper` with cleaned fields, its stable id and URL, or a failure without a title.

    ``n_authors`` defaults to the number of authors; ``url`` becomes the arXiv abs URL
    when the arXiv id is known, else the DOI URL, else the given URL.
    """
    title_s = clean(title)
    if not title_s:
        return ReadFailure(source, "record has no title")
    names = _tuple(authors)
    ax = arxiv_id_from(arxiv_id)
    doi_s = doi_from(doi)
    if ax:
        url = f"https://arxiv.org/abs/{ax}"
    elif doi_s:
        url = f"https://doi.org/{doi_s}"
    return Paper(
        id=paper_id(arxiv_id=ax, doi=doi_s, title=title_s),
        title=title_s,
        source=source,
        abstract=clean(abstract),
        authors=names,
        n_authors=n_authors if n_authors is not None else (len(names) or None),
        date=date,
        date_text=clean(date_text) or None,
        upvotes=upvotes,
        organization=clean(organization) or None,
        arxiv_id=ax,
        doi=doi_s,
        url=clean(url) or None,
        references=_ids(references),
        categories=_tuple(categories) if categories else (),
        alt_ids=_ids(alt_ids),
        cited_by=_ids(cited_by),
    )
