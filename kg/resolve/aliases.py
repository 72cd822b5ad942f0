"""The user's alias file: ``A = B = C`` merges (A is the canonical name), ``A != B`` splits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import ConfigError

__all__ = ["AliasRules", "load_aliases", "parse_aliases"]


@dataclass(frozen=True, slots=True)
class AliasRules:
    """User rules: ``merges`` (groups of names; the first is the canonical name) and ``splits``."""

    merges: tuple[tuple[str, ...], ...] = ()
    splits: tuple[tuple[str, str], ...] = ()


def parse_aliases(text: str, file: str = "<aliases>") -> AliasRules:
    """Parse the alias file format: ``A = B = C`` merges (A is canonical), ``A != B`` splits, ``#`` comments.

    >>> parse_aliases("# mine\\nImageNet = ILSVRC\\nGPT-4 != GPT-4o\\n")
    AliasRules(merges=(('ImageNet', 'ILSVRC'),), splits=(('GPT-4', 'GPT-4o'),))
    """
    merges: list[tuple[str, ...]] = []
    splits: list[tuple[str, str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if "!=" in line:
            parts = [p.strip() for p in line.split("!=")]
            if len(parts) != 2 or not all(parts):
                raise ConfigError(f"{file}:{number}: a split needs exactly two names: 'A != B'")
            splits.append((parts[0], parts[1]))
        elif "=" in line:
            names = tuple(p.strip() for p in line.split("="))
            if len(names) < 2 or not all(names):
                raise ConfigError(f"{file}:{number}: a merge needs two or more names: 'A = B'")
            merges.append(names)
        else:
            raise ConfigError(f"{file}:{number}: expected 'A = B' (merge) or 'A != B' (split)")
    return AliasRules(tuple(merges), tuple(splits))


def load_aliases(path: str | Path) -> AliasRules:
    """Read an alias file (see :func:`parse_aliases`); raise :class:`ConfigError` when it is bad."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read alias file {path}: {err}") from err
    return parse_aliases(text, str(path))
