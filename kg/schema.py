"""The graph schema, in one place: labels, relationship types and their end points, properties and their
kinds, display styles. Everything else (graph records, embedded tables, Neo4j loads, exports, the explorer,
docs/schema.md by a test) takes them from here.

It is also the allow-list: the only labels and relationship types kg ever writes or queries.

Nothing taken from input becomes a label, relationship type or property key; code that
must put one of these into Cypher text checks it here first.

>>> label_for_type("dataset")
'Dataset'
>>> check_label("Dataset")
'Dataset'
>>> check_label("Dataset) DETACH DELETE (n")
Traceback (most recent call last):
...
kg.errors.ConfigError: not a kg label: 'Dataset) DETACH DELETE (n'
"""

from __future__ import annotations

from kg.errors import ConfigError
from kg.model import ENTITY_TYPES

__all__ = [
    "EDGE_PROPERTIES",
    "ENTITY_LABELS",
    "ENTITY_LINKS",
    "ENTITY_PROPERTIES",
    "LABELS",
    "MENTION_PROPERTIES",
    "MENTION_RELS",
    "NODE_PROPERTIES",
    "PAPER_PROPERTIES",
    "PROPERTY_KINDS",
    "REL_ENDPOINTS",
    "REL_TYPES",
    "STYLE",
    "check_label",
    "check_rel_type",
    "label_for_type",
    "property_kind",
    "type_for_label",
]

ENTITY_LABELS: tuple[str, ...] = tuple(t.capitalize() for t in ENTITY_TYPES)
LABELS: tuple[str, ...] = ("Paper", *ENTITY_LABELS, "Author", "Work")
"""``Work``: a work the papers cite that is not itself in the graph (``kg enrich --external``)."""
MENTION_RELS: dict[str, str] = {"introduced": "INTRODUCES", "used": "USES"}
REL_TYPES: tuple[str, ...] = ("INTRODUCES", "USES", "CITES", "WROTE", "PUBLISHED_BY", "AFFILIATED_WITH")
ENTITY_LINKS: tuple[str, ...] = ("INTRODUCES", "PUBLISHED_BY", "USES")
"""The relationships from a paper to an entity: an entity's papers are the ends of these."""

PAPER_PROPERTIES: tuple[str, ...] = (
    "title",
    "abstract",
    "date",
    "date_text",
    "year",
    "month",
    "upvotes",
    "n_authors",
    "arxiv_id",
    "doi",
    "url",
    "organization",
    "source_format",
)
ENTITY_PROPERTIES: tuple[str, ...] = ("name", "type", "aliases", "first_seen", "n_papers")
MENTION_PROPERTIES: tuple[str, ...] = (
    "text",
    "field",
    "start",
    "end",
    "sentence",
    "confidence",
    "found_by",
    "rule",
    "mentions",
)
NODE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "Paper": PAPER_PROPERTIES,
    **{label: ENTITY_PROPERTIES for label in ENTITY_LABELS},
    "Author": ("name",),
    "Work": ("title", "year"),
}
"""The properties every node of a label carries (besides its id and ``label``), per docs/schema.md."""
EDGE_PROPERTIES: dict[str, tuple[str, ...]] = {
    "INTRODUCES": MENTION_PROPERTIES,
    "USES": MENTION_PROPERTIES,
    "CITES": (),
    "WROTE": ("position",),
    "PUBLISHED_BY": (),
    "AFFILIATED_WITH": (),
}
"""The properties every edge of a type carries (besides ``type``), per docs/schema.md."""

PROPERTY_KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("year", "upvotes", "n_authors", "n_papers", "start", "end", "mentions", "position"), "int"
    ),
    "confidence": "float",
    "aliases": "list",
}
"""The value kind of each property that is not a string (``int``, ``float``, ``list`` of strings)."""

REL_ENDPOINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "INTRODUCES": tuple(("Paper", label) for label in ENTITY_LABELS),
    "USES": tuple(("Paper", label) for label in ENTITY_LABELS),
    "CITES": (("Paper", "Paper"), ("Paper", "Work")),
    "WROTE": (("Author", "Paper"),),
    "PUBLISHED_BY": (("Paper", "Organization"),),
    "AFFILIATED_WITH": (("Author", "Organization"),),
}
"""The (from, to) label pairs of each relationship type."""

STYLE: dict[str, tuple[str, str]] = {
    "Paper": ("#4c78a8", "dot"),
    "Dataset": ("#f58518", "square"),
    "Benchmark": ("#e45756", "triangle"),
    "Method": ("#54a24b", "diamond"),
    "Model": ("#b279a2", "star"),
    "Task": ("#d4a017", "triangleDown"),
    "Metric": ("#9d755d", "hexagon"),
    "Organization": ("#2a9d8f", "square"),
    "Author": ("#8c8c8c", "dot"),
    "Work": ("#bdbdbd", "dot"),
}
"""Display colour and vis-network shape per label (the explorer and its legend, GEXF exports)."""


def property_kind(name: str) -> str:
    """The value kind of a property: ``str``, ``int``, ``float`` or ``list``.

    >>> property_kind("year"), property_kind("title"), property_kind("aliases")
    ('int', 'str', 'list')
    """
    return PROPERTY_KINDS.get(name, "str")


def label_for_type(entity_type: str) -> str:
    """The label of an entity type (``"model"`` -> ``"Model"``); raises :class:`ConfigError` if unknown."""
    if entity_type not in ENTITY_TYPES:
        raise ConfigError(
            f"unknown entity type: {entity_type!r}", hint=f"use one of {', '.join(ENTITY_TYPES)}"
        )
    return entity_type.capitalize()


def type_for_label(label: str) -> str:
    """The entity type of a label (``"Model"`` -> ``"model"``)."""
    return check_label(label).lower()


def check_label(label: str) -> str:
    """Return ``label`` if it is in the allow-list, else raise :class:`ConfigError`."""
    if label not in LABELS:
        raise ConfigError(f"not a kg label: {label!r}")
    return label


def check_rel_type(rel_type: str) -> str:
    """Return ``rel_type`` if it is in the allow-list, else raise :class:`ConfigError`."""
    if rel_type not in REL_TYPES:
        raise ConfigError(f"not a kg relationship type: {rel_type!r}")
    return rel_type
