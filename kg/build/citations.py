"""``kg enrich DIR --citations``: add a built graph's citations from OpenAlex or Semantic Scholar.

1. **Fetch** (only papers without a row for the source): each paper is matched by arXiv id, DOI,
   or a title search accepted above :data:`kg.sources.records.TITLE_THRESHOLD`; the match, its
   method and the ids the paper cites are stored (:class:`kg.build.citation_table.CitationTable`) batch
   by batch, so an interrupted run resumes. With ``external=True`` the cited works' titles and
   years are stored too.
2. **Apply** through the incremental build engine: the papers' records gain the references (mapped
   to in-graph paper ids where a paper claims the id) and their own id at the source (``alt_ids``);
   :func:`kg.build.update.update_graph` rewrites just those papers (their ``CITES`` edges), and the
   graph file and explorer are written from the store. Cited works outside the graph become
   ``Work`` nodes with ``external=True``. The same fetched data gives the same bytes.

Papers whose references name a work that just got matched to a graph paper are updated too, so
the order in which papers are enriched does not change the graph.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg import __version__
from kg.build.cache import BuildCache, StoredPapers
from kg.build.citation_table import CitationTable
from kg.build.explorer_page import PageWriter
from kg.build.splice import ChangeLog, Edit, write_store_file
from kg.build.state import (
    CACHE_FILE,
    EXPLORER_FILE,
    GRAPH_FILE,
    Meta,
    file_stat,
    load_aliases_file,
    recorded_hash,
    rows_reader,
    state_key,
)
from kg.build.store import GraphStore
from kg.build.update import update_graph
from kg.errors import ConfigError, GraphError
from kg.graph.io import KG_FORMAT, GraphSummary
from kg.model import Paper
from kg.progress import Progress
from kg.readers.openalex import openalex_id
from kg.readers.s2 import ref_id
from kg.resolve.resolver import Keyer
from kg.sources import openalex, s2
from kg.sources.http import Http
from kg.sources.records import TITLE_THRESHOLD, Citations, Match, Work

__all__ = ["CITATION_SOURCES", "EnrichResult", "enrich", "reapply_citations"]

CITATION_SOURCES: tuple[str, ...] = ("openalex", "s2")
_BATCH = 50
_APPLIED = "citations_applied"  # g_meta: set once every stored row has been applied to the store
_SPLICE_ROWS = 20_000  # applying more papers' rows than this rewrites the graph file whole


@dataclass(frozen=True, slots=True)
class EnrichResult:
    """What :func:`enrich` did: papers fetched, how papers are matched, papers rewritten, the graph."""

    graph_path: Path
    fetched: int
    methods: Mapping[str, int]
    updated: int
    works: int
    summary: GraphSummary
    changed: bool
    seconds: float
    timings: tuple[tuple[str, float], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (``kg enrich --json``)."""
        return {
            "graph": str(self.graph_path),
            "fetched": self.fetched,
            "matched_by": dict(self.methods),
            "papers_updated": self.updated,
            "work_nodes_added": self.works,
            **self.summary.to_dict(),
            "changed": self.changed,
            "seconds": round(self.seconds, 3),
            "timings": {k: round(v, 3) for k, v in self.timings},
        }


def _year(value: Any) -> int | None:
    return value if isinstance(value, int) else None


