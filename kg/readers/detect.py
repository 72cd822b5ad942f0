"""Tell a listing's format from its first bytes (never from its name).

>>> sniff('{"id": "2503.11731", "authors": ["A"], "title": "T", "categories": ["cs.CL"], "summary": "S"}\\n')
'arxiv_jsonl'
>>> sniff('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')
'arxiv_atom'
>>> sniff('@article{key,\\n title={T}}')
'bibtex'
>>> sniff('Daily Papers\\n\\nA title\\n\\nAn abstract.\\n\\n  • 3 authors\\n·\\nMar 4\\n')
'hf_page'
>>> sniff('title,abstract\\nA,B\\n')
'csv'
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from kg.errors import InputError
from kg.readers.hf_page import AUTHORS_RE
from kg.readers.io import BadLine, head, iter_lines
from kg.readers.jsondoc import is_jsonl, loads_record, unwrap

__all__ = ["FAMILY", "detect_format", "family", "json_kind", "sample_records", "sniff"]

#: Formats grouped by the kind of text they are; forcing a format of another family is an error.
FAMILY = {
    "hf_page": "text",
    "csv": "csv",
    "bibtex": "bibtex",
    "arxiv_atom": "xml",
    "hf_daily": "json",
    "arxiv_jsonl": "json",
    "openalex": "json",
    "s2": "json",
    "jsonl": "json",
}
_BIBTEX = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)
_TITLE_COLUMN = re.compile(r"(^|[,;\t])\s*\"?(title|paper_title)\"?\s*($|[,;\t])", re.IGNORECASE)


_HF_KEYS = {"upvotes", "summary", "publishedAt", "numComments", "thumbnail", "mediaUrls", "submittedBy"}
#: How many JSON records detection looks at, and how many bytes it reads at most for them.
SAMPLE_RECORDS, SAMPLE_BYTES = 20, 16 << 20


def json_kind(rec: dict[str, Any]) -> str:
    """The JSON format one record looks like, from several of its keys (never one alone).

    >>> json_kind({"title": "T", "abstract": "A", "authors": "Ann Lee; Bo Chen", "upvotes": 3})
    'jsonl'
    >>> json_kind({"paper": {"id": "2503.00001", "title": "T"}, "upvotes": 3})
    'hf_daily'
    >>> json_kind({"id": "https://openalex.org/W1", "title": "T", "upvotes": 0})
    'openalex'
    """
    keys = set(rec)
    paper = rec.get("paper")
    if "abstract_inverted_index" in keys or "authorships" in keys:
        return "openalex"
    if str(rec.get("id", "")).startswith("https://openalex.org/W"):
        return "openalex"
    if "paperId" in keys or "externalIds" in keys:
        return "s2"
    if (isinstance(paper, dict) and {"id", "title", "summary"} & set(paper)) or "submittedOnDailyAt" in keys:
        return "hf_daily"
    if len(_HF_KEYS & keys) >= 2 and "abstract" not in keys:
        return "hf_daily"
    if {"authors_parsed", "versions", "update_date"} & keys or (
        "id" in keys and {"summary", "abstract"} & keys and "categories" in keys
    ):
        return "arxiv_jsonl"
    return "jsonl"


def _vote(records: list[dict[str, Any]]) -> str:
    kinds = Counter(json_kind(r) for r in records)
    return min(kinds, key=lambda k: (-kinds[k], k)) if kinds else "jsonl"


def _first_records(text: str) -> list[dict[str, Any]]:
    """Records at the start of a JSON head (parsed when complete, else the ones whose lines are whole)."""
    if is_jsonl(text):
        found = []
        for line in text.split("\n")[:SAMPLE_RECORDS]:
            try:
                found.append(loads_record(line))
            except ValueError:
                continue
        return [r for r in found if isinstance(r, dict)]
    try:
        items = unwrap(loads_record(text))
    except ValueError:
        keys = re.findall(r'"([A-Za-z_]+)"\s*:', text[:20000])
        return [dict.fromkeys(keys, "")]
    return [r for r in items[:SAMPLE_RECORDS] if isinstance(r, dict)]


def sample_records(path: str) -> list[dict[str, Any]]:
    """Up to :data:`SAMPLE_RECORDS` objects from the first lines of a JSON Lines file, however long."""
    found: list[dict[str, Any]] = []
    size = 0
    for line in iter_lines(path):
        if isinstance(line, BadLine) or not line.strip():
            continue
        size += len(line)
        try:
            rec = loads_record(line)
        except ValueError:
            rec = None
        if isinstance(rec, dict):
            found.append(rec)
        if len(found) >= SAMPLE_RECORDS or size > SAMPLE_BYTES:
            break
    return found


def sniff(text: str) -> str | None:
    """The format of a file whose head is ``text``, or ``None`` when it is not recognisable."""
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return "arxiv_atom" if "http://www.w3.org/2005/Atom" in stripped[:4000] else None
    if stripped.startswith(("{", "[")) or is_jsonl(stripped):
        return _vote(_first_records(stripped))
    first = stripped.split("\n", 1)[0]
    if _TITLE_COLUMN.search(first) and not _BIBTEX.match(first):
        return "csv"  # a header row first: a cell such as "@A{" below it does not make it BibTeX
    if _BIBTEX.search(stripped[:4000]):
        return "bibtex"
    lines = [ln.strip() for ln in stripped.splitlines()]
    if "·" in lines or any(AUTHORS_RE.fullmatch(ln) for ln in lines) or "Daily Papers" in lines:
        return "hf_page"
    return None


def family(fmt: str) -> str:
    """The family of a format name (``"json"``, ``"xml"``, ``"text"``…)."""
    return FAMILY[fmt]


def detect_format(path: str) -> str:
    """The format of ``path`` from its content; :class:`InputError` when it cannot be told."""
    text = head(path)
    fmt = sniff(text)
    if fmt is not None and FAMILY[fmt] == "json" and is_jsonl(text):
        fmt = _vote(sample_records(path))  # reads past the head: a first record may be huge
    if fmt is None and "\ufffd" in text:
        raise InputError(
            "cannot tell the format, and the start is not valid UTF-8",
            file=path,
            line=text[: text.index("\ufffd")].count("\n") + 1,
            hint="convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
        )
    if fmt is None:
        raise InputError(
            "cannot tell the format from the content",
            file=path,
            hint="name it with --format (" + ", ".join(FAMILY) + ")",
        )
    return fmt
