"""The one place kg reaches into other libraries' private internals, for speed on big graphs.

networkx keeps a graph's nodes and adjacency in plain dicts behind its views; reading them
directly is several times faster in the hot loops of building, saving and ranking a graph with
a million edges. CPython's ``json`` has a C encoder factory that encodes many small records
without re-creating an encoder. Both are private: ``tests/core/test_internals.py`` pins the
behaviour kg relies on against the installed versions, so an upgrade that changes it fails a test
instead of corrupting output.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("a", "b", key="CITES")
'CITES'
>>> node_dict(g)["a"] is g.nodes["a"], list(succ_dict(g)["a"]["b"])
(True, ['CITES'])
>>> record_encoder()({"b": 1, "a": "é"})
'{"a":"é","b":1}'
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import networkx as nx

__all__ = ["clear_cache", "gc_paused", "node_dict", "pred_dict", "record_encoder", "succ_dict"]


def node_dict(g: nx.Graph) -> dict[Any, dict[str, Any]]:
    """The dict behind ``g.nodes``: node -> attribute dict."""
    return g._node  # type: ignore[no-any-return]


def succ_dict(g: nx.DiGraph) -> dict[Any, dict[Any, Any]]:
    """The dict behind ``g.succ``: node -> successor -> (key ->) edge attributes."""
    return g._succ  # type: ignore[no-any-return]


def pred_dict(g: nx.DiGraph) -> dict[Any, dict[Any, Any]]:
    """The dict behind ``g.pred``: node -> predecessor -> (key ->) edge attributes."""
    return g._pred  # type: ignore[no-any-return]


def clear_cache(g: nx.Graph) -> None:
    """Drop networkx's cached views of ``g`` after its dicts were filled directly."""
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(g)


def record_encoder(*, sort_keys: bool = True, compact: bool = True) -> Callable[[Any], str]:
    """A JSON encoder for many small records (one C encoder, reused): what ``json.dumps(obj,
    ensure_ascii=False, sort_keys=sort_keys)`` gives, with ``(",", ":")`` separators when ``compact``.

    >>> record_encoder(sort_keys=False, compact=False)(["é", 1])
    '["é", 1]'
    """
    item_sep, key_sep = (",", ":") if compact else (", ", ": ")
    enc = json.JSONEncoder(sort_keys=sort_keys, ensure_ascii=False, separators=(item_sep, key_sep))
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # not CPython's accelerated json
        return enc.encode
    c_encode = make(
        None, enc.default, json.encoder.encode_basestring, None, key_sep, item_sep, sort_keys, False, True
    )
    return lambda obj: "".join(c_encode(obj, 0))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block: the CLI wraps a build in it, and
    :func:`kg.graph.io.load_graph` its own parse (the library never leaves it paused).

    A build allocates millions of long-lived, acyclic records, and the collector's repeated passes
    over them cost about a third of an incremental build. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
