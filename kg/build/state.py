"""What a build directory remembers between runs, besides papers and the graph: the meta keys of
the build cache, the state the graph depends on, the files' recorded hashes, and how mention rows
are read back (for :mod:`kg.build.job` and :mod:`kg.build.citations`).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.build.cache import BuildCache, extractor_fingerprint, graph_code_fingerprint
from kg.graph.io import GRAPH_FILE

__all__ = [
    "CACHE_FILE",
    "EXPLORER_FILE",
    "GRAPH_FILE",
    "Clock",
    "Meta",
    "file_stat",
    "load_aliases_file",
    "recorded_hash",
    "rows_reader",
    "state_key",
]

EXPLORER_FILE = "explorer.html"
CACHE_FILE = "kg-cache.sqlite"

Rows = dict[str, Sequence[Sequence[Any]]]


class Meta:
    """The build cache's meta keys (one place for their names)."""

    FINGERPRINT = "fingerprint"  # the extractor the cached mentions were made with
    STORE_STATE = "store_state"  # the extractor and alias file the stored graph was built with
    SUMMARY = "summary"  # the stored graph's node and edge counts (JSON)
    GRAPH_SHA = "graph_sha"  # SHA-256 of graph.json as last written from the store ("" = behind)
    GRAPH_STAT = "graph_stat"  # graph.json's size and mtime (ns) when written
    EXPLORER_SHA = "explorer_sha"  # the graph_sha the explorer on disk was made from
    MODEL = "model"  # "1" when the stored graph was extracted with the trained mention source


def state_key(aliases: str | os.PathLike[str] | None, model: bool = True) -> str:
    """What, besides the papers, the graph depends on: the extractor/lexicon, the resolution and graph
    code, and the alias file."""
    h = hashlib.sha256(extractor_fingerprint(model=model).encode())
    h.update(graph_code_fingerprint().encode())
    if aliases is not None:
        h.update(Path(aliases).read_bytes())
    return h.hexdigest()[:24]


def load_aliases_file(path: str | os.PathLike[str] | None) -> Any:
    """The alias rules of a user's alias file (None when there is none)."""
    if path is None:
        return None
    from kg.resolve.resolver import load_aliases

    return load_aliases(Path(path))


def file_stat(path: Path) -> str:
    """A file's size and modification time (ns): enough to tell it was not rewritten since."""
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def recorded_hash(cache: BuildCache, path: Path) -> str | None:
    """The SHA-256 of the graph file: the one recorded when it was written if the file still has
    the size and modification time (ns) it had then (no 300 MB re-read), else computed."""
    try:
        stat = file_stat(path)
    except FileNotFoundError:
        return None
    recorded = cache.get_meta(Meta.GRAPH_SHA)
    if recorded and cache.get_meta(Meta.GRAPH_STAT) == stat:
        return recorded
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def rows_reader(
    cache: BuildCache,
    fresh: Mapping[str, Sequence[Sequence[Any]]],
    keys: Mapping[str, str],
    old_keys: Mapping[str, str],
) -> Callable[[Iterable[str], bool], Rows]:
    """``rows(pids, old)`` for :func:`kg.build.update.update_graph`: fresh extractions, else the cache."""

    def rows(pids: Iterable[str], old: bool) -> Rows:
        by_pid = {pid: (old_keys if old else keys)[pid] for pid in pids}
        loaded = cache.mentions(k for k in by_pid.values() if k not in fresh)
        return {pid: fresh[k] if k in fresh else loaded[k] for pid, k in by_pid.items()}

    return rows


class Clock:
    """Wall time per stage of a build."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        """Close the stage ``name`` (stages of one name add up)."""
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now

    def total(self) -> float:
        """Seconds since the clock started."""
        return time.perf_counter() - self.start

    def items(self) -> tuple[tuple[str, float], ...]:
        """The stages and their seconds, in order."""
        return tuple(self.laps.items())
