"""The records that cross kg's module boundaries.

Every stage of the pipeline is a function over these frozen dataclasses::

    listing files --read--> Paper --extract--> Mention --resolve--> Entity --build--> graph

>>> src = Source(file="papers.txt", line=3, record=1, format="hf_page")
>>> p = Paper(id="2501.00001", title="A title", source=src, arxiv_id="2501.00001")
>>> p.authors, p.date
((), None)
>>> paper_to_dict(p)["source"]["format"]
'hf_page'
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any

__all__ = [
    "ENTITY_TYPES",
    "MENTION_ROW_FIELDS",
    "ROLES",
    "Entity",
    "EntityType",
    "Mention",
    "MentionRow",
    "Paper",
    "ReadFailure",
    "ReadResult",
    "Role",
    "Source",
    "mention_from_row",
    "mention_to_dict",
    "mention_to_row",
    "paper_to_dict",
    "slot_setters",
]


class EntityType(StrEnum):
    """The kinds of named things kg links papers to (lower-case, as in JSON output)."""

    DATASET = "dataset"
    BENCHMARK = "benchmark"
    METHOD = "method"
    MODEL = "model"
    TASK = "task"
    METRIC = "metric"
    ORGANIZATION = "organization"

    @property
    def label(self) -> str:
        """The graph label: ``EntityType.DATASET.label == "Dataset"``."""
        return self.value.capitalize()


ENTITY_TYPES: tuple[str, ...] = tuple(t.value for t in EntityType)


class Role(StrEnum):
    """How a paper relates to an entity it mentions."""

    INTRODUCED = "introduced"
    USED = "used"


ROLES: tuple[str, ...] = tuple(r.value for r in Role)


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from: file, 1-based line and record number, and reader format."""

    file: str
    line: int | None = None
    record: int | None = None
    format: str = "unknown"


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as read from a listing.

    ``id`` is stable: the arXiv id (no version) if known, else the DOI (lower-case),
    else ``"h:"`` plus a hash of the normalised title (see :func:`kg.ids.paper_id`).
    ``date`` is ISO ``YYYY-MM-DD`` when the year is known; ``date_text`` is as printed.
    ``references`` holds ids of cited papers (resolved to in-set paper ids where possible).
    ``alt_ids`` are other identifiers of the same paper (``openalex:W…``, ``s2:…``) and
    ``cited_by`` ids of papers a source says cite it; :mod:`kg.readers.merge` uses both to
    resolve references, and neither is part of the ``kg read --jsonl`` output.
    """

    id: str
    title: str
    source: Source
    abstract: str = ""
    authors: tuple[str, ...] = ()
    n_authors: int | None = None
    date: str | None = None
    date_text: str | None = None
    upvotes: int | None = None
    organization: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    references: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    alt_ids: tuple[str, ...] = ()
    cited_by: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A record a reader could not turn into a :class:`Paper`; reported, never fatal."""

    source: Source
    reason: str

    def __str__(self) -> str:
        where = self.source.file
        if self.source.line is not None:
            where += f":{self.source.line}"
        elif self.source.record is not None:
            where += f" record {self.source.record}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What reading one or more files gives: the papers and the failures, in input order."""

    papers: tuple[Paper, ...]
    failures: tuple[ReadFailure, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of a named entity in a paper's title or abstract.

    ``text`` is exactly ``field_text[start:end]`` (never invented); ``name`` and
    ``entity_id`` are canonical after resolution. ``source`` is the family that
    found it (``lexicon`` / ``pattern`` / ``acronym``) and ``rule`` the exact rule.
    """

    paper_id: str
    type: str
    name: str
    entity_id: str
    role: str
    text: str
    start: int
    end: int
    field: str
    sentence: str
    confidence: float
    source: str
    rule: str = ""


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """Each field's slot setter of the frozen, slotted dataclass ``cls``, in field order: the slot's
    descriptor, what the frozen ``__init__``'s ``object.__setattr__`` ends in, without the lookup. A faster
    ``__init__`` calls them (``Mention`` here, :class:`kg.extract.candidates.Candidate`).

    >>> put_paper = slot_setters(Mention)[0]
    >>> m = object.__new__(Mention); put_paper(m, "p1"); m.paper_id
    'p1'
    """
    return tuple(getattr(cls, f.name).__set__ for f in fields(cls))


# kg makes ~9 mentions an abstract, and a worker's rows become mentions in the parent.
(_PAPER, _TYPE, _NAME, _ID, _ROLE, _TEXT, _START, _END, _FIELD, _SENTENCE, _CONFIDENCE, _SOURCE, _RULE) = (
    slot_setters(Mention)
)


def _mention_init(
    self: Mention,
    paper_id: str,
    type: str,
    name: str,
    entity_id: str,
    role: str,
    text: str,
    start: int,
    end: int,
    field: str,
    sentence: str,
    confidence: float,
    source: str,
    rule: str = "",
) -> None:
    """The dataclass's ``__init__`` (same fields, order, default: tests/core/test_foundation.py checks them),
    setting each slot through its descriptor: a third of the time."""
    _PAPER(self, paper_id)
    _TYPE(self, type)
    _NAME(self, name)
    _ID(self, entity_id)
    _ROLE(self, role)
    _TEXT(self, text)
    _START(self, start)
    _END(self, end)
    _FIELD(self, field)
    _SENTENCE(self, sentence)
    _CONFIDENCE(self, confidence)
    _SOURCE(self, source)
    _RULE(self, rule)


Mention.__init__ = _mention_init  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: stable ``id`` (``"<type>:<slug>"``), type, name and known aliases."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = field(default=())


PAPER_FIELDS: tuple[str, ...] = (
    "id",
    "title",
    "abstract",
    "authors",
    "n_authors",
    "date",
    "date_text",
    "upvotes",
    "organization",
    "arxiv_id",
    "doi",
    "url",
    "references",
    "source",
)


def paper_to_dict(paper: Paper) -> dict[str, Any]:
    """The JSON shape of a paper (the ``kg read --jsonl`` contract), fields in a fixed order."""
    out: dict[str, Any] = {}
    for name in PAPER_FIELDS:
        value = getattr(paper, name)
        if name == "source":
            value = {"file": value.file, "line": value.line, "record": value.record, "format": value.format}
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return out


MENTION_FIELDS: tuple[str, ...] = (
    "type",
    "name",
    "entity_id",
    "role",
    "text",
    "start",
    "end",
    "field",
    "sentence",
    "confidence",
    "source",
    "rule",
)


def mention_to_dict(mention: Mention) -> dict[str, Any]:
    """The JSON shape of a mention (the ``kg extract --jsonl`` contract)."""
    return {name: getattr(mention, name) for name in MENTION_FIELDS}


MENTION_ROW_FIELDS: tuple[str, ...] = tuple(f for f in MENTION_FIELDS if f != "paper_id")
"""The row shape of a mention wherever mentions travel without their paper (worker results, the cache)."""

MentionRow = tuple[Any, ...]
_ROW_OF = operator.attrgetter(*MENTION_ROW_FIELDS)  # one C call per mention, not a generator of getattr


def mention_to_row(mention: Mention) -> MentionRow:
    """A mention as a plain tuple without ``paper_id`` (cheap to pickle and store; the paper gives it back).

    >>> m = Mention("p1", "dataset", "COCO", "dataset:coco", "used", "COCO", 0, 4, "title", "COCO.", 1.0, "x")
    >>> row = mention_to_row(m)
    >>> row[:3], mention_from_row("p1", row) == m
    (('dataset', 'COCO', 'dataset:coco'), True)
    """
    return _ROW_OF(mention)


def mention_from_row(paper_id: str, row: Sequence[Any]) -> Mention:
    """Inverse of :func:`mention_to_row`."""
    return Mention(paper_id, *row)
