"""The hand-judged link set: 200 random corpus abstracts with every entity judged by hand.

The fixture ``tests/fixtures/judged/judged_200.jsonl`` (one paper a line, sorted by id) stores each
paper's arXiv id, a hash of its whitespace-normalised title and abstract, and its gold entities
``{"text", "type", "role", "expansion"?, "same_as"?, "note"?, "adjudicated"?}``; its README gives
the sample, the annotation guide it follows and the decisions taken. The text itself is read from
the corpus (CC0, kept outside the repository) when checking or scoring. The matching rules and the
scores are in :mod:`kg.extract.judged_match`, re-exported here.

The set is a held-out measuring instrument: nothing is tuned on it.

>>> gold = (GoldEntity("X-Net", "method", "introduced"), GoldEntity("COCO", "dataset", "used"))
>>> paper = JudgedPaper("p", "-", gold)
>>> out = score([paper], {"p": [Link("p", "X-Net", "method", "introduced", "X-Net")]}).to_dict()
>>> out["overall"]["precision"], out["overall"]["recall"], out["roles"]["role_accuracy"]
(1.0, 0.5, 1.0)
"""

from __future__ import annotations

import gzip
import hashlib
import json
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.extract.judged_match import (
    COARSE,
    ROLES,
    GoldEntity,
    JudgedPaper,
    JudgedScores,
    Link,
    judge_link,
    normalise,
    same_surface,
    score,
)

__all__ = [
    "COARSE",
    "SAMPLE_SIZE",
    "SEED",
    "GoldEntity",
    "JudgedPaper",
    "JudgedScores",
    "Link",
    "check_fixture",
    "judge_link",
    "links_from_graph",
    "normalise",
    "read_judged",
    "read_texts",
    "same_surface",
    "sample_ids",
    "sample_indices",
    "score",
    "text_hash",
]

SEED = 20261205
"""The seed of the judged sample (``random.Random(SEED).sample``)."""
SAMPLE_SIZE = 200


# ---------------------------------------------------------------------------------------------
# the sample and the fixture


def text_hash(title: str, abstract: str) -> str:
    """First 16 hex digits of sha256 over the whitespace-normalised ``title + "\\n" + abstract``.

    >>> text_hash("A  title", "An\\nabstract.") == text_hash("A title", "An abstract.")
    True
    """
    text = " ".join(title.split()) + "\n" + " ".join(abstract.split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sample_indices(candidates: Sequence[int], seed: int = SEED, size: int = SAMPLE_SIZE) -> list[int]:
    """``size`` of ``candidates`` drawn by ``random.Random(seed).sample`` (the draw order).

    >>> sample_indices(range(10), seed=1, size=3) == sample_indices(list(range(10)), seed=1, size=3)
    True
    """
    return random.Random(seed).sample(list(candidates), size)


def _corpus_rows(corpus: Path) -> Iterator[tuple[str, str, str]]:
    """(id, title, abstract) of each corpus record, whitespace-normalised."""
    try:
        with gzip.open(corpus, "rt", encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                title = " ".join(str(row.get("title") or "").split())
                yield str(row["id"]), title, " ".join(str(row.get("summary") or "").split())
    except (OSError, ValueError, KeyError) as err:
        raise InputError(f"cannot read the corpus ({err})", file=str(corpus)) from err


def sample_ids(corpus: Path, seed: int = SEED, size: int = SAMPLE_SIZE) -> list[str]:
    """The judged sample: ``size`` records with a non-empty abstract, drawn over their line order."""
    ids = [pid for pid, _, abstract in _corpus_rows(corpus) if abstract]
    return sorted(ids[i] for i in sample_indices(range(len(ids)), seed, size))


def read_texts(corpus: Path, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Title and abstract (whitespace-normalised) of the corpus records with these ids."""
    wanted = set(ids)
    return {pid: (t, a) for pid, t, a in _corpus_rows(corpus) if pid in wanted}


def _gold_entity(raw: Mapping[str, Any], where: str) -> GoldEntity:
    if not isinstance(raw.get("text"), str) or not raw["text"]:
        raise InputError(f"{where}: entity without text")
    if raw.get("type") not in COARSE or raw.get("role") not in ROLES:
        raise InputError(f"{where}: {raw['text']!r} has type {raw.get('type')!r}, role {raw.get('role')!r}")
    same_as = raw.get("same_as") or []
    if not isinstance(same_as, list) or not all(isinstance(s, str) for s in same_as):
        raise InputError(f"{where}: {raw['text']!r} has a malformed same_as")
    return GoldEntity(
        raw["text"],
        raw["type"],
        raw["role"],
        raw.get("expansion"),
        raw.get("note"),
        bool(raw.get("adjudicated")),
        tuple(same_as),
    )


def read_judged(path: Path) -> list[JudgedPaper]:
    """The judged papers of a fixture file; raises :class:`InputError` on a malformed line."""
    papers = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(f"cannot read the judged set ({err})", file=str(path)) from err
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
            where = f"{path}:{number}"
            entities = tuple(_gold_entity(e, where) for e in row["entities"])
            papers.append(JudgedPaper(str(row["id"]), str(row["text_sha256"]), entities))
        except (ValueError, KeyError, TypeError) as err:
            raise InputError(f"malformed judged paper ({err})", file=str(path), line=number) from err
    return papers


def check_fixture(papers: Sequence[JudgedPaper], texts: Mapping[str, tuple[str, str]]) -> list[str]:
    """Problems of a fixture against the corpus text: missing paper, changed text, text not a substring."""
    problems = []
    for paper in papers:
        if paper.id not in texts:
            problems.append(f"{paper.id}: not in the corpus")
            continue
        title, abstract = texts[paper.id]
        if text_hash(title, abstract) != paper.text_sha256:
            problems.append(f"{paper.id}: title/abstract changed since it was judged")
        for e in paper.entities:
            for surface in filter(None, (e.text, e.expansion)):
                if surface not in title and surface not in abstract:
                    problems.append(f"{paper.id}: {surface!r} is not in the title or abstract")
    return problems


# ---------------------------------------------------------------------------------------------
# kg's links


def links_from_graph(g: nx.MultiDiGraph, paper_ids: Iterable[str]) -> dict[str, list[Link]]:
    """Each paper's ``INTRODUCES`` / ``USES`` links in a kg graph (papers absent from it get none)."""
    links: dict[str, list[Link]] = {}
    for pid in paper_ids:
        links[pid] = []
        if pid not in g:
            continue
        for _, target, data in g.out_edges(pid, data=True):
            if data.get("type") not in ("INTRODUCES", "USES"):
                continue
            node = g.nodes[target]
            role = "introduced" if data["type"] == "INTRODUCES" else "used"
            aliases = tuple(node.get("aliases") or ())
            links[pid].append(Link(pid, str(data.get("text", "")), node["type"], role, node["name"], aliases))
        links[pid].sort(key=lambda link: (link.text, link.name, link.type))
    return links
