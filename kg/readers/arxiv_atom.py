"""arXiv API Atom XML (format ``arxiv_atom``), streamed with ``iterparse``.

Entries are processed and dropped one by one, so memory stays flat on big feeds.
Records are numbered by entry (Atom has no useful line numbers). An arXiv API error
entry becomes a failure. XML that breaks off keeps the entries read before.

>>> import tempfile, os
>>> xml = '''<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
... <entry><id>http://arxiv.org/abs/2202.12139v1</id><title>Testing Deep
...   Learning Models</title><summary> Deep Learning (DL) ...</summary>
... <published>2022-02-24T15:05:19Z</published><author><name>M. Ahuja</name></author>
... <category term="cs.SE"/><arxiv:doi>10.1109/ICSTW55395.2022.00035</arxiv:doi></entry></feed>'''
>>> path = os.path.join(tempfile.mkdtemp(), "feed.xml")
>>> _ = open(path, "w").write(xml)
>>> [(p.id, p.title, p.date, p.doi, p.categories) for p in read_arxiv_atom(path)]
[('2202.12139', 'Testing Deep Learning Models', '2022-02-24', '10.1109/icstw55395.2022.00035', ('cs.SE',))]
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from kg.errors import InputError
from kg.model import Paper, ReadFailure, Source
from kg.readers.fields import clean, iso_date, make_paper
from kg.readers.io import head, open_binary

__all__ = ["entry_record", "read_arxiv_atom"]

FORMAT = "arxiv_atom"
ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"


def _text(entry: ET.Element, tag: str) -> str | None:
    el = entry.find(tag)
    return el.text if el is not None else None


def entry_record(entry: ET.Element, src: Source) -> Paper | ReadFailure:
    """One Atom ``<entry>`` as a paper (or a failure for an API error entry)."""
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


def read_arxiv_atom(path: str, **_: object) -> Iterator[Paper | ReadFailure]:
    """Read an arXiv API Atom response, one entry at a time."""
    if not head(path).lstrip().startswith("<"):
        raise InputError("not XML (format arxiv_atom expects an Atom feed)", file=path)
    record = 0
    with open_binary(path) as f:
        parser = ET.iterparse(f, events=("start", "end"))
        root: ET.Element | None = None
        try:
            for event, elem in parser:
                if root is None:
                    root = elem
                if event == "end" and elem.tag == f"{ATOM}entry":
                    record += 1
                    yield entry_record(elem, Source(path, None, record, FORMAT))
                    root.clear()
        except ET.ParseError as err:
            line = err.position[0]
            raise InputError(f"XML is not well-formed ({err})", file=path, line=line) from None
