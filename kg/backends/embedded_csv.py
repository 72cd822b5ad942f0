"""The CSV files the embedded engine copies its tables from (:mod:`kg.backends.embedded`).

A field is unquoted and empty for null and quoted for a string (so ``""`` stays an empty
string); numbers are bare. Cells are formatted a column at a time, the column's kind chosen
once: on the corpus graph (some seven million cells) a kind test per cell cost more than the
engine's own copy. A list of strings is written in the engine's list syntax (``[a,b]``) when
every element reads back as written; any other list is left null here and set afterwards
(:func:`list_in_csv` says which).

>>> string_cells(["a", 'say "hi" twice', "", None, 3])
['"a"', '"say ""hi"" twice"', '""', '', '"3"']
>>> int_cells([1, 2.7, True, None, "4"]), float_cells([0.5, 2, False, None])
(['1', '2', '', '', ''], ['0.5', '2.0', '', ''])
>>> list_cells([["x", "y z"], [], ["a,b"], None])
['"[x,y z]"', '"[]"', '', '']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from pathlib import Path
from typing import Any

__all__ = [
    "FLOAT",
    "INT",
    "LIST",
    "STRING",
    "float_cells",
    "int_cells",
    "list_cells",
    "list_in_csv",
    "string_cells",
    "write_table",
]

STRING, INT, FLOAT, LIST = "STRING", "INT64", "DOUBLE", "STRING[]"
"""The engine's column types kg uses."""

_CHUNK = 20000  # rows formatted and written at a time: bounded memory on a million edges
_UNSAFE = re.compile(r"""[\[\]{},"'\\\x00-\x1f\x7f]|^\s|\s$""")
"""A list element the engine's list syntax would split, unquote, trim or unescape."""


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _int_cell(value: Any) -> str:
    return str(int(value)) if _number(value) else ""


def _float_cell(value: Any) -> str:
    return repr(float(value)) if _number(value) else ""


def string_cells(values: Iterable[Any]) -> list[str]:
    """Quoted fields (``str()`` of each value, quotes doubled); null for ``None``."""
    return [
        "" if v is None else '"' + (v if v.__class__ is str else str(v)).replace('"', '""') + '"'
        for v in values
    ]


def int_cells(values: Iterable[Any]) -> list[str]:
    """Integers (a float is cut to one); null for ``None``, a bool or a non-number."""
    return ["" if v is None else str(v) if v.__class__ is int else _int_cell(v) for v in values]


def float_cells(values: Iterable[Any]) -> list[str]:
    """Floats as ``repr`` writes them (exact); null for ``None``, a bool or a non-number."""
    return ["" if v is None else repr(v) if v.__class__ is float else _float_cell(v) for v in values]


def list_in_csv(value: Any) -> bool:
    """Whether a list value goes in the CSV: a list or tuple of strings, none empty or holding
    a character the list syntax reads specially (brackets, braces, commas, quotes, backslash,
    control characters) or starting or ending with white space.

    >>> list_in_csv(["GPT-4o", "α-net (v2)"]), list_in_csv(["a, b"]), list_in_csv([""]), list_in_csv("ab")
    (True, False, False, False)
    """
    if value.__class__ is not list and value.__class__ is not tuple:
        return False
    return all(x.__class__ is str and x and not _UNSAFE.search(x) for x in value)


def list_cells(values: Iterable[Any]) -> list[str]:
    """Lists in the engine's syntax where :func:`list_in_csv` allows, else null (set afterwards)."""
    return ['"[' + ",".join(v) + ']"' if v is not None and list_in_csv(v) else "" for v in values]


CELLS: dict[str, Callable[[Iterable[Any]], list[str]]] = {
    STRING: string_cells,
    INT: int_cells,
    FLOAT: float_cells,
    LIST: list_cells,
}
"""The cell formatter of each column type."""


def write_table(
    path: Path,
    keys: Sequence[Sequence[Any]],
    records: Sequence[dict[str, Any]],
    columns: Mapping[str, str],
) -> None:
    """Write one CSV table: the string key columns ``keys`` (each as long as ``records``; a node's id,
    a relationship's two ends), then each of ``columns`` (name -> type) read from ``records``."""
    getters = [(name, CELLS[kind]) for name, kind in columns.items()]
    with path.open("w", encoding="utf-8", newline="") as f:
        for start in range(0, len(records), _CHUNK):
            part = records[start : start + _CHUNK]
            cols = [string_cells(k[start : start + _CHUNK]) for k in keys]
            cols += [cells(map(dict.get, part, repeat(name))) for name, cells in getters]
            f.write("\n".join(map(",".join, zip(*cols, strict=True))))
            f.write("\n")
