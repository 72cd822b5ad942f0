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

>>> [w for _, _, w in words("We use self-supervised learning (SSL), e.g. on GPT-4o.")][:6]
['We', 'use', 'self-supervised', 'learning', '(', 'SSL']
>>> m = PhraseModel({"ph:reinforcement learning": [0.0, 3.0, 0.0, 0.0, 0.0]}, ["learning"], 0.5)
>>> [(c.name, c.type, c.source) for c in m.candidates("We apply reinforcement learning to chess.")]
[('reinforcement learning', 'method', 'model')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from kg.errors import InputError
from kg.extract.candidates import Candidate
from kg.extract.shapes import is_generic
from kg.model import Mention

__all__ = [
    "CLASSES",
    "MODEL_PATH",
    "STOP",
    "PhraseModel",
    "add_model",
    "default_model",
    "features",
    "is_generic_phrase",
    "model_mentions",
    "spans",
    "table_key",
    "taken_by",
    "words",
]

CLASSES = ("O", "method", "task", "dataset", "metric")
MODEL_PATH = Path(__file__).resolve().parent / "model" / "phrases.json"
_WORD = re.compile(r"\w+(?:[-'.+/]\w+)*\+*|\S")
# a capital followed later by a capital or digit ("BERT", "ResNet", "GPT-4o"), or "iPhone", "3D"
_NAME_SHAPED = re.compile(r"\w*[A-Z]\w*[A-Z0-9]|\w*[a-z0-9][A-Z]")
_MAX_LEFT = 2
_LENGTH = ("", "n:1", "n:2", "n:3")
_ACRONYM = re.compile(r"[A-Z]{1,5}s?")
_STOP_WORDS = (
    "a an the of in on for to and or with by from as at is are was were be been being this that these "
    "those our we it its their they them which who whose such using use used based via than then more "
    "most less new novel proposed existing each both all any can could may might will would also not "
    "no has have had into over under between while when where how what why do does did so very well "
    "only other further however thus here there however et al i.e e.g fig table section our your my "
    "his her one two three several many some few first second recent recently previous prior state "
    "art "
)
STOP = frozenset(_STOP_WORDS.split())
# Heads that name a kind of thing, not a thing: with nothing specific before them ("3D model",
# "Multimodal Model", "encoder", "large language models", "computational cost", "downstream tasks") a
# model mention is generic (ANNOTATION.md). Chosen from the model's most frequent full-corpus outputs.
_GENERIC_HEADS = """
    model models framework frameworks method methods approach approaches system systems module modules
    network networks architecture architectures encoder encoders decoder decoders pipeline pipelines
    algorithm algorithms technique techniques mechanism mechanisms strategy strategies scheme schemes
    component components layer layers block blocks backbone backbones baseline baselines agent agents
    tool tools data dataset datasets benchmark benchmarks task tasks performance results solution
    solutions paradigm paradigms design designs representation representations features classifier
    classifiers cost costs overhead complexity efficiency quality ability abilities capability
    capabilities application applications scenario scenarios setting settings problem problems issue
    issues challenge challenges domain domains environment environments condition conditions process
    processes analysis operation operations technology technologies metrics llm llms vlm vlms mllm mllms
    lvlm lvlms slm slms lm lms ai"""
GENERIC_HEADS = frozenset(_GENERIC_HEADS.split())
_GENERIC_MODIFIERS = """
    3d 2d multimodal multi-modal large small deep neural new novel proposed existing base pretrained
    pre-trained trained generative foundation language vision visual vision-language unified simple
    standard traditional conventional efficient lightweight general generic our their its this these
    state-of-the-art sota modern current recent powerful robust strong single multiple different
    various specific ai learning machine ml end-to-end real-world downstream computational open-source
    fine-tuned multi-agent high low overall practical complex key critical diverse teacher student
    evaluation training-free"""
GENERIC_MODIFIERS = frozenset(_GENERIC_MODIFIERS.split())


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)``: word runs (hyphens, dots, plus signs inside a word kept) and punctuation."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1 << 16)
def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:6]:
        s = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def is_generic_phrase(text: str) -> bool:
    """A model mention that names a kind, not a thing: a generic head and only generic modifiers.

    >>> [is_generic_phrase(t) for t in ("3D model", "Transformer-based encoder", "graph neural network")]
    [True, True, False]
    >>> [is_generic_phrase(t) for t in ("high cost", "downstream tasks", "inference", "CT", "ResNet")]
    [True, True, True, True, False]
    """
    if is_generic(text):
        return True
    parts = text.lower().split()
    if len(parts) == 1 and (text.islower() or text.istitle() or _ACRONYM.fullmatch(text)):
        return True  # "inference", "CT", "BEV": the lexicon and the paper's own definitions decide these
    if parts[-1] not in GENERIC_HEADS:
        return False
    return all(p in GENERIC_MODIFIERS or p.endswith(("-based", "-like", "-style")) for p in parts[:-1])


