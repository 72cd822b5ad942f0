"""The build state kept beside a graph: the papers in it and their raw (pre-resolution) mentions.

One SQLite file (``DIR/kg-cache.sqlite``) with two tables:

- ``papers``: every paper of the graph (full record as JSON) and the extraction key of its text;
- ``mentions``: raw mentions by extraction key = hash of (extractor fingerprint, title, abstract).

An incremental ``kg build`` re-extracts only papers whose key is not cached; a change to
the extractor code, lexicon or kg version changes the fingerprint and so every key.

>>> import tempfile, pathlib
>>> from kg.model import Paper, Source
>>> cache = BuildCache(pathlib.Path(tempfile.mkdtemp()) / "kg-cache.sqlite")
>>> p = Paper(id="1", title="T", source=Source("f"), authors=("A B",))
>>> key = extraction_key(p, "fp")
>>> cache.put_papers({"1": p}, {"1": key}); cache.put_mentions({key: []})
>>> cache.papers()["1"] == p, list(cache.mentions([key]).values())
(True, [[]])
>>> cache.close()
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg import __version__
from kg.build.sqlite_in import select_in
from kg.errors import StoreError
from kg.internals import record_encoder
from kg.model import MENTION_ROW_FIELDS, Paper, Source
from kg.readers.merge_incremental import index_values

__all__ = [
    "BuildCache",
    "StoredPapers",
    "extraction_key",
    "extractor_fingerprint",
    "graph_code_fingerprint",
    "paper_from_json",
    "paper_to_json",
]

CACHE_FORMAT = "2"
_SENTENCE = MENTION_ROW_FIELDS.index("sentence")
_PAPER_FIELDS = tuple(f.name for f in dataclasses.fields(Paper))
_PAPER_FIELD_SET = frozenset(_PAPER_FIELDS)
_TUPLE_FIELDS = frozenset(f.name for f in dataclasses.fields(Paper) if isinstance(f.default, tuple))


def extractor_fingerprint(extra_files: Sequence[str | os.PathLike[str]] = (), *, model: bool = True) -> str:
    """A hash of all extraction depends on: kg's version, ``kg/extract`` code and data, extra lexicons,
    and whether the trained mention source is on."""
    h = hashlib.sha256(__version__.encode() + (b"" if model else b"\x00no-model"))
    _hash_tree(h, "extract", extra_files)
    return h.hexdigest()[:24]


def graph_code_fingerprint() -> str:
    """A hash of the code that turns mentions into the stored graph (``kg/resolve``, ``kg/graph``):
    a stored graph made by other resolution code is rebuilt in full, not updated."""
    h = hashlib.sha256(__version__.encode())
    for package in ("resolve", "graph"):
        _hash_tree(h, package)
    return h.hexdigest()[:24]


def _hash_tree(h: Any, package: str, extra_files: Sequence[str | os.PathLike[str]] = ()) -> None:
    """Feed the code and data files of ``kg/<package>`` (and ``extra_files``) to the hash ``h``."""
    root = Path(__file__).resolve().parents[1] / package
    files = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".jsonl", ".txt", ".json", ".tsv"}
    )
    for path in [*files, *(Path(f) for f in extra_files)]:
        h.update(str(path.relative_to(root) if path.is_relative_to(root) else path).encode())
        h.update(path.read_bytes())


def extraction_key(paper: Paper, fingerprint: str) -> str:
    """The cache key of a paper's mentions: they depend only on its title, abstract and the extractor."""
    text = "\x00".join((fingerprint, paper.title, paper.abstract))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


_ENCODE_SORTED = record_encoder()  # = json.dumps(ensure_ascii=False, separators=(",", ":"), sort_keys=True),
# one C encoder for every paper instead of a new JSONEncoder each


def paper_to_json(paper: Paper) -> str:
    """The full paper record (every field, including ``source``) as compact JSON."""
    data: dict[str, Any] = {name: getattr(paper, name) for name in _PAPER_FIELDS}
    src = paper.source
    data["source"] = {"file": src.file, "line": src.line, "record": src.record, "format": src.format}
    return _ENCODE_SORTED(data)


def paper_from_json(text: str) -> Paper:
    """Inverse of :func:`paper_to_json`; unknown keys (from another kg version) are ignored."""
    data: dict[str, Any] = json.loads(text)
    kwargs: dict[str, Any] = {
        k: (tuple(v) if k in _TUPLE_FIELDS else v) for k, v in data.items() if k in _PAPER_FIELD_SET
    }
    kwargs["source"] = Source(**data["source"])
    return Paper(**kwargs)


_ENCODE = record_encoder(sort_keys=False)  # = json.dumps(ensure_ascii=False, separators=(",", ":"))


