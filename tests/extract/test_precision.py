"""The precision rules of docs/typing.md, one test each, on the shipped lexicon; recall of lower-case
methods and tasks; the discovery gaps; roles of a paper's own components."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import default_lexicon_paths, load_lexicon
from kg.extract.long_forms import long_forms_agree
from kg.extract.precision import lost_capitals
from kg.extract.quantities import is_hardware_or_count
from kg.model import Mention


def spans(text: str, title: str = "") -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.role) for m in extract_text(text, title=title)]


def texts(ms: list[tuple[str, str, str]]) -> set[str]:
    return {t for t, _, _ in ms}


def by_text(text: str, title: str = "") -> dict[str, Mention]:
    return {m.text: m for m in extract_text(text, title=title)}


# --- rule 1: a proper name written in lower case inside ordinary words is not a match


def test_lower_cased_proper_names_are_ordinary_words() -> None:
    assert spans("Results on the independent test set and on 3D shapes are reported.") == []
    assert spans("The independent test set confirms it.") == []
    assert "organization" not in {k for _, k, _ in spans("It spreads under the Independent Cascade model.")}


def test_apple_the_fruit_is_not_apple() -> None:
    assert spans("We grade apple and pear images; the apple orchard dataset is small.") == []
    assert texts(spans("Apple Inc. released a model.")) == {"Apple Inc."}


def test_proper_names_as_written_still_match() -> None:
    found = by_text("We report results on 3D Shapes, and a story from The Independent.")
    assert found["3D Shapes"].entity_id == "dataset:3d-shapes"
    assert found["The Independent"].entity_id == "organization:the-independent"


def test_lost_capitals_needs_every_capital_gone() -> None:
    assert lost_capitals("3D shapes", ("3D Shapes",))
    assert not lost_capitals("Penn treebank", ("Penn Treebank",))
    assert not lost_capitals("question answering", ("Question Answering", "question answering"))


def test_lower_case_methods_still_match() -> None:
    found = by_text("We train with proximal policy optimization.")
    assert found["proximal policy optimization"].type == "method"


# --- model classes are generic


@pytest.mark.parametrize(
    "text",
    [
        "Large Vision-Language Models (LVLMs) hallucinate; we probe LVLMs.",
        "Small Language Models (SLMs) are cheap to serve.",
        "We study MLLMs, VLMs and LLMs on charts.",
        "Large Multimodal Models (LMMs) still fail here.",
    ],
)
def test_model_classes_are_not_models(text: str) -> None:
    assert spans(text) == []


# --- hardware, counts and quantities are never names; organisation prefixes are not organisations


def test_hardware_and_counts_are_not_datasets() -> None:
    assert spans("We train on 4 NVIDIA A40 GPUs and evaluate 40 LLMs.") == [
        ("NVIDIA", "organization", "used")
    ]
    assert [is_hardware_or_count(x) for x in ("8xA100", "H100 GPUs", "1M images", "CIFAR-10")] == [
        True,
        True,
        True,
        False,
    ]


def test_the_maker_of_hardware_is_the_organisation() -> None:
    assert spans("Inference runs on Google TPUs.") == [("Google", "organization", "used")]
    assert texts(spans("Timed on an Nvidia Jetson AGX Orin and the Apple M2 silicon.")) == {"Nvidia", "Apple"}
    assert texts(spans("Google released a model.")) == {"Google"}


def test_meta_prefix_is_not_meta() -> None:
    text = "We combine Meta-Learning with Meta-World tasks; Meta released the weights."
    ms = extract_text(text)
    assert {"Meta-Learning", "Meta-World"} <= {m.text for m in ms}
    assert [m.start for m in ms if m.entity_id == "organization:meta"] == [text.index("; Meta") + 2]


# --- a name inside a longer hyphenated name; version suffixes


def test_name_inside_hyphenated_name_is_the_longer_name() -> None:
    found = by_text("We evaluate on N-MNIST and Fashion-MNIST.")
    assert found["N-MNIST"].type == "dataset" and found["N-MNIST"].entity_id != "dataset:mnist"
    assert found["Fashion-MNIST"].entity_id == "dataset:fashion-mnist"
    assert "MNIST" not in found


def test_lower_case_prefix_drops_the_inner_name() -> None:
    assert "supervised learning" not in texts(spans("We use self-supervised learning."))
    assert "KG-RAG" in texts(spans("Current KG-RAG methods fail."))


def test_version_suffix_is_kept() -> None:
    found = texts(spans("We evaluate on OntoNotes 5.0, SQuAD v2 and CoNLL-2003; ImageNet 85.2% top-1."))
    assert {"OntoNotes 5.0", "SQuAD v2"} <= found
    assert "ImageNet" in found and "ImageNet 85.2" not in found


# --- an acronym the paper defines otherwise


def test_paper_definition_beats_lexicon_acronym() -> None:
    ms = extract_text("We study Knowledge Deletion (KD) for LLMs. KD removes facts.")
    assert {m.entity_id for m in ms} & {"method:knowledge-distillation"} == set()
    assert [m.text for m in ms if m.text == "KD"] == ["KD", "KD"]
    assert "Knowledge Deletion" in {m.text for m in ms}


def test_agreeing_definition_keeps_the_lexicon_entity() -> None:
    ms = extract_text("We train with proximal policy optimisation (PPO). PPO is stable.")
    assert [m.entity_id for m in ms if m.text == "PPO"] == ["method:proximal-policy-optimization"] * 2
    assert long_forms_agree("proximal policy optimisation", ("Proximal Policy Optimization",))
    assert not long_forms_agree("Multiscaled Conformal Prediction", ("Model Context Protocol", "MCP"))


# --- recall: lower-case methods and tasks are entities, generic phrases are not


def test_lower_case_paradigms_and_tasks_are_entities() -> None:
    found = by_text(
        "We apply reinforcement learning (RL), transfer learning and prompt engineering to summarization."
    )
    assert {k: v.type for k, v in found.items()} == {
        "reinforcement learning": "method",
        "RL": "method",
        "transfer learning": "method",
        "prompt engineering": "method",
        "summarization": "task",
    }
    assert (
        found["RL"].entity_id == found["reinforcement learning"].entity_id == "method:reinforcement-learning"
    )


def test_lower_case_terms_match_whole_phrases_only() -> None:
    assert spans("Our deep learning model and our method beat the baseline.") == []
    assert "transfer learning" not in texts(spans("They studied transfer learningish ideas."))


def test_concepts_file_names_are_lower_case() -> None:
    lexicon = load_lexicon([p for p in default_lexicon_paths() if p.name == "concepts.jsonl"])
    assert len(lexicon.entries) >= 30
    assert all(e.name == e.name.lower() for e in lexicon.entries)


# --- discovery gaps


def test_intro_cue_with_adverbs_and_two_verbs() -> None:
    assert ("GlorpNet", "model", "introduced") in spans(
        "In this work, we further introduce GlorpNet, a model."
    )
    assert ("GlorpBench", "benchmark", "introduced") in spans(
        "Here we carefully design and release GlorpBench, a benchmark for agents."
    )


def test_acronym_after_intro_cue_without_head_word() -> None:
    found = by_text("We introduce the Adaptive Blah Cascade (ABC) for speed.")
    assert found["ABC"].role == found["Adaptive Blah Cascade"].role == "introduced"


def test_capitalised_med_is_not_an_adjective() -> None:
    assert spans("We build it.", title="Infi-Med: Low-Resource Medical MLLMs")[0][:3] == (
        "Infi-Med",
        "model",
        "introduced",
    )


def test_passive_proposal_and_called() -> None:
    assert ("Glorp", "method", "introduced") in spans("Glorp, a novel framework for parsing, is proposed.")
    assert ("VidGlorp", "method", "introduced") in spans(
        "This paper presents a novel framework for video understanding, named VidGlorp."
    )


# --- roles


def test_components_are_introduced_and_compared_names_are_not() -> None:
    text = "We propose GlorpNet, which combines a Dual Gate Module (DGM) and outperforms FlimNet and GPT-4."
    found = by_text(text)
    assert found["GlorpNet"].role == found["DGM"].role == found["Dual Gate Module"].role == "introduced"
    assert found["GPT-4"].role == "used"


def test_title_prefix_introduces_even_a_known_name() -> None:
    found = by_text("We build on SAM.", title="SAM 3: Segment Anything with Concepts")
    assert found["SAM 3"].role == "introduced"
    assert found["SAM"].role == "used"


# --- the eval-only lexicon check (bench/eval_only_lexicon.py)


def test_eval_only_forms(repo_script: Callable[[str, str], ModuleType]) -> None:
    eval_only = repo_script("bench", "eval_only_lexicon").eval_only
    dev = "results on fspascal and imagenet."
    others = "we train on imagenet-1k and imagenet. fspascalx is not a word match."
    assert eval_only(["fsPASCAL", "ImageNet", "NeverSeen"], dev, others) == ["fsPASCAL"]


def test_parenthesised_and_colon_evaluation_lists() -> None:
    assert texts(spans("Experiments on benchmark datasets (E-VQA and InfoSeek) show gains.")) == {
        "E-VQA",
        "InfoSeek",
    }
    found = spans(
        "Experiments on microscopy super-resolution (BBBC021) and sketch-to-image (Edges2Shoes) help."
    )
    assert {("BBBC021", "dataset", "used"), ("Edges2Shoes", "dataset", "used")} <= set(found)
    found = spans("It was evaluated on three public datasets: the ISLES 2022 Challenge and the FooBrain Set.")
    assert {"ISLES 2022 Challenge", "FooBrain Set"} <= texts(found)


def test_parenthesised_acronym_and_figure_are_not_datasets() -> None:
    found = spans("We evaluate on long document summarization (LDS) and on held-out data (Fig. 3).")
    assert ("LDS", "task", "used") in found
    assert not {"Fig", "LDS"} & {t for t, kind, _ in found if kind == "dataset"}


def test_components_of_our_framework_are_introduced() -> None:
    text = (
        "Our framework comprises two key components: the Frame Features Selection Module (FFSM) and a ranker."
    )
    assert by_text(text)["FFSM"].role == "introduced"
    assert by_text("Our method outperforms GlorpNet-7B on reasoning.")["GlorpNet-7B"].role == "used"
