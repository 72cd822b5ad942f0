"""A name that ends in a data word is data (docs/typing.md rule 236).

"the Font Recognition Benchmark (FRB), a compact … dataset", "In-image Machine Translation Benchmark
(IMTBench)", "TFM Dataset: A Novel Multi-task Dataset", "ESGenius-Corpus, a … repository", "the Bird-Bench
(BIRD) benchmark": the long form's task words ("Recognition", "Translation") or the apposition of another
rule had typed the name a task or a method, but a name whose last word is "Benchmark" / "Bench" names a
benchmark and one whose last word is "Dataset" / "Corpus" names a dataset, whatever the words before it.
Only names no lexicon entry types (an entry's type is curated) and only a capitalised last word (a name's
word, not the common noun "a new benchmark").

>>> from kg.extract.candidates import Candidate
>>> [(c.name, c.type) for c in data_heads([Candidate(0, 26, "task", "Font Recognition Benchmark")])]
[('Font Recognition Benchmark', 'benchmark')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.candidates import Candidate

__all__ = ["data_heads"]

_ENDS = ("Benchmark", "Bench", "BENCH", "Dataset", "DATASET", "Corpus")  # the data words a name may end in
_LAST = re.compile(rf"(?<=[\s-])({'|'.join(_ENDS)})$")  # one of them as the name's last word
_KIND = {"benchmark": "benchmark", "bench": "benchmark", "dataset": "dataset", "corpus": "dataset"}
_DATA = frozenset({"dataset", "benchmark"})


def data_heads(cands: Sequence[Candidate]) -> list[Candidate]:
    """``cands`` with every unlisted name that ends in a capitalised data word typed by that word."""
    out = []
    for c in cands:
        if c.type not in _DATA and not c.entity_id and c.name.endswith(_ENDS):  # cheap gate
            last = _LAST.search(c.name)
            if last:
                c = c.with_(type=_KIND[last.group(1).lower()])
        out.append(c)
    return out
