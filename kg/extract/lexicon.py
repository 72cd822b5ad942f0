"""The curated lexicon: JSONL files of canonical entities with aliases, loaded and validated.

One JSON object per line::

    {"id": "imagenet-1k", "type": "dataset", "name": "ImageNet-1k",
     "aliases": ["ImageNet 1K", "ILSVRC-2012"], "domain": "vision"}

Optional keys: ``"ambiguous": true`` (the name is also an ordinary word — match it only
case-sensitively, as written) and ``"case_sensitive": true``. Blank lines and lines
starting with ``#`` or ``//`` are skipped. The entity id in outputs is ``f"{type}:{id}"``.
Rows with the same type and id are merged (union of aliases, first name wins).

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "x.jsonl").write_text(
...     '{"id": "squad", "type": "dataset", "name": "SQuAD", "aliases": ["SQuAD 1.1"]}\\n'
...     '{"id": "squad", "type": "dataset", "name": "SQuAD", "aliases": ["SQuAD v1.1"]}\\n')
>>> lex = load_lexicon([d / "x.jsonl"])
>>> lex.by_id["dataset:squad"].aliases
('SQuAD 1.1', 'SQuAD v1.1')
>>> _ = (d / "bad.jsonl").write_text('{"id": "x", "type": "thing", "name": "X"}\\n')
>>> load_lexicon([d / "bad.jsonl"])  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.ExtractError: 1 bad lexicon row(s):
  ...bad.jsonl:1: unknown type 'thing' (use one of dataset, benchmark, method, model, task, metric, ...)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import ExtractError
from kg.model import ENTITY_TYPES

__all__ = [
    "KNOWN_KEYS",
    "LEXICON_DIR",
    "Lexicon",
    "LexiconEntry",
    "corpus_name_extended",
    "default_lexicon_paths",
    "lint_lexicon",
    "load_lexicon",
    "modifier_alias",
    "parse_row",
    "sibling_alias",
]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicon"
KNOWN_KEYS = frozenset({"id", "type", "name", "aliases", "domain", "ambiguous", "case_sensitive"})
_ID = re.compile(r"^[a-z0-9][a-z0-9._+\-]*$")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One canonical entity of the lexicon; ``id`` is the output id ``"<type>:<local id>"``."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    domain: str | None = None
    ambiguous: bool = False
    case_sensitive: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        """The name followed by the aliases (the surface forms to match)."""
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All entries, sorted by id, plus an index by id."""

    entries: tuple[LexiconEntry, ...]

    @property
    def by_id(self) -> dict[str, LexiconEntry]:
        """Entries keyed by their output id."""
        return {e.id: e for e in self.entries}


CORPUS_PREFIX = "corpus-"  # ids of bench/corpus_names.jsonl (bench/mine_names.py), an extra lexicon


def corpus_name_extended(entry: LexiconEntry, text: str, start: int, end: int) -> bool:
    """Whether a corpus-mined name (``bench/corpus_names.jsonl``) is written as part of a longer hyphenated
    name: then it is not that name, nor a variant of it ("EarthSynth-180K" is a dataset, EarthSynth a
    model; "X-Bench" is not X).

    >>> e = LexiconEntry("model:corpus-earthsynth", "model", "EarthSynth", case_sensitive=True)
    >>> corpus_name_extended(e, "on EarthSynth-180K", 3, 13)
    True
    >>> corpus_name_extended(e, "EarthSynth wins", 0, 10)
    False
    """
    if not entry.id.partition(":")[2].startswith(CORPUS_PREFIX):
        return False
    return text[end : end + 1] == "-" or (start > 0 and text[start - 1] == "-")


def default_lexicon_paths() -> tuple[Path, ...]:
    """The shipped lexicon files: every ``kg/extract/lexicon/*.jsonl``, sorted by name."""
    return tuple(sorted(LEXICON_DIR.glob("*.jsonl")))


def _bool(row: dict[str, Any], key: str) -> bool:
    value = row.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key!r} must be true or false")
    return value


