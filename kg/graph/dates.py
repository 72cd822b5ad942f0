"""When a paper appeared, as the graph records it: its ``month`` (``YYYY-MM``) and ``year``.

A paper's month is its date's; else the month of its arXiv id (``YYMM``: first submission);
else the month and year its listing prints (BibTeX ``month = jun, year = 2016`` is read as
``date_text`` "Jun 2016"). Its year is its month's, else a year the listing prints alone
("2017"). No day or month is ever invented: a year-only paper has a year and no month.

>>> from kg.model import Paper, Source
>>> bib = Paper(id="x", title="T", source=Source("f", format="bibtex"), date_text="Jun 2016")
>>> paper_month(bib), paper_year(bib)
('2016-06', 2016)
>>> only_year = Paper(id="y", title="T", source=Source("f", format="bibtex"), date_text="2017")
>>> paper_month(only_year), paper_year(only_year)
(None, 2017)
"""

from __future__ import annotations

import re

from kg.model import Paper
from kg.readers.fields import MONTHS

__all__ = ["month_and_year", "paper_month", "paper_year"]

_ARXIV_NEW = re.compile(r"(\d{2})(0[1-9]|1[0-2])\.\d{4,5}")
_ARXIV_OLD = re.compile(r"[a-z-]+(?:\.[A-Za-z]{2})?/(\d{2})(0[1-9]|1[0-2])\d{3}")
_YEAR = r"(1[89]\d\d|20\d\d)"
_ISO_MONTH = re.compile(rf"{_YEAR}[-/](0?[1-9]|1[0-2])")
_NAMED_MONTH = re.compile(rf"([A-Za-z]{{3}})[a-z]*\.?\s+(?:\d{{1,2}},?\s+)?{_YEAR}")
_LONE_YEAR = re.compile(rf"{_YEAR}")


def paper_month(paper: Paper) -> str | None:
    """``YYYY-MM`` of the paper: from its date, else its arXiv id, else the month its listing prints.

    >>> from kg.model import Paper, Source
    >>> paper_month(Paper(id="2503.11731", title="T", source=Source("f"), arxiv_id="2503.11731"))
    '2025-03'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), arxiv_id="hep-th/9901001"))
    '1999-01'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), date="2024-05-01", arxiv_id="2503.11731"))
    '2024-05'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), date_text="Sept. 3, 2021"))
    '2021-09'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), date_text="2021/3"))
    '2021-03'
    >>> paper_month(Paper(id="x", title="T", source=Source("f"), date_text="Spring 2021")) is None
    True
    """
    if paper.date and len(paper.date) >= 7 and paper.date[:4].isdigit():
        return paper.date[:7]
    if paper.arxiv_id:
        m = _ARXIV_NEW.fullmatch(paper.arxiv_id) or _ARXIV_OLD.fullmatch(paper.arxiv_id)
        if m:
            yy = int(m.group(1))
            return f"{1900 + yy if yy >= 91 else 2000 + yy}-{m.group(2)}"
    text = (paper.date_text or "").strip()
    iso = _ISO_MONTH.fullmatch(text)
    if iso:
        return f"{iso.group(1)}-{int(iso.group(2)):02d}"
    named = _NAMED_MONTH.fullmatch(text)
    month = MONTHS.get(named.group(1).lower()) if named else None
    return f"{named.group(2)}-{month:02d}" if named and month else None


def paper_year(paper: Paper) -> int | None:
    """The paper's year: its month's, else a year its listing prints alone ("2017", "(2017)").

    >>> from kg.model import Paper, Source
    >>> paper_year(Paper(id="x", title="T", source=Source("f"), date_text="(2017)"))
    2017
    >>> paper_year(Paper(id="x", title="T", source=Source("f"), date_text="2017 or 2018")) is None
    True
    """
    return month_and_year(paper)[1]


def month_and_year(paper: Paper) -> tuple[str | None, int | None]:
    """:func:`paper_month` and :func:`paper_year` together, the month worked out once."""
    month = paper_month(paper)
    if month:
        return month, int(month[:4])
    years = set(_LONE_YEAR.findall(re.sub(r"\d{5,}", " ", paper.date_text or "")))
    return None, int(years.pop()) if len(years) == 1 else None
