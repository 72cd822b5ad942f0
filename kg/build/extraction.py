"""A build's extraction step: extract the papers whose mentions are not cached, and use the parent's
idle time while the workers extract.

With ``processes > 1`` the parent process mostly waits for the workers' results. A full build
hands :func:`extract_missing` two jobs for that time (neither needs anything the workers make):

- ``meanwhile``: run once as soon as the workers are busy (after the first result), e.g. storing
  every paper in the cache, which a full build otherwise did after resolution;
- ``keyer``: each extracted paper's mentions are keyed (:func:`key_rows`, the per-paper part of
  resolution) as they arrive, so that :func:`kg.build.update.update_graph` gets them ready-made.

Both are pure additions to the same results: the graph is the same bytes (tests and
``bench/build.py`` check it). Nothing to extract starts no workers and loads no pipeline.

>>> import tempfile, pathlib
>>> from kg.build.cache import BuildCache
>>> from kg.model import Paper, Source
>>> from kg.resolve.resolver import Keyer
>>> cache = BuildCache(pathlib.Path(tempfile.mkdtemp()) / "kg-cache.sqlite")
>>> p = Paper(id="1", title="", source=Source("f"), abstract="We evaluate on CIFAR-10.")
>>> done = []
>>> out = extract_missing(
...     cache, {"1": p}, {"1": "k1"}, ["1"], keyer=Keyer(False), meanwhile=lambda: done.append(1)
... )
>>> out.extracted, [row[4] for row in out.rows["k1"]], [m.text for m, _, _ in out.keyed["1"]], done
(1, ['CIFAR-10'], ['CIFAR-10'], [1])
>>> extract_missing(cache, {"1": p}, {"1": "k1"}, ["1"]).extracted  # cached now: nothing to do
0
>>> cache.close()
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kg.build.cache import BuildCache
from kg.model import Paper, mention_from_row
from kg.progress import Progress
from kg.resolve.resolver import KeyedRow, Keyer

__all__ = ["Extracted", "extract_missing", "key_rows"]

_BATCH = 5000
"""Extractions stored per cache insert."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """What :func:`extract_missing` made: the new mention rows by extraction key, how many papers it
    extracted, and (with a keyer) those papers' keyed mentions by paper id."""

    rows: dict[str, Sequence[Sequence[Any]]]
    extracted: int
    keyed: dict[str, KeyedRow]


def key_rows(keyer: Keyer, pid: str, rows: Sequence[Sequence[Any]]) -> KeyedRow:
    """One paper's raw mention rows as keyed mentions (:meth:`kg.resolve.resolver.Keyer.key_mentions`)."""
    return keyer.key_mentions([mention_from_row(pid, r) for r in rows])


def extract_missing(
    cache: BuildCache,
    papers: Mapping[str, Paper],
    keys: Mapping[str, str],
    pids: Iterable[str],
    processes: int = 1,
    progress: bool | None = False,
    model: bool = True,
    *,
    keyer: Keyer | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> Extracted:
    """Extract the papers among ``pids`` whose key is not cached (each text once), storing the rows in
    the cache; ``keyer`` keys every extracted paper's mentions, ``meanwhile`` runs once while the
    workers work (or at the end when nothing is extracted)."""
    from kg.extract.extractor import extract_paper_rows

    wanted = sorted(set(pids))
    cached = cache.cached_keys(keys[pid] for pid in wanted)
    todo: dict[str, Paper] = {}
    sharing: dict[str, list[str]] = defaultdict(list)  # extraction key -> the papers with that text
    for pid in wanted:
        if keys[pid] not in cached:
            todo.setdefault(keys[pid], papers[pid])
            sharing[keys[pid]].append(pid)
    fresh: dict[str, Sequence[Sequence[Any]]] = {}
    keyed: dict[str, KeyedRow] = {}
    batch: dict[str, Sequence[Sequence[Any]]] = {}
    pending = meanwhile
    results = extract_paper_rows(list(todo.values()), processes=processes, model=model) if todo else iter(())
    with Progress("extracting", total=len(todo), enabled=progress and bool(todo)) as bar:
        for paper, rows in results:
            if pending is not None:  # the workers have started: the parent's own work overlaps theirs
                pending()
                pending = None
            key = keys[paper.id]
            fresh[key] = batch[key] = rows
            if keyer is not None:
                keyed.update((pid, key_rows(keyer, pid, rows)) for pid in sharing[key])
            bar.advance()
            if len(batch) >= _BATCH:
                cache.put_mentions(batch)
                batch = {}
    cache.put_mentions(batch)
    if pending is not None:
        pending()
    return Extracted(fresh, len(todo), keyed)
