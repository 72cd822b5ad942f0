"""The graph schema's allow-list: the only labels and relationship types kg ever writes or queries.

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
    "ENTITY_LABELS",
    "ENTITY_LINKS",
    "LABELS",
    "MENTION_RELS",
    "REL_TYPES",
    "check_label",
    "check_rel_type",
    "label_for_type",
    "type_for_label",
]

ENTITY_LABELS: tuple[str, ...] = tuple(t.capitalize() for t in ENTITY_TYPES)
LABELS: tuple[str, ...] = ("Paper", *ENTITY_LABELS, "Author", "Work")
"""``Work``: a work the papers cite that is not itself in the graph (``kg enrich --external``)."""
MENTION_RELS: dict[str, str] = {"introduced": "INTRODUCES", "used": "USES"}
REL_TYPES: tuple[str, ...] = ("INTRODUCES", "USES", "CITES", "WROTE", "PUBLISHED_BY", "AFFILIATED_WITH")
ENTITY_LINKS: tuple[str, ...] = ("INTRODUCES", "PUBLISHED_BY", "USES")
"""The relationships from a paper to an entity: an entity's papers are the ends of these."""


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
