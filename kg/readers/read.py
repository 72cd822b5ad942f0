"""Reading listings: pick a reader per file, stream its records, collect and merge.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "papers.jsonl")
>>> _ = open(path, "w").write('{"title": "A"}\\n{"title": "B"}\\nnot json\\n{"title": "A"}\\n')
>>> result = read_files([path])
>>> [p.title for p in result.papers], [f.reason[:8] for f in result.failures]
(['A', 'B'], ['bad JSON'])
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping

from kg.errors import ConfigError, InputError
from kg.model import Paper, ReadFailure, ReadResult, Source
from kg.readers.arxiv_atom import read_arxiv_atom
from kg.readers.arxiv_jsonl import read_arxiv_jsonl
from kg.readers.bibtex import read_bibtex
from kg.readers.detect import FAMILY, detect_format, sniff
from kg.readers.generic import read_csv, read_jsonl
from kg.readers.hf_daily import read_hf_daily
from kg.readers.hf_page import read_hf_page
from kg.readers.io import head
from kg.readers.merge import merge_papers
from kg.readers.openalex import read_openalex
from kg.readers.s2 import read_s2

__all__ = ["FORMATS", "iter_files", "iter_records", "read_files"]

Reader = Callable[..., Iterator[Paper | ReadFailure]]

#: Every format name ``--format`` accepts, and its reader.
FORMATS: dict[str, Reader] = {
    "hf_page": read_hf_page,
    "hf_daily": read_hf_daily,
    "arxiv_atom": read_arxiv_atom,
    "arxiv_jsonl": read_arxiv_jsonl,
    "openalex": read_openalex,
    "s2": read_s2,
    "bibtex": read_bibtex,
    "jsonl": read_jsonl,
    "csv": read_csv,
}


def _choose(path: str, fmt: str | None, mapped: bool) -> str:
    if fmt is None:
        found = detect_format(path)
        # a column mapping means "my own layout": read it with the generic reader of its family
        return {"json": "jsonl", "csv": "csv"}.get(FAMILY[found], found) if mapped else found
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}", hint="formats: " + ", ".join(FORMATS))
    seen = sniff(head(path))
    if seen is not None and FAMILY[seen] != FAMILY[fmt] and not (FAMILY[fmt] == "csv" and seen == "hf_page"):
        raise InputError(
            f"--format {fmt} does not fit: the content looks like {seen}",
            file=path,
            hint=f"drop --format, or use --format {seen}",
        )
    return fmt


def iter_records(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    year: int | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Paper | ReadFailure]:
    """Papers and failures of one file, in file order, streamed.

    Whole-file problems raise :class:`InputError`; one that appears after records were
    read (a truncated gzip stream, bad UTF-8 further down) ends the file with a
    :class:`ReadFailure` instead, keeping everything read before it.
    """
    name = os.fspath(path)
    fmt = _choose(name, format, bool(mapping))
    count = 0
    try:
        for item in FORMATS[fmt](name, year=year, mapping=mapping):
            count += 1
            yield item
    except InputError as err:
        if count == 0:
            raise
        yield ReadFailure(Source(name, err.line, err.record, fmt), err.message)


def iter_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    year: int | None = None,
    mapping: Mapping[str, str] | None = None,
) -> Iterator[Paper | ReadFailure]:
    """Records of several files, one file after another (no merging; constant memory)."""
    for path in paths:
        yield from iter_records(path, format=format, year=year, mapping=mapping)


def read_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    year: int | None = None,
    mapping: Mapping[str, str] | None = None,
    merge: bool = True,
) -> ReadResult:
    """Read listings into one :class:`ReadResult`; duplicates merged unless ``merge=False``.

    Order: file order, then record order; a merged paper sits where it first appeared.
    """
    papers: list[Paper] = []
    failures: list[ReadFailure] = []
    for item in iter_files(paths, format=format, year=year, mapping=mapping):
        (papers if isinstance(item, Paper) else failures).append(item)  # type: ignore[arg-type]
    return ReadResult(tuple(merge_papers(papers) if merge else papers), tuple(failures))
