"""The main job: read listings, extract, resolve, build the graph (and the explorer it is handed).

``build(inputs, out_dir)`` writes ``out_dir/graph.json`` (and ``out_dir/explorer.html`` with an
``explorer`` page writer: :func:`kg.explorer.jobs.build`, what ``kg build`` runs) and keeps its
state in ``out_dir/kg-cache.sqlite``: the papers and their raw mentions (:mod:`kg.build.cache`)
and the graph itself, record by record (:mod:`kg.build.store`).

- **Adding**: building into a directory that already holds a graph *adds* the new
  listing — the graph holds every paper built into the directory so far (``A ∪ B``); a paper
  read again replaces (or merges with) the stored one. ``rebuild=True`` starts from the given
  inputs only.
- **Incremental**: the new listing is merged with just the stored papers it reaches
  (:func:`kg.readers.merge_incremental.merge_into`); only new or changed papers are extracted;
  :func:`kg.build.update.update_graph` re-clusters the resolution keys from per-key statistics
  and rewrites only the records the change reaches; the changed records are spliced into the
  graph file (:mod:`kg.build.splice`) and the explorer made from the store (by the page writer);
  the result is byte-identical to a full build of all inputs (tests and ``bench/build.py`` check).
- **Full**: a new directory, ``rebuild=True``, another extractor version or alias file: every
  paper is merged, extracted where not cached, and written to an empty store.
- **Unchanged input** changes nothing: the graph file keeps its bytes.

Speed (75k papers, 2 cores): the cyclic garbage collector is paused during a build (millions
of acyclic records); the graph file's SHA-256 is computed while writing and recorded with the
file's size and mtime, so it is never read back; a big graph's explorer is written by a forked
child while the parent writes the graph file (Linux); with ``processes > 1`` a full build's paper-side
records (papers' ``WROTE`` / ``CITES`` edges and nodes, authors' nodes) are written by a forked child
while the parent resolves (:mod:`kg.build.side`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import __version__
from kg.build.cache import BuildCache, StoredPapers, extraction_key, extractor_fingerprint
from kg.build.citations import reapply_citations
from kg.build.explorer_page import PARALLEL_EXPLORER_NODES, PageWriter, finish_explorer, start_explorer
from kg.build.extraction import extract_missing
from kg.build.splice import ChangeLog, write_store_file
from kg.build.state import (
    CACHE_FILE,
    EXPLORER_FILE,
    GRAPH_FILE,
    Clock,
    Meta,
    file_stat,
    load_aliases_file,
    recorded_hash,
    rows_reader,
    state_key,
)
from kg.build.store import GraphStore
from kg.build.update import STEPS, update_graph
from kg.errors import InputError
from kg.graph.io import KG_FORMAT, GraphSummary
from kg.model import ENTITY_TYPES, Paper, ReadFailure, ReadResult
from kg.progress import Progress
from kg.readers.merge_incremental import merge_into
from kg.resolve.resolver import Keyer
from kg.schema import label_for_type

__all__ = [
    "CACHE_FILE",
    "EXPLORER_FILE",
    "GRAPH_FILE",
    "BuildOptions",
    "BuildResult",
    "build",
    "entity_counts",
    "merge_stored",
]


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """How :func:`build` reads and builds (its keyword arguments)."""

    format: str | None = None
    year: int | None = None
    aliases: str | os.PathLike[str] | None = None
    processes: int = 1
    rebuild: bool = False
    explorer: PageWriter | None = None
    progress: bool | None = False
    model: bool = True


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


def build(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = "kg-out",
    *,
    format: str | None = None,
    year: int | None = None,
    aliases: str | os.PathLike[str] | None = None,
    processes: int = 1,
    rebuild: bool = False,
    explorer: PageWriter | None = None,
    progress: bool | None = False,
    model: bool = True,
) -> BuildResult:
    """Read ``inputs`` and build (or add them to) the graph in ``out_dir``.

    ``explorer`` writes ``out_dir/explorer.html`` from the store (:func:`kg.explorer.jobs.build` hands
    it :func:`kg.explorer.store.write_store_explorer`); None writes the graph file only.
    ``progress=None`` draws a progress bar when stderr is a terminal; False never does.
    ``model=False`` extracts without the trained mention source (on by default).
    Raises :class:`InputError` when nothing could be read, :class:`~kg.errors.OutputError` when
    ``out_dir`` is a file, is locked by another build or cannot be written (the previous files
    stay intact), and the readers', extractor's and resolver's errors as they are.
    """
    from kg.build.outdir import locked_output

    options = BuildOptions(format, year, aliases, processes, rebuild, explorer, progress, model)
    with locked_output(out_dir):  # one build per directory; write errors in one line
        return _build(inputs, Path(out_dir), options)


@dataclass(slots=True)
class _Plan:
    """What a build will change: every paper, the stored versions, and which are new, changed or gone."""

    full: bool
    stored: Mapping[str, Paper]
    papers: Mapping[str, Paper]
    changed: set[str]
    removed: set[str]
    keys: dict[str, str]  # paper id -> extraction key
    stored_keys: dict[str, str]
    fingerprint: str

    @property
    def dirty(self) -> bool:
        return self.full or bool(self.changed or self.removed)


def _read(inputs: Sequence[str | os.PathLike[str]], options: BuildOptions) -> ReadResult:
    from kg.readers import read_files

    result = read_files([str(p) for p in inputs], format=options.format, year=options.year)
    if not result.papers:
        reasons = "; ".join(str(f) for f in result.failures[:3])
        raise InputError(
            f"no papers could be read from {len(inputs)} input file(s)" + (f": {reasons}" if reasons else ""),
            hint="check the files, or force a reader with --format",
        )
    return result


def _plan(cache: BuildCache, new: Sequence[Paper], options: BuildOptions, state: str) -> _Plan:
    """Merge the new papers with the stored ones: all of them again (a full build), or only those the
    listing reaches when the stored graph was made with the same extractor and aliases."""
    full = options.rebuild or cache.get_meta(Meta.STORE_STATE) != state
    stored_keys = cache.paper_keys()
    fingerprint = extractor_fingerprint(model=options.model)
    if full:  # read every stored paper and merge them all again
        stored: Mapping[str, Paper] = {} if options.rebuild else cache.papers()
        papers, changed, _ = merge_stored(stored, new)
        same_extractor = cache.get_meta(Meta.FINGERPRINT) == fingerprint
        keys = {  # a stored, unchanged paper keeps its key while the extractor is the same
            pid: stored_keys[pid]
            if same_extractor and pid in stored_keys and pid not in changed
            else extraction_key(p, fingerprint)
            for pid, p in papers.items()
        }
        return _Plan(True, stored, papers, changed, set(), keys, stored_keys, fingerprint)
    fresh, removed = merge_into(cache, new)
    keys = {pid: key for pid, key in stored_keys.items() if pid not in removed}
    keys |= {pid: extraction_key(p, fingerprint) for pid, p in fresh.items()}
    every = StoredPapers(cache, (stored_keys.keys() - removed) | set(fresh), fresh)
    return _Plan(
        False,
        StoredPapers(cache, stored_keys.keys()),
        every,
        set(fresh),
        removed,
        keys,
        stored_keys,
        fingerprint,
    )


def _build(inputs: Sequence[str | os.PathLike[str]], out: Path, options: BuildOptions) -> BuildResult:
    clock = Clock()
    result = _read(inputs, options)
    clock.lap("read")
    graph_path, explorer_file = out / GRAPH_FILE, out / EXPLORER_FILE
    keyer = Keyer(aliases=load_aliases_file(options.aliases))
    state = state_key(options.aliases, options.model)
    with BuildCache(out / CACHE_FILE) as cache:
        store = GraphStore(cache.db)
        plan = _plan(cache, result.papers, options, state)
        clock.lap("merge")
        summary_json = cache.get_meta(Meta.SUMMARY)
        before = recorded_hash(cache, graph_path)
        same_file = before is not None and cache.get_meta(Meta.GRAPH_SHA) == before
        # the explorer on disk was made from this very graph file (not one a crash left behind)
        explorer_ok = same_file and explorer_file.exists() and cache.get_meta(Meta.EXPLORER_SHA) == before
        if not plan.dirty and summary_json and same_file and (options.explorer is None or explorer_ok):
            summary = GraphSummary.from_dict(json.loads(summary_json))
            unchanged = ("nothing changed: the graph was not rebuilt",)
            explorer = options.explorer is not None
            return _result(out, explorer, result, plan, 0, summary, False, clock, unchanged)
        # a day's update of the file the store wrote last: log the records it changes, splice them in
        with ChangeLog(cache.db) if plan.dirty and not plan.full and same_file else nullcontext() as log:
            n_extracted = _update(cache, store, keyer, plan, options, state, clock) if plan.dirty else 0
            edits = log.edits() if log is not None else None
        summary_json = cache.get_meta(Meta.SUMMARY)  # _update recorded the store's new counts
        summary = GraphSummary.from_dict(json.loads(summary_json)) if summary_json else store.summary()
        big = sum(n for _, n in summary.nodes) >= PARALLEL_EXPLORER_NODES
        write_page = options.explorer if plan.dirty or not explorer_ok else None
        fork = big and plan.dirty
        side = start_explorer(write_page, cache.path, explorer_file) if write_page and fork else None
        after = before
        if plan.dirty or not same_file:
            meta = {"kg_format": KG_FORMAT, "kg_version": __version__}
            after = write_store_file(store, graph_path, meta, edits)
            cache.set_meta(Meta.GRAPH_SHA, after)
            cache.set_meta(Meta.GRAPH_STAT, file_stat(graph_path))
            cache.commit()
        clock.lap("save")
        if write_page is not None:
            finish_explorer(write_page, side, store, explorer_file)
            cache.set_meta(Meta.EXPLORER_SHA, after or "")
            cache.commit()
            clock.lap("explorer")
    explorer = options.explorer is not None
    return _result(out, explorer, result, plan, n_extracted, summary, after != before, clock, ())


def _update(
    cache: BuildCache,
    store: GraphStore,
    keyer: Keyer,
    plan: _Plan,
    options: BuildOptions,
    state: str,
    clock: Clock,
) -> int:
    """Extract what is not cached, update the stored graph and the cache; returns papers extracted."""
    todo = set(plan.papers) if plan.full else plan.changed
    # a full build keys the mentions and stores the papers while the workers extract
    store_papers = (lambda: _store_papers(cache, plan)) if plan.full else None
    got = extract_missing(
        cache, plan.papers, plan.keys, todo, options.processes, options.progress, options.model,
        keyer=keyer if plan.full else None, meanwhile=store_papers,
    )  # fmt: skip
    fresh, n_extracted = got.rows, got.extracted
    clock.lap("extract")
    if plan.full:
        store.clear()
    with Progress("building graph", total=STEPS, enabled=options.progress and plan.full) as bar:
        update_graph(
            store,
            keyer,
            plan.papers,
            {} if plan.full else plan.stored,
            todo,
            plan.removed,
            rows_reader(cache, fresh, plan.keys, plan.stored_keys),
            bar.advance,
            got.keyed,
            side=plan.full and options.processes > 1,  # a second process may write records meanwhile
        )
    if not plan.full:
        cache.delete_papers(plan.removed)
        cache.put_papers({pid: plan.papers[pid] for pid in sorted(plan.changed)}, plan.keys)
    cache.set_meta(Meta.FINGERPRINT, plan.fingerprint)
    if plan.full:
        cache.prune()
    else:  # only the old keys of changed or merged-away papers can have fallen out of use
        gone = (plan.stored_keys[p] for p in plan.changed | plan.removed if p in plan.stored_keys)
        cache.prune(gone, plan.keys.values())
    if plan.full:  # the store was written from the listings alone: the fetched citations go back in
        reapply_citations(cache, options.aliases)
    cache.set_meta(Meta.SUMMARY, json.dumps(store.summary().to_dict(), sort_keys=True))
    cache.set_meta(Meta.STORE_STATE, state)
    cache.set_meta(Meta.MODEL, "1" if options.model else "")
    for key in (Meta.GRAPH_SHA, Meta.EXPLORER_SHA):  # the files are behind the store until rewritten
        cache.set_meta(key, "")
    cache.commit()  # the store is the truth from here; the files are made from it
    clock.lap("update")
    return n_extracted


def _store_papers(cache: BuildCache, plan: _Plan) -> None:
    """Store every paper of a full build (the index of an older cache may be missing)."""
    cache.clear()
    cache.put_papers({pid: plan.papers[pid] for pid in sorted(plan.papers)}, plan.keys)


def _result(
    out: Path,
    explorer: bool,
    read: ReadResult,
    plan: _Plan,
    n_extracted: int,
    summary: GraphSummary,
    changed: bool,
    clock: Clock,
    notes: tuple[str, ...],
) -> BuildResult:
    return BuildResult(
        graph_path=out / GRAPH_FILE,
        explorer_path=out / EXPLORER_FILE if explorer else None,
        papers_read=len(read.papers),
        papers_total=len(plan.papers),
        papers_new=len(plan.changed) if plan.dirty else 0,
        papers_extracted=n_extracted,
        failures=tuple(read.failures),
        summary=summary,
        changed=changed,
        seconds=clock.total(),
        notes=notes,
        timings=clock.items(),
    )


def entity_counts(summary: GraphSummary) -> dict[str, int]:
    """Entity nodes by type from a summary, in schema order (``{"dataset": 12, ...}``)."""
    nodes = dict(summary.nodes)
    return {t: nodes[label_for_type(t)] for t in ENTITY_TYPES if label_for_type(t) in nodes}
