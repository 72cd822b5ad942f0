"""Matching kg's links to hand-judged gold entities, and scoring them (pure functions, no I/O).

The rules (module :mod:`kg.extract.judged` describes the judged set itself). A kg link is a
paper->entity edge: its evidence text (the surface form the extractor found), the entity's fine
type, the edge's role and the entity's canonical name and aliases. Surfaces are compared after
:func:`normalise` (case, whitespace, hyphens and slashes as spaces, a leading "the", a trailing
"(ACR)" and trailing punctuation dropped); a trailing plural "s", a trailing head word such as
"dataset", "benchmark", "score", a model-size suffix ("-7B", "-base", "-Instruct") and spaces may
differ (:func:`same_surface`). A gold entity is named by its ``text``, its ``expansion`` (the long
form when the paper defines the acronym), the names an adjudicator accepted for it (``same_as``)
and, for an undefined acronym, a long form whose initials spell it. A link is

- ``correct`` when its evidence text names a gold entity of the same **coarse** type
  (dataset/benchmark -> Data, model/method -> Method, task, metric, organization -> Org) and the
  entity it resolved to is right: its canonical name agrees with the gold text, expansion or a
  ``same_as`` name (same surface, same word stems, token-set similarity >= 90 keeping the gold's
  version digits, a version suffix added to an unversioned gold name, or initials that spell the
  gold acronym); for an acronym the paper *uses* without defining it, an entity carrying it as an
  alias is right too. When the paper defines the acronym, a canonical name equal to the acronym is
  right only if none of the entity's long-form aliases that spell the acronym means something
  else: an acronym resolved to another paper's long form is a wrong link. When the evidence names
  no gold entity but the canonical name does (another surface of a gold entity), the link is
  correct;
- ``wrong_entity`` when the evidence names a gold entity of its coarse type but the entity is not
  right; ``wrong_type`` when it names only gold entities of another coarse type; ``spurious``
  when it names none.

Scores per coarse type and overall: links, correct, precision; gold, found (a gold entity is found
when a correct link names it), recall; role accuracy (share of kg's ``introduced`` links whose gold
role is introduced) and introduced recall (gold-introduced entities found by an ``introduced`` link).

>>> imagenet = [GoldEntity("ImageNet", "dataset", "used")]
>>> judge_link(Link("p", "ImageNet", "dataset", "used", "ImageNet"), imagenet)
('correct', 0)
>>> judge_link(Link("p", "ImageNet", "model", "used", "ImageNet"), imagenet)
('wrong_type', 0)
>>> gold = [GoldEntity("MCP", "method", "introduced", expansion="Multiscaled Conformal Prediction")]
>>> judge_link(Link("p", "MCP", "method", "used", "Model Context Protocol", ("MCP",)), gold)
('wrong_entity', 0)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

__all__ = [
    "COARSE",
    "ROLES",
    "GoldEntity",
    "JudgedPaper",
    "JudgedScores",
    "Link",
    "judge_link",
    "normalise",
    "same_surface",
    "score",
]

COARSE: dict[str, str] = {
    "dataset": "Data",
    "benchmark": "Data",
    "model": "Method",
    "method": "Method",
    "task": "Task",
    "metric": "Metric",
    "organization": "Org",
}
ROLES = ("introduced", "used")
_HEADS = frozenset(
    (
        *("dataset", "datasets", "benchmark", "benchmarks", "corpus", "data", "suite", "challenge"),
        *("model", "models", "method", "framework", "architecture", "network", "score", "scores"),
        *("metric", "task", "prompting"),
    )
)
_VARIANT = re.compile(r"(\s(\d+(\.\d+)?[bmk]|base|large|small|tiny|instruct|chat|[nsmlx]))+$")
_TRAILING_ACRONYM = re.compile(r"\s*\([^()]*\)\s*$")
_VERSION = re.compile(r"[\s.\-]?v?\d+(\.\d+)*[a-z]?")
_SUFFIX = re.compile(r"(ing|ers|er|ed|s)$")
_PUNCTUATION = ".,;:!?'\""
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_/]+")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """One entity a judged paper names: its first surface form, fine type, role, acronym expansion."""

    text: str
    type: str
    role: str
    expansion: str | None = None
    note: str | None = None
    adjudicated: bool = False
    same_as: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The text, its expansion and the names adjudicated as the same entity."""
        return (self.text, *filter(None, (self.expansion,)), *self.same_as)

    @property
    def coarse(self) -> str:
        return COARSE[self.type]


