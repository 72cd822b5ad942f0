"""The corroboration table of kg's trained mention source: lowercase method and task phrases that the
CC0 arXiv corpus treats as names.

    python train/corroborate.py                      # print the table's size

A model mention that no rule or lexicon entry found is kept only when its phrase is in this table
(``kg/extract/learned.py``). A phrase is in the table when

- it is two to three lowercase words (letters, digits, inner hyphens; a sentence's first capital is
  lowered) ending in a *typed head*: a word that names a task ("segmentation", "answering",
  "generation" …) or a method ("learning", "distillation", "fine-tuning", "autoencoders" …) in kg's
  annotation guide; the head gives the type;
- no word before the head is generic, evaluative or a verb form ("our", "novel", "efficient", "deep",
  "machine", "large", "significantly", "enabling" …): the guide's "not entities" ("deep learning",
  "efficient fine-tuning", "our detection");
- "network(s)" is the head only after a named architecture word ("graph neural networks", "graph
  convolutional networks", "feature pyramid network"; not "citation networks", nor the class "neural
  networks"); "model(s)" only after an approach word ("latent diffusion models", "energy-based models",
  "gaussian mixture model"; not "language models", "vision foundation models": classes of models by the
  guide); "algorithm(s)" not after another head ("genetic algorithms", not "learning algorithm");
- it is written in lower case in at least one abstract (the model matches that form only), and the corpus
  names it, one of:

  - **acronym**: at least ``min_acronym`` (2) abstracts define an acronym for it, in any case
    ("knowledge distillation (KD)", "Knowledge Distillation (KD)"; the acronym's capitals are the
    phrase's initials: "Proximal Policy Optimization (PPO)" is no evidence for "policy optimization"),
    and they are at least ``min_share`` (5%) of the abstracts that use it in any case ("multimodal
    understanding" is in 273 abstracts and abbreviated in one: a description);
  - **acronym, the rule of the 403-phrase table before**: at least ``min_acronym`` abstracts write its
    lower-case form followed by an acronym with its first letter ("radiology report generation (RRG)"
    counts for "report generation"), at least ``min_share`` of the abstracts writing it in lower case;
  - **task use** (task heads only; an option, ``--min-cue``, **off** in the shipped table: on a
    development sample 7 of its 14 links were wrong, "conditional generation", "sequence prediction"):
    at least ``min_cue`` (3) abstracts use its lower-case form as the name of a task, and they are at
    least ``cue_share`` (20%) of the abstracts writing it in lower case:
    a task noun right after it ("image matting task", "node classification benchmarks", "... datasets",
    "... problem") or "the task of", "the problem of", "such as", "tasks like", "including" right before.

Why acronyms: on a development sample of the model's additions (``bench/review_sample.py --seed 2024
--size 300``, judged by hand) frequency alone did not separate names from descriptions ("feature
extraction", "text embeddings", "content generation" are in hundreds of abstracts), while phrases the
community abbreviates were names. A second development sample (``--seed 4242 --size 600``) showed
phrases abbreviated now and then but mostly used as descriptions ("modality fusion", "memory
retrieval"), hence the share; and heads that name either a task or a method ("image fusion" is a task,
"feature fusion" a method) or a broad capability ("multimodal understanding"): "fusion" and
"understanding" are no heads. Title-case definitions read by the initials rule, and the network / model /
algorithm / programming / processes heads, widened the table from 403 to 694 phrases (docs/evaluation.md;
development samples seeds 9001 and 9002, held-out seed 9003). The table is built from the corpus and
these lists only (no model, no labelled data), so cross-validation on SciREX / TDMSci with the table
does not leak labels. The lists follow the annotation guide (/work/issues/ANNOTATION.md), not any
labelled file.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.phrase_words import DESCRIBING_WORDS, spans, table_key, words  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"
_TASK_HEADS = """
    segmentation detection recognition classification answering translation summarization captioning
    retrieval tracking estimation generation synthesis restoration super-resolution re-identification
    parsing tagging completion forecasting inpainting editing denoising deblurring dehazing deraining
    localization grounding reconstruction prediction extraction registration navigation
    linking labeling labelling verification odometry compression enhancement modeling modelling driving
    diagnosis spotting counting matting colorization planning"""
_METHOD_HEADS = """
    learning distillation fine-tuning finetuning tuning prompting networks network autoencoder autoencoders
    auto-encoder auto-encoders transformer transformers regression descent sampling search attention pruning
    quantization augmentation normalization adaptation optimization decoding embeddings clustering
    filtering propagation machines trees forests fields splatting convolution convolutions perceptron
    perceptrons encoding aggregation supervision replay dropout boosting annealing scaling matching
    unlearning programming processes algorithm algorithms model models"""
HEADS = {w: "task" for w in _TASK_HEADS.split()} | {w: "method" for w in _METHOD_HEADS.split()}
_GENERIC = """
    model's models' fine-grained coarse-grained local global inefficient suboptimal redundant frequent
    internal external explicit implicit initial preliminary manual significant substantial extensive
    massive limited successful without within across through per like against among after before upon
    despite during via versus vs improves improve enables enable enabling leverages leverage uses
    employs applies adopts introduces categorizes public static"""
GENERIC_MODIFIERS = DESCRIBING_WORDS | frozenset(_GENERIC.split())
_NETWORK_WORDS = """neural adversarial convolutional convolution attention residual feed-forward feedforward
    pyramid capsule recurrent bayesian kolmogorov-arnold"""
_NETWORK_OK = frozenset(_NETWORK_WORDS.split())
# "model(s)" names an approach only after one of these ("diffusion models", "latent diffusion models",
# "energy-based models", "gaussian mixture models"); otherwise it is a class of models ("language
# models", "vision foundation models": not entities by the annotation guide)
_MODEL_WORDS = (
    "diffusion energy-based score-based consistency mixture state-space causal markov bottleneck flow-based"
)
_MODEL_OK = frozenset(_MODEL_WORDS.split())
_LY_NOUNS = frozenset({"anomaly", "family", "assembly", "supply", "reply", "butterfly", "poly", "ally"})
_ING_NOUNS = frozenset({"building", "reasoning", "learning", "parking", "clothing", "hearing"})
_TASK_NOUNS = "task tasks benchmark benchmarks dataset datasets challenge challenges problem problems"
_TASK_NEXT = frozenset(_TASK_NOUNS.split())
_TASK_BEFORE = frozenset({("task", "of"), ("problem", "of"), ("such", "as"), ("tasks", "like")})
_ACRONYM = re.compile(r" \(([A-Z][A-Za-z0-9-]{1,9})\)")
_LOWER_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


def phrase_type(phrase: str) -> str | None:
    """The type a lowercase phrase would have in the table (before the frequency test), or ``None``.

    >>> [phrase_type(p) for p in ("semantic segmentation", "graph neural networks", "citation networks")]
    ['task', 'method', None]
    >>> [phrase_type(p) for p in ("deep learning", "our detection", "Object Detection", "detection")]
    [None, None, None, None]
    >>> [phrase_type(p) for p in ("enabling understanding", "jointly learning", "anomaly detection")]
    [None, None, 'task']
    """
    parts = phrase.split()
    if not 2 <= len(parts) <= 3 or not all(_LOWER_WORD.fullmatch(w) for w in parts):
        return None
    head = parts[-1]
    if head not in HEADS or any(_generic(w) for w in parts[:-1]):
        return None
    if head.startswith("network") and (
        parts[-2] not in _NETWORK_OK or parts[:-1] in (["neural"], ["adversarial"])
    ):
        return None  # "graph neural networks", not "citation networks" nor the class "neural networks"
    if head.startswith("algorithm") and parts[-2] in HEADS:
        return None  # "genetic algorithm", not "learning algorithm", "optimization algorithms"
    if head in ("model", "models") and parts[-2] not in _MODEL_OK:
        return None
    if head == "generation" and parts[-2].endswith("-augmented"):
        return "method"  # "retrieval-augmented generation" is a method (the guide's RAG), not a task
    return HEADS[head]


def _generic(word: str) -> bool:
    """A modifier that makes the phrase generic: a listed word, an adverb, a verb's ``-ing`` form."""
    if word in GENERIC_MODIFIERS or (word.endswith("ly") and word not in _LY_NOUNS):
        return True
    return word.endswith("ing") and word not in _ING_NOUNS and word not in HEADS