def citations_of(match: Match) -> Citations:
    """A source's record as the paper's :class:`Citations`, its ids read as the readers read them
    (:func:`kg.readers.openalex.openalex_id`, :func:`kg.readers.s2.ref_id`).

    >>> m = Match("p1", "openalex", "doi", None, {"id": "https://openalex.org/W1",
    ...           "referenced_works": ["https://openalex.org/W3", "https://openalex.org/W2"]})
    >>> citations_of(m).work_id, citations_of(m).references
    ('openalex:W1', ('openalex:W2', 'openalex:W3'))
    """
    rec = match.record
    if rec is None:
        return Citations(match.paper_id, match.source, match.method, match.score)
    if match.source == "openalex":
        refs = sorted({r for r in map(openalex_id, rec.get("referenced_works") or []) if r})
        return Citations(
            match.paper_id, match.source, match.method, match.score, openalex_id(rec.get("id")), tuple(refs)
        )
    works = {}
    for ref in rec.get("references") or []:
        rid = ref_id(ref)
        if rid and isinstance(ref, dict):
            works[rid] = Work(rid, str(ref.get("title") or ""), _year(ref.get("year")))
    wid = f"s2:{rec['paperId']}" if rec.get("paperId") else None
    refs = sorted(works)
    return Citations(
        match.paper_id,
        match.source,
        match.method,
        match.score,
        wid,
        tuple(refs),
        tuple(works[r] for r in refs),
    )


def _fetch(
    source: str,
    http: Http,
    papers: Sequence[Paper],
    base: str | None,
    creds: Mapping[str, str],
    threshold: float,
) -> Iterator[Citations]:
    if source == "openalex":
        found = openalex.openalex_matches(
            http, papers, credentials=dict(creds), base=base or openalex.BASE, threshold=threshold
        )
    else:
        found = s2.s2_matches(
            http, papers, api_key=creds.get("api_key"), base=base or s2.BASE, threshold=threshold
        )
    return map(citations_of, found)


def enrich(
    out_dir: str | os.PathLike[str],
    http: Http,
    *,
    source: str = "openalex",
    external: bool = False,
    aliases: str | os.PathLike[str] | None = None,
    base: str | None = None,
    creds: Mapping[str, str] | None = None,
    threshold: float = TITLE_THRESHOLD,
    explorer: PageWriter | None = None,
    progress: bool | None = False,
) -> EnrichResult:
    """Add citations from ``source`` to the graph built in ``out_dir`` (see the module docstring).

    ``aliases`` must be the alias file the graph was built with; ``explorer`` rewrites the
    explorer page (:func:`kg.explorer.jobs.enrich` hands it the explorer's writer). Raises
    :class:`GraphError` when ``out_dir`` holds no build, :class:`ConfigError` for an unknown source
    or other aliases, and :class:`kg.errors.FetchError` when the source fails (what arrived before
    is kept).
    """
    if source not in CITATION_SOURCES:
        raise ConfigError(f"unknown citation source: {source!r}", hint="use openalex or s2")
    start = time.perf_counter()
    out = Path(out_dir)
    if not (out / CACHE_FILE).exists():
        raise GraphError(f"no kg build in {out}", hint=f"run kg build … --out {out} first")
    with BuildCache(out / CACHE_FILE) as cache:
        if cache.get_meta(Meta.STORE_STATE) != state_key(aliases, cache.get_meta(Meta.MODEL) == "1"):
            raise ConfigError(
                f"{out} was built with another alias file or kg version",
                hint="pass the --aliases the graph was built with, or kg build again",
            )
        table = CitationTable(cache.db)
        if external:
            table.set_external(source)
        todo = sorted(set(cache.ids()) - table.enriched(source))
        with Progress(f"{source} papers", total=len(todo), enabled=progress and bool(todo)) as bar:
            for i in range(0, len(todo), _BATCH):
                batch = cache.load(todo[i : i + _BATCH])
                table.put(
                    _fetch(source, http, [batch[p] for p in sorted(batch)], base, creds or {}, threshold)
                )
                cache.commit()  # what arrived is kept if a later batch fails
                bar.advance(len(batch))
        fetched_at = time.perf_counter()
        result = _apply(
            cache, table, source, todo, external, http, base, creds or {}, aliases, explorer, start
        )
    return dataclasses.replace(result, timings=(("fetch", fetched_at - start), *result.timings))


