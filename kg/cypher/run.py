"""The Cypher query library: load query files by name, read their headers, bind parameters, format results.

Every read query is one file in ``cypher/`` whose header comment says what it does::

    // name: top_entities
    // purpose: The entities of one type linked to the most papers.
    // param type: entity_type = dataset - entity type
    // param limit: int = 20 - how many entities to return
    // example: kg query top_entities --param type=method

Besides ``str``, ``int``, ``float`` and ``bool``, a parameter may be typed ``entity_type`` (one of
kg's entity types, any case; ``entity_type_or_all`` also takes ``all``) or ``month`` (``YYYY-MM``;
``2025-6`` is read as ``2025-06``): a value outside them is an error naming what is allowed, never an
empty answer. A parameter typed with a node kind (``paper``, ``entity``, an entity type such as ``dataset``,
``author`` or ``node``) is a string that must name a node of that kind: before the query runs
it is looked up in the graph (:func:`kg.query.lookup.resolve_node`, so an arXiv id with its
version or a title works too), and a reference to no such node is an error, never an empty answer.
Values only ever travel as ``$parameters``; the text of a query is never built from input.

>>> q = load_query("top_entities")
>>> [(p.name, p.type, p.default) for p in q.params]
[('type', 'entity_type', 'dataset'), ('limit', 'int', 20)]
>>> bind_params(q, {"limit": "5"})
{'type': 'dataset', 'limit': 5}
>>> bind_params(q, {"colour": "red"})
Traceback (most recent call last):
...
kg.errors.QueryError: top_entities has no parameter $colour (it takes: type, limit)
>>> bind_params(q, {"type": "Method"})
{'type': 'method', 'limit': 20}
>>> bind_params(q, {"type": "widget"})  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.QueryError: parameter $type must be an entity type (dataset, ...), got 'widget'
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import QueryError
from kg.model import ENTITY_TYPES
from kg.query.lookup import KINDS, resolve_node

__all__ = [
    "CYPHER_DIR",
    "Param",
    "Query",
    "Rows",
    "bind_params",
    "format_rows",
    "list_queries",
    "load_query",
    "parse_query",
    "resolve_node_params",
    "schema_statements",
    "split_statements",
]


#: The folder of shipped ``.cypher`` files (``cypher/`` at the project root).
def _cypher_dir() -> Path:
    """``kg/queries`` (a link to the top-level ``cypher/`` in a checkout; real files when installed)."""
    package = Path(__file__).resolve().parents[1]  # kg/
    installed = package / "queries"
    return installed if installed.is_dir() else package.parent / "cypher"


CYPHER_DIR = _cypher_dir()
_NOT_QUERIES = frozenset({"schema"})
_TYPES = ("str", "int", "float", "bool", "entity_type", "entity_type_or_all", "month")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_NODE_TYPES = ("node", "entity", *KINDS)
_PARAM = re.compile(r"^(\w+)\s*:\s*(\w+)\s*(?:=\s*(\S+))?\s*(?:-\s*(.*))?$")


@dataclass(frozen=True, slots=True)
class Param:
    """A declared query parameter: name, type (str, int, float, bool, entity_type, month …), default (None =
    required), description.

    ``node`` is the kind of node a string parameter names (``paper``, ``entity``, ``dataset``, ...), if any.
    """

    name: str
    type: str
    default: Any = None
    description: str = ""
    node: str | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        """The node kinds the value may name (empty for a plain value)."""
        if self.node is None:
            return ()
        return KINDS if self.node == "node" else ENTITY_TYPES if self.node == "entity" else (self.node,)

    @property
    def required(self) -> bool:
        """True when the caller must give a value."""
        return self.default is None


@dataclass(frozen=True, slots=True)
class Query:
    """One read query: its name, Cypher text, header fields and the file it came from.

    ``sets`` names the columns whose lists are sets (a ``collect(...)``): neither engine promises an order
    for them (LadybugDB's differs from run to run), so kg sorts them (:func:`~kg.backends.run.cut_rows`).
    """

    name: str
    text: str
    purpose: str
    params: tuple[Param, ...]
    example: str = ""
    path: str | None = None
    sets: tuple[str, ...] = ()


def _choice(value: Any, kind: str, name: str) -> str:
    """An ``entity_type`` (``_or_all``) value lower-cased, or a ``month`` as ``YYYY-MM``; else QueryError."""
    text = str(value).strip()
    if kind == "month":
        m = _MONTH.fullmatch(text)
        if m is None or not 1 <= int(m.group(2)) <= 12:
            raise QueryError(f"parameter ${name} must be a month YYYY-MM, got {value!r}", hint="e.g. 2025-06")
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    allowed = ENTITY_TYPES + (("all",) if kind == "entity_type_or_all" else ())
    if text.lower() not in allowed:
        what = "an entity type" + (" or all" if kind == "entity_type_or_all" else "")
        raise QueryError(f"parameter ${name} must be {what} ({', '.join(ENTITY_TYPES)}), got {value!r}")
    return text.lower()


def _convert(value: Any, kind: str, name: str) -> Any:
    if kind == "str":
        return str(value)
    if kind in ("entity_type", "entity_type_or_all", "month"):
        return _choice(value, kind, name)
    if not isinstance(value, str):
        if kind == "bool" and isinstance(value, bool):
            return value
        if kind in ("int", "float") and isinstance(value, int | float) and not isinstance(value, bool):
            return int(value) if kind == "int" else float(value)
        raise QueryError(f"parameter ${name} must be {kind}, got {value!r}")
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except ValueError as err:
        raise QueryError(f"parameter ${name} must be {kind}, got {value!r}") from err
    lowered = value.lower()
    if lowered in ("true", "yes", "1"):
        return True
    if lowered in ("false", "no", "0"):
        return False
    raise QueryError(f"parameter ${name} must be bool (true/false), got {value!r}")


def _infer(value: str) -> Any:
    """Type an undeclared ``k=v`` value: int, float, bool, else str."""
    for kind in ("int", "float"):
        try:
            return _convert(value, kind, "")
        except QueryError:
            pass
    return {"true": True, "false": False}.get(value.lower(), value)


def parse_query(text: str, *, name: str, path: str | None = None) -> Query:
    """Parse a query file's text: header lines ``// key: value`` first, then the Cypher.

    >>> text = "// purpose: count papers\\n// param y: int = 2025 - a year\\nMATCH (p:Paper) RETURN count(p)"
    >>> q = parse_query(text, name="count")
    >>> q.purpose, q.params[0]
    ('count papers', Param(name='y', type='int', default=2025, description='a year', node=None))
    >>> parse_query("// param id: paper - the paper\\nRETURN $id", name="p").params[0].kinds
    ('paper',)
    >>> parse_query("// sets: names, ids\\nRETURN [1] AS names, [2] AS ids", name="s").sets
    ('names', 'ids')
    """
    purpose, example, params = "", "", []
    sets: tuple[str, ...] = ()
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("//"):
            continue
        key, _, value = stripped[2:].strip().partition(":")
        value = value.strip()
        if key == "purpose":
            purpose = value
        elif key == "example":
            example = value
        elif key == "sets":
            sets = tuple(c.strip() for c in value.split(",") if c.strip())
        elif key.startswith("param "):
            m = _PARAM.match(f"{key[6:].strip()}: {value}")
            if m is None or m.group(2) not in (*_TYPES, *_NODE_TYPES):
                raise QueryError(
                    f"{path or name}: bad parameter header {stripped!r}",
                    hint=f"// param NAME: TYPE [= DEFAULT] - text; TYPE: {', '.join(_TYPES)} or a node kind",
                )
            pname, kind, default, desc = m.groups()
            node = kind if kind in _NODE_TYPES else None
            kind = "str" if node else kind
            typed = None if default is None else _convert(default, kind, pname)
            params.append(Param(pname, kind, typed, desc or "", node))
    body = (
        "\n".join(ln for ln in text.splitlines() if not ln.strip().startswith("//"))
        .strip()
        .rstrip(";")
        .strip()
    )
    if not body:
        raise QueryError(f"{path or name}: no Cypher statement in the file")
    return Query(name, body, purpose, tuple(params), example, path, sets)


def list_queries(directory: str | os.PathLike[str] | None = None) -> list[Query]:
    """Every shipped read query (all ``*.cypher`` files but ``schema.cypher``), sorted by name."""
    root = Path(directory) if directory is not None else CYPHER_DIR
    files = sorted(p for p in root.glob("*.cypher") if p.stem not in _NOT_QUERIES)
    return [parse_query(p.read_text(encoding="utf-8"), name=p.stem, path=str(p)) for p in files]


def load_query(name_or_path: str) -> Query:
    """A shipped query by name (``top_entities``) or any ``.cypher`` file by path."""
    path = Path(name_or_path)
    if path.suffix == ".cypher" and path.is_file():
        return parse_query(path.read_text(encoding="utf-8"), name=path.stem, path=str(path))
    shipped = CYPHER_DIR / f"{name_or_path}.cypher"
    if re.fullmatch(r"\w+", name_or_path) and name_or_path not in _NOT_QUERIES and shipped.is_file():
        return parse_query(shipped.read_text(encoding="utf-8"), name=name_or_path, path=str(shipped))
    names = ", ".join(q.name for q in list_queries())
    raise QueryError(f"unknown query: {name_or_path!r}", hint=f"use a .cypher file or one of: {names}")


def bind_params(query: Query, raw: Mapping[str, Any]) -> dict[str, Any]:
    """Typed parameter values for ``query``: declared types and defaults applied, missing ones named.

    A query without ``// param`` headers takes any parameters, typed by their look (int, float, bool, str).
    """
    if not query.params:
        return {k: _infer(v) if isinstance(v, str) else v for k, v in raw.items()}
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(raw) - set(declared))
    if unknown:
        takes = ", ".join(declared)
        raise QueryError(f"{query.name} has no parameter ${unknown[0]} (it takes: {takes})")
    bound: dict[str, Any] = {}
    for p in query.params:
        if p.name in raw:
            bound[p.name] = _convert(raw[p.name], p.type, p.name)
        elif p.required:
            raise QueryError(
                f"{query.name} needs parameter ${p.name} ({p.type}: {p.description})",
                hint=f"add --param {p.name}=VALUE",
            )
        else:
            bound[p.name] = p.default
    return bound


def resolve_node_params(query: Query, bound: Mapping[str, Any], g: nx.MultiDiGraph) -> dict[str, Any]:
    """``bound`` with each node-typed parameter replaced by the id of the node it names in ``g``.

    Raises :class:`~kg.errors.NoMatchError` (with candidates) for a reference to no such node.

    >>> from kg.graph.demo import demo_graph
    >>> q = load_query("shared_datasets")
    >>> resolve_node_params(q, bind_params(q, {"id": "arXiv:2501.00001v2"}), demo_graph())
    {'id': '2501.00001', 'limit': 10}
    >>> resolve_node_params(q, bind_params(q, {"id": "2599.99999"}), demo_graph())
    Traceback (most recent call last):
    ...
    kg.errors.NoMatchError: no paper matches '2599.99999'
    """
    out = dict(bound)
    for p in query.params:
        if p.node is not None and out.get(p.name) is not None:
            out[p.name] = resolve_node(g, str(out[p.name]), kinds=p.kinds)
    return out


def split_statements(text: str) -> list[str]:
    """The statements of a multi-statement file: ``//`` comment lines dropped, split on ``;`` at line ends.

    >>> split_statements("// x\\nRETURN 1;\\nRETURN 2;\\n")
    ['RETURN 1', 'RETURN 2']
    """
    body = "\n".join(ln for ln in text.splitlines() if not ln.strip().startswith("//"))
    return [s.strip() for s in re.split(r";\s*(?:\n|$)", body) if s.strip()]


def schema_statements() -> list[str]:
    """The constraint and index statements of ``cypher/schema.cypher``, in order."""
    return split_statements((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Rows:
    """A query's result: column names and rows of plain Python values.

    ``more`` is True when rows beyond the query's ``$limit`` match (the answer was cut); ``notes`` say
    which node each parameter given by name or title was read as (``$id 'LoRA' is h:1e8e… (LoRA-Drop: …)``).
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    more: bool = False
    notes: tuple[str, ...] = ()

    def dicts(self) -> list[dict[str, Any]]:
        """The rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def _cell(value: Any, width: int = 60) -> str:
    text = "; ".join(map(str, value)) if isinstance(value, list) else "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_rows(rows: Rows, fmt: str = "table") -> str:
    """Render a result as ``table`` (aligned text), ``json`` (list of objects) or ``csv`` (lists joined by ;).

    >>> r = Rows(("name", "papers"), (("ImageNet", 3), ("COCO", 2)))
    >>> print(format_rows(r))
    name      papers
    --------  ------
    ImageNet  3
    COCO      2
    >>> format_rows(r, "json")
    '[{"name": "ImageNet", "papers": 3}, {"name": "COCO", "papers": 2}]'
    """
    if fmt == "json":
        return json.dumps(rows.dicts(), ensure_ascii=False)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(rows.columns)
        writer.writerows(
            [";".join(map(str, v)) if isinstance(v, list) else v for v in row] for row in rows.rows
        )
        return out.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown output format: {fmt!r}", hint="use table, json or csv")
    cells = [[_cell(v) for v in row] for row in rows.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(rows.columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
        for line in [list(rows.columns)]
    ]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)