@dataclass(frozen=True, slots=True)
class JudgedPaper:
    """A judged paper: arXiv id, hash of its title+abstract, gold entities."""

    id: str
    text_sha256: str
    entities: tuple[GoldEntity, ...]


@dataclass(frozen=True, slots=True)
class Link:
    """One kg paper->entity link: evidence surface, entity type, role, canonical name and aliases."""

    paper_id: str
    text: str
    type: str
    role: str
    name: str
    aliases: tuple[str, ...] = ()


# ---------------------------------------------------------------------------------------------
# matching


def normalise(text: str) -> str:
    """Case, whitespace, hyphens, a leading "the", a trailing "(ACR)" and punctuation normalised.

    >>> normalise("The Segment-Anything Model (SAM).")
    'segment anything model'
    """
    text = text.strip().rstrip(_PUNCTUATION)
    if not text.startswith("("):
        text = _TRAILING_ACRONYM.sub("", text)
    text = _SEPARATORS.sub(" ", text.lower()).strip(" " + _PUNCTUATION)
    return text[4:] if text.startswith("the ") else text


def _forms(text: str) -> set[str]:
    """The normalised text without a final plural "s", a trailing head word, a size suffix or spaces."""
    norm = normalise(text)
    forms = {norm, _VARIANT.sub("", norm)}
    words = norm.split()
    if len(words) > 1 and words[-1] in _HEADS:
        forms.add(" ".join(words[:-1]))
    forms |= {f[:-1] for f in list(forms) if f.endswith("s") and len(f) > 3}
    return forms | {f.replace(" ", "") for f in forms}


def same_surface(a: str, b: str) -> bool:
    """Whether two surfaces name the same thing after normalisation (see the module docstring).

    >>> same_surface("Duke Liver Dataset", "duke liver"), same_surface("CNNs", "CNN")
    (True, True)
    >>> same_surface("Qwen3-VL-8B", "Qwen3-VL")
    True
    >>> same_surface("multi-layer perceptron", "Multilayer Perceptron")
    True
    """
    return bool(_forms(a) & _forms(b))


def _initials(text: str) -> str:
    return "".join(w[0] for w in normalise(text).split() if w)


def _acronym(text: str) -> str | None:
    """The lower-cased acronym when ``text`` looks like one (one word, two or more capitals)."""
    core = text.strip()
    if " " in core or sum(c.isupper() for c in core) < 2:
        return None
    lower = re.sub(r"[^a-z0-9]", "", core.lower())
    return lower[:-1] if core.endswith("s") else lower


def _stems(text: str) -> list[str]:
    return [_SUFFIX.sub("", w) if len(w) > 4 else w for w in normalise(text).split()]


def _agrees(name: str, surface: str) -> bool:
    """Whether a canonical name names what ``surface`` names (equal, same stems, close with the same
    digits, or initials spelling the surface's acronym)."""
    if same_surface(name, surface) or _stems(name) == _stems(surface):
        return True
    a, b = normalise(name), normalise(surface)
    digits = re.findall(r"\d+", b)
    if fuzz.token_set_ratio(a, b) >= 90 and (not digits or digits == re.findall(r"\d+", a)):
        return True
    if not digits and _VERSION.fullmatch(a[len(b) :]) and a.startswith(b):  # FLUX -> FLUX.1
        return True
    acronym = _acronym(surface)
    return acronym is not None and " " in a and _initials(name) == acronym


def _entity_right(link: Link, gold: GoldEntity) -> bool:
    if any(_agrees(link.name, name) for name in (*filter(None, (gold.expansion,)), *gold.same_as)):
        return True
    acronym = _acronym(gold.text)
    if gold.expansion is None:
        if _agrees(link.name, gold.text):
            return True
        # an acronym the paper uses without defining it: the entity that carries it as an alias
        return (
            gold.role == "used"
            and acronym is not None
            and any(same_surface(a, gold.text) for a in link.aliases)
        )
    if not same_surface(link.name, gold.text):
        return False
    long_forms = [
        a for a in link.aliases if " " in normalise(a) and _initials(a) == (acronym or normalise(gold.text))
    ]
    return all(_agrees(a, gold.expansion) for a in long_forms)


def _names(gold: GoldEntity, key: str) -> bool:
    """Whether ``key`` names the gold entity: one of its surfaces, or the long form of its acronym."""
    if any(same_surface(key, surface) for surface in gold.surfaces):
        return True
    acronym = _acronym(gold.text)
    return (
        gold.expansion is None and acronym is not None and " " in normalise(key) and _initials(key) == acronym
    )


def _surface_hits(link: Link, gold: Sequence[GoldEntity], key: str) -> list[int]:
    return [i for i, g in enumerate(gold) if _names(g, key)]


