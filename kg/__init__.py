"""kg — turn lists of research papers into a knowledge graph.

The public names are re-exported here; each lives in a small module of its own.
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import (
    ConfigError,
    ExtractError,
    GraphError,
    InputError,
    KGError,
    QueryError,
    StoreError,
)
from kg.model import Entity, EntityType, Mention, Paper, ReadFailure, ReadResult, Role, Source

__all__ = [
    "ConfigError",
    "Entity",
    "EntityType",
    "ExtractError",
    "GraphError",
    "InputError",
    "KGError",
    "Mention",
    "Paper",
    "QueryError",
    "ReadFailure",
    "ReadResult",
    "Role",
    "Source",
    "StoreError",
    "__version__",
]
