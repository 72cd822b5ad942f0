"""The one exception tree of kg.

Library code raises these; only :mod:`kg.cli` turns them into messages and
exit codes. Every instance carries its context as attributes.

>>> err = InputError("not valid UTF-8", file="papers.txt", line=12)
>>> str(err)
'papers.txt:12: not valid UTF-8'
>>> isinstance(err, KGError)
True
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExtractError",
    "FetchError",
    "GraphError",
    "InputError",
    "KGError",
    "NoMatchError",
    "OutputError",
    "QueryError",
    "StoreError",
]


class KGError(Exception):
    """Base class of every error kg raises on purpose.

    ``hint`` says what the user can do next; the CLI prints it after the message.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(KGError):
    """A listing file cannot be read: missing, unreadable, empty, wrong format, bad encoding.

    ``file`` names the file; ``line`` / ``record`` (1-based) point into it when known.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        record: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.file = file
        self.line = line
        self.record = record

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        elif self.record is not None:
            where += f" record {self.record}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(KGError):
    """An option, alias file, lexicon file or parameter is invalid."""


class ExtractError(KGError):
    """The extraction pipeline cannot run (for example a broken lexicon file)."""


class GraphError(KGError):
    """A graph file is missing, corrupt, of an unknown version, or a lookup failed."""


class OutputError(KGError):
    """An output directory cannot be written: a file in its place, read-only, full, or used by another build.

    ``path`` names the directory or file.
    """

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path


class NoMatchError(GraphError):
    """A user's reference (id, arXiv id, DOI, title or name) names no node, or more than one.

    ``ref`` is what was asked; ``candidates`` the closest nodes as ``(id, name)`` pairs, best first;
    ``papers`` each candidate's paper count where known; ``total`` how many nodes matched (the hint names
    the first five and says how many it left out).

    >>> err = NoMatchError("no paper matches 'Holmes'", ref="Holmes", candidates=(("p1", "Holmes: a study"),))
    >>> err.hint
    "did you mean: 'Holmes: a study' (p1)?"
    >>> many = tuple((f"method:m{i}", f"M{i}") for i in range(7))
    >>> NoMatchError("'M' is ambiguous", ref="M", candidates=many, papers=(9, 8, 7, 6, 5, 4, 3)).hint
    "did you mean: 'M0' (method:m0, 9 papers), 'M1' (method:m1, 8 papers), 'M2' (method:m2, 7 papers), \
'M3' (method:m3, 6 papers), 'M4' (method:m4, 5 papers)? 2 more not shown: give an id"
    """

    SHOWN = 5

    def __init__(
        self,
        message: str,
        *,
        ref: str,
        candidates: tuple[tuple[str, str], ...] = (),
        papers: tuple[int | None, ...] = (),
        total: int | None = None,
    ) -> None:
        total = len(candidates) if total is None else total
        shown = ", ".join(
            f"{name!r} ({node}{_papers_note(papers, i)})"
            for i, (node, name) in enumerate(candidates[: self.SHOWN])
        )
        left = total - min(len(candidates), self.SHOWN)
        more = f" {left} more not shown: give an id" if left > 0 else ""
        hint = (
            f"did you mean: {shown}?{more}"
            if candidates
            else "check the id, or give more of the name or title"
        )
        super().__init__(message, hint=hint)
        self.ref = ref
        self.candidates = candidates
        self.papers = papers
        self.total = total


def _papers_note(papers: tuple[int | None, ...], i: int) -> str:
    n = papers[i] if i < len(papers) else None
    if n is None:  # a paper or an author: no count of papers to give
        return ""
    return f", {n} paper" + ("" if n == 1 else "s")


class QueryError(KGError):
    """A Cypher query is unknown, lacks parameters, or cannot run on the chosen engine."""


class StoreError(KGError):
    """A graph server (Neo4j or another Bolt server) refused or failed a load."""


class FetchError(KGError):
    """A web source failed or answered with something that is not data.

    ``url`` is the request that failed, ``status`` its HTTP status (None for a network error, a
    timeout or a body that does not parse), ``retry`` whether trying again later may help.
    Nothing from a failed response is written as data.
    """

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int | None = None,
        retry: bool = False,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.url = url
        self.status = status
        self.retry = retry

    def __str__(self) -> str:
        return f"{self.message} ({self.url})" if self.url else self.message
