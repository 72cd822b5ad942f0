"""The name typer: a trained linear model that types name-shaped words no rule or lexicon types.

Papers write many names with no cue that types them ("Across ALFWorld, WebShop, and SciWorld",
"on the OrganAMNIST abdominal CT dataset", "Proportional Approval Voting (PAV)"). The typer scores
each such word (:mod:`kg.extract.name_features`: its context and shape, never the name itself) with a
softmax over :data:`CLASSES`; the scores of a name's occurrences in one document are summed, and
the name is kept, with one type, when its best type's probability reaches the model's threshold.
Its mentions have ``source="model"``, ``rule="name.typer"`` and a confidence below any cue's.

The weights are trained by ``train/train_names.py`` on weak labels from the CC0 arXiv corpus (what
kg's lexicon and cue rules type there) and ship in ``kg/extract/model/names.json``.

>>> typer = NameTyper({"p1:on": [0.0, 3.0, 0.0, 0.0, 0.0, 0.0]}, 0.5)
>>> [(c.name, c.type, c.rule) for c in add_names([], typer, "We test on ZorbNet.")]
[('ZorbNet', 'dataset', 'name.typer')]
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.extract.candidates import Candidate
from kg.extract.name_features import Tok, context, is_defined, name_features, name_spans

__all__ = [
    "CLASSES",
    "CONFIDENCE",
    "MIN_PROBABILITY",
    "NAMES_PATH",
    "ON_BY_DEFAULT",
    "NameTyper",
    "add_names",
    "default_typer",
    "typed_ends",
    "typed_words",
]

CLASSES = ("none", "dataset", "benchmark", "method", "model", "metric")
NAMES_PATH = Path(__file__).resolve().parent / "model" / "names.json"
CONFIDENCE = 0.5  # below every cue's: a rule's reading of the same name wins
# whether kg's pipelines run the typer when not told (``names=None``; with the phrase model only): the one
# switch of its default (docs/evaluation.md "The name typer")
ON_BY_DEFAULT = False
# a higher bar for a method than the model's threshold (rule 317): on judged corpus samples the typer's
# methods were right on 0.84 of its names at 0.8 (0.88 at 0.9), its data, models and metrics on 0.97
MIN_PROBABILITY = {"method": 0.9}


class NameTyper:
    """Weights (feature -> one score per class of :data:`CLASSES`), the decision threshold and the
    corpus evidence of names (``None``: the model uses none)."""

    def __init__(
        self,
        weights: Mapping[str, Sequence[float]],
        threshold: float,
        evidence: Mapping[str, Sequence[int]] | None = None,
    ) -> None:
        self.weights = {f: tuple(float(x) for x in w) for f, w in weights.items()}
        self.threshold = threshold
        self.evidence = evidence  # name -> corpus counts (kg.extract.name_features.evidence_features)

    @classmethod
    def load(cls, path: Path) -> NameTyper:
        """Read a model file written by ``train/train_names.py``."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["weights"], float(data["threshold"]), data.get("evidence"))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(f"not a kg name typer: {err}", file=str(path)) from err

    def scores(self, feats: Sequence[str]) -> list[float]:
        """The summed weights of ``feats`` per class."""
        rows = [w for w in map(self.weights.get, feats) if w is not None]
        return [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(CLASSES)

    def probabilities(self, feats: Sequence[str]) -> list[float]:
        """Softmax over :data:`CLASSES` of :meth:`scores`."""
        return softmax(self.scores(feats))

    def decide(self, rows: Sequence[Sequence[str]]) -> tuple[str, float] | None:
        """The type of a name from its occurrences' features (log-probabilities summed), or None.

        A name whose every occurrence scores ``none`` highest is None at once: no type's probability can
        then pass ``none``'s, nor a threshold above one half.
        """
        scored = [self.scores(feats) for feats in rows]
        if self.threshold > 0.5 and all(s[0] >= max(s[1:]) for s in scored):
            return None
        logp = [0.0] * len(CLASSES)
        for s in scored:
            logp = [a + math.log(max(p, 1e-12)) for a, p in zip(logp, softmax(s), strict=True)]
        probs = softmax(logp)
        best = max(range(1, len(CLASSES)), key=lambda k: probs[k])
        kind = CLASSES[best]
        return (
            (kind, probs[best])
            if probs[best] >= max(self.threshold, MIN_PROBABILITY.get(kind, 0.0))
            else None
        )


def softmax(scores: Sequence[float]) -> list[float]:
    """Softmax of ``scores``.

    >>> [round(p, 3) for p in softmax([0.0, 0.0])]
    [0.5, 0.5]
    """
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def add_names(
    chosen: list[Candidate], typer: NameTyper | None, text: str, title_len: int = 0
) -> list[Candidate]:
    """``chosen`` plus the typer's mentions of the untyped name-shaped words of ``text``.

    An acronym the document defines ("Long Form (LF)") is left out: on a judged corpus sample the typer
    was right on too few of them (docs/evaluation.md "The name typer"). Rules win: a word any mention
    of ``chosen`` overlaps is no candidate, ``chosen`` is returned unchanged, and a name a mention of
    ``chosen`` also has takes that mention's type and entity id. Title words are candidates only where
    the abstract also writes the name.
    """
    if typer is None:
        return chosen
    spans = name_spans(text, [(c.start, c.end) for c in chosen])
    if not spans:
        return chosen
    by_name: dict[str, list[int]] = {}
    for s, e in spans:
        by_name.setdefault(text[s:e], []).append(s)
    for s, e in spans:
        # a defined acronym ("Proportional Approval Voting (PAV)") is the acronym rules' to read
        if is_defined(text, s, e):
            by_name.pop(text[s:e], None)
    ends: tuple[dict[int, str], dict[int, str]] | None = None
    extra = []
    for name, at in sorted(by_name.items()):
        if all(s < title_len for s in at):
            continue  # only in the title: a title's words are read by the title rules
        ends = ends or typed_ends(chosen)
        where = [context(text, s) for s in at]  # the words around each occurrence
        rows = [
            name_features(toks, k, typed_words(toks, *ends), toks[k][0] < title_len, typer.evidence)
            for toks, k in where
        ]
        decided = typer.decide(rows)
        if decided is None:
            continue
        # a rule mention of the same name elsewhere in the document gives its type
        rule = next((c for c in chosen if c.name == name), None)
        kind, entity_id = (rule.type, rule.entity_id) if rule is not None else (decided[0], "")
        extra += [
            Candidate(
                toks[k][0], toks[k][1], kind, name, entity_id, CONFIDENCE, source="model", rule="name.typer"
            )
            for toks, k in where
        ]
    return sorted([*chosen, *extra], key=lambda c: (c.start, c.end)) if extra else chosen


def typed_ends(chosen: Sequence[Candidate]) -> tuple[dict[int, str], dict[int, str]]:
    """End offset -> type and start offset -> type of the mentions ``chosen`` (the last one wins)."""
    return {c.end: c.type for c in chosen}, {c.start: c.type for c in chosen}


def typed_words(toks: Sequence[Tok], ends: Mapping[int, str], starts: Mapping[int, str]) -> dict[int, str]:
    """Index in ``toks`` -> type of the mention that ends on the word, else of one that starts on it
    (list neighbours; ``ends``, ``starts``: :func:`typed_ends`)."""
    out = {}
    for i, (s, e, _) in enumerate(toks):
        kind = ends.get(e) or starts.get(s)
        if kind is not None:
            out[i] = kind
    return out


@cache
def default_typer() -> NameTyper | None:
    """The shipped typer (read once), or None when no model file ships."""
    return NameTyper.load(NAMES_PATH) if NAMES_PATH.exists() else None
