"""A small library of hostile records, per format, for the fuzz suite.

Each format has a way to write a clean record (:func:`clean`), the hostile records an
attacker or an unlucky export produces (:data:`HOSTILE`: each is exactly one record
given, so it must come out as one paper or one reported failure), and a frame
(:func:`frame`: header, footer, line endings, BOM). File-level hostility (entity bombs,
CR-only / CRLF endings, a BOM, compression) is applied by :func:`frame` and :func:`pack`.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
from xml.sax.saxutils import escape

__all__ = ["ABSORBS", "COMPRESSIONS", "ENDINGS", "FORMATS", "HOSTILE", "clean", "frame", "pack"]

FORMATS = ("jsonl", "hf_daily", "arxiv_jsonl", "openalex", "s2", "csv", "bibtex", "arxiv_atom", "hf_page")
COMPRESSIONS = ("none", "gzip", "bz2", "xz")
ENDINGS = ("\n", "\r\n", "\r")

_JSON_HOSTILE: list[bytes] = [
    b'{"x": ' + b"[" * 3000 + b"]" * 3000 + b', "title": "Hostile deep"}',  # deep nesting
    b'{"title": "Hostile big", "upvotes": ' + b"9" * 5000 + b"}",  # a 5,000-digit number
    b'{"title": "Hostile caf\xe9 latin-1"}',  # not UTF-8
    b'{"title": "Hostile overlong \xc0\xaf"}',  # overlong UTF-8
    b'{"title": "Hostile \xed\xa0\x80 encoded surrogate"}',  # a surrogate encoded in UTF-8 (invalid)
    b"\x00\x00\x00",  # NUL bytes
    b'{"title": "Hostile trailing"} garbage',  # trailing garbage
    b'{"title": "Hostile one"}{"title": "Hostile two"}',  # two objects on one line
    b'{"title": "Hostile truncated',  # truncated mid-record
    b'"just a string"',  # not an object
    b"[]",  # an empty list
    b'{"abstract": "Hostile: no title"}',  # no title
    b'{"title": "Hostile \\ud800 lone surrogate \\u0000 NUL"}',  # read, sanitised
    b'{"title": ' + b'"' + b"A" * 200_000 + b'"}',  # a 200 KB title: read
]

_CSV_HOSTILE: list[bytes] = [
    b'"Hostile unterminated,"never closed',  # unterminated quote
    b'"Hostile ragged","a","b","c","d"',  # too many cells
    b'"Hostile short"',  # too few cells
    b'"Hostile caf\xe9","latin-1"',  # not UTF-8
    b'"Hostile \x00 NUL","x"',  # NUL
    b'"Hostile "stray" quote","x"',  # a quote inside a quoted cell
]

_BIB_HOSTILE: list[bytes] = [
    b"@article{h1,\n  title = {Hostile {unbalanced braces},\n  year = {2024}\n",  # never closed
    b"@article{h2,\n  author = {No Title}\n}",  # no title
    b"@comment{a comment block}",  # not a paper
    b'@preamble{"\\newcommand{\\x}{y}"}',  # not a paper
    b"@article{h3,\n  title = {Hostile caf\xe9 latin-1}\n}",  # not UTF-8
    b"garbage line between entries",  # text outside any entry
    b"@article{h4,\n  title = {Hostile \x00 NUL}\n}",  # read, sanitised
]

#: ``(format, hostile index)`` -> the hostile indices it swallows when they follow it: a BibTeX
#: entry that is never closed runs up to the next ``@`` (as in BibTeX itself), so stray text
#: after it is part of that one broken entry. (On a copied page blocks pair with their
#: neighbours — a stray line and the metadata after it are one paper without an abstract —
#: so the fuzz suite keeps hostile page blocks apart with a clean paper between them.)
ABSORBS: dict[tuple[str, int], set[int]] = {("bibtex", 0): {5}}

_ATOM_HOSTILE: list[bytes] = [
    b"<entry><title>Hostile unclosed <b>tag</title></entry>",
    b"<entry><title>Hostile &undefined; entity</title></entry>",
    b"<entry><title>Hostile raw \x00 NUL</title></entry>",
    b"<entry><title>Hostile &#0; char ref</title></entry>",
    b"<entry><title>Hostile caf\xe9 latin-1</title></entry>",
    b'<x:entry xmlns:x="urn:other"><x:title>Hostile foreign</x:title></x:entry>',
    b"<entry><summary>Hostile: no title</summary></entry>",
    b"<entry><title>Hostile truncated",  # cut off by the next entry
    b"<entry><title>Hostile bomb &lol9;</title></entry>",  # an entity from the DOCTYPE bomb
]

_PAGE_HOSTILE: list[bytes] = [
    b"Hostile caf\xe9 latin-1 line",  # not UTF-8: a failure of its own
    b"  \xe2\x80\xa2 3 authors\n\xc2\xb7\nMar 4 7",  # metadata without a paper
    b"Hostile orphan text between papers",  # not a title followed by an abstract
]

#: Hostile records per format; each is one record given.
HOSTILE: dict[str, list[bytes]] = {
    **{fmt: _JSON_HOSTILE for fmt in ("jsonl", "hf_daily", "arxiv_jsonl", "openalex", "s2")},
    "csv": _CSV_HOSTILE,
    "bibtex": _BIB_HOSTILE,
    "arxiv_atom": _ATOM_HOSTILE,
    "hf_page": _PAGE_HOSTILE,
}

_BOMB = (
    b'<!DOCTYPE feed [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + b"".join(b'<!ENTITY lol%d "' % i + b"&lol%d;" % (i - 1) * 8 + b'">' for i in range(2, 10))
    + b"]>\n"
)


def _json_clean(fmt: str, i: int, title: str, abstract: str, authors: list[str]) -> dict[str, object]:
    ax = f"2501.{i:05d}"
    if fmt == "hf_daily":
        paper = {"id": ax, "title": title, "summary": abstract, "authors": [{"name": a} for a in authors]}
        return {"paper": {**paper, "publishedAt": "2025-01-02T00:00:00.000Z"}, "upvotes": i}
    if fmt == "arxiv_jsonl":
        versions = [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}]
        return {
            "id": ax,
            "title": title,
            "abstract": abstract,
            "authors": ", ".join(authors),
            "categories": "cs.CL",
            "versions": versions,
        }
    if fmt == "openalex":
        index: dict[str, list[int]] = {}
        for pos, word in enumerate(abstract.split()):
            index.setdefault(word, []).append(pos)
        return {
            "id": f"https://openalex.org/W{i}",
            "title": title,
            "abstract_inverted_index": index,
            "authorships": [{"author": {"display_name": a}} for a in authors],
        }
    if fmt == "s2":
        return {
            "paperId": f"p{i}",
            "title": title,
            "abstract": abstract,
            "externalIds": {"ArXiv": ax},
            "authors": [{"name": a} for a in authors],
        }
    return {"title": title, "abstract": abstract, "authors": "; ".join(authors), "date": "2025-01-02"}


def clean(fmt: str, i: int, title: str, abstract: str, authors: list[str]) -> bytes:
    """Record ``i`` of format ``fmt``, well formed (``title`` must be unique in the file)."""
    if fmt in ("jsonl", "hf_daily", "arxiv_jsonl", "openalex", "s2"):
        return json.dumps(_json_clean(fmt, i, title, abstract, authors), ensure_ascii=i % 2 == 0).encode()
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="").writerow(
            [title, abstract.replace(" ", "\n", 1) if i % 3 == 0 else abstract, "; ".join(authors)]
        )
        return out.getvalue().encode()
    if fmt == "bibtex":
        return (
            f"@article{{c{i},\n  title = {{{title}}},\n  author = {{{' and '.join(authors)}}},\n"
            f"  abstract = {{{abstract}}},\n  year = {{2024}}\n}}"
        ).encode()
    if fmt == "arxiv_atom":
        names = "".join(f"<author><name>{escape(a)}</name></author>" for a in authors)
        return (
            f"<entry><id>http://arxiv.org/abs/2501.{i:05d}v1</id><title>{escape(title)}</title>"
            f"<summary>{escape(abstract)}</summary><published>2025-01-02T00:00:00Z</published>{names}</entry>"
        ).encode()
    words = " ".join([abstract] + ["word"] * 20)  # an abstract has at least 20 words
    return f"{title}\n\n{words}\n\n  • {len(authors)} authors\n·\nJan {1 + i % 28} {i}".encode()


def frame(fmt: str, records: list[bytes], ending: str, bom: bool) -> bytes:
    """The whole file: header, records (one per line / block), footer, with the given line ending."""
    sep = {"bibtex": b"\n\n", "hf_page": b"\n\n"}.get(fmt, b"\n")
    body = sep.join(records) + b"\n"
    if fmt == "csv":
        body = b'"title","abstract","authors"\n' + body
    elif fmt == "arxiv_atom":
        body = (
            b'<?xml version="1.0" encoding="UTF-8"?>\n'
            + _BOMB
            + b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\n'
            + b"<title>feed</title>\n"
            + body
            + b"</feed>\n"
        )
    elif fmt == "hf_page":
        body = b"Daily Papers\n\n" + body
    if ending != "\n":
        body = body.replace(b"\n", ending.encode())
    return (b"\xef\xbb\xbf" if bom else b"") + body


def pack(data: bytes, compression: str) -> bytes:
    """``data`` compressed (``none``, ``gzip``, ``bz2``, ``xz``)."""
    if compression == "gzip":
        return gzip.compress(data, mtime=0)
    if compression == "bz2":
        return bz2.compress(data)
    if compression == "xz":
        return lzma.compress(data)
    return data
