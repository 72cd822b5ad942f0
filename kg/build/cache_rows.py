"""A full build's cache rows, encoded by a forked child while the parent updates the graph.

The build cache keeps every paper (its JSON and index rows) and every extraction (its mention rows,
packed and compressed) for the next, incremental build; nothing of the graph reads them back. A full
build with workers used to encode them in the parent while the workers extracted, where the parent
shares the two cores with them. After extraction the parent updates the graph alone, on one core:
:func:`start_cache_rows` forks a child there that encodes the rows (the same functions of
:mod:`kg.build.cache`, in the same order) and sends them in batches; :func:`finish_cache_rows` stores
them, before the build prunes and commits. Without ``fork``, or if the child fails, the parent encodes
them itself: the cache holds the same rows either way (``tests/graph/test_cache_rows.py``).

>>> import tempfile, pathlib
>>> from kg.build.cache import BuildCache
>>> from kg.model import Paper, Source
>>> cache = BuildCache(pathlib.Path(tempfile.mkdtemp()) / "kg-cache.sqlite")
>>> papers = {"1": Paper(id="1", title="T", source=Source("f"))}
>>> child = start_cache_rows(papers, {"1": "k1"}, {"k1": []})
>>> finish_cache_rows(cache, child, papers, {"1": "k1"}, {"k1": []})
>>> cache.paper_keys(), list(cache.mentions(["k1"]).items())
({'1': 'k1'}, [('k1', [])])
>>> cache.close()
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.connection
import multiprocessing.process
import os
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kg.build.cache import BuildCache, index_rows, mention_blobs, paper_rows
from kg.build.explorer_page import die_with_parent
from kg.model import Paper

__all__ = ["CacheRowsChild", "finish_cache_rows", "start_cache_rows"]

_BATCH = 5000
"""Rows per message from the child (the pipe holds one batch, not the whole cache)."""

Batch = tuple[str, list[Any]]  # ("papers" | "index" | "mentions", rows)


@dataclass(frozen=True, slots=True)
class CacheRowsChild:
    """The forked child encoding the cache rows, and the end of the pipe they come through."""

    process: multiprocessing.process.BaseProcess
    rows: multiprocessing.connection.Connection


def start_cache_rows(
    papers: Mapping[str, Paper], keys: Mapping[str, str], mentions: Mapping[str, Sequence[Sequence[Any]]]
) -> CacheRowsChild | None:
    """Fork a child that encodes the rows of every paper (in id order) and of these fresh ``mentions``
    (by extraction key); None where ``fork`` is not available."""
    if not (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()):
        return None
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(papers, keys, mentions, send, os.getpid()), daemon=True
    )  # fmt: skip
    process.start()
    send.close()  # the child's end: the parent's reads end when the child's copy closes
    return CacheRowsChild(process, receive)


def finish_cache_rows(
    cache: BuildCache,
    child: CacheRowsChild | None,
    papers: Mapping[str, Paper],
    keys: Mapping[str, str],
    mentions: Mapping[str, Sequence[Sequence[Any]]],
) -> None:
    """Replace the cache's papers with these and add the fresh ``mentions``: from the child's rows,
    or (no child, or it failed) encoded here."""
    cache.clear()
    if child is not None and _receive(cache, child):
        return
    cache.clear()  # whatever a failed child sent
    for kind, rows in _batches(papers, keys, mentions):
        _put(cache, kind, rows)


def _receive(cache: BuildCache, child: CacheRowsChild) -> bool:
    """Store the child's batches; whether it sent them all."""
    done = False
    try:
        while (batch := child.rows.recv()) is not None:
            _put(cache, *batch)
        done = True
    except (EOFError, OSError):
        pass
    finally:
        child.rows.close()
        child.process.join()
    return done and child.process.exitcode == 0


def _put(cache: BuildCache, kind: str, rows: list[Any]) -> None:
    if kind == "papers":
        cache.put_paper_rows(rows)
    elif kind == "index":
        cache.put_index_rows(rows)
    else:
        cache.put_mention_blobs(rows)


def _batches(
    papers: Mapping[str, Paper], keys: Mapping[str, str], mentions: Mapping[str, Sequence[Sequence[Any]]]
) -> Iterator[Batch]:
    """The rows in the order the serial build stored them: papers by id, their index, the mentions."""
    ordered = {pid: papers[pid] for pid in sorted(papers)}
    parts: Iterable[tuple[str, Iterator[Any]]] = (
        ("papers", paper_rows(ordered, keys)),
        ("index", index_rows(ordered)),
        ("mentions", mention_blobs(mentions)),
    )
    for kind, rows in parts:
        while batch := list(itertools.islice(rows, _BATCH)):
            yield kind, batch


def _child(
    papers: Mapping[str, Paper],
    keys: Mapping[str, str],
    mentions: Mapping[str, Sequence[Sequence[Any]]],
    send: multiprocessing.connection.Connection,
    parent: int,
) -> None:
    die_with_parent(parent)
    try:
        for batch in _batches(papers, keys, mentions):
            send.send(batch)
        send.send(None)
    except BaseException:  # the parent encodes the rows itself
        os._exit(1)
