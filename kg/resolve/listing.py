"""The ``kg extract`` job: read listing files (or plain lines), extract, resolve.

>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "docs.txt"
>>> _ = f.write_text("We evaluate on ZorbQA.\\nNothing here.\\n")
>>> result = extract_files([f], format="lines")
>>> [(p.id, [m.name for m in ms]) for p, ms in result.docs]
[('1', ['ZorbQA']), ('2', [])]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.extract.extractor import extract_papers, lines_to_papers
from kg.model import Entity, Mention, Paper, ReadFailure
from kg.resolve.resolver import AliasRules, resolve

__all__ = ["ExtractResult", "extract_files", "read_lines"]


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """Resolved papers with mentions, the entities by id, and what could not be read."""

    docs: list[tuple[Paper, list[Mention]]]
    entities: dict[str, Entity]
    failures: tuple[ReadFailure, ...] = ()


def read_lines(paths: Sequence[str | Path]) -> list[Paper]:
    """The ``lines`` format: every line of every file is one document (id = 1-based line number)."""
    papers: list[Paper] = []
    for path in paths:
        try:
            with open(path, encoding="utf-8") as fh:
                papers.extend(lines_to_papers(fh, str(path)))
        except FileNotFoundError as err:
            raise InputError("no such file", file=str(path)) from err
        except UnicodeDecodeError as err:
            raise InputError(f"not valid UTF-8 ({err.reason})", file=str(path)) from err
        except OSError as err:
            raise InputError(f"cannot read: {err.strerror}", file=str(path)) from err
    return papers


def extract_files(
    paths: Sequence[str | Path],
    *,
    format: str | None = None,
    year: int | None = None,
    aliases: AliasRules | None = None,
    processes: int = 1,
    extra_lexicons: Sequence[Path] = (),
    model: bool = True,
) -> ExtractResult:
    """Read ``paths`` (any listing format, or ``format="lines"``), extract and resolve mentions.

    ``model=False`` extracts with rules and lexicon only (no trained mention source; on by default).
    """
    failures: tuple[ReadFailure, ...] = ()
    if format == "lines":
        papers = read_lines(paths)
    else:
        from kg.readers import read_files  # the readers package is imported only when needed

        read = read_files([Path(p) for p in paths], format=format, year=year)
        papers, failures = list(read.papers), tuple(read.failures)
    raw = list(extract_papers(papers, processes=processes, extra_lexicons=extra_lexicons, model=model))
    resolution = resolve(raw, aliases=aliases)
    return ExtractResult(resolution.docs, resolution.entities, failures)
