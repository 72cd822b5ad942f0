"""When a paper's acronym long form names a known entry: the one rule of the extractor and the resolver.

"Knowledge Deletion (KD)" defines KD for its paper; the lexicon's KD (Knowledge Distillation) is not meant,
because the long forms disagree. The extractor asks this of a definition, a title's "NAME: Long Form" and a
"NAME (Long Form)" (:mod:`kg.extract.definitions`, :mod:`kg.extract.spelled`, :mod:`kg.resolve.own_names`);
the resolver asks it again of the definitions the extractor paired (:mod:`kg.resolve.resolver`). Both ask
:func:`long_forms_agree` (docs/typing.md rule 650): one key, one threshold. They differ in two named
answers: what an entry that writes no long form says (``unwritten``), and whether a long form that starts
an entry's agrees (``prefix``, the resolver's only).

>>> long_forms_agree("Knowledge Deletion", ("Knowledge Distillation", "KD"))
False
>>> long_forms_agree("proximal policy optimisation", ("Proximal Policy Optimization", "PPO"))
True
>>> long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",))  # the extractor's default
True
>>> long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",), unwritten=False)  # the resolver's
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz.fuzz import ratio

__all__ = ["AGREE", "heads_or_ending", "keys_agree", "long_forms_agree", "long_key"]

AGREE = 88.0
"""Rapidfuzz ratio of two long-form keys at or above which they name one thing (rule 650: the extractor's
88; the resolver's 85 joined "Mixture of Lookup Experts" to Mixture of LoRA Experts and "Target-Oriented
Dialogue" to task-oriented dialogue, measured on the corpus's definitions)."""

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


def keys_agree(a: str, b: str, *, prefix: bool = False) -> bool:
    """Whether two long-form keys (:func:`long_key`) name one thing: equal, a ratio of at least
    :data:`AGREE` (small spelling variants), or another head noun or last-word ending (rule 571); with
    ``prefix``, also one the start of the other (eight characters or more: :func:`long_forms_agree`).

    >>> keys_agree("unitedstatesmedicallicensingexamination", "unitedstatesmedicallicensingexam")
    True
    >>> keys_agree("mixtureoflookupexpert", "mixtureofloraexpert")
    False
    >>> keys_agree("temporaldifference", "temporaldifferencelearning", prefix=True)
    True
    """
    if a == b or (prefix and min(len(a), len(b)) >= 8 and (a.startswith(b) or b.startswith(a))):
        return True
    return ratio(a, b) >= AGREE or heads_or_ending(a, b)


def long_forms_agree(
    long_form: str, forms: Sequence[str], *, unwritten: bool = True, prefix: bool = False
) -> bool:
    """Whether a paper's long form names the entry whose ``forms`` include its acronym: one of the
    entry's long forms (a form of several words or more than 12 characters) agrees with it
    (:func:`keys_agree`). The extractor asks with the defaults; the resolver, asked again of the
    definitions the extractor paired, differs in two answers (rule 650, measured on the corpus):

    - ``unwritten``, the answer when the entry writes no long form. The extractor keeps its lexicon
      reading (nothing to contradict: True); the resolver keys the acronym to the paper's long form
      (False). Of the corpus's 133 such definitions 73 name the entry ("Simultaneous Localization and
      Mapping (SLAM)" for an entry "SLAM"), 48 do not ("major adverse cardiac events (MACE)"), 12 are
      borderline: neither answer is right often enough to make it the other's.
    - ``prefix``: a long form that starts an entry's long form agrees. The resolver needs it for rule 168's
      definitions inside a known name ("temporal difference (TD) learning", "key-value (KV) cache"): the
      extractor read the words after the parenthesis and gave the pair the entry, the resolver sees only
      "temporal difference". In the extractor it would join 17 corpus definitions, only about 13 of
      them right ("protein-protein interactions (PPI)" is no PPI dataset).
    """
    longs = [f for f in forms if " " in f.strip() or len(f) > 12]
    if not longs:
        return unwritten
    key = long_key(long_form)
    return any(keys_agree(key, long_key(f), prefix=prefix) for f in longs)
