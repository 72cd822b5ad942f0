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
- "network(s)" is the head only after "neural" or "adversarial" ("graph neural networks", not "citation
  networks");
- the corpus names it: at least ``min_acronym`` (2) abstracts define an acronym for it ("knowledge
  distillation (KD)", same first letter), and they are at least ``min_share`` (5%) of the abstracts
  that use it ("multimodal understanding" is in 273 abstracts and abbreviated in one: a description).

Why acronyms: on a development sample of the model's additions (``bench/review_sample.py --seed 2024
--size 300``, judged by hand) frequency alone did not separate names from descriptions ("feature
extraction", "text embeddings", "content generation" are in hundreds of abstracts), while phrases the
community abbreviates were names. A second development sample (``--seed 4242 --size 600``) showed
phrases abbreviated now and then but mostly used as descriptions ("modality fusion", "memory
retrieval"), hence the share; and heads that name either a task or a method ("image fusion" is a task,
"feature fusion" a method) or a broad capability ("multimodal understanding"): "fusion" and
"understanding" are no heads. The table is built from the corpus and these lists only (no model, no
labelled data), so cross-validation on SciREX / TDMSci with the table does not leak labels. The lists
follow the annotation guide (/work/issues/ANNOTATION.md), not any labelled file.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.extract.learned import spans, table_key, words  # noqa: E402

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
    unlearning"""
HEADS = {w: "task" for w in _TASK_HEADS.split()} | {w: "method" for w in _METHOD_HEADS.split()}
_GENERIC = """
    a an the our their its this these those new novel proposed existing traditional conventional standard
    simple general generic better improved advanced powerful strong promising reliable precise fast faster
    scalable high-quality state-of-the-art sota efficient lightweight end-to-end various different
    specific multiple downstream additional further subsequent accurate robust effective overall practical
    complex key critical diverse unified single typical common current recent modern popular classical
    classic naive vanilla original full model's models' deep machine large small ai general-purpose
    task-specific more most less best high low comprehensive holistic fine-grained coarse-grained
    large-scale small-scale real-time future traditional existing other related similar such model models
    data task tasks method methods joint local global final correct appropriate challenging
    inefficient suboptimal redundant frequent learned internal external explicit implicit initial
    preliminary manual improved enhanced significant substantial extensive massive limited successful
    without within across through toward towards per like against among beyond after before upon
    despite during via versus vs improves improve enables enable enabling"""
GENERIC_MODIFIERS = frozenset(_GENERIC.split())
_NETWORK_OK = frozenset({"neural", "adversarial"})
_LY_NOUNS = frozenset({"anomaly", "family", "assembly", "supply", "reply", "butterfly", "poly", "ally"})
_ING_NOUNS = frozenset({"building", "reasoning", "learning", "parking", "clothing", "hearing"})
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
    if head.startswith("network") and parts[-2] not in _NETWORK_OK:
        return None
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
    """``text`` defines an acronym for ``phrase`` right after ``end``: " (KD)" after "knowledge
    distillation", same first letter."""
    m = _ACRONYM.match(text, end)
    return m is not None and m.group(1)[0].lower() == phrase[0]


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Per typed phrase: the texts it occurs in, and the texts that define an acronym for it."""
    heads = frozenset(HEADS)
    df: Counter[str] = Counter()
    acronym: Counter[str] = Counter()
    for text in texts:
        toks = words(text)
        seen: dict[str, bool] = {}
        for i, j in spans(toks, heads):
            if j - i > 1:
                key = table_key(toks, i, j)
                seen[key] = seen.get(key, False) or _acronym_after(text, toks[j - 1][1], key)
        for key, defined in seen.items():
            if phrase_type(key):
                df[key] += 1
                acronym[key] += defined
    return df, acronym


def mine(texts: Iterable[str], min_acronym: int = 2, min_share: float = 0.05) -> dict[str, str]:
    """Phrase -> type for the typed phrases that at least ``min_acronym`` of ``texts`` give an acronym,
    in at least ``min_share`` of the texts that use them."""
    df, acronym = count(texts)
    return {
        p: t
        for p, n in sorted(df.items())
        if acronym[p] >= max(min_acronym, min_share * n) and (t := phrase_type(p))
    }


def main() -> int:
    table = mine(corpus_texts(CORPUS))
    print(json.dumps({"phrases": len(table), "by_type": Counter(table.values())}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
