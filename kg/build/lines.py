"""The stored lines of the graph's most frequent records, formatted directly.

Every node and edge the build store keeps is one line of the graph file: the compact, key-sorted JSON
:func:`kg.internals.record_encoder` writes. A full build writes about a million of them, most of a few
fixed shapes (a paper's ``INTRODUCES`` / ``USES`` edge to an entity, an author's ``WROTE`` edge, a
``CITES`` or ``PUBLISHED_BY`` edge, an ``Author`` node). For those shapes the line is put together
from its values' own JSON (strings by the encoder's C escaper, numbers as ``repr``), a third of what the
generic encoder costs per record; any record of another shape, or with a value of another type (a
subclass, a non-finite float, a list), is encoded by the generic encoder. Both give the same bytes
(``tests/graph/test_store_lines.py`` checks random records of every shape against the encoder).

>>> edge_line("p1", "WROTE", "author:ada", {"type": "WROTE", "position": 0})
b'{"key":"WROTE","position":0,"source":"p1","target":"author:ada","type":"WROTE"}'
>>> node_line("author:ada", {"label": "Author", "name": "Ada \\u00e9"}).decode()
'{"id":"author:ada","label":"Author","name":"Ada é"}'
>>> texts_line(["Ada", 'B"'])
'["Ada", "B\\\\""]'
"""

from __future__ import annotations

import json.encoder
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kg.internals import record_encoder

__all__ = ["edge_line", "node_line", "texts_line"]

_ENCODE = record_encoder()
_ENCODE_TEXTS = record_encoder(sort_keys=False, compact=False)  # json.dumps(texts, ensure_ascii=False)
_STR: Callable[[str], str] = json.encoder.encode_basestring  # what the encoder writes a str as
_INF = float("inf")
# The keys :func:`_mention_edge` writes, spelled out: a mention property added to the schema later makes
# its edges take the generic encoder instead of losing the new field here.
_MENTION_KEYS = frozenset(
    ("confidence", "end", "field", "found_by", "mentions", "rule", "sentence", "start", "text", "type")
)


def edge_line(u: str, k: str, v: str, attrs: Mapping[str, Any]) -> bytes:
    """The stored line of edge ``(u, k, v)`` with ``attrs`` (``{"source", "target", "key", **attrs}``
    encoded)."""
    if type(u) is str and type(v) is str:
        line = _fast_edge(u, k, v, attrs)
        if line is not None:
            return line.encode("utf-8")
    return _ENCODE({"source": u, "target": v, "key": k, **attrs}).encode("utf-8")


def node_line(n: str, attrs: Mapping[str, Any]) -> bytes:
    """The stored line of node ``n`` with ``attrs`` (``{"id", **attrs}`` encoded)."""
    name = attrs.get("name")
    if (
        len(attrs) == 2
        and attrs.get("label") == "Author"
        and type(name) is str
        and type(n) is str
        and type(attrs["label"]) is str
    ):
        return f'{{"id":{_STR(n)},"label":"Author","name":{_STR(name)}}}'.encode()
    return _ENCODE({"id": n, **attrs}).encode("utf-8")


def texts_line(texts: Sequence[str]) -> str:
    """An edge's texts as ``json.dumps(texts, ensure_ascii=False)`` writes them."""
    if type(texts) is list:
        try:  # the escaper takes any str (a subclass too, as the encoder does) and refuses anything else
            return "[" + ", ".join(map(_STR, texts)) + "]"
        except TypeError:
            pass
    return _ENCODE_TEXTS(texts)


def _fast_edge(u: str, k: str, v: str, a: Mapping[str, Any]) -> str | None:
    """The line of an edge of one of the frequent shapes, or None."""
    kind = a.get("type")
    if kind != k or type(kind) is not str:
        return None
    if k in ("INTRODUCES", "USES") and a.keys() == _MENTION_KEYS:
        return _mention_edge(u, k, v, a)
    if len(a) == 1:  # {"type": k}: CITES, PUBLISHED_BY
        return f'{{"key":{_STR(k)},"source":{_STR(u)},"target":{_STR(v)},"type":{_STR(k)}}}'
    position = a.get("position")
    if len(a) == 2 and type(position) is int:  # WROTE
        head = f'{{"key":{_STR(k)},"position":{position!r},'
        return f'{head}"source":{_STR(u)},"target":{_STR(v)},"type":{_STR(k)}}}'
    return None


def _mention_edge(u: str, k: str, v: str, a: Mapping[str, Any]) -> str | None:
    confidence, text, field, sentence = a["confidence"], a["text"], a["field"], a["sentence"]
    found_by, rule, start, end, mentions = a["found_by"], a["rule"], a["start"], a["end"], a["mentions"]
    if not (
        type(confidence) is float
        and -_INF < confidence < _INF
        and type(text) is str
        and type(field) is str
        and type(sentence) is str
        and type(found_by) is str
        and type(rule) is str
        and type(start) is int
        and type(end) is int
        and type(mentions) is int
    ):
        return None
    return (
        f'{{"confidence":{confidence!r},"end":{end!r},"field":{_STR(field)},"found_by":{_STR(found_by)},'
        f'"key":{_STR(k)},"mentions":{mentions!r},"rule":{_STR(rule)},"sentence":{_STR(sentence)},'
        f'"source":{_STR(u)},"start":{start!r},"target":{_STR(v)},"text":{_STR(text)},"type":{_STR(k)}}}'
    )
