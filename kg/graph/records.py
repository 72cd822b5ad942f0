"""The record rules: how papers, resolved mentions and entities become the graph's nodes and edges.

One function per record kind — :func:`paper_node`, :func:`mention_edges`, :func:`paper_edges`,
:func:`entity_node`, :func:`author_node` — used by both builds: the in-memory one
(:func:`kg.graph.build.build_graph`) and the incremental one over the build store
(:func:`kg.build.update.update_graph`). A record is a :data:`NodeRow` or an :data:`EdgeRow`; an
edge row also carries what the node at its far end is made of (its texts and the paper's date),
so an entity's or author's node is computed from its edges alone (:class:`EntityLinks`).

>>> from kg.model import Mention, Paper, Source
>>> p = Paper(id="p1", title="FooSet", source=Source("f"), authors=("Ada L",), date="2025-01-03")
>>> m = Mention(paper_id="p1", type="dataset", name="FooSet", entity_id="dataset:fooset",
...             role="introduced", text="FooSet", start=0, end=6, field="title",
...             sentence="FooSet", confidence=0.9, source="pattern")
>>> edges = mention_edges("p1", paper_date(p), [m]) + paper_edges(p, {"p1"}, {})
>>> [(u, k, v, texts) for u, k, v, _, _, texts, _ in edges]
[('p1', 'INTRODUCES', 'dataset:fooset', ['FooSet']), ('author:ada-l', 'WROTE', 'p1', ['Ada L'])]
>>> links, publishers = sum_links(edges)
>>> entity_node("dataset:fooset", links["dataset:fooset"], ("dataset", "FooSet"), (), None)[2]["first_seen"]
'2025-01-03'
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.graph.dates import month_and_year, paper_month
from kg.ids import normalise_title, slug
from kg.model import Entity, Mention, Paper
from kg.schema import ENTITY_LINKS, label_for_type

__all__ = [
    "EdgeRow",
    "EntityLinks",
    "LinkSums",
    "NodeRow",
    "author_links",
    "author_node",
    "entity_node",
    "entity_properties",
    "group_mentions",
    "mention_edge",
    "mention_edges",
    "organization_id",
    "organization_index",
    "organization_link",
    "paper_date",
    "paper_edges",
    "paper_month",
    "paper_node",
    "paper_own_edges",
    "paper_properties",
    "publisher_edge",
    "publisher_key",
    "sum_links",
]

NodeRow = tuple[str, str, dict[str, Any]]
"""``(id, label, attributes)`` of a node."""
EdgeRow = tuple[str, str, str, str, dict[str, Any], list[str] | None, str | None]
"""``(source, type, target, owner paper, attributes, texts, paper date)`` of an edge."""

_FIELD_ORDER = {"title": 0, "abstract": 1}
# An edge's evidence is its first mention's text, field, start, end, sentence, confidence, source and rule;
# Mention.source is stored as the edge property ``found_by``: "source" names the start node in node-link JSON.


@dataclass(frozen=True, slots=True)
class EntityLinks:
    """An entity's links summed up: distinct papers, first date, whether any is a mention (not
    only ``PUBLISHED_BY``), and every text the links carry."""

    n_papers: int
    first_seen: str | None
    mentioned: bool
    texts: frozenset[str]


def paper_properties(paper: Paper) -> dict[str, Any]:
    """The node attributes of a ``Paper`` node (schema order, JSON values).

    >>> from kg.model import Paper, Source
    >>> paper = Paper(id="x", title="T", source=Source("f", format="bibtex"), date="2024-05-01")
    >>> props = paper_properties(paper)
    >>> props["year"], props["month"], props["source_format"]
    (2024, '2024-05', 'bibtex')
    """
    date = paper.date
    month, year = month_and_year(paper)
    n_authors = paper.n_authors if paper.n_authors is not None else (len(paper.authors) or None)
    return {
        "label": "Paper",
        "title": paper.title,
        "abstract": paper.abstract,
        "date": date,
        "date_text": paper.date_text,
        "year": year,
        "month": month,
        "upvotes": paper.upvotes,
        "n_authors": n_authors,
        "arxiv_id": paper.arxiv_id,
        "doi": paper.doi,
        "url": paper.url,
        "organization": paper.organization,
        "source_format": paper.source.format,
    }


def _mention_key(m: Mention) -> tuple[int, int, int, str]:
    return (_FIELD_ORDER.get(m.field, 2), m.start, m.end, m.text)


def mention_edge(group: Sequence[Mention]) -> tuple[str, dict[str, Any]]:
    """The ``INTRODUCES`` / ``USES`` edge of one paper to one entity from the paper's mentions of it.

    ``INTRODUCES`` when any mention introduces it; the evidence is the first such mention (title
    before abstract, then by offset), else the first mention.
    """
    if len(group) == 1:  # most (paper, entity) pairs: one mention
        first = group[0]
        rel = "INTRODUCES" if first.role == "introduced" else "USES"
    else:
        introduced = [m for m in group if m.role == "introduced"]
        first = min(introduced or group, key=_mention_key)
        rel = "INTRODUCES" if introduced else "USES"
    return rel, {  # MENTION_PROPERTIES: the first mention is the evidence
        "type": rel,
        "mentions": len(group),
        "text": first.text,
        "field": first.field,
        "start": first.start,
        "end": first.end,
        "sentence": first.sentence,
        "confidence": first.confidence,
        "found_by": first.source,
        "rule": first.rule,
    }


def group_mentions(mentions: Iterable[Mention]) -> dict[tuple[str, str], list[Mention]]:
    """Mentions grouped by (paper id, entity id), in first-appearance order."""
    grouped: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        grouped[(m.paper_id, m.entity_id)].append(m)
    return grouped


def organization_id(name: str, entities: Mapping[str, Entity] | None = None) -> str:
    """The ``Organization`` entity id for an organisation named in a listing.

    An organisation entity (from resolution or the lexicon) whose name or alias has the same
    normalised form wins; otherwise ``organization:<slug>``, the extractor's id rule.

    >>> organization_id("Meta Research")
    'organization:meta-research'
    >>> from kg.model import Entity
    >>> ents = {"organization:meta": Entity("organization:meta", "organization", "Meta", ("Meta Research",))}
    >>> organization_id("meta research", ents)
    'organization:meta'
    """
    return _organization_index(entities or {}).get(normalise_title(name), f"organization:{slug(name)}")


def author_links(paper: Paper) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Author id -> (first position, names as written) for the paper's authors (names that slug
    alike share an id).

    >>> from kg.model import Paper, Source
    >>> author_links(Paper(id="a", title="A", source=Source("f"), authors=(" Ada L ", "", "Ada  L")))
    {'author:ada-l': (0, ('Ada L', 'Ada  L'))}
    """
    out: dict[str, tuple[int, tuple[str, ...]]] = {}
    for position, raw in enumerate(paper.authors):
        name = raw.strip()
        if name:
            aid = _author_id(name)
            first, names = out.get(aid, (position, ()))
            out[aid] = (first, (*names, name))
    return out


