"""The build's explorer page: written from the store, by a forked child for a big graph while the
parent writes the graph file (each reads the committed store over its own connection).

The page itself is made downstream (:func:`kg.explorer.store.write_store_explorer`): a build is
handed it as a :data:`PageWriter` (see :mod:`kg.explorer.jobs`), so nothing here imports the explorer.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.process
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from kg.build.store import GraphStore

__all__ = ["PARALLEL_EXPLORER_NODES", "PageWriter", "die_with_parent", "finish_explorer", "start_explorer"]

PageWriter = Callable[[GraphStore, Path], None]
"""Writes the explorer page of the stored graph to a path (atomically)."""

PARALLEL_EXPLORER_NODES = 20_000
"""Graphs of at least this many nodes get their explorer written in a child process."""


def start_explorer(
    write: PageWriter, cache_path: Path, path: Path
) -> multiprocessing.process.BaseProcess | None:
    """Write the explorer of a big graph in a forked child while the parent writes the graph file.

    Both only read the (committed) store, each over its own connection, and each takes a second
    or more at 75k papers. None (write it in :func:`finish_explorer` instead) where ``fork`` is
    not available."""
    if not _can_fork():
        return None
    child = multiprocessing.get_context("fork").Process(
        target=_explorer_child, args=(write, cache_path, path, os.getpid()), daemon=True
    )
    child.start()
    return child


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this (forked) process when its parent ``parent`` dies, even by SIGKILL."""
    import ctypes
    import signal

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _explorer_child(write: PageWriter, cache_path: Path, path: Path, parent: int) -> None:
    die_with_parent(parent)  # an explorer without its graph.json must never appear after a killed build
    try:
        with contextlib.closing(sqlite3.connect(cache_path)) as db:
            write(GraphStore(db), path)
    except BaseException:  # the parent writes it again and raises the error itself
        os._exit(1)


def finish_explorer(
    write: PageWriter, child: multiprocessing.process.BaseProcess | None, store: GraphStore, path: Path
) -> None:
    """Wait for the explorer child; write the explorer here if there was none or it failed."""
    if child is not None:
        child.join()
        if child.exitcode == 0:
            return
    write(store, path)


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
