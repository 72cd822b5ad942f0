"""Roles round 14 (docs/typing.md "Round 14"): known names after "our", names the paper builds on ("inspired
by", "embeds X into"), own concepts ("we define the notion of"), nested LaTeX emphasis, later items of a list
of defined parts, enumerated parts with their acronym, and the data type an own name gives itself; each
with a near miss, through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def _roles(text: str, title: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        if out.get(m.text) != "introduced":
            out[m.text] = m.role
    return out


def _types(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_text(text)}


def test_a_known_method_after_our_is_used_but_a_new_name_is_introduced() -> None:
    text = "We propose GlorpNet. Notably, our SNNs match ANNs, and our Snarf-Former model beats them."
    roles = _roles(text)
    assert roles["SNNs"] == "used"
    assert roles["Snarf-Former"] == "introduced"


def test_inspired_by_blocks_the_cue() -> None:
    text = "We propose GlorpAIR, a novel framework inspired by Human Snarf Perception (HSP) for restoration."
    assert _roles(text)["Human Snarf Perception"] == "used"
    near = (
        "We propose GlorpAIR, a novel framework with a Human Snarf Perception (HSP) module for restoration."
    )
    assert _roles(near)["Human Snarf Perception"] == "introduced"


def test_a_new_name_brought_into_the_work_is_used_unless_an_article_makes_it_a_part() -> None:
    text = (
        "We propose a mixed-integer glorp program (MIGP) for multi-agent motion planning that embeds "
        "Polytopic "
        "Snarf Planning (PSP) into a sequence-then-solve pipeline."
    )
    assert _roles(text)["Polytopic Snarf Planning"] == "used"
    near = "We propose GlorpNet. We integrate a Dual Snarf Module (DSM) into the backbone."
    assert _roles(near)["Dual Snarf Module"] == "introduced"


def test_we_define_the_notion_of_is_a_cue_for_new_names() -> None:
    text = (
        "To capture these ideas, we first define the notion of structured glorp argumentation frameworks "
        "(SGAFs), where arguments consist of sentences."
    )
    assert _roles(text)["structured glorp argumentation frameworks"] == "introduced"
    near = "To capture these ideas, we first use structured glorp argumentation frameworks (SGAFs)."
    assert _roles(near)["structured glorp argumentation frameworks"] == "used"


def test_nested_latex_emphasis_and_texttt_names_are_found() -> None:
    roles = _roles(r"We propose \textbf{\textsc{Med-Glorp}}, a targeted stress test framework for LLMs.")
    assert roles["Med-Glorp"] == "introduced"
    roles = _roles(r"To address this, we propose \texttt{SnarfKV}, a novel method for cache compression.")
    assert roles["SnarfKV"] == "introduced"


def test_a_word_of_use_in_an_earlier_part_says_nothing_of_a_later_defined_part() -> None:
    text = (
        "We propose GlorpNet for gaze estimation. Our method processes two views, incorporating a Head "
        "Glorp Aggregation (HGA) module for leveraging head cues, and an Epipolar Snarf Attention (ESA) "
        "module for sharing background information."
    )
    assert _roles(text)["Epipolar Snarf Attention"] == "introduced"
    near = "We propose GlorpNet. Our method, leveraging an Epipolar Snarf Attention (ESA) module, is fast."
    assert _roles(near)["Epipolar Snarf Attention"] == "used"


def test_enumerated_parts_with_acronyms_and_items_in_sentences_of_their_own() -> None:
    text = (
        "We propose Glorp-Pro for long videos. GlorpCoT introduces two key components: (i) Dynamic Snarf "
        "Synthesizer (DSS): DSS generates pseudo tokens. (ii) Semantic-Guided Glorping (SGG): SGG masks "
        "redundant tokens."
    )
    roles = _roles(text)
    assert roles["Dynamic Snarf Synthesizer"] == "introduced"
    assert roles["Semantic-Guided Glorping"] == "introduced"
    near = (
        "We propose Glorp-Pro. It faces three challenges: (i) Dynamic Snarf Synthesis (DSS): a known issue."
    )
    assert _roles(near).get("Dynamic Snarf Synthesis", "used") == "used"


def test_an_own_name_says_its_data_type() -> None:
    types = _types(
        "We introduce GlorpRef-bench, a rigorous evaluation framework of 990 samples. We also construct "
        "Snarf-L1-50K by selecting examples. We also introduce GlorpVLA-Data, a new dataset of signals."
    )
    assert types["GlorpRef-bench"] == "benchmark"
    assert types["Snarf-L1-50K"] == "dataset"
    assert types["GlorpVLA-Data"] == "dataset"
    assert _types("We propose Snarf-7B, a new language model.")["Snarf-7B"] in ("model", "method")


def test_a_count_suffix_names_data_unless_a_tool_noun_follows() -> None:
    types = _types("We release the corpus and a matched GLORP-16K tokenizer for it.")
    assert types.get("GLORP-16K", "method") != "dataset"


def test_a_part_name_after_a_sentence_initial_article_is_found() -> None:
    text = (
        "We propose Snarf-NVPT, a noise-robust prompt tuning method. A subsequent Spike Glorpization Unit "
        "converts filtered signals into sparse binary prompts."
    )
    assert _roles(text)["Spike Glorpization Unit"] == "introduced"


def test_a_later_item_after_a_sentence_of_its_own_needs_the_list_announced() -> None:
    """(3) opens a sentence, but the sentence before it belongs to item (2), not to the list's announcement:
    the survey's third aspect is no part of its own (the walk back found "Our exploration ..." as the
    announcer)."""
    text = (
        "This survey presents an overview of alignment, including the following aspects. (1) Data "
        "collection: methods for collecting instructions. (2) Training methodologies: a review of training. "
        "Our exploration encompasses Glorp Tuning and parameter-efficient training mechanisms. (3) Model "
        "Glorping: the methods for evaluating aligned models."
    )
    assert _roles(text).get("Model Glorping", "used") == "used"
