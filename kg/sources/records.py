"""What enrichment learns about a paper: how it was matched, what it cites, the cited works.

>>> title_match("Learning to Cite with Large Language Models",
...             ["Learning to cite with large language models.", "Learning to Cite"])
(0, 100.0)
>>> title_match("Graph Neural Networks for Citation Intent",
...             ["Graph Neural Networks for Citation Intent Classification: A Survey"]) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from kg.ids import normalise_title

__all__ = ["MATCH_METHODS", "TITLE_THRESHOLD", "Citations", "Match", "Work", "title_match"]

MATCH_METHODS: tuple[str, ...] = ("arxiv", "doi", "title", "none")
"""How a paper was found at the source: by arXiv id, by DOI, by title search, or not at all."""
TITLE_THRESHOLD = 95.0
"""A title search result is accepted only at or above this rapidfuzz ratio of the normalised
titles (0-100): typos and punctuation pass, a longer or shorter title of another paper does not."""


@dataclass(frozen=True, slots=True)
class Match:
    """A paper found (or not) at a source: ``method`` (:data:`MATCH_METHODS`), the title ``score``
    when found by title, and the source's ``record`` as it came (turned into :class:`Citations`
    by :mod:`kg.build.citations`, which reads it with the source's reader)."""

    paper_id: str
    source: str
    method: str
    score: float | None = None
    record: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Work:
    """A cited work as the source names it: kg id (``openalex:W…``, an arXiv id, a DOI, ``s2:…``)."""

    id: str
    title: str
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Citations:
    """One paper's enrichment from one source.

    ``method`` is one of :data:`MATCH_METHODS` and ``score`` the title similarity when matched by
    title; ``work_id`` is the paper's own id at the source; ``references`` the ids of what it cites
    and ``works`` what the response said about them (S2 gives titles; OpenAlex needs a second call).
    """

    paper_id: str
    source: str
    method: str
    score: float | None = None
    work_id: str | None = None
    references: tuple[str, ...] = ()
    works: tuple[Work, ...] = ()


def title_match(
    title: str, candidates: Sequence[str], threshold: float = TITLE_THRESHOLD
) -> tuple[int, float] | None:
    """The index and score of the candidate title closest to ``title``, if it reaches ``threshold``."""
    want = normalise_title(title)
    best: tuple[int, float] | None = None
    for i, cand in enumerate(candidates):
        score = float(fuzz.ratio(want, normalise_title(cand)))
        if score >= threshold and (best is None or score > best[1]):
            best = (i, round(score, 2))
    return best
