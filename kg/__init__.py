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

_LAZY = {"extract_text": "kg.extract", "open_graph": "kg.api", "explore": "kg.explorer.explorer"}


def __getattr__(name: str) -> object:
    """Heavy entry points (spaCy, the graph API, the explorer) load on first use, not on ``import kg``."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # cached: later uses skip this hook
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


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
    "explore",
    "extract_text",
    "open_graph",
]
