"""The arXiv API (``GET {base}?search_query=…&start=…&max_results=…``): Atom pages, 3 s apart.

Pages are requested until ``max_results`` entries, an empty page, or the feed's
``opensearch:totalResults``; the entries are written as one Atom feed, which
:mod:`kg.readers.arxiv_atom` reads.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from kg.errors import ConfigError, FetchError
from kg.progress import Progress
from kg.sources.http import Http

__all__ = ["BASE", "INTERVAL", "fetch_arxiv"]

BASE = "https://export.arxiv.org/api/query"
INTERVAL = 3.0
"""The arXiv API terms ask for no more than one request every three seconds."""

ATOM = "http://www.w3.org/2005/Atom"
OPENSEARCH = "http://a9.com/-/spec/opensearch/1.1/"
ET.register_namespace("", ATOM)
ET.register_namespace("arxiv", "http://arxiv.org/schemas/atom")
ET.register_namespace("opensearch", OPENSEARCH)


def _page(http: Http, base: str, params: dict[str, object]) -> tuple[list[ET.Element], int | None]:
    body = http.get(base, params)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as err:
        http.forget(base, params)
        raise FetchError(f"the response is not well-formed XML ({err})", url=base, status=200) from None
    if root.tag != f"{{{ATOM}}}feed":
        http.forget(base, params)
        raise FetchError("the response is not an Atom feed", url=base, status=200)
    total = root.findtext(f"{{{OPENSEARCH}}}totalResults")
    return root.findall(f"{{{ATOM}}}entry"), int(total) if total and total.strip().isdigit() else None


def fetch_arxiv(
    http: Http,
    *,
    query: str | None = None,
    ids: Sequence[str] = (),
    max_results: int = 100,
    page_size: int = 100,
    base: str = BASE,
    progress: bool | None = False,
) -> bytes:
    """An Atom feed (UTF-8 bytes) of the entries matching ``query`` or with these ``ids``."""
    if not query and not ids:
        raise ConfigError("arxiv needs --query or --ids")
    wanted = len(ids) if ids and not query else max_results
    entries: list[ET.Element] = []
    with Progress("arxiv entries", total=wanted, enabled=progress) as bar:
        while len(entries) < wanted:
            params: dict[str, object] = {
                "search_query": query,
                "id_list": ",".join(ids) or None,
                "start": len(entries),
                "max_results": min(page_size, wanted - len(entries)),
            }
            page, total = _page(http, base, params)
            entries += page
            bar.advance(len(page))
            if not page or (total is not None and len(entries) >= total):
                break
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "kg fetch arxiv"
    feed.extend(entries[:wanted])
    out: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return out + b"\n"