def judge_link(link: Link, gold: Sequence[GoldEntity]) -> tuple[str, int | None]:
    """The verdict on one link against a paper's gold entities, and the index of the gold it matched.

    Verdicts: ``correct``, ``wrong_entity``, ``wrong_type``, ``spurious`` (module docstring).
    """
    hits = _surface_hits(link, gold, link.text)
    same_type = [i for i in hits if gold[i].coarse == COARSE[link.type]]
    for i in same_type:
        if _entity_right(link, gold[i]):
            return "correct", i
    by_name = [i for i in _surface_hits(link, gold, link.name) if gold[i].coarse == COARSE[link.type]]
    if by_name and not (same_type or hits):  # the evidence is another form of a gold entity's name
        return "correct", by_name[0]
    if same_type:
        return "wrong_entity", same_type[0]
    return ("wrong_type", hits[0]) if hits else ("spurious", None)


# ---------------------------------------------------------------------------------------------
# scoring


@dataclass(slots=True)
class _Counts:
    links: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    def row(self) -> dict[str, Any]:
        return {
            "links": self.links,
            "correct": self.correct,
            "precision": round(self.correct / self.links, 4) if self.links else None,
            "gold": self.gold,
            "found": self.found,
            "recall": round(self.found / self.gold, 4) if self.gold else None,
        }


@dataclass(slots=True)
class JudgedScores:
    """Counts per coarse type, role counts and every judged link (for listing errors)."""

    by_type: dict[str, _Counts] = field(default_factory=dict)
    verdicts: list[tuple[str, Link, GoldEntity | None]] = field(default_factory=list)
    introduced_links: int = 0
    introduced_right: int = 0
    gold_introduced: int = 0
    introduced_found: int = 0

    def counts(self, coarse: str) -> _Counts:
        return self.by_type.setdefault(coarse, _Counts())

    def to_dict(self) -> dict[str, Any]:
        """Rows per coarse type and overall, role figures and verdict counts (JSON-ready)."""
        total = _Counts()
        for c in self.by_type.values():
            total.links, total.correct = total.links + c.links, total.correct + c.correct
            total.gold, total.found = total.gold + c.gold, total.found + c.found
        verdicts: dict[str, int] = {}
        for verdict, _, _ in self.verdicts:
            verdicts[verdict] = verdicts.get(verdict, 0) + 1
        return {
            "by_type": {k: self.by_type[k].row() for k in sorted(self.by_type)},
            "overall": total.row(),
            "roles": {
                "introduced_links": self.introduced_links,
                "introduced_right": self.introduced_right,
                "role_accuracy": _ratio(self.introduced_right, self.introduced_links),
                "gold_introduced": self.gold_introduced,
                "introduced_found": self.introduced_found,
                "introduced_recall": _ratio(self.introduced_found, self.gold_introduced),
            },
            "verdicts": dict(sorted(verdicts.items())),
        }


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def score(papers: Sequence[JudgedPaper], links: Mapping[str, Sequence[Link]]) -> JudgedScores:
    """Score kg's links of the judged papers against their gold entities (module docstring).

    >>> gold = (GoldEntity("X-Net", "method", "introduced"), GoldEntity("COCO", "dataset", "used"))
    >>> links = {"p": [Link("p", "X-Net", "method", "introduced", "X-Net")]}
    >>> out = score([JudgedPaper("p", "-", gold)], links).to_dict()
    >>> out["overall"]["precision"], out["overall"]["recall"], out["roles"]["role_accuracy"]
    (1.0, 0.5, 1.0)
    """
    scores = JudgedScores()
    for paper in papers:
        gold = paper.entities
        found: dict[int, set[str]] = {}
        for g in gold:
            scores.counts(g.coarse).gold += 1
            scores.gold_introduced += g.role == "introduced"
        for link in links.get(paper.id, ()):
            verdict, index = judge_link(link, gold)
            counts = scores.counts(COARSE[link.type])
            counts.links += 1
            matched = gold[index] if index is not None else None
            scores.verdicts.append((verdict, link, matched))
            if link.role == "introduced":
                scores.introduced_links += 1
                scores.introduced_right += (
                    verdict == "correct" and matched is not None and matched.role == "introduced"
                )
            if verdict == "correct" and index is not None:
                counts.correct += 1
                found.setdefault(index, set()).add(link.role)
        for index, roles in found.items():
            scores.counts(gold[index].coarse).found += 1
            scores.introduced_found += gold[index].role == "introduced" and "introduced" in roles
    return scores
