"""The reviewed-alias lints of the lexicon tests, one copy for every rule that flags aliases
(``sibling_alias``, ``modifier_alias``, ``other_task_alias``): the flagged aliases no reviewed row
keeps, and the reviewed rows the lexicon no longer has.

A review file lives in ``kg/extract/lexicon/``, one row a kept alias, ``entry id<TAB>alias<TAB>reason``;
a row without its reason does not count, ``#`` starts a comment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kg.extract.lexicon import Lexicon, LexiconEntry


def reviewed(path: Path) -> set[tuple[str, str]]:
    """The ``(entry id, alias)`` pairs ``path`` keeps, each with its reason."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    return {(r[0], r[1]) for r in rows if len(r) >= 3 and not r[0].startswith("#")}


def unreviewed(
    lex: Lexicon, path: Path, flags: Callable[[str, str], object], kept: Callable[[LexiconEntry], bool]
) -> list[str]:
    """``entry id<TAB>alias`` of every alias of an entry ``kept`` selects that ``flags(name, alias)``
    flags and ``path`` does not keep."""
    keep = reviewed(path)
    return [
        f"{e.id}\t{a}"
        for e in lex.entries
        if kept(e)
        for a in e.aliases
        if flags(e.name, a) and (e.id, a) not in keep
    ]


def stale(lex: Lexicon, path: Path) -> list[tuple[str, str]]:
    """Rows of ``path`` whose entry or alias the lexicon no longer has."""
    return [(e, a) for e, a in reviewed(path) if e not in lex.by_id or a not in lex.by_id[e].aliases]
