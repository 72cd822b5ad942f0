"""Method recall, session 14 (docs/typing.md rules 192-193, mined methods round 12): a prefix written glued
or hyphenated is one spelling, and an unknown name in a list of known methods or models is one of them."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.variants import form_variants, prefix_spellings


def _links(text: str, title: str = "A study") -> dict[str, tuple[str, str | None, str]]:
    return {m.text: (m.type, m.entity_id, m.rule) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "Leakage is simulated under a continual pretraining setup.",
            "continual pretraining",
            "continued-pre-training",
        ),
        ("We compare parameter-efficient finetuning with adapters.", "parameter-efficient finetuning", None),
        ("Candidates are scored by re-rankers before generation.", "re-rankers", "reranking"),
        (
            "We edit colours with the Multi-Modal Diffusion Transformer.",
            "Multi-Modal Diffusion Transformer",
            None,
        ),
    ],
)
def test_a_prefix_glued_or_hyphenated_is_one_spelling(text: str, surface: str, entity: str | None) -> None:
    """Rule 192: "pretraining" / "pre-training", "finetuning" / "fine-tuning", "multimodal" / "multi-modal",
    "reranking" / "re-ranking" spell the same lexicon form."""
    links = _links(text)
    assert surface in links
    if entity is not None:
        assert links[surface][1] is not None and links[surface][1].endswith(":" + entity)


def test_prefix_spellings_leave_other_words() -> None:
    """Rule 192: only the listed prefix + stem pairs; "retraining", "pretext", "transformer" stay."""
    assert prefix_spellings("retraining") == set()
    assert prefix_spellings("pretext task") == set()
    assert prefix_spellings("multi-task learning") == set()
    assert "supervised fine-tuning" in form_variants("supervised finetuning", "method")
    assert "posttraining quantization" in form_variants("post-training quantization", "method")
    # only methods and models: a task spelling ran into longer names ("Multi-Modal Retrieval-Augmented")
    assert "multi-modal retrieval" not in form_variants("multimodal retrieval", "task")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The design uses tracking methods (SuperPoint, PX4FLOW, ORB), all quantized.", "PX4FLOW", "method"),
        ("We compare against BERT, RoBERTa, and DeBERTaX.", "DeBERTaX", "model"),
        ("Baselines include LightGBM, FooBoost2 and XGBoost in every run.", "FooBoost2", "method"),
    ],
)
def test_an_unknown_name_among_known_methods_is_one(text: str, name: str, kind: str) -> None:
    """Rule 193: a capitalised, name-shaped unlinked item of a list of known methods (or models) is one."""
    assert _links(text)[name][0] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a list of both methods and models: no kind to give
        ("We pair BERT, ResNet and FooNet2 in one pipeline.", "FooNet2"),
        # a data head closes the list (rule 170's list of data)
        ("Results on the GeneEval and FooSet2 benchmarks show gains.", "FooSet2"),
        # a plain capitalised word is not name-shaped
        ("We compare against BERT, RoBERTa, and Zephyr on the task.", "Zephyr"),
        # one known item is too little evidence (a metric beside a method's acronym)
        ("Scanpaths align under established metrics such as DTW, NSS2.", "NSS2"),
        # a class, not a name
        ("It proves more accurate than the LLM or NMT approach.", "LLM"),
        # a two-letter acronym the paper abbreviates
        ("We compare across CE, SimCLR, and SupCon.", "CE"),
        # a list of data around a model name
        ("We train BERT on GLUE, SQuAD and FooQA2.", "FooQA2"),
    ],
)
def test_no_method_partner(text: str, name: str) -> None:
    """Rule 193: mixed lists, lists of data and plain words give no method partner."""
    link = _links(text).get(name)
    assert link is None or link[2] != "list.partner" or link[0] not in ("method", "model")
