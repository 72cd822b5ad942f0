"""One rule for "a paper's acronym long form agrees with an entry's long form", session 26 (docs/typing.md
rule 650): the extractor and the resolver ask :func:`kg.extract.long_forms.long_forms_agree`, with one key,
one comparison; they differ only in the named answers of their ``Reading`` (ratio 88 / 85, an entry that
writes no long form, a prefix for rule 168's "temporal difference (TD) learning"). Before, the resolver had
a rule of its own (other keys, every form of the entry, its own copy of the comparison). The tests fail on the
tree before the rule."""

from __future__ import annotations

import pytest

import kg.extract.precision
import kg.resolve.acronyms
from kg.extract.extractor import extract_text
from kg.extract.lexicon import Lexicon, LexiconEntry
from kg.extract.long_forms import RESOLVER, keys_agree, long_forms_agree, long_key
from kg.model import Paper, Source
from kg.resolve.resolver import Keyer, resolve

_ENTRIES = (
    LexiconEntry("method:mixture-of-lora-experts", "method", "Mixture of LoRA Experts", ("MoLE",)),
    LexiconEntry("task:task-oriented-dialogue", "task", "task-oriented dialogue", ("TOD",)),
    LexiconEntry("method:process-reward-model", "method", "Process Reward Model", ("PRM",)),
    LexiconEntry("benchmark:objectnav", "benchmark", "ObjectNav"),
    LexiconEntry("method:vector-quantization", "method", "Vector Quantization", ("VQ",)),
    LexiconEntry("task:slam", "task", "SLAM"),
    LexiconEntry("method:retnet", "method", "RetNet", ("Retentive Network",)),
    LexiconEntry("benchmark:bird", "benchmark", "BIRD", ("BIRD-SQL", "BIRD benchmark")),
)


@pytest.mark.parametrize(
    ("eid", "long_form", "agrees"),
    [
        ("method:mixture-of-lora-experts", "Mixture of Lookup Experts", True),  # 85, as before
        ("method:process-reward-model", "process-level reward models", True),
        ("method:retnet", "Retention Network", True),  # 87.5: the resolver's 85
        ("method:vector-quantization", "vector-quantized", True),  # rule 571, both
        ("method:vector-quantization", "Vector Quantisation", True),
    ],
)
def test_resolver_asks_the_one_rule(eid: str, long_form: str, agrees: bool) -> None:
    keyer = Keyer(Lexicon(_ENTRIES))
    assert (
        keyer.agrees(eid, long_form)
        == long_forms_agree(long_form, keyer.by_id[eid].forms, RESOLVER)
        == agrees
    )


def test_the_readings_differ_where_measured() -> None:
    retnet = ("RetNet", "Retentive Network")
    assert long_forms_agree("Retention Network", retnet, RESOLVER)
    assert not long_forms_agree("Retention Network", retnet)  # the extractor's 88


def test_the_extractor_keeps_telling_them_apart() -> None:
    assert not long_forms_agree("Mixture of Lookup Experts", ("Mixture of LoRA Experts", "MoLE"))
    assert not long_forms_agree("Target-Oriented Dialogue", ("task-oriented dialogue", "TOD"))


def test_keys_of_the_extractor() -> None:
    # the resolver keyed with norm_key, which drops a "benchmark" head: "Bird-Bench" missed "BIRD benchmark"
    assert Keyer(Lexicon(_ENTRIES)).agrees("benchmark:bird", "Bird-Bench")


def test_prefix_is_the_resolvers() -> None:
    assert not keys_agree(long_key("Object Navigation"), long_key("ObjectNav Challenge"))
    assert keys_agree(long_key("Object Navigation"), long_key("Object Navigation Challenge"), RESOLVER)
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
    assert not long_forms_agree("Simultaneous Localization and Mapping", ("SLAM",), RESOLVER)
    assert not Keyer(Lexicon(_ENTRIES)).agrees("task:slam", "Simultaneous Localization and Mapping")


def test_one_place() -> None:
    assert not hasattr(kg.resolve.acronyms, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "long_forms_agree")
    assert not hasattr(kg.extract.precision, "heads_or_ending")
