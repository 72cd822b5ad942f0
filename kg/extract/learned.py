"""The trained mention source: a candidate-phrase classifier (linear, softmax over types).

Candidates are short word spans that end in a *head* word seen at the end of training mentions
("learning", "segmentation", "answering", …) or in a name-shaped word ("ResNet", "GPT-4o"), reaching
left over at most two content words. Each candidate gets sparse string features (the phrase, its
head, first and modifier words, the words around it, shapes, suffixes); a linear model scores them
per class (``O`` = not a mention, ``method``, ``task``, ``dataset``, ``metric``) and the best
non-overlapping spans whose class probability passes the model's threshold become mentions with
``source="model"``. The weights are trained by ``train/train_model.py`` on SciREX and TDMSci train
(Apache-2.0) and ship in ``kg/extract/model/phrases.json``; inference is Python and numpy.

The shipped model carries a corroboration table (``train/corroborate.py``: lowercase task and method
phrases that arXiv abstracts define acronyms for) and per-type thresholds chosen by cross-validation:
with a table, only its phrases are candidates, typed by the table (docs/evaluation.md).

>>> m = PhraseModel({"ph:reinforcement learning": [0.0, 3.0, 0.0, 0.0, 0.0]}, ["learning"], 0.5)
>>> [(c.name, c.type, c.source) for c in m.candidates("We apply reinforcement learning to chess.")]
[('reinforcement learning', 'method', 'model')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from itertools import compress, filterfalse
from operator import itemgetter
from pathlib import Path

import numpy as np

from kg.errors import InputError
from kg.extract.candidates import Candidate
from kg.extract.matcher import TokenMatcher
from kg.extract.phrase_words import (
    LENGTH,
    is_generic_phrase,
    shape,
    spans,
    table_key,
    words,
)
from kg.extract.table_windows import window_words
from kg.extract.task_cues import names_a_part
from kg.extract.tokenizer import split_words
from kg.model import Mention

__all__ = [
    "CLASSES",
    "MODEL_PATH",
    "PhraseModel",
    "add_model",
    "default_model",
    "model_mentions",
    "taken_by",
]

CLASSES = ("O", "method", "task", "dataset", "metric")
_SPACE_TOKENS = 4  # more white-space tokens than this in a text: :meth:`PhraseModel.may_match` walks them all
MODEL_PATH = Path(__file__).resolve().parent / "model" / "phrases.json"
_WORD_OF = itemgetter(2)  # the word of a ``(start, end, word)`` token


class PhraseModel:
    """Weights (feature -> one score per class), the head words and the decision threshold.

    With a corroboration ``table`` (phrase -> type, ``train/corroborate.py``) only candidates whose
    text is a phrase of the table are scored; one is kept when its probability of being a mention
    (``1 - p(O)``) reaches ``thresholds[type]`` (``threshold`` for a type not listed), and it takes the
    table's type. Without a table, the best class's probability must reach ``threshold``.
    """

    def __init__(
        self,
        weights: dict[str, list[float]],
        heads: Iterable[str],
        threshold: float,
        table: Mapping[str, str] | None = None,
        thresholds: Mapping[str, float] | None = None,
    ) -> None:
        self.weights = weights
        self.heads = frozenset(heads)
        self.threshold = threshold
        self.table = table
        self.span_heads = self.heads if table is None else frozenset(p.rsplit(" ", 1)[-1] for p in table)
        self.table_phrases = TokenMatcher(lower=False)  # the table's phrases as a text may write them
        self.table_phrases.add("table", (v for p in table or () for v in (p, p[:1].upper() + p[1:])))
        self._reach = max(map(len, self.table_phrases.phrases), default=0) + _SPACE_TOKENS
        self.thresholds = dict(thresholds or {})
        names = sorted(weights)
        self.index = {f: k for k, f in enumerate(names, 1)}  # row 0 = an unknown feature (zeros)
        self._words: dict[str, tuple[int, int, int, int, int, int]] = {}
        self._edges = (self.index.get("p:<s>", 0), self.index.get("x:</s>", 0))
        self.matrix = np.zeros((len(names) + 1, len(CLASSES)))
        if names:
            self.matrix[1:] = np.asarray([weights[f] for f in names], dtype=np.float64)

    @classmethod
    def load(cls, path: Path) -> PhraseModel:
        """Read a model file written by ``train/train_model.py``."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                data["weights"], data["heads"], float(data["threshold"]), data.get("table"),
                data.get("thresholds"),
            )  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise InputError(f"not a kg phrase model: {err}", file=str(path)) from err

    def probabilities(self, feats: Iterable[str]) -> list[float]:
        """Softmax over :data:`CLASSES` of the summed weights of ``feats``."""
        return [float(p) for p in _softmax(self.matrix[[self.index.get(f, 0) for f in feats]].sum(axis=0))]

    def _word(self, word: str) -> tuple[int, int, int, int, int, int]:
        """The feature rows of ``word`` as head ("h:", "hs:"), previous / next word, first word's shape
        and first word ("fsh:", "f:"); cached."""
        rows = self._words.get(word)
        if rows is None:
            if len(self._words) > 200_000:
                self._words.clear()
            get = self.index.get
            low = word.lower()
            rows = (
                get("h:" + low, 0), get("hs:" + low[-3:], 0), get("p:" + low, 0), get("x:" + low, 0),
                get("fsh:" + shape(word), 0), get("f:" + low, 0),
            )  # fmt: skip
            self._words[word] = rows
        return rows

    def _rows(self, toks: Sequence[tuple[int, int, str]], cands: list[tuple[int, int]]) -> list[list[int]]:
        """The feature indices of each candidate: :func:`features` without building lists of strings."""
        get = self.index.get
        word = self._word
        text = [w for _, _, w in toks]
        last = len(toks)
        start, end = self._edges
        rows = []
        for i, j in cands:
            n = j - i
            head, first = word(text[j - 1]), word(text[i])
            phrase = text[i] if n == 1 else " ".join(text[i:j])
            rows.append(
                [
                    get("ph:" + phrase.lower(), 0), head[0], head[1], get(LENGTH[n], 0),
                    word(text[i - 1])[2] if i else start, word(text[j])[3] if j < last else end,
                    first[4], first[5] if n > 1 else 0,
                ]
            )  # fmt: skip
        return rows

    def candidates(self, text: str, taken: bytearray | None = None) -> list[Candidate]:
        """Non-overlapping model mentions in ``text`` (highest probability first wins a clash).

        Spans touching a character marked in ``taken`` (mentions the rules already found) are skipped.
        """
        if not self.may_match(text):
            return []  # most texts: no table phrase at all, so no need for the words' offsets
        return self._candidates(text, taken)

    def may_match(
        self,
        text: str,
        tokens: Sequence[str] | None = None,
        run: Sequence[tuple[int, int]] | bool | None = None,
    ) -> bool:
        """Whether :meth:`candidates` can find anything in ``text``: a cheap test that may say yes
        more often, never less: with a table, whether a table phrase occurs in ``text``'s
        :func:`~kg.extract.tokenizer.split_words` tokens (``tokens`` when the caller has them).
        ``run``, when given, says whether a table phrase occurs as a run of ``tokens`` (the caller's own
        walk of the tokens found it, or where: :class:`~kg.extract.matcher.CasedMatcher`); then only the
        phrases across a white-space token are left to look for, and only if one may be a single character
        other than " " (:func:`_no_lone_space`: a table span's words are at most one character apart).

        >>> m = PhraseModel({}, ["learning"], 0.5, table={"self-supervised learning": "method"})
        >>> [m.may_match(t) for t in ("Self-supervised learning works.", "Supervised learning works.")]
        [True, False]
        >>> tokens = ["We", "use", "self", "-", "supervised", "learning"]
        >>> m.may_match("We use self-supervised learning.", tokens)
        True
        >>> split = ["Self", "-", "supervised", "\\n", "learning"]  # no run of them is a table phrase
        >>> m.may_match("Self-supervised\\nlearning", split, False)
        True
        >>> two = [*split[:3], "\\n\\n", "learning"]  # the words two characters apart: no table span
        >>> m.may_match("Self-supervised\\n\\nlearning", two, False)
        False
        """
        if self.table is None:
            return True
        if tokens is None:
            tokens = split_words(text)[0]
        if run:
            return True
        if run is None:  # a table span may cross a white-space character ("\n" is a token): leave them out
            return self._in_words(tokens)
        return not _no_lone_space(text) and self._across_space(tokens)

    def _in_words(self, tokens: Sequence[str]) -> bool:
        """Whether a table phrase occurs in ``tokens`` with their white-space tokens left out."""
        return self.table_phrases.found_in(list(filterfalse(str.isspace, tokens)))

    def _across_space(self, tokens: Sequence[str]) -> bool:
        """Whether a table phrase occurs across a white-space token of ``tokens`` (the title's blank line): in
        the tokens around each (white space left out); in all of them when there are many."""
        gaps = list(compress(range(len(tokens)), map(str.isspace, tokens)))
        if len(gaps) > _SPACE_TOKENS:
            return self._in_words(tokens)
        # a phrase across gap k has at most len(phrase) - 1 words on each side, and the other gaps between
        reach, found_in = self._reach, self.table_phrases.found_in
        return any(
            found_in(list(filterfalse(str.isspace, tokens[max(0, k - reach) : k + reach + 1]))) for k in gaps
        )

    def _candidates(
        self, text: str, taken: bytearray | None, toks: Sequence[tuple[int, int, str]] | None = None
    ) -> list[Candidate]:
        """The mentions of :meth:`candidates`; ``toks``: the words of ``text`` where the spans may stand
        (:func:`~kg.extract.table_windows.window_words`), all of them when None."""
        toks = words(text) if toks is None else toks
        cands = spans(toks, self.heads) if self.table is None else self._table_spans(toks)
        if taken is not None:
            cands = [(i, j) for i, j in cands if 1 not in taken[toks[i][0] : toks[j - 1][1]]]
        if not cands:
            return []
        probs = _softmax(self.matrix[np.asarray(self._rows(toks, cands))].sum(axis=1))
        scored = sorted(self._scored(toks, cands, probs))
        used: set[int] = set()
        out = []
        for neg, i, j, k in scored:
            if used.isdisjoint(range(i, j)):
                start, end = toks[i][0], toks[j - 1][1]
                if not is_generic_phrase(text[start:end]) and not (
                    CLASSES[k] == "task" and names_a_part(text, end)
                ):  # "a binary change detection branch": a part of the method
                    used.update(range(i, j))
                    out.append(
                        Candidate(start, end, CLASSES[k], text[start:end], confidence=round(-neg, 2),
                                  source="model", rule="model.phrase")
                    )  # fmt: skip
        return sorted(out, key=lambda c: (c.start, c.end))

    def _table_spans(self, toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
        """The spans of :func:`spans` whose words are a phrase of the table (2-3 words, lowercase head)."""
        assert self.table is not None
        table, heads, out = self.table, self.span_heads, []
        for j in compress(range(len(toks)), map(heads.__contains__, map(_WORD_OF, toks))):  # C, not a loop
            for i in (j - 1, j - 2):
                if i < 0 or toks[i][1] + 1 < toks[i + 1][0]:
                    break  # not one run of words
                if table_key(toks, i, j + 1) in table:
                    out.append((i, j + 1))
        return out

    def _scored(
        self, toks: Sequence[tuple[int, int, str]], cands: list[tuple[int, int]], probs: np.ndarray
    ) -> Iterable[tuple[float, int, int, int]]:
        """``(-probability, i, j, class)`` of the candidates that pass their threshold."""
        if self.table is None:
            kinds = probs[:, 1:].argmax(axis=1) + 1
            best = probs[np.arange(len(cands)), kinds]
            return (
                (-float(best[c]), *cands[c], int(kinds[c])) for c in np.flatnonzero(best >= self.threshold)
            )
        out = []
        for (i, j), p in zip(cands, 1.0 - probs[:, 0], strict=True):
            kind = self.table[table_key(toks, i, j)]
            if p >= self.thresholds.get(kind, self.threshold):
                out.append((-float(p), i, j, CLASSES.index(kind)))
        return out


def _no_lone_space(text: str) -> bool:
    """Whether ``text`` surely holds no single white-space character but " " between two others: an ASCII
    text whose line breaks come in runs of even length ("\\n\\n" after the title) and that holds no tab,
    carriage return, vertical tab, form feed or separator (``\\x1c``-``\\x1f``).

    A table span's words are at most one character apart (:meth:`PhraseModel._table_spans`); where that
    character is always " ", the span's text has the tokens of the table phrase as
    :func:`~kg.extract.tokenizer.split_words` makes them, a run of the text's tokens, which the lexicon
    matcher's walk looks for (``run`` of :meth:`PhraseModel.may_match`). So when that walk found none,
    spans across a white-space token (a phrase across the title's blank line) need no search.

    >>> _no_lone_space("Title\\n\\nAbstract text."), _no_lone_space("graph neural\\nnetworks")
    (True, False)
    """
    return (
        text.isascii()
        and text.count("\n") == 2 * text.count("\n\n")
        and not any(space in text for space in _ODD_SPACES)
    )


_ODD_SPACES = ("\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")


def _softmax(scores: np.ndarray) -> np.ndarray:
    """Softmax along the last axis."""
    exp = np.exp(scores - scores.max(axis=-1, keepdims=True))
    out: np.ndarray = exp / exp.sum(axis=-1, keepdims=True)
    return out


def taken_by(cands: Iterable[Candidate], size: int) -> bytearray:
    """A mask of the characters of ``text`` (``size`` long) inside ``cands``."""
    taken = bytearray(size)
    for c in cands:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return taken


def add_model(
    chosen: list[Candidate],
    model: PhraseModel | None,
    text: str,
    title_len: int = 0,
    tokens: Sequence[str] | None = None,
    run: Sequence[tuple[int, int]] | bool | None = None,
) -> list[Candidate]:
    """``chosen`` (rule and lexicon mentions) plus ``model``'s mentions in ``text`` that overlap none of
    them (nor the end of the title, ``title_len``); ``tokens``, ``text``'s
    :func:`~kg.extract.tokenizer.split_words` tokens when the caller has them, make the model's
    first test cheaper (:meth:`PhraseModel.may_match`, with ``run``); ``run``, where the lexicon walk found
    the table's phrases as runs of them, also says where the model's words are needed at all
    (:mod:`kg.extract.table_windows`).

    Rules win: ``chosen`` is returned unchanged, and a model mention whose text a rule mention of
    the document also has takes that mention's type, name and entity id.

    >>> rule = Candidate(0, 9, "dataset", "Image Net", "dataset:image-net", source="lexicon")
    >>> m = PhraseModel({"ph:image net": [0.0, 3.0, 0.0, 0.0, 0.0]}, ["net"], 0.5)
    >>> [(c.start, c.source, c.type) for c in add_model([rule], m, "Image Net and image net")]
    [(0, 'lexicon', 'dataset'), (14, 'model', 'dataset')]
    """
    if model is None:
        return chosen
    toks = None
    if run and not isinstance(run, bool) and model.table is not None and _no_lone_space(text):
        toks = window_words(text, run)  # every table span is one of the walk's runs: words near them only
    elif not model.may_match(text, tokens, run):
        return chosen
    taken = taken_by(chosen, len(text))
    extra = [c for c in model._candidates(text, taken, toks) if not c.start < title_len < c.end]
    if not extra:
        return chosen
    known = {c.name.lower(): c for c in reversed(chosen)}
    for i, c in enumerate(extra):
        rule = known.get(c.name.lower())
        if rule is not None:
            extra[i] = c.with_(type=rule.type, name=rule.name, entity_id=rule.entity_id)
    return sorted([*chosen, *extra], key=lambda c: (c.start, c.end))


@cache
def default_model() -> PhraseModel:
    """The shipped model (read once)."""
    return PhraseModel.load(MODEL_PATH)


def model_mentions(text: str) -> list[Mention]:
    """The shipped model's mentions alone (no rules, no lexicon): the "model only" ablation."""
    return [
        Mention("", c.type, c.name, f"{c.type}:", "used", c.name, c.start, c.end, "abstract", "",
                c.confidence, c.source, c.rule)
        for c in default_model().candidates(text)
    ]  # fmt: skip
