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

import json
import re

from kg.errors import InputError
from kg.readers.hf_page import AUTHORS_RE
from kg.readers.io import head
from kg.readers.jsondoc import is_jsonl, unwrap

__all__ = ["FAMILY", "detect_format", "family", "sniff"]

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


def _json_kind(keys: set[str], text: str) -> str:
    if {"upvotes", "submittedOnDailyAt"} & keys or '"submittedOnDailyAt"' in text or '"upvotes"' in text:
        return "hf_daily"
    if "abstract_inverted_index" in keys or "openalex.org/W" in text[:2000]:
        return "openalex"
    if "paperId" in keys or "externalIds" in keys:
        return "s2"
    if {"authors_parsed", "versions", "update_date"} & keys or (
        "id" in keys and {"summary", "abstract"} & keys and "categories" in keys
    ):
        return "arxiv_jsonl"
    return "jsonl"


def _first_json_keys(text: str) -> set[str]:
    """Keys of the first record in a JSON head (parsed when it is complete, else found by pattern)."""
    try:
        items = unwrap(json.loads(text))
        return set(items[0]) if items and isinstance(items[0], dict) else set()
    except ValueError:
        return set(re.findall(r'"([A-Za-z_]+)"\s*:', text[:20000]))


def sniff(text: str) -> str | None:
    """The format of a file whose head is ``text``, or ``None`` when it is not recognisable."""
    stripped = text.lstrip()
    if stripped.startswith("<"):
        return "arxiv_atom" if "http://www.w3.org/2005/Atom" in stripped[:4000] else None
    if stripped.startswith(("{", "[")):
        if is_jsonl(stripped):
            return _json_kind(set(json.loads(stripped.split("\n", 1)[0])), stripped)
        return _json_kind(_first_json_keys(stripped), stripped)
    if _BIBTEX.search(stripped[:4000]):
        return "bibtex"
    first = stripped.split("\n", 1)[0]
    if _TITLE_COLUMN.search(first):
        return "csv"
    lines = [ln.strip() for ln in stripped.splitlines()]
    if "·" in lines or any(AUTHORS_RE.fullmatch(ln) for ln in lines) or "Daily Papers" in lines:
        return "hf_page"
    return None


def family(fmt: str) -> str:
    """The family of a format name (``"json"``, ``"xml"``, ``"text"``…)."""
    return FAMILY[fmt]


def detect_format(path: str) -> str:
    """The format of ``path`` from its content; :class:`InputError` when it cannot be told."""
    fmt = sniff(head(path))
    if fmt is None:
        raise InputError(
            "cannot tell the format from the content",
            file=path,
            hint="name it with --format (" + ", ".join(FAMILY) + ")",
        )
    return fmt
