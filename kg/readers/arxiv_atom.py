"""arXiv API Atom XML (format ``arxiv_atom``), cut into entries and parsed one entry at a time.

The byte stream is cut at ``<entry>`` tags and each entry is parsed on its own by lxml
with a recovering parser that never resolves entities or touches the network, so a
broken entry (an unclosed tag, an undefined entity, a raw NUL, ``&#0;``, bad UTF-8)
costs only itself, an entity bomb in the DOCTYPE is never expanded, and memory stays
flat on big feeds. An entry cut off by the next one or by the end of the file, an entry
in a foreign namespace and an arXiv API error entry are failures naming their line.

>>> import tempfile, os
>>> xml = '''<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
... <entry><id>http://arxiv.org/abs/2202.12139v1</id><title>Testing Deep
...   Learning Models</title><summary> Deep Learning (DL) ...</summary>
... <published>2022-02-24T15:05:19Z</published><author><name>M. Ahuja</name></author>
... <category term="cs.SE"/><arxiv:doi>10.1109/ICSTW55395.2022.00035</arxiv:doi></entry>
... <entry><title>Broken &bomb; entry
... </feed>'''
>>> path = os.path.join(tempfile.mkdtemp(), "feed.xml")
>>> _ = open(path, "w").write(xml)
>>> paper, failure = read_arxiv_atom(path)
>>> paper.id, paper.title, paper.date, paper.doi, paper.categories
('2202.12139', 'Testing Deep Learning Models', '2022-02-24', '10.1109/icstw55395.2022.00035', ('cs.SE',))
>>> str(failure).endswith("feed.xml:6: entry cut off by the end of the file")
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from kg.errors import InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import clean, iso_date, make_paper
from kg.readers.io import head, open_binary, stream_error, undecodable

__all__ = ["entry_record", "read_arxiv_atom"]

FORMAT = "arxiv_atom"
ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"
_DEFAULT_ROOT = b'<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">'
_ROOT = re.compile(rb"<((?:[\w.-]+:)?feed)\b[^>]*>")
_OPEN = re.compile(rb"<(?:[\w.-]+:)?entry[\s>/]")
_CLOSE = re.compile(rb"</(?:[\w.-]+:)?entry\s*>")
_FEED_END = re.compile(rb"</(?:[\w.-]+:)?feed\s*>\s*$")
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BAD_REF = re.compile(rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|x0*(?:[0-8bcBCeEfF]|1[0-9a-fA-F]));")
_LOOSE_AMP = re.compile(rb"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)")
_BLOCK = 1 << 20
_DAMAGED = "corrupt or truncated compressed data; the rest is lost ({})"
_UNCLOSED = "the feed has no closing </feed>: the file may be cut off"


def _parser() -> Any:
    return etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
    )


def _text(entry: Any, tag: str) -> str | None:
    el = entry.find(tag)
    return "".join(el.itertext()) if el is not None else None


def entry_record(entry: Any, src: Source) -> Paper | ReadFailure:
    """One Atom ``<entry>`` element (lxml or ElementTree) as a paper, or a failure for an API error entry."""
    entry_id = _text(entry, f"{ATOM}id") or ""
    if "/api/errors" in entry_id:
        return ReadFailure(src, f"arXiv API error: {clean(_text(entry, f'{ATOM}summary'))}")
    published = _text(entry, f"{ATOM}published")
    return make_paper(
        src,
        title=_text(entry, f"{ATOM}title"),
        abstract=_text(entry, f"{ATOM}summary"),
        authors=[_text(a, f"{ATOM}name") or "" for a in entry.iter(f"{ATOM}author")],
        date=iso_date(published),
        date_text=published,
        arxiv_id=entry_id,
        doi=_text(entry, f"{ARXIV}doi"),
        categories=[c.get("term", "") for c in entry.iter(f"{ATOM}category")],
    )


def _parse_entry(raw: bytes, root: tuple[bytes, bytes], src: Source) -> Paper | ReadFailure:
    data = _LOOSE_AMP.sub(b"&amp;", _BAD_REF.sub(b"", _CONTROL.sub(b"", raw)))
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return ReadFailure(src, undecodable(data, err))
    doc = etree.fromstring(root[0] + data + b"</" + root[1] + b">", _parser())
    entry = next((el for el in doc.iterchildren(etree.Element)), None) if doc is not None else None
    if entry is None:
        return ReadFailure(src, "entry is not XML")
    if entry.tag != f"{ATOM}entry":
        return ReadFailure(src, f"entry in a foreign namespace ({etree.QName(entry).namespace})")
    return entry_record(entry, src)


def _entries(path: str) -> Iterator[tuple[int, bytes | str, bytes | None]]:
    """``(line, entry bytes or why it is cut off, root start tag)`` per ``<entry``, streamed.

    After the last entry comes ``(line, why, None)`` when the file is damaged: a compressed
    stream that breaks off, or a feed not closed by ``</feed>``.
    """
    buf, line, root, eof, last = b"", 1, b"", False, b""
    with open_binary(path) as f:
        while True:
            m = _OPEN.search(buf)
            if not root and (r := _ROOT.search(buf, 0, m.start() if m else len(buf))):
                root = r.group(0)
            nxt = _OPEN.search(buf, m.start() + 1) if m else None
            end = _CLOSE.search(buf, m.start(), nxt.start() if nxt else len(buf)) if m else None
            if m and (end or nxt or eof):
                line += buf.count(b"\n", 0, m.start())
                stop = end.end() if end else nxt.start() if nxt else len(buf)
                cut = "entry cut off by the next entry" if nxt else "entry cut off by the end of the file"
                yield line, buf[m.start() : stop] if end else cut, root
                line += buf.count(b"\n", m.start(), stop)
                buf = buf[stop:]
                continue
            if eof:
                if error := stream_error(f):
                    yield line + buf.count(b"\n"), _DAMAGED.format(error), None
                elif not _FEED_END.search(last):
                    yield line + buf.count(b"\n"), _UNCLOSED, None
                return
            block = f.read(_BLOCK)
            eof = not block
            last = (last + block)[-256:] if block else last
            buf += block


def read_arxiv_atom(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read an arXiv API Atom response, one entry at a time."""
    if not head(path).lstrip().startswith("<"):
        raise InputError("not XML (format arxiv_atom expects an Atom feed)", file=path)
    record = 0
    for line, raw, root_tag in _entries(path):
        if root_tag is None:  # about the file, not one entry
            yield ReadFailure(Source(path, line, None, FORMAT), str(raw))
            continue
        record += 1
        src = Source(path, line, record, FORMAT)
        if isinstance(raw, str):
            yield ReadFailure(src, raw)
            continue
        name = _ROOT.match(root_tag)
        root = (root_tag, name.group(1)) if name else (_DEFAULT_ROOT, b"feed")
        yield _parse_entry(raw, root, src)