def corpus_texts(path: Path) -> Iterator[str]:
    """Title + abstract of each corpus record (whitespace collapsed)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            yield " ".join(f"{record['title']}. {record['summary']}".split())


def _acronym_after(text: str, end: int, phrase: str) -> bool:
    """``text`` defines an acronym for ``phrase`` right after ``end``: its capitals are the initials of
    the phrase's words (split at spaces, or at spaces and hyphens).

    >>> kd = ("knowledge distillation (KD)", "knowledge distillation (KDs)", "knowledge distillation (KL)")
    >>> [_acronym_after(t, 22, "knowledge distillation") for t in kd]
    [True, True, False]
    >>> _acronym_after("feed-forward network (FFN)", 20, "feed-forward network")
    True
    >>> _acronym_after("Proximal Policy Optimization (PPO)", 28, "policy optimization")  # a longer name's
    False
    """
    m = _ACRONYM.match(text, end)
    if m is None:
        return False
    caps = "".join(ch for ch in m.group(1) if ch.isupper()).lower()
    words = phrase.split()
    return caps in ("".join(w[0] for w in words), "".join(p[0] for w in words for p in w.split("-") if p))


class Counts(NamedTuple):
    """Per typed phrase (lower-cased), numbers of texts: ``df`` uses it in any case; ``acronym``
    defines an acronym for it in any case ("Knowledge Distillation (KD)" counts for "knowledge
    distillation"); ``lower`` writes it in lower case (the only form the model matches); ``cue`` uses
    the lower-case form as a task ("image matting task", "the task of image matting"); ``first``
    writes the lower-case form followed by an acronym with its first letter (the rule of the 403-phrase
    table: "radiology report generation (RRG)" counts for "report generation")."""

    df: Counter[str]
    acronym: Counter[str]
    lower: Counter[str]
    cue: Counter[str]
    first: Counter[str]


def _task_cue(low: Sequence[str], i: int, j: int) -> bool:
    """The words ``low[i:j]`` are used as the name of a task: a task noun after them, or a task
    introducer before them."""
    return (j < len(low) and low[j] in _TASK_NEXT) or (
        (i >= 2 and (low[i - 2], low[i - 1]) in _TASK_BEFORE) or (i >= 1 and low[i - 1] == "including")
    )


def count(texts: Iterable[str]) -> Counts:
    """Count the typed phrases of ``texts`` (see :class:`Counts`)."""
    heads = frozenset(HEADS)
    out = Counts(Counter(), Counter(), Counter(), Counter(), Counter())
    for text in texts:
        toks = words(text)
        low = [w.lower() for _, _, w in toks]
        seen: dict[str, tuple[bool, bool, bool, bool]] = {}
        for i, j in spans(toks, heads):
            if j - i > 1:
                key = table_key(toks, i, j)
                phrase = key.lower()
                defined, was_lower, cue, first = seen.get(phrase, (False, False, False, False))
                after = _ACRONYM.match(text, toks[j - 1][1])
                seen[phrase] = (
                    defined or _acronym_after(text, toks[j - 1][1], phrase),
                    was_lower or key == phrase,
                    cue or (key == phrase and _task_cue(low, i, j)),
                    first or (key == phrase and after is not None and after.group(1)[0].lower() == phrase[0]),
                )
        for phrase, flags in seen.items():
            if phrase_type(phrase):
                out.df[phrase] += 1
                for counter, flag in zip(out[1:], flags, strict=True):
                    counter[phrase] += flag
    return out


def mine(
    texts: Iterable[str],
    min_acronym: int = 2,
    min_share: float = 0.05,
    min_cue: int | None = None,
    cue_share: float = 0.2,
) -> dict[str, str]:
    """Phrase -> type for the typed phrases written in lower case in one of ``texts`` that

    - at least ``min_acronym`` texts give an acronym, in at least ``min_share`` of the texts that use
      them (in any case), or
    - at least ``min_acronym`` texts write them in lower case followed by an acronym with their first
      letter, in at least ``min_share`` of the texts writing them in lower case (the rule of the
      403-phrase table), or
    - (tasks, only when ``min_cue`` is given: off in the shipped table, see docs/evaluation.md) at least
      ``min_cue`` texts use as a task, in at least ``cue_share`` of the texts writing them in lower case.
    """
    c = count(texts)
    out = {}
    for p, n in sorted(c.df.items()):
        kind = phrase_type(p)
        named = c.acronym[p] >= max(min_acronym, min_share * n) or c.first[p] >= max(
            min_acronym, min_share * c.lower[p]
        )
        task = min_cue is not None and kind == "task" and c.cue[p] >= max(min_cue, cue_share * c.lower[p])
        if kind and c.lower[p] and (named or task):
            out[p] = kind
    return out


def main() -> int:
    table = mine(corpus_texts(CORPUS))
    print(json.dumps({"phrases": len(table), "by_type": Counter(table.values())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
