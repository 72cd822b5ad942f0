"""Acronyms of known entries whose paper long form was read as another thing, session 25 (docs/typing.md
rule 571; rule 570, lexicon long forms of BERT, RoBERTa and OASIS, was dropped).

Rule 571: a long form that leaves off (or adds) a head noun of the entry's long form, or writes its last word
with another ending, agrees with it ("visual autoregressive (VAR)" is Visual Autoregressive Modeling,
"vector-quantized (VQ)" Vector Quantization), in the extractor and in the resolver. The rule tests fail before
the rule; the keep tests hold what was right before."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.long_forms import long_forms_agree
from kg.model import Paper, Source
from kg.resolve.resolver import resolve


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extract_text(text, model=False)}


@pytest.mark.parametrize(
    ("text", "short", "entity"),
    [
        ("Recent visual autoregressive (VAR) models draw.", "VAR", "method:visual-autoregressive-modeling"),
        ("We apply vector-quantized (VQ) tokenizers to audio.", "VQ", "method:vector-quantization"),
        ("The supervised fine-tuned (SFT) model is then trained.", "SFT", "method:supervised-fine-tuning"),
    ],
)
def test_head_or_ending_agrees(text: str, short: str, entity: str) -> None:
    assert _ids(text).get(short) == entity


@pytest.mark.parametrize(
    ("long_form", "forms"),
    [
        ("Task-Oriented Dialog Systems", ("task-oriented dialogue", "TOD")),  # a system is no head it drops
        ("Knowledge Deletion", ("Knowledge Distillation", "KD")),
        ("Video Question Answering", ("visual question answering", "VQA")),
        ("Sharpness-Aware Minimization", ("Segment Anything Model", "SAM")),
    ],
)
def test_other_long_forms_still_disagree(long_form: str, forms: tuple[str, ...]) -> None:
    assert not long_forms_agree(long_form, forms)


def test_kept_definitions() -> None:
    ids = _ids("We propose Knowledge Deletion (KD) and use Minimum Bayes Risk (MBR) decoding.")
    assert ids.get("KD") != "method:knowledge-distillation"
    assert ids.get("MBR") == "method:minimum-bayes-risk-decoding"


def test_resolver_keeps_the_extractors_agreement() -> None:
    # the resolver's own agreement test read "vector-quantized (VQ)" as a new method "vector-quantized"
    text = "While vector-quantized (VQ) discrete tokens preserve compact semantic cues, they lose detail."
    paper = Paper(id="p1", title="", source=Source(file="t"))
    docs = resolve([(paper, extract_text(text, model=False))]).docs
    ids = {m.text: m.entity_id for _, ms in docs for m in ms}
    assert ids["vector-quantized"] == "method:vector-quantization"
