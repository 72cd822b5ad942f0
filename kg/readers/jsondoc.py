"""JSON records from JSONL or from one JSON document (a list, a ``results``/``data`` page, or one object).

JSONL streams line by line and every line stands alone: a line that is not UTF-8, not
JSON, two objects run together, nested too deeply for Python's parser or holding a
number longer than :data:`MAX_DIGITS` digits is a :class:`~kg.model.ReadFailure` with
its line number, and the next line is read. A document is read whole (fine for API pages).

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "page.json")
>>> _ = open(path, "w").write('{"meta": {}, "results": [{"title": "A"}, {"title": "B"}]}')
>>> [(src.record, obj["title"]) for src, obj in iter_json(path, "openalex")]
[(1, 'A'), (2, 'B')]
>>> loads_record('{"n": ' + "9" * 5000 + '}')
Traceback (most recent call last):
...
ValueError: a number of 5000 digits (the limit is 4300)
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.io import BadLine, head, iter_lines, read_text

__all__ = [
    "MAX_DIGITS",
    "Convert",
    "is_jsonl",
    "iter_json",
    "loads_record",
    "misplaced_abstract",
    "read_json_records",
    "unwrap",
]

_PAGE_KEYS = ("results", "data", "items", "papers")
_EMPTY = object()
#: Longest integer accepted (Python's own limit on int-from-string conversion).
MAX_DIGITS = 4300


def _parse_int(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise ValueError(f"a number of {len(text.lstrip('-'))} digits (the limit is {MAX_DIGITS})")
    return int(text)


def loads_record(text: str) -> Any:
    """``json.loads`` whose every failure is a ``ValueError`` with a reason (depth, number size, syntax)."""
    try:
        return json.loads(text, parse_int=_parse_int)
    except RecursionError:
        raise ValueError("nested too deeply (Python's JSON parser stops near 1000 levels)") from None


def unwrap(obj: Any) -> list[Any]:
    """The records inside a JSON value: a list's items, a page's ``results``/``data``, or the value."""
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        for key in _PAGE_KEYS:
            if isinstance(obj.get(key), list):
                return list(obj[key])
    return [obj]


def is_jsonl(text: str) -> bool:
    """Whether ``text`` (a file's head) is JSON Lines rather than one JSON document.

    JSON Lines when the first line starts an object and runs past the head, or when one of
    the first few lines is a whole object, so a broken first line does not hide the rest.
    A head starting with ``[`` is a document.

    >>> is_jsonl('{"a": 1}\\n{"a": 2}\\n'), is_jsonl('{\\n  "results": []\\n}')
    (True, False)
    >>> is_jsonl('{"a": 1} junk\\n{"a": 2}'), is_jsonl('\\x00\\n{"a": 2}'), is_jsonl('[\\n{"a": 1}\\n]')
    (True, True, False)
    """
    lines = text.lstrip().split("\n", 5)
    if lines[0].startswith("["):
        return False
    if len(lines) == 1:
        return lines[0].startswith("{")
    for line in lines[:5]:
        line = line.strip()
        if line.startswith("{") and line.endswith("}"):
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (ValueError, RecursionError):
                continue
    return False


def _document(path: str, fmt: str) -> Iterator[tuple[Source, Any]]:
    try:
        obj = loads_record(read_text(path))
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON: {err.msg}", file=path, line=err.lineno) from None
    except ValueError as err:
        raise InputError(f"not valid JSON: {err}", file=path) from None
    for i, item in enumerate(unwrap(obj), 1):
        yield Source(path, None, i, fmt), item


def _lines(path: str, fmt: str) -> Iterator[tuple[Source, Any]]:
    record = 0
    for n, line in enumerate(iter_lines(path), 1):
        if isinstance(line, BadLine):
            record += 1
            yield Source(path, n, record, fmt), ReadFailure(Source(path, n, record, fmt), line.reason)
            continue
        if not line.strip():
            continue
        try:
            obj = loads_record(line)
        except ValueError as err:
            record += 1
            yield Source(path, n, record, fmt), ReadFailure(Source(path, n, record, fmt), f"bad JSON: {err}")
            continue
        for item in unwrap(obj) or [_EMPTY]:
            record += 1
            src = Source(path, n, record, fmt)
            yield src, ReadFailure(src, "a page or list with no records") if item is _EMPTY else item


def iter_json(path: str, fmt: str) -> Iterator[tuple[Source, Any]]:
    """``(source, value)`` per record; ``value`` is a dict, another JSON value, or a ReadFailure."""
    text = head(path)
    jsonl = is_jsonl(text)
    if not jsonl and not text.lstrip().startswith(("{", "[")):
        raise InputError(f"not JSON (format {fmt} expects JSON or JSON Lines)", file=path)
    source = _lines(path, fmt) if jsonl else _document(path, fmt)
    for src, value in source:
        if isinstance(value, dict | ReadFailure):
            yield src, value
        else:
            yield src, ReadFailure(src, f"record is not a JSON object but {type(value).__name__}")


_TEXT_KEYS = ("abstract", "summary", "paper_abstract", "description", "abstract_inverted_index")
_BLANK: tuple[Any, ...] = (None, "", [], {})


def misplaced_abstract(rec: dict[str, Any], own: tuple[str, ...]) -> str | None:
    """Why ``rec`` does not fit a format reading its abstract from ``own`` keys, else ``None``.

    >>> misplaced_abstract({"title": "T", "abstract": "A"}, ("summary",))
    "its abstract is under 'abstract', which this format does not read (read it with --format jsonl)"
    >>> misplaced_abstract({"title": "T", "summary": "A", "abstract": "B"}, ("summary",)) is None
    True
    """
    if any(rec.get(k) not in _BLANK for k in own):
        return None
    other = [k for k in _TEXT_KEYS if k not in own and rec.get(k) not in _BLANK]
    if not other:
        return None
    return (
        f"its abstract is under {other[0]!r}, which this format does not read (read it with --format jsonl)"
    )


Convert = Callable[[dict[str, Any], Source], "Paper | ReadFailure"]
Fits = Callable[[dict[str, Any]], "str | None"]


def read_json_records(
    path: str, fmt: str, convert: Convert, fits: Fits | None = None
) -> Iterator[Paper | ReadFailure]:
    """Run ``convert`` over every JSON record of ``path``; a record it cannot handle becomes a failure.

    ``fits`` returns why a record does not fit the format (``None`` when it does); such a
    record is reported, never read with its fields quietly left empty.
    """
    for src, value in iter_json(path, fmt):
        if isinstance(value, ReadFailure):
            yield value
            continue
        if fits is not None and (why := fits(value)):
            yield ReadFailure(src, f"record does not fit format {fmt}: {why}")
            continue
        try:
            yield convert(value, src)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as err:
            yield ReadFailure(src, f"malformed {fmt} record ({type(err).__name__}: {err})")