@lru_cache(maxsize=1 << 18)
def _author_id(name: str) -> str:  # a name recurs on many papers: its slug is made once
    return f"author:{slug(name)}"


def publisher_key(paper: Paper) -> str | None:
    """The normalised name of the paper's publisher (what the organisation index is keyed by), or None.

    >>> from kg.model import Paper, Source
    >>> publisher_key(Paper(id="a", title="A", source=Source("f"), organization=" Meta  AI "))
    'meta ai'
    """
    org = (paper.organization or "").strip()
    return normalise_title(org) if org else None


def organization_link(paper: Paper, index: Mapping[str, str]) -> tuple[str, str] | None:
    """``(organization id, name as written)`` of the paper's publisher, or None."""
    key = publisher_key(paper)
    if key is None:
        return None
    org = (paper.organization or "").strip()
    return index.get(key, f"organization:{slug(org)}"), org  # = organization_id()


def organization_index(names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Normalised name -> organisation id, from each organisation entity's names (its name and
    aliases); on a clash the smallest id wins."""
    index: dict[str, str] = {}
    for eid in sorted(names, reverse=True):
        for alias in names[eid]:
            index[normalise_title(alias)] = eid
    return index


def _organization_index(known: Mapping[str, Entity]) -> dict[str, str]:
    return organization_index(
        {eid: (ent.name, *ent.aliases) for eid, ent in known.items() if ent.type == "organization"}
    )


def paper_date(paper: Paper) -> str | None:
    """The date an entity counts as seen in this paper: its date, else its month, else its year."""
    if paper.date:
        return paper.date
    month, year = month_and_year(paper)
    return month or (str(year) if year else None)


def entity_properties(
    etype: str, name: str, aliases: Iterable[str], dates: Iterable[str | None], n_papers: int
) -> dict[str, Any]:
    """The node attributes of an entity node (the name itself is never an alias)."""
    present = [d for d in dates if d]
    return {
        "label": label_for_type(etype),
        "name": name,
        "type": etype,
        "aliases": sorted(set(aliases) - {name}),
        "first_seen": min(present) if present else None,
        "n_papers": n_papers,
    }


def paper_node(paper: Paper) -> NodeRow:
    """The ``Paper`` node of a paper."""
    return paper.id, "Paper", paper_properties(paper)


def mention_edges(pid: str, date: str | None, mentions: Iterable[Mention]) -> list[EdgeRow]:
    """The ``INTRODUCES`` / ``USES`` edges of paper ``pid`` (dated ``date``) from its resolved mentions:
    one per entity (:func:`mention_edge`), carrying the texts of its mentions."""
    rows: list[EdgeRow] = []
    for (_, eid), group in group_mentions(mentions).items():
        rel, attrs = mention_edge(group)
        rows.append((pid, rel, eid, pid, attrs, [m.text for m in group], date))
    return rows


def paper_edges(paper: Paper, citable: Container[str], index: Mapping[str, str]) -> list[EdgeRow]:
    """The paper's ``WROTE``, ``CITES`` (to the ``citable`` nodes other than itself) and
    ``PUBLISHED_BY`` edges (its organisation through ``index``, see :func:`organization_link`)."""
    rows = paper_own_edges(paper, citable)
    published = publisher_edge(paper, index)
    if published is not None:
        rows.append(published)
    return rows


def paper_own_edges(paper: Paper, citable: Container[str]) -> list[EdgeRow]:
    """The paper's ``WROTE`` and ``CITES`` edges: the part of :func:`paper_edges` that needs no
    resolution (a full build makes them beside it)."""
    pid = paper.id
    rows: list[EdgeRow] = [
        (aid, "WROTE", pid, pid, {"type": "WROTE", "position": position}, list(spellings), None)
        for aid, (position, spellings) in author_links(paper).items()
    ]
    for ref in paper.references:
        if ref != pid and ref in citable:
            rows.append((pid, "CITES", ref, pid, {"type": "CITES"}, None, None))
    return rows


def publisher_edge(paper: Paper, index: Mapping[str, str]) -> EdgeRow | None:
    """The paper's ``PUBLISHED_BY`` edge (its organisation through ``index``), or None."""
    link = organization_link(paper, index)
    if link is None:
        return None
    oid, org = link
    return paper.id, "PUBLISHED_BY", oid, paper.id, {"type": "PUBLISHED_BY"}, [org], paper_date(paper)


