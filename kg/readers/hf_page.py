"""The Hugging Face Papers listing page, as text copied from a browser (format ``hf_page``).

The text is a run of blocks separated by blank lines. A paper is a title block, an
abstract block and usually a metadata block::

    Title of the paper

    The abstract, one long paragraph ...

      • 4 authors          (or an organisation line: ``metaresearch Meta Research``)
    ·
    Jan 16, 2023 12        (a date, ``Mon D`` without a year, and an optional upvote count)

Page chrome (``Daily Papers``, ``Subscribe`` …) comes before the first paper. The two
blocks before a metadata block are its title and abstract; other blocks pair up as a
title followed by an abstract (a paper without metadata) when the second has at least
:data:`MIN_ABSTRACT_WORDS` words. Unpaired blocks before the first paper and after the
last are chrome and skipped; unpaired blocks between papers are reported as failures.

>>> text = '''Daily Papers
...
... Tiny Paper
...
... ''' + "word " * 25 + '''
...
...   • 3 authors
... ·
... Mar 4 7
... '''
>>> papers = parse_page(text.splitlines(True), "x.txt", year=2025)
>>> [(p.title, p.n_authors, p.date, p.date_text, p.upvotes) for p in papers]
[('Tiny Paper', 3, '2025-03-04', 'Mar 4', 7)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import MONTHS, make_paper, ymd
from kg.readers.io import BadLine, iter_lines

__all__ = ["MIN_ABSTRACT_WORDS", "Meta", "parse_date_line", "parse_page", "read_hf_page"]

FORMAT = "hf_page"
MIN_ABSTRACT_WORDS = 20
AUTHORS_RE = re.compile(r"•\s*(\d+)\s+authors?", re.IGNORECASE)
DATE_RE = re.compile(
    r"(?P<mon>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2})(?:,\s*(?P<year>\d{4}))?(?:\s+(?P<up>\d+))?"
)
_HANDLE = re.compile(r"[a-z0-9][a-z0-9._-]*")


@dataclass(frozen=True, slots=True)
class Meta:
    """A parsed metadata block."""

    n_authors: int | None = None
    organization: str | None = None
    date: str | None = None
    date_text: str | None = None
    upvotes: int | None = None


@dataclass(frozen=True, slots=True)
class _Block:
    line: int
    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.lines)


def parse_date_line(line: str, year: int | None) -> tuple[str | None, str, int | None] | None:
    """``(iso date or None, date text, upvotes or None)`` for a page date line, else ``None``.

    >>> parse_date_line("Aug 14, 2024 2", None)
    ('2024-08-14', 'Aug 14, 2024', 2)
    >>> parse_date_line("Nov 13 2", None)
    (None, 'Nov 13', 2)
    >>> parse_date_line("Nov 13", 2025)
    ('2025-11-13', 'Nov 13', None)
    """
    m = DATE_RE.fullmatch(line.strip())
    month = MONTHS.get(m.group("mon").lower()) if m else None
    if m is None or month is None:
        return None
    text = line.strip()[: m.end("year") if m.group("year") else m.end("day")]
    y = int(m.group("year")) if m.group("year") else year
    date = ymd(y, month, int(m.group("day"))) if y is not None else None
    return date, text, int(m.group("up")) if m.group("up") else None


def organization_name(line: str) -> str:
    """The display name from an organisation line: ``metaresearch Meta Research`` -> ``Meta Research``.

    >>> [organization_name(s) for s in ("metaresearch Meta Research", "Qwen Qwen", "Meta AI")]
    ['Meta Research', 'Qwen', 'Meta AI']
    """
    first, _, rest = line.strip().partition(" ")
    rest = rest.strip()
    if rest and (_HANDLE.fullmatch(first) or first.lower() == rest.replace(" ", "").lower()):
        return rest
    return line.strip()


def _is_meta(block: _Block) -> bool:
    return any(s.strip() == "·" or AUTHORS_RE.fullmatch(s.strip()) for s in block.lines)


def _parse_meta(block: _Block, year: int | None) -> Meta:
    n_authors = org = date = date_text = upvotes = None
    seen_sep = False
    for raw in block.lines:
        line = raw.strip()
        if m := AUTHORS_RE.fullmatch(line):
            n_authors = int(m.group(1))
        elif line == "·":
            seen_sep = True
        elif parsed := parse_date_line(line, year):
            date, date_text, upvotes = parsed
        elif line.lower().startswith("submitted by"):
            continue
        elif not seen_sep and org is None:
            org = organization_name(line)
        elif seen_sep and date_text is None:
            date_text = line  # a date kg cannot parse: kept as printed
    return Meta(n_authors, org, date, date_text, upvotes)


def _is_title(block: _Block) -> bool:
    line = block.lines[0].strip()
    return len(block.lines) == 1 and len(line) <= 300 and not line.endswith(".")


def _is_abstract(block: _Block) -> bool:
    return len(block.text.split()) >= MIN_ABSTRACT_WORDS


def _blocks(lines: Iterable[str]) -> Iterator[_Block]:
    start, buf = 0, list[str]()
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if line.strip():
            if not buf:
                start = n
            buf.append(line)
        elif buf:
            yield _Block(start, tuple(buf))
            buf = []
    if buf:
        yield _Block(start, tuple(buf))


class _Pager:
    """The state machine that turns blocks into papers (see the module docstring)."""

    def __init__(self, file: str, year: int | None) -> None:
        self.file, self.year = file, year
        self.record = 0
        self.buf: list[_Block] = []
        self.orphans: list[_Block] = []

    def paper(self, title: _Block, abstract: _Block | None, meta: Meta) -> Iterator[Paper | ReadFailure]:
        self.record += 1
        for orphan in self.orphans:
            src = Source(self.file, orphan.line, None, FORMAT)
            yield ReadFailure(src, f"text that is not a title followed by an abstract: {orphan.text[:60]!r}")
        self.orphans = []
        src = Source(self.file, title.line, self.record, FORMAT)
        if abstract is None:
            yield ReadFailure(src, f"paper {title.text[:60]!r} has no abstract before its metadata")
            return
        yield make_paper(
            src,
            title=title.text,
            abstract=abstract.text,
            n_authors=meta.n_authors,
            organization=meta.organization,
            date=meta.date,
            date_text=meta.date_text,
            upvotes=meta.upvotes,
        )

    def drain(self, keep: int) -> Iterator[Paper | ReadFailure]:
        """Pair title/abstract blocks from the front while more than ``keep`` blocks are buffered."""
        buf = self.buf
        while len(buf) > keep:
            if len(buf) >= 2 and _is_title(buf[0]) and _is_abstract(buf[1]):
                yield from self.paper(buf[0], buf[1], Meta())
                del buf[:2]
            else:
                if self.record:  # text between papers; chrome before the first one
                    self.orphans.append(buf[0])
                del buf[0]

    def meta(self, block: _Block) -> Iterator[Paper | ReadFailure]:
        yield from self.drain(2)
        meta = _parse_meta(block, self.year)
        if len(self.buf) == 2:
            yield from self.paper(self.buf[0], self.buf[1], meta)
        elif len(self.buf) == 1:
            yield from self.paper(self.buf[0], None, meta)
        else:
            self.record += 1
            yield ReadFailure(Source(self.file, block.line, self.record, FORMAT), "metadata without a paper")
        self.buf.clear()


def parse_page(lines: Iterable[str], file: str, *, year: int | None = None) -> Iterator[Paper | ReadFailure]:
    """Papers (and failures) from the lines of a copied page, in page order; streams."""
    pager = _Pager(file, year)
    for block in _blocks(lines):
        if _is_meta(block):
            yield from pager.meta(block)
        else:
            pager.buf.append(block)
            yield from pager.drain(2)
    yield from pager.drain(0)


def read_hf_page(path: str, *, year: int | None = None, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read a copied Hugging Face Papers page; ``year`` completes dates printed without one."""
    bad: list[BadLine] = []

    def lines() -> Iterator[str]:
        for line in iter_lines(path):
            if isinstance(line, BadLine):
                bad.append(line)
                yield "\n"  # a block break: the unreadable line stays out of titles and abstracts
            else:
                yield line

    for item in parse_page(lines(), path, year=year):
        yield from (ReadFailure(Source(path, b.line, None, FORMAT), b.reason) for b in bad)
        bad.clear()
        yield item
    yield from (ReadFailure(Source(path, b.line, None, FORMAT), b.reason) for b in bad)
