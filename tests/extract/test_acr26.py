"""One rule for "a paper's acronym long form agrees with an entry's long form", session 26 (docs/typing.md
rule 650): the extractor and the resolver ask :func:`kg.extract.long_forms.long_forms_agree`, with one key,
one threshold (88); they differ only in two named answers, ``unwritten`` (an entry that writes no long form)
and ``prefix`` (the resolver's, for rule 168's "temporal difference (TD) learning"). Before, the resolver had
a rule of its own (ratio 85, other keys, every form) and joined long forms the extractor had told apart. The
tests fail on the tree before the rule."""

from __future__ import annotations

import pytest

import kg.extract.precision
import kg.resolve.acronyms
from kg.extract.extractor import extract_text
from kg.extract.lexicon import Lexicon, LexiconEntry
from kg.extract.long_forms import keys_agree, long_forms_agree, long_key
from kg.model import Paper, Source
from kg.resolve.resolver import Keyer, resolve

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


def test_prefix_is_the_resolvers() -> None:
    assert not keys_agree(long_key("Object Navigation"), long_key("ObjectNav Challenge"))
    assert keys_agree(long_key("Object Navigation"), long_key("Object Navigation Challenge"), prefix=True)
    # an entry that writes no long form: "ObjectNav" is no long form the prefix could start
    assert not Keyer(Lexicon(_ENTRIES)).agrees("benchmark:objectnav", "Object Navigation")


@pytest.mark.parametrize(
    ("text", "short", "entity"),
    [
        (
            "We train agents with temporal difference (TD) learning.",
            "TD",
            "method:temporal-difference-learning",
        ),
        ("We study Positive-Unlabeled (PU) learning for text.", "PU", "method:positive-unlabeled-learning"),
        ("We compress the key-value (KV) cache of LLMs.", "KV", "method:kv-cache"),
    ],
)
def test_rule_168_definitions_stay_with_the_entry(text: str, short: str, entity: str) -> None:
    # the resolver sees "temporal difference" only: without its prefix answer it made a method of it
    paper = Paper(id="p1", title="", source=Source(file="t"))
    docs = resolve([(paper, extract_text(text, model=False))]).docs
    assert {m.text: m.entity_id for _, ms in docs for m in ms}[short] == entity


def test_unwritten_is_the_callers_answer() -> None:
    assert long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",))
    assert not long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",), unwritten=False)
    assert not Keyer(Lexicon(_ENTRIES)).agrees("task:slam", "Simultaneous Localization and Mapping")


def test_one_place() -> None:
    assert not hasattr(kg.resolve.acronyms, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "heads_or_ending")
