"""Render a :class:`kg.explorer.views.View` as one self-contained, offline, script-safe HTML file.

Everything from the graph travels as JSON inside ``<script type="application/json">``
with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and the page's JavaScript puts it in
the DOM only as text (``textContent``), never as markup. A Content-Security-Policy allows
no network at all and only the page's own two scripts (by SHA-256), so even an injected
``onerror=`` attribute could not run. Links are built here from ids (arXiv, DOI) or kept
only when they are plain ``http``/``https`` URLs.

>>> embed_json({"t": "</script><img src=x onerror=alert(1)>"})
'{"t":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
>>> safe_url("javascript:alert(1)") is None
True
>>> paper_links({"arxiv_id": "2501.00001", "doi": "10.1000/a<b>", "url": "javascript:alert(1)"})
[['arXiv', 'https://arxiv.org/abs/2501.00001'], ['DOI', 'https://doi.org/10.1000/a%3Cb%3E']]
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import networkx as nx

from kg.errors import ConfigError
from kg.explorer.draw import arrange
from kg.explorer.network import EDGE_STYLE, assemble, draw_data
from kg.explorer.views import View
from kg.schema import ENTITY_LINKS, STYLE
from kg.whole import whole_hits

__all__ = [
    "KINDS",
    "asset_text",
    "embed_json",
    "node_size",
    "page_data",
    "paper_links",
    "render_html",
    "safe_url",
]

KINDS: dict[str, tuple[str, str]] = {**STYLE, "Community": ("#6f6f9e", "dot")}
"""Colour and vis-network shape per drawn kind: the schema's labels, and the overview's communities."""

_ARXIV = re.compile(r"^(\d{4}\.\d{4,5}|[a-z][a-z.-]*(\.[A-Z]{2})?/\d{7})$")
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_EXCERPT = 1200
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def embed_json(value: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (and deterministic: sorted keys)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group(0)], text)


def safe_url(url: object) -> str | None:
    """``url`` if it is an absolute ``http``/``https`` URL without spaces or controls, else ``None``."""
    if not isinstance(url, str) or not url or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def paper_links(data: Mapping[str, Any]) -> list[list[str]]:
    """``[label, url]`` pairs for a paper: arXiv and DOI built from their ids, then its own URL if safe."""
    links: list[list[str]] = []
    arxiv = data.get("arxiv_id")
    if isinstance(arxiv, str) and _ARXIV.match(arxiv):
        links.append(["arXiv", f"https://arxiv.org/abs/{arxiv}"])
    doi = data.get("doi")
    if isinstance(doi, str) and _DOI.match(doi):
        links.append(["DOI", "https://doi.org/" + quote(doi, safe="/:;()._-")])
    url = safe_url(data.get("url"))
    if url and all(url != u for _, u in links):
        links.append(["Link", url])
    return links


def asset_text(name: str) -> str:
    """The text of an explorer asset (``viz/`` in the source tree, ``kg/assets`` when installed)."""
    candidates = [
        resources.files("kg") / "assets" / name,
        Path(__file__).resolve().parents[2] / "viz" / name,
    ]
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise ConfigError(
        f"explorer asset {name!r} is missing", hint="reinstall kg; the viz/ files ship with the package"
    )


def _marks(
    g: nx.MultiDiGraph, paper: str, field: str, text: str, index: Mapping[str, int]
) -> list[list[int]]:
    """The spans of the paper's ``field`` (its ``text``) to highlight: ``[start, end, node index]``,
    sorted, the longer of two overlapping spans kept.

    Each link's evidence span, and every other place the field writes, whole (not inside a longer
    word or hyphenated name), that link's own surface text when it is written as a name (a capital
    letter or a digit in it) or the entity's canonical name when that could not be an ordinary
    capitalised word (a capital or a digit after its first letter: "Low-Rank Adaptation", not
    "Accuracy"). A paper that names "LoRA-Drop" in its title and again in its abstract is highlighted
    in both; "accuracy" only where kg read it (another "accuracy" of the abstract may be no metric).

    >>> from kg.explorer.sample import tiny_graph
    >>> g = tiny_graph()
    >>> title = "Sparse Mixture-of-Experts on ImageNet"  # both links' evidence is in the abstract
    >>> _marks(g, "2501.00001", "title", title, {"dataset:imagenet": 3})
    [[7, 25, -1], [29, 37, 3]]
    """
    spans: set[tuple[int, int, int]] = set()
    for e, keyed in g.succ[paper].items():
        i = index.get(e, -1)
        for data in keyed.values():
            start, end, surface = data.get("start"), data.get("end"), data.get("text")
            evidence = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
            if data.get("field") == field and evidence:
                spans.add((start, end, i))
            if isinstance(surface, str) and _NAMED.search(surface):
                spans.update((s, s + len(surface), i) for s in whole_hits(text, surface, 0))
        name = g.nodes[e].get("name")
        if isinstance(name, str) and _NAMED.search(name, 1):
            spans.update((s, s + len(name), i) for s in whole_hits(text, name, 0))
    out: list[list[int]] = []
    for s, t, i in sorted(spans, key=lambda x: (x[0], -x[1], x[2])):
        if not out or s >= out[-1][1]:
            out.append([s, t, i])
    return out


_NAMED = re.compile(r"[A-Z0-9]")


def _entity_rows(g: nx.MultiDiGraph, paper: str, index: Mapping[str, int]) -> list[list[Any]]:
    """Every entity the paper links, drawn or not: ``[name, label, introduced, node index or -1]``,
    by label (the legend's order), then name. The panel lists them all, so a paper view drawn
    ``--via dataset,method`` still names the benchmarks, models and tasks its abstract highlights.

    >>> from kg.explorer.sample import tiny_graph
    >>> _entity_rows(tiny_graph(), "2501.00001", {"dataset:imagenet": 3})
    [['ImageNet', 'Dataset', 0, 3], ['Mixture-of-Experts', 'Method', 1, -1]]
    """
    order = list(KINDS)
    rows: dict[str, list[Any]] = {}
    for e, keyed in g.succ[paper].items():
        label = str(g.nodes[e].get("label") or "")
        if label not in KINDS or label in ("Paper", "Author", "Work", "Community"):
            continue
        for k, d in keyed.items():
            if str(d.get("type", k)) not in ENTITY_LINKS:
                continue
            row = rows.setdefault(e, [str(g.nodes[e].get("name") or e), label, 0, index.get(e, -1)])
            row[2] |= int(str(d.get("type", k)) == "INTRODUCES")
    return sorted(rows.values(), key=lambda r: (order.index(r[1]), r[0].lower(), r[0]))


def _authors(g: nx.MultiDiGraph, paper: str) -> list[str]:
    wrote = [
        (int(d.get("position") or 0), str(g.nodes[a].get("name") or a))
        for a, keyed in g.pred[paper].items()
        for k, d in keyed.items()
        if k == "WROTE"
    ]
    return [name for _, name in sorted(wrote)]


def node_size(kind: str, degree: int) -> float:
    """The drawn radius in pixels: grows with the logarithm of the degree (so hubs of 50 and of
    5,000 papers still differ), capped at 34.

    >>> node_size("Paper", 3), node_size("Dataset", 100), node_size("Dataset", 5000)
    (9.2, 20.8, 32.6)
    """
    base = 5.0 if kind == "Paper" else 7.0
    return round(min(34.0, base + 3.0 * math.log1p(degree)), 1)


def _label(text: str, width: int = 38) -> str:
    """``text`` cut to ``width`` characters (with an ellipsis)."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _node_record(g: nx.MultiDiGraph, node: str, index: Mapping[str, int], degree: int) -> dict[str, Any]:
    data = g.nodes[node]
    kind = str(data.get("label") or "Paper")
    rec: dict[str, Any] = {"id": node, "kind": kind if kind in KINDS else "Paper", "deg": degree}
    if kind == "Paper":
        title = str(data.get("title") or node)
        abstract = str(data.get("abstract") or "")
        excerpt = abstract[:_EXCERPT]
        rec |= {
            "name": title,
            "abstract": excerpt + ("…" if len(abstract) > _EXCERPT else ""),
            "amarks": _marks(g, node, "abstract", excerpt, index),
            "tmarks": _marks(g, node, "title", title, index),
            "ents": _entity_rows(g, node, index),
            "date": data.get("date") or data.get("date_text"),
            "authors": _authors(g, node),
            "n_authors": data.get("n_authors"),
            "upvotes": data.get("upvotes"),
            "org": data.get("organization"),
            "links": paper_links(data),
        }
    else:
        rec |= {
            "name": str(data.get("name") or data.get("title") or node),
            "type": data.get("type") or kind.lower(),
            "aliases": [str(a) for a in data.get("aliases") or ()],
            "n_papers": data.get("n_papers"),
            "first_seen": data.get("first_seen"),
        }
    rec["label"] = _label(rec["name"], 30 if kind == "Paper" else 38)
    if kind == "Community":  # named by its top entities, one a line; sized by its papers
        rec["label"] = "\n".join(_label(part, 18) for part in rec["name"].split(" · "))
    if data.get("kg_hidden"):  # drawn later, e.g. when its community is opened
        rec["hidden"] = True
    if isinstance(data.get("kg_color"), str):
        rec["color"] = data["kg_color"]
    rec["size"] = node_size(rec["kind"], rec["deg"])
    if kind == "Community":
        rec["size"] = round(min(40.0, 10.0 + 2.0 * math.sqrt(float(rec.get("n_papers") or 1))), 1)
    return rec


def _edge_record(g: nx.MultiDiGraph, e: Any, index: Mapping[str, int]) -> dict[str, Any]:
    rec: dict[str, Any] = {"from": index[e.source], "to": index[e.target], "type": e.type, "weight": e.weight}
    if e.shared:
        rec["shared"] = list(e.shared)
    data = (
        g.get_edge_data(e.source, e.target, key=e.type)
        if g.has_edge(e.source, e.target, key=e.type)
        else None
    )
    if data:
        for key in ("text", "field", "sentence", "confidence", "found_by", "rule", "mentions", "position"):
            if data.get(key) is not None:
                rec[key] = data[key]
    return rec


def page_data(
    g: nx.MultiDiGraph, view: View, *, seed: int = 7, degree: Mapping[str, int] | None = None
) -> dict[str, Any]:
    """The JSON the page draws: nodes (with positions and panel details), edges, legend, note.

    ``degree`` gives the view's nodes' degrees when ``g`` is only the part of the graph around
    the view (see :mod:`kg.explorer.store`); by default they are ``g``'s.
    """
    index = {n: i for i, n in enumerate(view.nodes)}
    nodes = [_node_record(g, n, index, degree[n] if degree else g.degree(n)) for n in view.nodes]
    edges = [_edge_record(g, e, index) for e in view.edges]
    extra = arrange(g, view, nodes, edges, seed=seed)
    kinds = sorted({r["kind"] for r in nodes}, key=list(KINDS).index)
    return {
        "draw": draw_data(assemble(nodes, edges, KINDS)),
        "kind": view.kind,
        "title": view.title,
        "note": view.note,
        "focus": index.get(view.focus) if view.focus else None,
        "ranking": [
            {"node": index[r.paper], "shared": list(r.shared)} for r in view.ranking if r.paper in index
        ],
        "nodes": nodes,
        "edges": edges,
        "legend": [{"kind": k, "color": KINDS[k][0], "shape": KINDS[k][1]} for k in kinds],
        "edge_colors": {rel: style[0] for rel, style in EDGE_STYLE.items()},
        **extra,
    }


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(data: Mapping[str, Any], *, title: str) -> str:
    """Fill ``viz/explorer.html`` with the CSS, vis-network, the app script and the data."""
    vis, app = asset_text("vis-network.min.js"), asset_text("explorer.js")
    for name, script in (("vis-network.min.js", vis), ("explorer.js", app)):
        if "</script" in script.lower():
            raise ConfigError(f"explorer asset {name} contains '</script' and cannot be inlined")
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis)} {_sha256(app)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; "
        "font-src 'none'; form-action 'none'; base-uri 'none'"
    )
    parts = {
        "title": html.escape(title, quote=True),
        "csp": html.escape(csp, quote=True),
        "style": asset_text("explorer.css"),
        "vis": vis,
        "app": app,
        "data": embed_json(data),
    }
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], asset_text("explorer.html"))