def table_key(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> str:
    """The words ``toks[i:j]`` as a corroboration-table key: joined by spaces, a capital that only
    starts the phrase (a sentence's first word) lowered.

    >>> toks = words("Contrastive learning, Contrastive Learning")
    >>> table_key(toks, 0, 2), table_key(toks, 3, 5)
    ('contrastive learning', 'Contrastive Learning')
    """
    return _key(" ".join(w for _, _, w in toks[i:j]))


def _key(phrase: str) -> str:
    return phrase[0].lower() + phrase[1:] if phrase[1:].islower() else phrase


def spans(toks: Sequence[tuple[int, int, str]], heads: frozenset[str]) -> list[tuple[int, int]]:
    """Candidate word ranges ``[i, j)``: end in a head or name-shaped word, up to two words to the left.

    Heads never are stop words (training leaves them out), and a name-shaped word has a capital.
    """
    out = []
    name_shaped = _NAME_SHAPED.match
    text = [w for _, _, w in toks]
    low = list(map(str.lower, text))
    for j in [j for j, w in enumerate(low) if w in heads or (w != text[j] and w not in STOP)]:
        if low[j] not in heads and not name_shaped(text[j]):
            continue
        out.append((j, j + 1))
        i = j
        while i > 0 and j - i < _MAX_LEFT and toks[i - 1][1] + 1 >= toks[i][0]:
            before = text[i - 1]
            if not before[0].isalnum() or low[i - 1] in STOP:
                break
            i -= 1
            out.append((i, j + 1))
    return out


def features(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> list[str]:
    """The sparse features of the candidate ``toks[i:j]``.

    >>> features(words("we apply deep reinforcement learning here"), 2, 5)
    ['ph:deep reinforcement learning', 'h:learning', 'hs:ing', 'n:3', 'p:apply', 'x:here', 'fsh:x', 'f:deep']
    """
    head = toks[j - 1][2].lower()
    phrase = head if j - i == 1 else " ".join(w for _, _, w in toks[i:j]).lower()
    first = toks[i][2]
    out = [
        "ph:" + phrase,
        "h:" + head,
        "hs:" + head[-3:],
        "n:" + str(j - i),
        "p:" + (toks[i - 1][2].lower() if i > 0 else "<s>"),
        "x:" + (toks[j][2].lower() if j < len(toks) else "</s>"),
        "fsh:" + _shape(first),
    ]
    if j - i > 1:
        out.append("f:" + first.lower())
    return out


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
                get("fsh:" + _shape(word), 0), get("f:" + low, 0),
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
                    get("ph:" + phrase.lower(), 0), head[0], head[1], get(_LENGTH[n], 0),
                    word(text[i - 1])[2] if i else start, word(text[j])[3] if j < last else end,
                    first[4], first[5] if n > 1 else 0,
                ]
            )  # fmt: skip
        return rows

    def candidates(self, text: str, taken: bytearray | None = None) -> list[Candidate]:
        """Non-overlapping model mentions in ``text`` (highest probability first wins a clash).

        Spans touching a character marked in ``taken`` (mentions the rules already found) are skipped.
        """
        if self.table is not None and not self._may_have_spans(text):
            return []  # most texts: no table phrase at all, so no need for the words' offsets
        toks = words(text)
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
                if not is_generic_phrase(text[start:end]):
                    used.update(range(i, j))
                    out.append(
                        Candidate(start, end, CLASSES[k], text[start:end], confidence=round(-neg, 2),
                                  source="model", rule="model.phrase")
                    )  # fmt: skip
        return sorted(out, key=lambda c: (c.start, c.end))

    def _may_have_spans(self, text: str) -> bool:
        """Whether :meth:`_table_spans` can find a span in ``text`` (checked on its words, no offsets)."""
        assert self.table is not None
        table, heads, ws = self.table, self.span_heads, _WORD.findall(text)
        return any(
            i >= 0 and _key(" ".join(ws[i : j + 1])) in table
            for j in [j for j, w in enumerate(ws) if w in heads]
            for i in (j - 1, j - 2)
        )

    def _table_spans(self, toks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int]]:
        """The spans of :func:`spans` whose words are a phrase of the table (2-3 words, lowercase head)."""
        assert self.table is not None
        table, heads, out = self.table, self.span_heads, []
        for j in [j for j, (_, _, w) in enumerate(toks) if w in heads]:
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
    chosen: list[Candidate], model: PhraseModel | None, text: str, title_len: int = 0
) -> list[Candidate]:
    """``chosen`` (rule and lexicon mentions) plus ``model``'s mentions in ``text`` that overlap none of
    them (nor the end of the title, ``title_len``).

    Rules win: ``chosen`` is returned unchanged, and a model mention whose text a rule mention of
    the document also has takes that mention's type, name and entity id.

    >>> rule = Candidate(0, 9, "dataset", "Image Net", "dataset:image-net", source="lexicon")
    >>> m = PhraseModel({"ph:image net": [0.0, 3.0, 0.0, 0.0, 0.0]}, ["net"], 0.5)
    >>> [(c.start, c.source, c.type) for c in add_model([rule], m, "Image Net and image net")]
    [(0, 'lexicon', 'dataset'), (14, 'model', 'dataset')]
    """
    if model is None:
        return chosen
    taken = taken_by(chosen, len(text))
    extra = [c for c in model.candidates(text, taken) if not c.start < title_len < c.end]
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
