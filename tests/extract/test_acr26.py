"""One rule for "a paper's acronym long form agrees with an entry's long form", session 26 (docs/typing.md
rule 650): the extractor and the resolver ask :func:`kg.extract.long_forms.long_forms_agree`, with one key,
one threshold (88) and no prefix rule; they differ only in ``unwritten`` (an entry that writes no long form).
Before, the resolver had a rule of its own (ratio 85, a prefix of eight characters, other keys) and joined
long forms the extractor had told apart. The tests fail on the tree before the rule."""

from __future__ import annotations

import pytest

import kg.extract.precision
import kg.resolve.acronyms
from kg.extract.lexicon import Lexicon, LexiconEntry
from kg.extract.long_forms import keys_agree, long_forms_agree, long_key
from kg.resolve.resolver import Keyer

_ENTRIES = (
    LexiconEntry("method:mixture-of-lora-experts", "method", "Mixture of LoRA Experts", ("MoLE",)),
    LexiconEntry("task:task-oriented-dialogue", "task", "task-oriented dialogue", ("TOD",)),
    LexiconEntry("method:process-reward-model", "method", "Process Reward Model", ("PRM",)),
    LexiconEntry("benchmark:objectnav", "benchmark", "ObjectNav"),
    LexiconEntry("method:vector-quantization", "method", "Vector Quantization", ("VQ",)),
    LexiconEntry("task:slam", "task", "SLAM"),
)


@pytest.mark.parametrize(
    ("eid", "long_form"),
    [
        ("method:mixture-of-lora-experts", "Mixture of Lookup Experts"),  # the resolver's 85 joined them
        ("method:mixture-of-lora-experts", "Mixture of Latent Experts"),
        ("task:task-oriented-dialogue", "Target-Oriented Dialogue"),
        ("method:process-reward-model", "process-level reward models"),  # both now leave it
        ("method:vector-quantization", "vector-quantized"),  # rule 571, both
        ("method:vector-quantization", "Vector Quantisation"),
    ],
)
def test_resolver_asks_the_extractors_rule(eid: str, long_form: str) -> None:
    keyer = Keyer(Lexicon(_ENTRIES))
    forms = keyer.by_id[eid].forms
    assert keyer.agrees(eid, long_form) == long_forms_agree(long_form, forms)


def test_the_resolver_no_longer_joins_what_the_extractor_told_apart() -> None:
    keyer = Keyer(Lexicon(_ENTRIES))
    assert not keyer.agrees("method:mixture-of-lora-experts", "Mixture of Lookup Experts")
    assert not keyer.agrees("task:task-oriented-dialogue", "Target-Oriented Dialogue")


def test_no_prefix_rule() -> None:
    # "Object Navigation (ObjectNav)" joined benchmark:objectnav through the resolver's prefix rule only
    assert not keys_agree(long_key("Object Navigation"), long_key("ObjectNav"))
    assert not Keyer(Lexicon(_ENTRIES)).agrees("benchmark:objectnav", "Object Navigation")


def test_unwritten_is_the_callers_answer() -> None:
    assert long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",))
    assert not long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",), unwritten=False)
    assert not Keyer(Lexicon(_ENTRIES)).agrees("task:slam", "Simultaneous Localization and Mapping")


def test_one_place() -> None:
    assert not hasattr(kg.resolve.acronyms, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "heads_or_ending")
