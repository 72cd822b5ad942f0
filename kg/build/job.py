"""The main job: read listings, extract, resolve, build the graph, write the explorer.

``build(inputs, out_dir)`` writes ``out_dir/graph.json`` and ``out_dir/explorer.html``
and keeps its state in ``out_dir/kg-cache.sqlite``: the papers and their raw mentions
(:mod:`kg.build.cache`) and the graph itself, record by record (:mod:`kg.build.store`).

- **Adding**: building into a directory that already holds a graph *adds* the new
  listing — the graph holds every paper built into the directory so far (``A ∪ B``); a paper
  read again replaces (or merges with) the stored one. ``rebuild=True`` starts from the given
  inputs only.
- **Incremental**: the new listing is merged with just the stored papers it reaches
  (:func:`kg.readers.merge_incremental.merge_into`); only new or changed papers are extracted;
  :func:`kg.build.update.update_graph` re-clusters the resolution keys from per-key statistics
  and rewrites only the records the change reaches; the graph file is copied out of the store
  and the explorer made from it (:mod:`kg.explorer.store`). The result is byte-identical to a
  full build of all inputs at once (tests and ``bench/build.py`` check it).
- **Full**: a new directory, ``rebuild=True``, another extractor version or alias file: every
  paper is merged, extracted where not cached, and written to an empty store.
- **Unchanged input** changes nothing: the graph file keeps its bytes.

Speed (75k papers, 2 cores): the cyclic garbage collector is paused during a build (millions
of acyclic records); the graph file's SHA-256 is computed while writing and recorded with the
file's size and mtime, so it is never read back; a big graph's explorer is written by a forked
child while the parent writes the graph file (Linux).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import multiprocessing.process
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import __version__
from kg.build.cache import BuildCache, StoredPapers, extraction_key, extractor_fingerprint
from kg.build.store import GraphStore
from kg.build.update import STEPS, update_graph
from kg.errors import InputError
from kg.graph.io import KG_FORMAT, GraphSummary
from kg.model import ENTITY_TYPES, Paper, ReadFailure, mention_to_row
from kg.progress import Progress
from kg.readers.merge_incremental import merge_into
from kg.resolve.resolver import Keyer
from kg.schema import label_for_type

__all__ = ["BuildResult", "build", "entity_counts", "merge_stored"]

GRAPH_FILE = "graph.json"
EXPLORER_FILE = "explorer.html"
CACHE_FILE = "kg-cache.sqlite"
_PARALLEL_EXPLORER_NODES = 20_000  # graphs at least this big get their explorer written in a child


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What :func:`build` did: files written, counts, skipped records and time."""

    graph_path: Path
    explorer_path: Path | None
    papers_read: int
    papers_total: int
    papers_new: int
    papers_extracted: int
    failures: tuple[ReadFailure, ...]
    summary: GraphSummary
    changed: bool
    seconds: float
    notes: tuple[str, ...] = ()
    timings: tuple[tuple[str, float], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (``kg build --json``)."""
        return {
            "graph": str(self.graph_path),
            "explorer": str(self.explorer_path) if self.explorer_path else None,
            "papers_read": self.papers_read,
            "papers_total": self.papers_total,
            "papers_new": self.papers_new,
            "papers_extracted": self.papers_extracted,
            "skipped": len(self.failures),
            "skipped_reasons": [str(f) for f in self.failures[:5]],
            **self.summary.to_dict(),
            "changed": self.changed,
            "seconds": round(self.seconds, 3),
            "timings": {k: round(v, 3) for k, v in self.timings},
            "notes": list(self.notes),
        }


def merge_stored(
    stored: Mapping[str, Paper], new: Sequence[Paper]
) -> tuple[dict[str, Paper], set[str], set[str]]:
    """Stored papers plus newly read ones, merged by the readers' rules (:func:`kg.readers.merge_papers`).

    Returns all papers by id, the ids that are new or changed, and the stored ids that are gone
    (merged into another id). Merging the stored set with a new listing gives the same papers
    as reading every listing at once, so building A then B equals building A and B together —
    except where records conflict (one title with two DOIs): merging is then order-dependent.
    """
    from kg.readers import merge_papers

    merged = {p.id: p for p in merge_papers([*(stored[pid] for pid in sorted(stored)), *new])}
    changed = {pid for pid, p in merged.items() if stored.get(pid) != p}
    return merged, changed, set(stored) - set(merged)


def _file_hash(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


def _file_stat(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def _recorded_hash(cache: BuildCache, path: Path) -> str | None:
    """The SHA-256 of the graph file: the one recorded when it was written if the file still has
    the size and modification time (ns) it had then (no 300 MB re-read), else computed."""
    try:
        stat = _file_stat(path)
    except FileNotFoundError:
        return None
    recorded = cache.get_meta("graph_sha")
    if recorded and cache.get_meta("graph_stat") == stat:
        return recorded
    return _file_hash(path)


def _extract(
    cache: BuildCache,
    papers: Mapping[str, Paper],
    keys: Mapping[str, str],
    pids: Iterable[str],
    processes: int,
    progress: bool | None,
    model: bool = False,
) -> tuple[dict[str, Sequence[Sequence[Any]]], int]:
    """Extract the papers among ``pids`` whose key is not cached; returns their mention rows by key."""
    from kg.extract import extract_papers

    wanted = sorted(set(pids))
    cached = cache.cached_keys(keys[pid] for pid in wanted)
    todo: dict[str, Paper] = {}
    for pid in wanted:
        if keys[pid] not in cached:
            todo.setdefault(keys[pid], papers[pid])
    fresh: dict[str, Sequence[Sequence[Any]]] = {}
    batch: dict[str, Sequence[Sequence[Any]]] = {}
    with Progress("extracting", total=len(todo), enabled=progress and bool(todo)) as bar:
        for paper, mentions in extract_papers(list(todo.values()), processes=processes, model=model):
            fresh[keys[paper.id]] = batch[keys[paper.id]] = [mention_to_row(m) for m in mentions]
            bar.advance()
            if len(batch) >= 5000:
                cache.put_mentions(batch)
                batch = {}
    cache.put_mentions(batch)
    return fresh, len(todo)


def _rows_reader(
    cache: BuildCache,
    fresh: Mapping[str, Sequence[Sequence[Any]]],
    keys: Mapping[str, str],
    old_keys: Mapping[str, str],
) -> Callable[[Iterable[str], bool], dict[str, Sequence[Sequence[Any]]]]:
    """``rows(pids, old)`` for :func:`kg.build.update.update_graph`: fresh extractions, else the cache."""

    def rows(pids: Iterable[str], old: bool) -> dict[str, Sequence[Sequence[Any]]]:
        by_pid = {pid: (old_keys if old else keys)[pid] for pid in pids}
        loaded = cache.mentions(k for k in by_pid.values() if k not in fresh)
        return {pid: fresh[k] if k in fresh else loaded[k] for pid, k in by_pid.items()}

    return rows


def _write_explorer(store: GraphStore, path: Path) -> str | None:
    """Write the explorer; returns a note when it could not be written."""
    try:
        from kg.explorer.store import write_store_explorer
    except ImportError:
        return "explorer not written: kg.explorer.explorer is not available in this installation"
    write_store_explorer(store, path)
    return None


def _start_explorer(cache_path: Path, path: Path) -> multiprocessing.process.BaseProcess | None:
    """Write the explorer of a big graph in a forked child while the parent writes the graph file.

    Both only read the (committed) store, each over its own connection, and each takes a second
    or more at 75k papers. None (write it in :func:`_finish_explorer` instead) where ``fork`` is
    not available."""
    if not _can_fork():
        return None
    try:
        import kg.explorer.store  # noqa: F401
    except ImportError:
        return None
    child = multiprocessing.get_context("fork").Process(
        target=_explorer_child, args=(cache_path, path, os.getpid()), daemon=True
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


def _explorer_child(cache_path: Path, path: Path, parent: int) -> None:
    die_with_parent(parent)  # an explorer without its graph.json must never appear after a killed build
    try:
        with contextlib.closing(sqlite3.connect(cache_path)) as db:
            _write_explorer(GraphStore(db), path)
    except BaseException:  # the parent writes it again and raises the error itself
        os._exit(1)


def _finish_explorer(
    child: multiprocessing.process.BaseProcess | None, store: GraphStore, path: Path
) -> str | None:
    """Wait for the explorer child; write the explorer here if there was none or it failed."""
    if child is not None:
        child.join()
        if child.exitcode == 0:
            return None
    return _write_explorer(store, path)


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def build(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = "kg-out",
    *,
    format: str | None = None,
    year: int | None = None,
    aliases: str | os.PathLike[str] | None = None,
    processes: int = 1,
    rebuild: bool = False,
    explorer: bool = True,
    progress: bool | None = False,
    model: bool = False,
) -> BuildResult:
    """Read ``inputs`` and build (or add them to) the graph in ``out_dir``.

    ``progress=None`` draws a progress bar when stderr is a terminal; False never does.
    Raises :class:`InputError` when nothing could be read, :class:`~kg.errors.OutputError` when
    ``out_dir`` is a file, is locked by another build or cannot be written (the previous files
    stay intact), and the readers', extractor's and resolver's errors as they are. ``model=False``
    extracts without the trained mention source.
    """
    from kg.build.outdir import locked_output

    with locked_output(out_dir):  # one build per directory; write errors in one line
        return _build(inputs, out_dir, format, year, aliases, processes, rebuild, explorer, progress, model)


def _build(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    format: str | None,
    year: int | None,
    aliases: str | os.PathLike[str] | None,
    processes: int,
    rebuild: bool,
    explorer: bool,
    progress: bool | None,
    model: bool = False,
) -> BuildResult:
    from kg.readers import read_files

    clock = _Clock()
    out = Path(out_dir)
    graph_path, explorer_file = out / GRAPH_FILE, out / EXPLORER_FILE
    result = read_files([str(p) for p in inputs], format=format, year=year)
    clock.lap("read")
    if not result.papers:
        reasons = "; ".join(str(f) for f in result.failures[:3])
        raise InputError(
            f"no papers could be read from {len(inputs)} input file(s)" + (f": {reasons}" if reasons else ""),
            hint="check the files, or force a reader with --format",
        )
    alias_rules = _load_aliases(aliases)
    state = _state_key(aliases, model)
    with BuildCache(out / CACHE_FILE) as cache:
        store = GraphStore(cache.db)
        full = rebuild or cache.get_meta("store_state") != state
        stored_keys = cache.paper_keys()
        fingerprint = extractor_fingerprint(model=model)
        stored: Mapping[str, Paper]
        papers: Mapping[str, Paper]
        if full:  # read every stored paper and merge them all again
            stored = {} if rebuild else cache.papers()
            papers, changed, _ = merge_stored(stored, result.papers)
            removed: set[str] = set()  # the store and the cache are rewritten whole
            same_extractor = cache.get_meta("fingerprint") == fingerprint
            keys = {  # a stored, unchanged paper keeps its key while the extractor is the same
                pid: stored_keys[pid]
                if same_extractor and pid in stored_keys and pid not in changed
                else extraction_key(p, fingerprint)
                for pid, p in papers.items()
            }
        else:  # same extractor and aliases as the stored graph: read only the papers the listing reaches
            fresh_papers, removed = merge_into(cache, result.papers)
            changed = set(fresh_papers)
            stored = StoredPapers(cache, stored_keys.keys())
            papers = StoredPapers(cache, (stored_keys.keys() - removed) | changed, fresh_papers)
            keys = {pid: key for pid, key in stored_keys.items() if pid not in removed}
            keys |= {pid: extraction_key(p, fingerprint) for pid, p in fresh_papers.items()}
        clock.lap("merge")
        dirty = full or bool(changed or removed)
        summary_json = cache.get_meta("summary")
        before = _recorded_hash(cache, graph_path)
        same_file = before is not None and cache.get_meta("graph_sha") == before
        # the explorer on disk was made from this very graph file (not one a crash left behind)
        explorer_ok = same_file and explorer_file.exists() and cache.get_meta("explorer_sha") == before
        if not dirty and summary_json and same_file and (not explorer or explorer_ok):
            return BuildResult(
                graph_path=graph_path,
                explorer_path=explorer_file if explorer else None,
                papers_read=len(result.papers),
                papers_total=len(papers),
                papers_new=0,
                papers_extracted=0,
                failures=tuple(result.failures),
                summary=GraphSummary.from_dict(json.loads(summary_json)),
                changed=False,
                seconds=clock.total(),
                notes=("nothing changed: the graph was not rebuilt",),
                timings=clock.items(),
            )
        n_extracted = 0
        if dirty:
            todo = set(papers) if full else changed
            fresh, n_extracted = _extract(cache, papers, keys, todo, processes, progress, model)
            clock.lap("extract")
            if full:
                store.clear()
            with Progress("building graph", total=STEPS, enabled=progress and full) as bar:
                update_graph(
                    store,
                    Keyer(aliases=alias_rules),
                    papers,
                    {} if full else stored,
                    todo,
                    removed,
                    _rows_reader(cache, fresh, keys, stored_keys),
                    bar.advance,
                )
            if full:  # every paper again: the index of an older cache may be missing
                cache.clear()
                cache.put_papers({pid: papers[pid] for pid in sorted(papers)}, keys)
            else:
                cache.delete_papers(removed)
                cache.put_papers({pid: papers[pid] for pid in sorted(changed)}, keys)
            cache.set_meta("fingerprint", fingerprint)
            if full:
                cache.prune()
            else:  # only the old keys of changed or merged-away papers can have fallen out of use
                cache.prune((stored_keys[p] for p in changed | removed if p in stored_keys), keys.values())
            summary = store.summary()
            cache.set_meta("summary", json.dumps(summary.to_dict(), sort_keys=True))
            cache.set_meta("state", state)
            cache.set_meta("store_state", state)
            for key in ("graph_sha", "explorer_sha"):  # the files are behind the store until rewritten
                cache.set_meta(key, "")
            cache.commit()  # the store is the truth from here; the files are made from it
            clock.lap("update")
        else:
            summary = GraphSummary.from_dict(json.loads(summary_json)) if summary_json else store.summary()
        big = sum(n for _, n in summary.nodes) >= _PARALLEL_EXPLORER_NODES
        side = _start_explorer(cache.path, explorer_file) if explorer and big and dirty else None
        after = before
        if dirty or not same_file:
            after = store.write_file(graph_path, {"kg_format": KG_FORMAT, "kg_version": __version__})
            cache.set_meta("graph_sha", after)
            cache.set_meta("graph_stat", _file_stat(graph_path))
            cache.commit()
        clock.lap("save")
        notes: list[str] = []
        if explorer and (dirty or not explorer_ok):
            note = _finish_explorer(side, store, explorer_file)
            notes.extend([note] if note else [])
            if not note:
                cache.set_meta("explorer_sha", after or "")
                cache.commit()
            clock.lap("explorer")
    return BuildResult(
        graph_path=graph_path,
        explorer_path=explorer_file if explorer and not notes else None,
        papers_read=len(result.papers),
        papers_total=len(papers),
        papers_new=len(changed),
        papers_extracted=n_extracted,
        failures=tuple(result.failures),
        summary=summary,
        changed=after != before,
        seconds=clock.total(),
        notes=tuple(notes),
        timings=clock.items(),
    )


class _Clock:
    """Wall time per stage of a build."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = self.laps.get(name, 0.0) + now - self.last
        self.last = now

    def total(self) -> float:
        return time.perf_counter() - self.start

    def items(self) -> tuple[tuple[str, float], ...]:
        return tuple(self.laps.items())


def _state_key(aliases: str | os.PathLike[str] | None, model: bool = False) -> str:
    """What, besides the papers, the graph depends on: the extractor/lexicon and the alias file."""
    h = hashlib.sha256(extractor_fingerprint(model=model).encode())
    if aliases is not None:
        h.update(Path(aliases).read_bytes())
    return h.hexdigest()[:24]


def _load_aliases(path: str | os.PathLike[str] | None) -> Any:
    if path is None:
        return None
    from kg.resolve.resolver import load_aliases

    return load_aliases(Path(path))


def entity_counts(summary: GraphSummary) -> dict[str, int]:
    """Entity nodes by type from a summary, in schema order (``{"dataset": 12, ...}``)."""
    nodes = dict(summary.nodes)
    return {t: nodes[label_for_type(t)] for t in ENTITY_TYPES if label_for_type(t) in nodes}
