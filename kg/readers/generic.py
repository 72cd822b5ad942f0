"""Generic JSON Lines and CSV/TSV (formats ``jsonl`` and ``csv``) with a column mapping.

A mapping names, for a paper field, the column (or, for JSON, the dotted path) that
holds it: ``{"title": "paper_title", "abstract": "summary"}``. Unmapped fields are
looked up under their own name and a few common aliases (:data:`DEFAULT_COLUMNS`).
Author lists may be JSON lists or strings split on ``;``, else `` and ``, else ``,``.

>>> from kg.model import Source
>>> row = {"paper_title": "A Study", "summary": "We study.", "authors": "Ann Lee; Bo Chen", "year": "2024"}
>>> p = mapped_record(row, Source("t.csv", 2, 1, "csv"), resolve_mapping({"title": "paper_title"}))
>>> p.title, p.abstract, p.authors, p.date_text
('A Study', 'We study.', ('Ann Lee', 'Bo Chen'), '2024')
"""

from __future__ import annotations

import contextlib
import csv
import json
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from kg.errors import ConfigError, InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import iso_date, make_paper, to_int
from kg.readers.io import BadLine, iter_lines
from kg.readers.jsondoc import read_json_records

__all__ = [
    "DEFAULT_COLUMNS",
    "mapped_record",
    "parse_mapping",
    "read_csv",
    "read_jsonl",
    "resolve_mapping",
    "split_authors",
]

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "display_name", "name"),
    "abstract": ("abstract", "summary", "paper_abstract", "description"),
    "authors": ("authors", "author", "creators"),
    "n_authors": ("n_authors",),
    "date": ("date", "published", "publication_date", "publishedAt", "published_date", "year"),
    "upvotes": ("upvotes", "likes"),
    "organization": ("organization", "organisation", "org", "affiliation"),
    "arxiv_id": ("arxiv_id", "arxiv", "arxivId", "eprint", "id"),
    "doi": ("doi", "DOI", "id"),
    "url": ("url", "link", "URL"),
    "references": ("references", "referenced_works"),
    "categories": ("categories", "keywords"),
}


#: The most physical lines one CSV row may span (a quoted cell with line breaks).
MAX_ROW_LINES = 1000


