"""BibTeX (format ``bibtex``) via bibtexparser 2, LaTeX accents and macros decoded to Unicode.

The file is cut into entries at lines that start with ``@`` and each entry is parsed on
its own, so memory stays flat and a broken entry costs only itself (reported with its
line). ``@string`` macros defined earlier in the file stay in force. An arXiv id is
taken from ``eprint`` (with ``archivePrefix = arXiv``) or an ``arXiv:`` mention in
``journal`` / ``note`` / ``url``; ``others`` / ``et al.`` in the author list is dropped
(``n_authors`` counts the names listed).

>>> import tempfile, os
>>> bib = '''@article{k1,
...   title = {Tensor{F}low: Large-scale {ML} on Sch{\\\\"o}lkopf's data},
...   author = {Abadi, Mart{\\\\'\\\\i}n and {Le Cun}, Yann and others},
...   journal = {ArXiv:2010.02178}, year = {2016}, month = mar
... }'''
>>> path = os.path.join(tempfile.mkdtemp(), "refs.bib")
>>> _ = open(path, "w").write(bib)
>>> (p,) = read_bibtex(path)
>>> p.title
"TensorFlow: Large-scale ML on Schölkopf's data"
>>> p.authors, p.n_authors, p.arxiv_id, p.date_text
(('Martín Abadi', 'Yann Le Cun'), 2, '2010.02178', 'Mar 2016')
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from bibtexparser.entrypoint import parse_string
from bibtexparser.model import Entry, ExplicitComment
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import LatexWalker, get_default_latex_context_db

from kg.errors import InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import MONTHS, arxiv_id_from, clean, make_paper, to_int, ymd
from kg.readers.io import BadLine, head, iter_lines

__all__ = ["decode_latex", "read_bibtex", "split_names"]

FORMAT = "bibtex"
# bibtexparser logs parse errors; kg reports them as ReadFailures, so keep them off stderr
# unless the application configured logging itself.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
_ENTRY_START = re.compile(r"\s*@\s*([A-Za-z]+)\s*[{(]")
_ARXIV_MENTION = re.compile(r"arxiv[\s:/.]*(?:abs/)?(\S+)", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_OTHERS = {"others", "et al.", "et al", "etal"}


_LATEX_MARKS = ("\\", "{", "}", "$", "~", "%", "&", "--", "``", "''")


@cache
def _decoder() -> tuple[LatexNodes2Text, Any]:
    # one context database for every walker (building it per call was most of the cost)
    return LatexNodes2Text(math_mode="text"), get_default_latex_context_db()


def decode_latex(text: str) -> str:
    """LaTeX to plain Unicode text, whitespace collapsed: ``Sch{\\"o}lkopf`` -> ``Schölkopf``."""
    if not any(mark in text for mark in _LATEX_MARKS):
        return clean(text)
    decoder, context = _decoder()
    try:
        nodes = LatexWalker(text, latex_context=context, tolerant_parsing=True).get_latex_nodes()[0]
        return clean(decoder.nodelist_to_text(nodes))
    except Exception:  # pylatexenc raises plain Exceptions on odd input; keep the raw text
        return clean(text.replace("{", "").replace("}", ""))


def split_names(raw: str) -> list[str]:
    """Split a BibTeX author list on ``and`` outside braces (``{Barnes and Noble}`` stays one)."""
    names, depth, start = [], 0, 0
    for i, ch in enumerate(raw):
        depth += (ch == "{") - (ch == "}")
        if depth == 0 and (m := _AND.match(raw, i)) and i > start:
            names.append(raw[start:i])
            start = m.end()
    names.append(raw[start:])
    return [n.strip() for n in names if n.strip()]


def _person(raw: str) -> str:
    """``Last, First`` / ``von Last, Jr, First`` -> ``First von Last Jr``."""
    parts = [decode_latex(p) for p in raw.split(",")]
    if len(parts) == 2:
        return f"{parts[1]} {parts[0]}".strip()
    if len(parts) >= 3:
        return f"{parts[2]} {parts[0]} {parts[1]}".strip()
    return parts[0]


def _arxiv(fields: dict[str, str]) -> str | None:
    prefix = fields.get("archiveprefix", fields.get("eprinttype", "")).lower()
    if prefix in ("arxiv", "") and (ax := arxiv_id_from(fields.get("eprint"))):
        return ax
    for key in ("journal", "note", "url", "howpublished"):
        for m in _ARXIV_MENTION.finditer(decode_latex(fields.get(key, ""))):
            if ax := arxiv_id_from(m.group(1)):
                return ax
    return None


def _date(fields: dict[str, str]) -> tuple[str | None, str | None]:
    year = to_int(fields.get("year", "")[:4])
    if year is None:
        return None, clean(fields.get("year")) or None
    month_raw = decode_latex(fields.get("month", "")).lower()[:3]
    month = MONTHS.get(month_raw) or to_int(month_raw)
    if not month or not 1 <= month <= 12:
        return None, str(year)
    day = to_int(fields.get("day", ""))
    mon = list(MONTHS)[month - 1].capitalize()
    return (ymd(year, month, day), f"{mon} {day}, {year}") if day else (None, f"{mon} {year}")


def entry_record(entry: Entry, src: Source) -> Paper | ReadFailure:
    """One parsed BibTeX entry as a paper."""
    fields = {f.key.lower(): str(f.value) for f in entry.fields}
    names = split_names(fields.get("author", ""))
    people = [_person(n) for n in names if n.strip().lower() not in _OTHERS]
    date, date_text = _date(fields)
    return make_paper(
        src,
        title=decode_latex(fields.get("title", "")),
        abstract=decode_latex(fields.get("abstract", "")),
        authors=people,
        date=date,
        date_text=date_text,
        arxiv_id=_arxiv(fields),
        doi=fields.get("doi"),
        url=fields.get("url"),
    )


def _chunks(path: str) -> Iterator[tuple[int, str, str | None]]:
    """``(first line, text, why the block is unreadable or None)`` per ``@…`` block (and text before)."""
    start, buf, bad = 1, list[str](), None
    for n, line in enumerate(iter_lines(path), 1):
        if isinstance(line, BadLine) and line.tail:
            if buf or bad:
                yield start, "".join(buf), bad
            yield n, "", line.reason
            return
        if isinstance(line, BadLine):
            bad, line = bad or f"line {line.line}: {line.reason}", "\n"
        elif _ENTRY_START.match(line) and (buf or bad):
            yield start, "".join(buf), bad
            start, buf, bad = n, [], None
        buf.append(line)
    if buf:
        yield start, "".join(buf), bad


def _outside(text: str) -> bool:
    """Whether text outside entries says something (``%`` lines are comments by convention)."""
    return any(ln.strip() and not ln.lstrip().startswith("%") for ln in text.splitlines())


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(line offset, text)`` per paragraph of text outside entries that says something."""
    start, buf = 0, list[str]()
    for n, line in enumerate([*text.splitlines(), ""]):
        if line.strip():
            start = n if not buf else start
            buf.append(line)
        elif buf:
            if _outside("\n".join(buf)):
                yield start, "\n".join(buf)
            buf = []


def _block(text: str, strings: list[str], src: Source) -> Iterator[Paper | ReadFailure]:
    library = parse_string("".join(strings) + text)
    if library.failed_blocks:
        err = getattr(library.failed_blocks[0], "error", None)
        why = f"{type(err).__name__}: {err}" if str(err) else type(err).__name__
        yield ReadFailure(src, f"malformed BibTeX entry ({why})")
    elif not (library.entries or library.preambles or library.comments):
        yield ReadFailure(src, "no BibTeX entry could be parsed here")
    for entry in library.entries:
        try:
            yield entry_record(entry, src)
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as err:
            yield ReadFailure(src, f"malformed BibTeX entry ({type(err).__name__}: {err})")
    for _ in library.preambles:
        yield ReadFailure(src, "@preamble block, not a paper")
    offset = "".join(strings).count("\n")
    for comment in library.comments:
        if isinstance(comment, ExplicitComment):
            yield ReadFailure(src, "@comment block, not a paper")
            continue
        line = (src.line or 1) + (comment.start_line or 0) - offset
        for n, paragraph in _paragraphs(comment.comment):
            where = Source(src.file, line + n, None, FORMAT)
            yield ReadFailure(where, f"text outside any entry: {paragraph.strip()[:60]!r}")


def read_bibtex(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read a BibTeX file entry by entry; text outside entries and ``@comment`` blocks are reported."""
    if not _ENTRY_START.search(head(path)):
        raise InputError("no BibTeX entries (format bibtex expects @type{key, ...})", file=path)
    strings: list[str] = []
    record = 0
    for line, text, bad in _chunks(path):
        kind = _ENTRY_START.match(text)
        name = kind.group(1).lower() if kind else ""
        if kind is None and not bad:
            for n, paragraph in _paragraphs(text):
                where = Source(path, line + n, None, FORMAT)
                yield ReadFailure(where, f"text outside any entry: {paragraph.strip()[:60]!r}")
            continue
        if name == "string" and not bad:
            strings.append(text)
            continue
        if not text:  # the damaged tail of a compressed file
            yield ReadFailure(Source(path, line, None, FORMAT), bad or "")
            continue
        record += 1
        src = Source(path, line, record, FORMAT)
        if bad:
            yield ReadFailure(src, bad)
        else:
            yield from _block(text, strings, src)