def _pack_rows(rows: Sequence[Sequence[Any]]) -> bytes:
    """Mention rows as compressed JSON, each sentence stored once (mentions share sentences)."""
    sentences: dict[str, int] = {}
    packed = []
    for row in rows:
        r = list(row)
        r[_SENTENCE] = sentences.setdefault(r[_SENTENCE], len(sentences))
        packed.append(r)
    text = _ENCODE([list(sentences), packed])
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack_rows(blob: bytes) -> list[list[Any]]:
    sentences, rows = json.loads(zlib.decompress(blob))
    for r in rows:
        r[_SENTENCE] = sentences[r[_SENTENCE]]
    return rows  # type: ignore[no-any-return]


class BuildCache:
    """The SQLite build state of one output directory. Close it (or use ``with``) when done."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(self.path)
            # the graph store's tables and indexes are hundreds of MB at 75k papers: SQLite's default
            # 2 MB page cache turned their inserts into random disk reads
            self._db.execute("PRAGMA cache_size = -262144")  # KiB: 256 MB
            self._db.execute("PRAGMA temp_store = MEMORY")
            self._db.executescript(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS papers"
                " (id TEXT PRIMARY KEY, key TEXT NOT NULL, data TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS mentions (key TEXT PRIMARY KEY, data BLOB NOT NULL);"
                "CREATE TABLE IF NOT EXISTS paper_index (kind TEXT NOT NULL, value TEXT NOT NULL,"
                " pid TEXT NOT NULL, PRIMARY KEY (kind, value, pid)) WITHOUT ROWID;"
                "CREATE INDEX IF NOT EXISTS paper_index_pid ON paper_index (pid);"
                # paper_keys() reads this narrow index, not every paper's JSON
                "CREATE INDEX IF NOT EXISTS papers_key ON papers (id, key);"
            )
            fmt = self.get_meta("cache_format")
        except sqlite3.DatabaseError as err:
            raise StoreError(
                f"{self.path}: not a kg build cache ({err})", hint="delete it, or use --rebuild"
            ) from err
        if fmt != CACHE_FORMAT:  # written only when it changes: a reader takes no write lock
            if fmt is not None:
                self.clear(mentions=True)
            self.set_meta("cache_format", CACHE_FORMAT)

    @property
    def db(self) -> sqlite3.Connection:
        """The SQLite connection (the graph store, :mod:`kg.build.store`, keeps its tables here too)."""
        return self._db

    def __enter__(self) -> BuildCache:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is not None:  # a failed or interrupted build leaves the cache as it was
            self._db.rollback()
        self.close()

    def close(self) -> None:
        """Commit and close the database."""
        self._db.commit()
        self._db.close()

    def get_meta(self, key: str) -> str | None:
        """A value of the ``meta`` table, or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a value of the ``meta`` table."""
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def clear(self, *, mentions: bool = False) -> None:
        """Forget every paper (and with ``mentions=True`` every cached extraction)."""
        self._db.execute("DELETE FROM papers")
        self._db.execute("DELETE FROM paper_index")
        if mentions:
            self._db.execute("DELETE FROM mentions")

    def papers(self) -> dict[str, Paper]:
        """Every stored paper by id."""
        return {pid: paper_from_json(data) for pid, data in self._db.execute("SELECT id, data FROM papers")}

    def paper_keys(self) -> dict[str, str]:
        """Paper id -> extraction key, for every stored paper."""
        return dict(self._db.execute("SELECT id, key FROM papers"))

    def put_papers(self, papers: Mapping[str, Paper], keys: Mapping[str, str]) -> None:
        """Store (insert or replace) papers with their extraction keys (and index them)."""
        rows = ((pid, keys[pid], paper_to_json(p)) for pid, p in papers.items())
        self._db.executemany("INSERT OR REPLACE INTO papers (id, key, data) VALUES (?, ?, ?)", rows)
        rows_of = (
            (kind, v, pid) for pid, p in papers.items() for kind, vs in index_values(p).items() for v in vs
        )
        insert = "INSERT OR IGNORE INTO paper_index (kind, value, pid) VALUES (?, ?, ?)"
        if self._db.execute("SELECT 1 FROM paper_index LIMIT 1").fetchone() is None:  # a full build
            self._db.executemany(insert, rows_of)
            return
        # only the index rows that change, in key order: a day's enrichment adds references to papers
        # whose other rows stay (deleting and re-adding them all was most of this call)
        wanted = set(rows_of)
        query = "SELECT kind, value, pid FROM paper_index WHERE pid IN ({marks})"
        have = set(select_in(self._db, query, papers))
        delete = "DELETE FROM paper_index WHERE kind = ? AND value = ? AND pid = ?"
        self._db.executemany(delete, sorted(have - wanted))
        self._db.executemany(insert, sorted(wanted - have))

    def delete_papers(self, ids: Iterable[str]) -> None:
        """Forget these papers (their ids were merged into others)."""
        gone = sorted(ids)
        self._db.executemany("DELETE FROM papers WHERE id = ?", ((pid,) for pid in gone))
        self._unindex(gone)

    def _unindex(self, ids: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM paper_index WHERE pid = ?", ((pid,) for pid in ids))

    # -- kg.readers.merge_incremental.PaperIndex: the stored papers for an incremental merge

    def ids(self) -> list[str]:
        """Every stored paper id, sorted."""
        return [pid for (pid,) in self._db.execute("SELECT id FROM papers ORDER BY id")]

    def with_values(self, kind: str, values: Iterable[str]) -> set[str]:
        """Ids of stored papers with any of ``values`` among their ``kind`` values (see
        :func:`kg.readers.merge_incremental.index_values`)."""
        query = "SELECT pid FROM paper_index WHERE kind = ? AND value IN ({marks})"
        return {pid for (pid,) in select_in(self._db, query, values, kind)}

    def aliases(self, values: Iterable[str]) -> dict[str, str]:
        """Identifier -> the stored paper claiming it (its id, arXiv id, DOI or another id; the
        smallest paper id when several do). Used by ``kg enrich`` to resolve references."""
        out: dict[str, str] = {}
        query = "SELECT value, pid FROM paper_index WHERE kind = 'alias' AND value IN ({marks})"
        for value, pid in select_in(self._db, query, values):
            out[value] = min(pid, out.get(value, pid))
        return out

    def load(self, ids: Iterable[str]) -> dict[str, Paper]:
        """The stored papers with these ids (ids not stored are left out)."""
        rows = select_in(self._db, "SELECT id, data FROM papers WHERE id IN ({marks})", ids)
        return {pid: paper_from_json(data) for pid, data in rows}

    def mentions(self, keys: Iterable[str]) -> dict[str, list[list[Any]]]:
        """Cached mention rows for those of ``keys`` that are cached."""
        rows = select_in(self._db, "SELECT key, data FROM mentions WHERE key IN ({marks})", keys)
        return {key: _unpack_rows(blob) for key, blob in rows}

    def cached_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` whose mentions are cached (without reading the mentions)."""
        return {k for (k,) in select_in(self._db, "SELECT key FROM mentions WHERE key IN ({marks})", keys)}

    def put_mentions(self, rows: Mapping[str, Sequence[Sequence[Any]]]) -> None:
        """Store mention rows by extraction key."""
        self._db.executemany(
            "INSERT OR REPLACE INTO mentions (key, data) VALUES (?, ?)",
            ((k, _pack_rows(v)) for k, v in rows.items()),
        )

    def prune(self, candidates: Iterable[str] | None = None, in_use: Iterable[str] = ()) -> int:
        """Delete cached extractions no stored paper uses; returns how many went.

        With ``candidates`` (the keys papers just stopped using) only those not ``in_use`` are
        deleted, without scanning the whole cache."""
        if candidates is None:
            cur = self._db.execute("DELETE FROM mentions WHERE key NOT IN (SELECT key FROM papers)")
            return cur.rowcount
        gone = sorted(set(candidates) - set(in_use))
        self._db.executemany("DELETE FROM mentions WHERE key = ?", ((k,) for k in gone))
        return len(gone)

    def commit(self) -> None:
        """Commit the current transaction."""
        self._db.commit()


class StoredPapers(Mapping[str, Paper]):
    """The papers of a build by id, read from the cache on first access (an incremental build
    touches a few hundred of 75k), with ``overrides`` (new or changed papers) in front."""

    def __init__(
        self, cache: BuildCache, ids: Iterable[str], overrides: Mapping[str, Paper] | None = None
    ) -> None:
        self._cache = cache
        self._ids = set(ids)
        self._memo: dict[str, Paper] = dict(overrides or {})

    def __getitem__(self, pid: str) -> Paper:
        paper = self._memo.get(pid)
        if paper is None:
            if pid not in self._ids:
                raise KeyError(pid)
            paper = self._memo[pid] = self._cache.load([pid])[pid]
        return paper

    def __contains__(self, pid: object) -> bool:
        return pid in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._ids))

    def __len__(self) -> int:
        return len(self._ids)

    def prefetch(self, ids: Iterable[str]) -> None:
        """Read these papers in one go (instead of one query each)."""
        self._memo |= self._cache.load(pid for pid in ids if pid in self._ids and pid not in self._memo)