def parse_row(row: Any) -> LexiconEntry:
    """Validate one decoded JSON row; raise ``ValueError`` saying what is wrong.

    >>> parse_row({"id": "bert", "type": "model", "name": "BERT"}).id
    'model:bert'
    >>> parse_row({"id": "Bert X", "type": "model", "name": "BERT"})
    Traceback (most recent call last):
    ...
    ValueError: 'id' must be lower-case [a-z0-9._+-], got 'Bert X'
    """
    if not isinstance(row, dict):
        raise ValueError("a row must be a JSON object")
    local = row.get("id")
    if not isinstance(local, str) or not _ID.match(local):
        raise ValueError(f"'id' must be lower-case [a-z0-9._+-], got {local!r}")
    etype = row.get("type")
    if etype not in ENTITY_TYPES:
        raise ValueError(f"unknown type {etype!r} (use one of {', '.join(ENTITY_TYPES)})")
    name = row.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("'name' must be a non-empty string")
    aliases = row.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise ValueError("'aliases' must be a list of non-empty strings")
    domain = row.get("domain")
    if domain is not None and not isinstance(domain, str):
        raise ValueError("'domain' must be a string")
    clean = tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() != name.strip()))
    return LexiconEntry(
        id=f"{etype}:{local}",
        type=str(etype),
        name=name.strip(),
        aliases=clean,
        domain=domain,
        ambiguous=_bool(row, "ambiguous"),
        case_sensitive=_bool(row, "case_sensitive"),
    )


def _read_rows(path: Path, problems: list[str]) -> Iterable[LexiconEntry]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        problems.append(f"{path}: cannot read: {err}")
        return
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith(("#", "//")):
            continue
        try:
            yield parse_row(json.loads(text))
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{number}: not valid JSON: {err.msg} (column {err.colno})")
        except ValueError as err:
            problems.append(f"{path}:{number}: {err}")


def _merge(a: LexiconEntry, b: LexiconEntry) -> LexiconEntry:
    extra = [x for x in (b.name, *b.aliases) if x != a.name]
    return LexiconEntry(
        id=a.id,
        type=a.type,
        name=a.name,
        aliases=tuple(dict.fromkeys((*a.aliases, *extra))),
        domain=a.domain or b.domain,
        ambiguous=a.ambiguous or b.ambiguous,
        case_sensitive=a.case_sensitive or b.case_sensitive,
    )


def load_lexicon(paths: Sequence[Path | str]) -> Lexicon:
    """Load and validate lexicon files; raise :class:`ExtractError` listing every bad row (file:line)."""
    return _load(tuple(str(p) for p in paths))


@cache
def _load(paths: tuple[str, ...]) -> Lexicon:
    problems: list[str] = []
    merged: dict[str, LexiconEntry] = {}
    for path in paths:
        for entry in _read_rows(Path(path), problems):
            merged[entry.id] = _merge(merged[entry.id], entry) if entry.id in merged else entry
    if problems:
        shown = "\n  ".join(problems[:30])
        more = f"\n  … and {len(problems) - 30} more" if len(problems) > 30 else ""
        raise ExtractError(
            f"{len(problems)} bad lexicon row(s):\n  {shown}{more}",
            hint="each line must be a JSON object with id, type, name and optional aliases",
        )
    return Lexicon(entries=tuple(merged[k] for k in sorted(merged)))


def lint_lexicon(lexicon: Lexicon, generic: Iterable[str] = ()) -> list[str]:
    """Problems a curator should fix: one surface form claimed by several entities, generic aliases.

    >>> a = LexiconEntry("dataset:a", "dataset", "Alpha", ("AB",))
    >>> b = LexiconEntry("model:b", "model", "Beta", ("ab",))
    >>> lint_lexicon(Lexicon((a, b)))
    ["alias conflict: 'ab' is a form of dataset:a, model:b"]
    """
    owners: dict[str, set[str]] = {}
    for entry in lexicon.entries:
        for form in entry.forms:
            owners.setdefault(form.lower(), set()).add(entry.id)
    issues = [
        f"alias conflict: {form!r} is a form of {', '.join(sorted(ids))}"
        for form, ids in sorted(owners.items())
        if len(ids) > 1
    ]
    generic_set = {g.lower() for g in generic}
    issues += [
        f"generic form: {form!r} of {', '.join(sorted(owners[form]))} is never matched"
        for form in sorted(owners)
        if form in generic_set
    ]
    return issues


