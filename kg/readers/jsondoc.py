"""JSON records from JSONL or from one JSON document (a list, a ``results``/``data`` page, or one object).

JSONL streams line by line; a document is read whole (fine for API pages). A line or
item that is not a JSON object becomes a :class:`~kg.model.ReadFailure`.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "page.json")
>>> _ = open(path, "w").write('{"meta": {}, "results": [{"title": "A"}, {"title": "B"}]}')
>>> [(src.record, obj["title"]) for src, obj in iter_json(path, "openalex")]
[(1, 'A'), (2, 'B')]
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.io import head, iter_lines, read_text

__all__ = ["Convert", "is_jsonl", "iter_json", "read_json_records", "unwrap"]

_PAGE_KEYS = ("results", "data", "items", "papers")
_EMPTY = object()


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
    """Whether ``text`` (a file's head) is JSON Lines rather than one JSON document."""
    stripped = text.lstrip()
    if not stripped.startswith("{"):
        return False
    first = stripped.split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _document(path: str, fmt: str) -> Iterator[tuple[Source, Any]]:
    try:
        obj = json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise InputError(f"not valid JSON: {err.msg}", file=path, line=err.lineno) from None
    for i, item in enumerate(unwrap(obj), 1):
        yield Source(path, None, i, fmt), item


def _lines(path: str, fmt: str) -> Iterator[tuple[Source, Any]]:
    record = 0
    for n, line in enumerate(iter_lines(path), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
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
    if not text.lstrip().startswith(("{", "[")):
        raise InputError(f"not JSON (format {fmt} expects JSON or JSON Lines)", file=path)
    source = _lines(path, fmt) if is_jsonl(text) else _document(path, fmt)
    for src, value in source:
        if isinstance(value, dict | ReadFailure):
            yield src, value
        else:
            yield src, ReadFailure(src, f"record is not a JSON object but {type(value).__name__}")


Convert = Callable[[dict[str, Any], Source], "Paper | ReadFailure"]


def read_json_records(path: str, fmt: str, convert: Convert) -> Iterator[Paper | ReadFailure]:
    """Run ``convert`` over every JSON record of ``path``; a record it cannot handle becomes a failure."""
    for src, value in iter_json(path, fmt):
        if isinstance(value, ReadFailure):
            yield value
            continue
        try:
            yield convert(value, src)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
            yield ReadFailure(src, f"malformed {fmt} record ({type(err).__name__}: {err})")