def _apply(
    cache: BuildCache,
    table: CitationTable,
    source: str,
    fetched: Sequence[str],
    external: bool,
    http: Http,
    base: str | None,
    creds: Mapping[str, str],
    aliases: str | os.PathLike[str] | None,
    explorer: PageWriter | None,
    start: float,
) -> EnrichResult:
    begin = time.perf_counter()
    store = GraphStore(cache.db)
    ids = cache.ids()
    applied = store.get_value(_APPLIED) == "1"
    rows = table.rows(source, fetched if applied else ids)
    graph_path = cache.path.parent / GRAPH_FILE
    before = cache.get_meta(Meta.GRAPH_SHA)
    # a few papers' citations into the file the store wrote last: splice the changed records in
    splice = len(rows) <= _SPLICE_ROWS and bool(before) and recorded_hash(cache, graph_path) == before
    counts = cache.get_meta(Meta.SUMMARY)  # the store's counts when the file was written
    with ChangeLog(cache.db) if splice and counts else contextlib.nullcontext() as log:
        touched, n_works = _merge(
            cache, store, table, rows, ids, external, http, source, base, creds, aliases
        )
        edits = log.edits() if log is not None else None
        merged_at = time.perf_counter()
        summary = (
            log.summary(GraphSummary.from_dict(json.loads(counts))) if log and counts else store.summary()
        )
    parts = _write(cache, store, summary, bool(touched) or not graph_path.exists(), explorer, edits)
    return EnrichResult(
        graph_path, len(fetched), table.methods(source), len(touched), n_works, summary,
        cache.get_meta(Meta.GRAPH_SHA) != before, time.perf_counter() - start,
        (("merge", merged_at - begin), ("write", time.perf_counter() - merged_at), *parts),
    )  # fmt: skip


def _merge(
    cache: BuildCache,
    store: GraphStore,
    table: CitationTable,
    rows: Mapping[str, Citations],
    ids: list[str],
    external: bool,
    http: Http | None,
    source: str,
    base: str | None,
    creds: Mapping[str, str],
    aliases: str | os.PathLike[str] | None,
) -> tuple[set[str], int]:
    """Apply ``rows`` to the store and the cached papers; returns the papers rewritten and how
    many ``Work`` nodes were added."""
    keys = cache.paper_keys()
    old = StoredPapers(cache, ids)
    changed, alias, candidates = _resolved(cache, store, rows, old)
    store.delete_nodes(store.with_label(alias, "Work"))  # cited works that turned out to be graph papers
    current = {pid: changed.get(pid, old[pid]) for pid in candidates}
    new_works = _put_works(store, table, current, set(ids), external, http, source, base, creds)
    touched = set(changed) | {pid for pid, p in current.items() if new_works.intersection(p.references)}
    if touched:
        papers = StoredPapers(cache, ids, changed)
        keyer = Keyer(aliases=load_aliases_file(aliases))
        update_graph(store, keyer, papers, old, touched, set(), rows_reader(cache, {}, keys, keys))
        cache.put_papers(changed, keys)
    store.put_value(_APPLIED, "1")
    return touched, len(new_works)


def reapply_citations(cache: BuildCache, aliases: str | os.PathLike[str] | None) -> int:
    """After a full build (the store written again from the listings): apply every stored citation
    row again, from the cache only, with ``Work`` nodes where ``kg enrich --external`` made them.
    Returns how many papers were rewritten. The graph equals the one the enrichment made."""
    table = CitationTable(cache.db)
    if table.is_empty():  # never enriched: nothing to apply (no pass over every paper id)
        return 0
    store, ids, touched = GraphStore(cache.db), cache.ids(), 0
    for source in CITATION_SOURCES:
        rows = table.rows(source, ids)
        if rows:
            done, _ = _merge(
                cache, store, table, rows, ids, table.external(source), None, source, None, {}, aliases
            )
            touched += len(done)
    return touched