_FOLD = re.compile(r"[^0-9a-z+.]+")
# What one name adds to another to name a sibling: a later version or generation ("2", "v2", "2.0",
# "3+"), "++" / "+", or a variant letter or suffix ("-X", "-R", "-C", "SP", "-Pro", "-Hard", "-QA",
# "-CN"). A first version ("v1", "1.0", "v1.3") and a size ("-base", "-large", "-XL") are the same thing.
_SIBLING_REST = re.compile(r"^(?:v?(?:[2-9]|1\d)[\d.]*\+*|\++|x|r|c|v|sp|pro|hard|qa|cn|plus)$")


def sibling_alias(name: str, alias: str) -> bool:
    """Whether ``alias`` names a sibling of ``name`` rather than ``name`` itself: one is the other
    plus a version, "++" or a variant suffix (WebQuestionsSP is not WebQuestions, PAWS-X is not
    PAWS, MobileNet V2 is not MobileNet, MiniWoB is not Mini-WoB++).

    >>> [sibling_alias("WebQuestions", a) for a in ("WebQuestionsSP", "WebQ", "WebQuestions dataset")]
    [True, False, False]
    >>> sibling_alias("DenseNet-121", "DenseNet-169"), sibling_alias("AIME 2024", "AIME24")
    (True, False)
    >>> [sibling_alias(n, a) for n, a in (("Mini-WoB++", "MiniWoB"), ("SQuAD", "SQuAD v1.1"),
    ...                                   ("DeepLab", "DeepLab v3+"), ("Flan-T5", "Flan-T5-XL"))]
    [True, False, True, False]
    """
    a, b = _FOLD.sub("", name.lower()).strip("."), _FOLD.sub("", alias.lower()).strip(".")
    if _NUMBER.sub("#", a) == _NUMBER.sub("#", b) and "#" in _NUMBER.sub("#", a):
        return _other_numbers(_NUMBER.findall(name.lower()), _NUMBER.findall(alias.lower()))
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or short == long or not long.startswith(short):
        return False
    return _SIBLING_REST.match(long[len(short) :].lstrip(".")) is not None


_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_WORDS = re.compile(r"[^\W_]+")


def modifier_alias(name: str, alias: str) -> str:
    """The leading words of ``name`` that ``alias`` leaves out when the alias is the name's last
    words ("SLAM" of "visual SLAM": "visual"), else "". Such an alias may name a broader thing
    (docs/typing.md rule 42); the ones that name the same thing are reviewed in
    ``modifier_aliases.tsv``.

    >>> modifier_alias("visual SLAM", "SLAM"), modifier_alias("L-BFGS", "BFGS")
    ('visual', 'l')
    >>> modifier_alias("β-VAE", "beta-VAE"), modifier_alias("named entity recognition", "NER")
    ('', '')
    """
    n, a = _WORDS.findall(name.lower()), _WORDS.findall(alias.lower())
    return " ".join(n[: len(n) - len(a)]) if a and len(a) < len(n) and n[-len(a) :] == a else ""


def _other_numbers(a: list[str], b: list[str]) -> bool:
    """Whether two names that differ only in their numbers number different things: DenseNet-169 is
    not DenseNet-121, MOT16 is not MOT17; "2.0" is "2", "24" is "2024", a four-digit snapshot
    ("gpt-4-0613"), "3-5" for "3.5" or a number one name leaves out (CUB-200 of CUB-200-2011) is
    the same.

    >>> _other_numbers(["169"], ["121"]), _other_numbers(["24"], ["2024"]), _other_numbers(["2"], ["2.0"])
    (True, False, False)
    """
    x, y = {_norm_number(n) for n in a}, {_norm_number(n) for n in b}
    if x <= y or y <= x or "".join(a).replace(".", "") == "".join(b).replace(".", ""):
        return False
    years = {n for n in x | y if len(n) == 4 and n[:2] in ("19", "20")}
    x2 = {next((yr for yr in years if len(n) == 2 and yr.endswith(n)), n) for n in x}
    y2 = {next((yr for yr in years if len(n) == 2 and yr.endswith(n)), n) for n in y}
    snapshot = {n for n in x2 ^ y2 if len(n) == 4 and n not in years}
    return bool((x2 ^ y2) - snapshot)


def _norm_number(n: str) -> str:
    while n.endswith(".0"):
        n = n[:-2]
    return n
