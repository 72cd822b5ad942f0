"""When a paper's acronym long form names a known entry: the one rule of the extractor and the resolver.

"Knowledge Deletion (KD)" defines KD for its paper; the lexicon's KD (Knowledge Distillation) is not meant,
because the long forms disagree. The extractor asks this of a definition, a title's "NAME: Long Form" and a
"NAME (Long Form)" (:mod:`kg.extract.definitions`, :mod:`kg.extract.spelled`, :mod:`kg.resolve.own_names`);
the resolver asks it again of the definitions the extractor paired (:mod:`kg.resolve.resolver`). Both ask
:func:`long_forms_agree` (docs/typing.md rule 650): one key, one comparison, rule 571 for both. Where
they must differ, each passes its :class:`Reading` (:data:`EXTRACTOR`, :data:`RESOLVER`), whose fields
say why.

>>> long_forms_agree("Knowledge Deletion", ("Knowledge Distillation", "KD"))
False
>>> long_forms_agree("proximal policy optimisation", ("Proximal Policy Optimization", "PPO"))
True
>>> long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",))  # the extractor's default
True
>>> long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",), RESOLVER)
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

__all__ = [
    "EXTRACTOR",
    "RESOLVER",
    "Reading",
    "heads_or_ending",
    "keys_agree",
    "long_forms_agree",
    "long_key",
]


@dataclass(frozen=True)
class Reading:
    """A caller's answers where the extractor and the resolver must differ (rule 650, each measured on the
    corpus: docs/evaluation.md, session 26).

    - ``ratio``: the rapidfuzz ratio of two keys at or above which they name one thing (small spelling
      variants). The extractor's 88: at 85 it would link 45 more corpus definitions to their lexicon
      entry, 30 of them right ("Mixture of Lookup Experts (MoLE)" is no Mixture of LoRA Experts,
      "Target-Oriented Dialogue (TOD)" no task-oriented dialogue). The resolver's 85: it rules on the
      definitions whose short form the lexicon kept, and there 88 split 7 right joins of the corpus
      ("Cycle-consistent generative adversarial network (CycleGAN)", "Retention Network (RetNet)",
      "segmentation model (SAM)"), and no wrong one.
    - ``unwritten``: the answer when the entry writes no long form. The extractor keeps its lexicon
      reading (nothing to contradict: True); the resolver keys the acronym to the paper's long form
      (False). Of the corpus's 133 such definitions 73 name the entry ("Simultaneous Localization and
      Mapping (SLAM)" for an entry "SLAM"), 48 do not ("major adverse cardiac events (MACE)"), 12 are
      borderline: neither answer is right often enough to be both's.
    - ``prefix``: a long form that starts an entry's long form (eight characters or more) agrees. The
      resolver's only: rule 168's definitions inside a known name ("temporal difference (TD) learning",
      "key-value (KV) cache") reach it as "temporal difference" (without it 138 right joins of the corpus
      split, 114 of them KV cache). The extractor read the words after the parenthesis; with the prefix
      it would link 17 more corpus definitions, 13 right ("protein-protein interactions (PPI)" is no PPI
      dataset).
    """

    ratio: float
    unwritten: bool
    prefix: bool


EXTRACTOR = Reading(ratio=88.0, unwritten=True, prefix=False)
"""The extractor's reading of a definition, a title's "NAME: Long Form" and a "NAME (Long Form)"."""
RESOLVER = Reading(ratio=85.0, unwritten=False, prefix=True)
"""The resolver's reading of a definition the extractor paired (:meth:`kg.resolve.resolver.Keyer.agrees`)."""

# Head nouns a long form may leave off or add (docs/typing.md rule 571): "visual autoregressive (VAR)" is
# Visual Autoregressive Modeling, "Minimum Bayes Risk (MBR)" MBR decoding, "graph attention (GAT)" the
# network.
_AGREE_HEADS = re.compile(
    r"(?:modell?ing|model|decoding|method|algorithm|approach|framework|network|technique|mechanism)s?"
)
# a last word's ending: "supervised fine-tuned (SFT)", "vector-quantized (VQ)", "multi-task learner (MTL)"
_ENDING = re.compile(r"(?:ization|isation|ized|ised|izing|ising|ize|ise|ation|ion|ing|ed|ers|er|es|e|s)$")


@lru_cache(maxsize=1 << 14)  # three in four calls repeat one (a lexicon entry's forms, text to text)
def long_key(text: str) -> str:
    """A long form's key: lower-case letters and digits, without a plural "s".

    >>> long_key("Vision Transformers"), long_key("Mixture-of-Experts")
    ('visiontransformer', 'mixtureofexpert')
    """
    key = "".join(ch for ch in text.lower() if ch.isalnum())
    return key[:-1] if key.endswith("s") else key


def heads_or_ending(a: str, b: str) -> bool:
    """Whether two long-form keys (lower-case letters and digits) differ only by head nouns at the end of
    one, or by the ending of their last word (rule 571): "Long Short-Term Memory networks" is Long
    Short-Term Memory, "vector-quantized" Vector Quantization.

    >>> heads_or_ending("visualautoregressive", "visualautoregressivemodeling")
    True
    >>> heads_or_ending("supervisedfinetuned", "supervisedfinetuning")
    True
    >>> heads_or_ending("taskorienteddialogsystem", "taskorienteddialogue")
    False
    """
    short, long = sorted((a, b), key=len)
    if len(short) >= 8 and long.startswith(short) and _AGREE_HEADS.fullmatch(long[len(short) :]):
        return True
    stem = _ENDING.sub("", a)
    return a != b and len(stem) >= 6 and stem == _ENDING.sub("", b)


def keys_agree(a: str, b: str, reading: Reading = EXTRACTOR) -> bool:
    """Whether two long-form keys (:func:`long_key`) name one thing: equal, a ratio of at least
    ``reading.ratio`` (small spelling variants), another head noun or last-word ending (rule 571), or,
    with ``reading.prefix``, one the start of the other (eight characters or more).

    >>> keys_agree("unitedstatesmedicallicensingexamination", "unitedstatesmedicallicensingexam")
    True
    >>> keys_agree("mixtureoflookupexpert", "mixtureofloraexpert")
    False
    >>> keys_agree("temporaldifference", "temporaldifferencelearning", RESOLVER)
    True
    """
    if a == b:
        return True
    if reading.prefix and min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a)):
        return True
    return ratio(a, b) >= reading.ratio or heads_or_ending(a, b)


def long_forms_agree(long_form: str, forms: Sequence[str], reading: Reading = EXTRACTOR) -> bool:
    """Whether a paper's long form names the entry whose ``forms`` include its acronym: one of the
    entry's long forms (a form of several words or more than 12 characters) agrees with it
    (:func:`keys_agree`); ``reading.unwritten`` when the entry writes none.

    >>> long_forms_agree("Retention Network", ("RetNet", "Retentive Network"))
    False
    >>> long_forms_agree("Retention Network", ("RetNet", "Retentive Network"), RESOLVER)
    True
    """
    longs = [f for f in forms if " " in f.strip() or len(f) > 12]
    if not longs:
        return reading.unwritten
    key = long_key(long_form)
    return any(keys_agree(key, long_key(f), reading) for f in longs)