def resolve_mapping(mapping: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """Candidate columns per field: the user's choice first, then the defaults.

    >>> resolve_mapping({"titel": "x"})
    Traceback (most recent call last):
    ...
    kg.errors.ConfigError: unknown paper field 'titel' in --map (known: abstract, arxiv_id, ...)
    """
    columns = dict(DEFAULT_COLUMNS)
    for field, column in (mapping or {}).items():
        if field not in columns:
            raise ConfigError(
                f"unknown paper field {field!r} in --map (known: abstract, arxiv_id, ...)",
                hint="fields: " + ", ".join(sorted(DEFAULT_COLUMNS)),
            )
        columns[field] = (column,)
    return columns


def _get(rec: Mapping[str, Any], path: str) -> Any:
    value: Any = rec
    for part in path.split(".") if path not in rec else [path]:
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


def _pick(rec: Mapping[str, Any], columns: tuple[str, ...]) -> Any:
    for column in columns:
        value = _get(rec, column)
        if value not in (None, "", []):
            return value
    return None


def split_authors(value: Any) -> list[str]:
    """Author names from a list (of names or ``{"name": …}``) or a string.

    >>> split_authors("A. Smith and B. Jones"), split_authors('["X", "Y"]')
    (['A. Smith', 'B. Jones'], ['X', 'Y'])
    """
    if isinstance(value, str) and value.strip().startswith("["):
        with contextlib.suppress(ValueError):
            value = json.loads(value)
    if isinstance(value, list):
        return [str(v.get("name", "")) if isinstance(v, dict) else str(v) for v in value]
    if not isinstance(value, str):
        return []
    for sep in (r"\s*;\s*", r"\s+and\s+", r"\s*,\s*"):
        if re.search(sep, value):
            return [a for a in re.split(sep, value) if a.strip()]
    return [value] if value.strip() else []


def _list(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return split_authors(value) if isinstance(value, str) else []


def mapped_record(
    rec: Mapping[str, Any], src: Source, columns: dict[str, tuple[str, ...]]
) -> Paper | ReadFailure:
    """One row / object as a paper, through the resolved column mapping."""
    get = {field: _pick(rec, cols) for field, cols in columns.items()}
    date = get["date"]
    date_s = str(date) if date is not None else None
    return make_paper(
        src,
        title=get["title"],
        abstract=get["abstract"],
        authors=split_authors(get["authors"]),
        n_authors=to_int(get["n_authors"]),
        date=iso_date(date_s),
        date_text=date_s,
        upvotes=to_int(get["upvotes"]),
        organization=get["organization"] if isinstance(get["organization"], str) else None,
        arxiv_id=get["arxiv_id"],
        doi=get["doi"],
        url=get["url"],
        references=_list(get["references"]),
        categories=_list(get["categories"]),
    )


def read_jsonl(
    path: str, *, mapping: Mapping[str, str] | None = None, **_: object
) -> Iterator[Paper | ReadFailure]:
    """Read any JSON Lines (or JSON list) of paper-like objects through a mapping."""
    columns = resolve_mapping(mapping)
    return read_json_records(path, "jsonl", lambda rec, src: mapped_record(rec, src, columns))


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _row(lines: list[str], delimiter: str) -> list[str] | str:
    """The one row these physical lines hold, or why they do not hold exactly one."""
    try:
        rows = list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as err:
        return f"bad CSV: {err}"
    return rows[0] if len(rows) == 1 else f"bad CSV: {len(rows)} rows where one was expected"


def _csv_rows(
    lines: Iterator[str | BadLine], delimiter: str, width: int
) -> Iterator[tuple[int, list[str] | str]]:
    """``(first line, cells or why the row is unreadable)``; a broken quote costs only its own line.

    A row runs over several lines while its quotes are unbalanced; when those lines do not make
    one row of the header's width, the first line alone is tried and the rest are read again.
    """
    numbered = enumerate(lines, 2)
    pending: deque[tuple[int, str | BadLine]] = deque()
    while (item := pending.popleft() if pending else next(numbered, None)) is not None:
        n, line = item
        if isinstance(line, BadLine):
            yield n, line.reason
            continue
        taken, quotes = [line], line.count('"')
        while quotes % 2 and len(taken) < MAX_ROW_LINES:
            nxt = pending.popleft() if pending else next(numbered, None)
            if nxt is None or isinstance(nxt[1], BadLine):
                pending.extendleft([nxt] if nxt else [])
                break
            taken.append(nxt[1])
            quotes += nxt[1].count('"')
        row = _row(taken, delimiter)
        if len(taken) > 1 and (quotes % 2 or isinstance(row, str) or len(row) != width):
            pending.extendleft(reversed([(n + i, t) for i, t in enumerate(taken[1:], 1)]))
            row = _row(taken[:1], delimiter)
            row = "unbalanced quote: the row does not end" if isinstance(row, str) else row
        yield n, row


def read_csv(
    path: str, *, mapping: Mapping[str, str] | None = None, **_: object
) -> Iterator[Paper | ReadFailure]:
    """Read CSV / TSV with a header row through a mapping; multi-line quoted cells are fine."""
    columns = resolve_mapping(mapping)
    lines = iter_lines(path)
    first = next(lines, "")
    header_line = first if isinstance(first, str) else ""
    delimiter = _delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    if not any(c in header for c in columns["title"]):
        raise InputError(
            f"no title column among {header[:8]}", file=path, line=1, hint="name it with --map title=COLUMN"
        )
    record = 0
    for n, row in _csv_rows(lines, delimiter, len(header)):
        if not isinstance(row, str) and not any(cell.strip() for cell in row):
            continue
        record += 1
        src = Source(path, n, record, "csv")
        if isinstance(row, str):
            yield ReadFailure(src, row)
        elif len(row) != len(header):
            yield ReadFailure(src, f"row has {len(row)} cells, the header has {len(header)}")
        else:
            yield mapped_record(dict(zip(header, row, strict=True)), src, columns)


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``["title=paper_title", ...]`` (the ``--map`` option) -> ``{"title": "paper_title"}``.

    >>> parse_mapping(["title=paper_title", "abstract = summary"])
    {'title': 'paper_title', 'abstract': 'summary'}
    """
    mapping: dict[str, str] = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ConfigError(
                f"--map expects FIELD=COLUMN, got {pair!r}", hint="e.g. --map title=paper_title"
            )
        mapping[field.strip()] = column.strip()
    resolve_mapping(mapping)
    return mapping