def author_node(aid: str, spellings: Iterable[str]) -> NodeRow:
    """An ``Author`` node: named by the smallest of the spellings on its ``WROTE`` edges."""
    return aid, "Author", {"label": "Author", "name": min(spellings)}


def entity_node(
    eid: str,
    links: EntityLinks,
    named: tuple[str, str] | None,
    forms: Iterable[str],
    publisher: str | None,
) -> NodeRow:
    """An entity node from its links: type and name as resolution ``named`` it, aliases = its links'
    texts and its known ``forms``. An organisation only named as a publisher (``named`` None) is
    called as the first paper (by id) publishing with it wrote it (``publisher``)."""
    etype, name = named if named is not None else ("organization", publisher or eid)
    attrs = entity_properties(etype, name, links.texts | set(forms), (links.first_seen,), links.n_papers)
    return eid, attrs["label"], attrs


def sum_links(edges: Iterable[EdgeRow]) -> tuple[dict[str, EntityLinks], dict[str, str]]:
    """Every entity's :class:`EntityLinks` over these edges, and each organisation's
    publisher spelling (from the ``PUBLISHED_BY`` edge of the smallest paper id)."""
    sums = LinkSums()
    sums.add(edges)
    return sums.result()


class LinkSums:
    """:func:`sum_links` taken batch by batch (a full build sums its edges as it writes them, instead of
    keeping them all or reading them back). Adding an edge twice changes nothing.

    >>> sums = LinkSums()
    >>> sums.add([("p2", "USES", "m:x", "p2", {}, ["X"], "2025-02")])
    >>> sums.add([("p1", "CITES", "p2", "p1", {}, None, None)])
    >>> sums.add([("p1", "PUBLISHED_BY", "m:x", "p1", {}, ["X Inc"], "2025-01")])
    >>> links, publishers = sums.result()
    >>> links["m:x"].n_papers, links["m:x"].first_seen, sorted(links["m:x"].texts), publishers
    (2, '2025-01', ['X', 'X Inc'], {'m:x': 'X Inc'})
    """

    __slots__ = ("_dates", "_first", "_mentioned", "_papers", "_texts")

    def __init__(self) -> None:
        self._papers: dict[str, set[str]] = defaultdict(set)
        self._texts: dict[str, set[str]] = defaultdict(set)
        self._dates: dict[str, str] = {}  # the smallest date of each entity's links
        self._mentioned: set[str] = set()
        self._first: dict[str, tuple[str, str]] = {}

    def add(self, edges: Iterable[EdgeRow]) -> None:
        """Count these edges in (those not of an entity link type are skipped)."""
        papers, texts, dates, first = self._papers, self._texts, self._dates, self._first
        mentioned = self._mentioned
        for u, k, v, _, _, row_texts, date in edges:
            if k not in ENTITY_LINKS:
                continue
            papers[v].add(u)
            if row_texts:
                texts[v].update(row_texts)
            if date and (v not in dates or date < dates[v]):
                dates[v] = date
            if k != "PUBLISHED_BY":
                mentioned.add(v)
            elif row_texts and (v not in first or u < first[v][0]):
                first[v] = (u, row_texts[0])

    def result(self) -> tuple[dict[str, EntityLinks], dict[str, str]]:
        """Every entity's :class:`EntityLinks`, and each organisation's publisher spelling."""
        dates, mentioned, texts = self._dates, self._mentioned, self._texts
        links = {
            v: EntityLinks(len(ps), dates.get(v), v in mentioned, frozenset(texts.get(v, ())))
            for v, ps in self._papers.items()
        }
        return links, {v: name for v, (_, name) in self._first.items()}