def _resolved(
    cache: BuildCache, store: GraphStore, rows: Mapping[str, Citations], old: StoredPapers
) -> tuple[dict[str, Paper], dict[str, str], list[str]]:
    """The papers whose records change: the rows' papers gain their references (mapped to graph
    papers where one claims the id) and their id at the source; papers already citing an id a row
    just matched get it mapped. Returns the changed papers, the id map, and the papers looked at."""
    claimed = {c.work_id: pid for pid, c in rows.items() if c.work_id}
    candidates = sorted(set(rows) | store.papers_with("refs", claimed))
    old.prefetch(candidates)
    wanted = {
        r
        for pid in candidates
        for r in (*old[pid].references, *(rows[pid].references if pid in rows else ()))
    }
    alias = {**cache.aliases(wanted), **claimed}
    changed: dict[str, Paper] = {}
    for pid in candidates:
        paper, row = old[pid], rows.get(pid)
        refs = {alias.get(r, r) for r in (*paper.references, *(row.references if row else ()))} - {pid}
        alt = set(paper.alt_ids) | ({row.work_id} if row and row.work_id else set())
        new = dataclasses.replace(paper, references=tuple(sorted(refs)), alt_ids=tuple(sorted(alt)))
        if new != paper:
            changed[pid] = new
    return changed, alias, candidates


def _write(
    cache: BuildCache,
    store: GraphStore,
    summary: GraphSummary,
    dirty: bool,
    explorer: PageWriter | None,
    edits: tuple[list[Edit], list[Edit]] | None = None,
) -> tuple[tuple[str, float], ...]:
    """Record the summary; when ``dirty``, write the graph file (and the explorer) from the store:
    with ``edits`` (the records that changed since the file was written), by splicing them in.
    Returns the seconds the graph file and the store's commit took (``write`` holds them)."""
    cache.set_meta(Meta.SUMMARY, json.dumps(summary.to_dict(), sort_keys=True))
    begin = time.perf_counter()
    if not dirty:
        cache.commit()
        return ()
    graph_path = cache.path.parent / GRAPH_FILE
    meta = {"kg_format": KG_FORMAT, "kg_version": __version__}
    sha = write_store_file(store, graph_path, meta, edits)
    written = time.perf_counter()
    cache.set_meta(Meta.GRAPH_SHA, sha)
    cache.set_meta(Meta.GRAPH_STAT, file_stat(graph_path))
    cache.commit()
    parts = (("write_file", written - begin), ("write_commit", time.perf_counter() - written))
    if explorer is not None:
        explorer(store, cache.path.parent / EXPLORER_FILE)
        cache.set_meta(Meta.EXPLORER_SHA, sha)
        cache.commit()
    return parts


def _put_works(
    store: GraphStore,
    table: CitationTable,
    papers: Mapping[str, Paper],
    in_graph: set[str],
    external: bool,
    http: Http | None,
    source: str,
    base: str | None,
    creds: Mapping[str, str],
) -> set[str]:
    """With ``external``, add the ``Work`` nodes of the works these papers cite outside the graph
    (titles fetched first where the source's references did not carry them, unless ``http`` is
    None); returns their ids."""
    if not external:
        return set()
    outside = sorted({r for p in papers.values() for r in p.references} - in_graph)
    outside = sorted(set(outside) - store.with_label(outside, "Work"))
    known = table.works(outside)
    missing = [w for w in outside if w not in known and w.startswith("openalex:")]
    if missing and source == "openalex" and http is not None:
        plain = [w.removeprefix("openalex:") for w in missing]
        fetched = openalex.openalex_works(http, plain, credentials=dict(creds), base=base or openalex.BASE)
        table.put_works(
            Work(wid, str(w.get("display_name") or ""), _year(w.get("publication_year")))
            for w in fetched
            if (wid := openalex_id(w.get("id")))
        )
        known = table.works(outside)
    store.put_nodes(
        (w, "Work", {"label": "Work", "title": known[w].title, "year": known[w].year}) for w in sorted(known)
    )
    return set(known)
