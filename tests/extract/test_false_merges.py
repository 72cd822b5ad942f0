"""False merges of the precision work: lexicon aliases that name a sibling, a broader or another
thing; common-word metrics in ordinary use; acronyms that differ only by a final capital S."""

from __future__ import annotations

from pathlib import Path

import pytest
from alias_review import stale, unreviewed
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.extractor import extract_text
from kg.extract.lexicon import (
    LEXICON_DIR,
    Lexicon,
    LexiconEntry,
    default_lexicon_paths,
    load_lexicon,
    modifier_alias,
    sibling_alias,
)
from kg.model import Mention, Paper, Source
from kg.resolve.resolver import norm_key, resolve

REVIEWED = LEXICON_DIR / "sibling_aliases.tsv"
LEX = load_lexicon(default_lexicon_paths())


def test_no_lexicon_alias_names_a_sibling_of_its_entry() -> None:
    """WebQuestionsSP is not WebQuestions, PAWS-X is not PAWS, MobileNet V2 is not MobileNet: such an
    alias is an entry of its own, unless reviewed as the same thing (a class count, a first version)."""
    # BLEU-4 and COMET-22 are ways to compute the metric, not other metrics
    found = unreviewed(LEX, REVIEWED, sibling_alias, lambda e: e.type != "metric")
    assert not found, "sibling aliases (make each its own entry, docs/typing.md):\n" + "\n".join(found)


def test_reviewed_sibling_aliases_are_not_stale() -> None:
    assert not stale(LEX, REVIEWED)


@pytest.mark.parametrize(
    ("form", "wrong"),
    [
        ("pose estimation", "task:human-pose-estimation"),
        ("object counting", "task:crowd-counting"),
        ("WebQuestionsSP", "dataset:webquestions"),
        ("WebQSP", "dataset:webquestions"),
        ("depth estimation", "task:monocular-depth-estimation"),
        ("object tracking", "task:single-object-tracking"),
        ("Kinetics", "dataset:kinetics-400"),
        ("WikiText", "dataset:wikitext-103"),
        ("AggreFact", "benchmark:llm-aggrefact"),
        ("Gemini 1.5", "model:gemini-1-5-pro"),
        ("Claude 3.5", "model:claude-3-5-sonnet"),
        ("MVTec", "dataset:mvtec-ad"),
        ("Mamba-2", "method:mamba"),
        ("PAWS-X", "dataset:paws"),
        ("DenseNet-169", "model:densenet-121"),
        ("MOT20", "dataset:mot17"),
        ("Claude 2.1", "model:claude-2"),
    ],
)
def test_a_broader_or_sibling_name_is_not_an_alias(form: str, wrong: str) -> None:
    assert form not in LEX.by_id[wrong].forms


def test_split_siblings_are_entries_of_their_own() -> None:
    assert LEX.by_id["dataset:webquestionssp"].aliases == ("WebQSP",)
    assert LEX.by_id["task:pose-estimation"].type == "task"
    assert LEX.by_id["task:object-counting"].type == "task"
    text = "We evaluate on WebQuestionsSP and WebQuestions for object counting."
    ids = {m.entity_id for m in extract_text(text)}
    assert {"dataset:webquestionssp", "dataset:webquestions", "task:object-counting"} <= ids
    assert "task:crowd-counting" not in ids
    # a family name is a name of its own, not its best-known member
    ids = {m.entity_id for m in extract_text("We pretrain on Kinetics and test on Kinetics-400.")}
    assert ids == {"dataset:kinetics", "dataset:kinetics-400"}


def _metrics(text: str) -> list[str]:
    return [m.text for m in extract_text(text) if m.type == "metric"]


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Our model improves the accuracy of diagnosis in rural clinics.", []),
        ("The system requires high accuracy in every ward.", []),
        ("Robots enable high precision manufacturing of parts.", []),
        ("We train the network in mixed precision on one node.", []),
        ("LLMs often fail at factual recall of rare entities.", []),
        ("Agents must recall the relevant facts from memory.", []),
        ("It reaches an accuracy of 92.1% on the held-out split.", ["accuracy"]),
        ("We report precision and recall for every class.", ["precision", "recall"]),
        ("It improves top-1 accuracy by two points.", ["top-1 accuracy"]),
        ("The method is better in terms of accuracy.", ["accuracy"]),
        ("It gains diagnostic accuracy over the baseline.", ["accuracy"]),
    ],
)
def test_common_word_metrics_only_where_named_as_a_measure(text: str, metrics: list[str]) -> None:
    assert _metrics(text) == metrics


_ACRONYM = st.text(alphabet="ABCDEFGHIJKLMNOPQRTUVWXYZ", min_size=2, max_size=5)


@given(_ACRONYM)
def test_an_acronym_with_a_final_capital_s_keeps_its_own_key(acronym: str) -> None:
    """HACS is not HAC: only a lower-case plural "s" is folded ("CNNs" is CNN)."""
    assert norm_key(acronym + "S") != norm_key(acronym)
    if len(acronym) >= 3 and acronym[-1] not in "UI":  # "-us", "-is" are never plurals
        assert norm_key(acronym + "s") == norm_key(acronym)


@given(_ACRONYM, st.sampled_from(["dataset", "method", "model"]))
def test_distinct_acronyms_never_merge_in_resolution(acronym: str, kind: str) -> None:
    src = Source(file="t")

    def doc(pid: str, text: str) -> tuple[Paper, list[Mention]]:
        mention = Mention(
            pid, kind, text, "", "used", text, 0, len(text), "abstract", text, 0.7, "pattern", "shape"
        )
        return Paper(id=pid, title="", source=src), [mention]

    docs = [doc("p1", acronym), doc("p2", acronym + "S"), doc("p3", acronym), doc("p4", acronym + "S")]
    res = resolve(docs, lexicon=False)
    ids = {p.id: ms[0].entity_id for p, ms in res.docs}
    assert ids["p1"] == ids["p3"] and ids["p2"] == ids["p4"]
    assert ids["p1"] != ids["p2"]


def test_lower_case_plurals_still_fold() -> None:
    assert norm_key("CNNs") == norm_key("CNN")
    assert norm_key("vision transformers") == norm_key("vision transformer")
    assert norm_key("CITYSCAPES") == norm_key("Cityscapes")
    assert norm_key("HACS") != norm_key("HAC")


def test_the_reviewed_file_is_in_the_lexicon_directory() -> None:
    assert Path(REVIEWED).parent == LEXICON_DIR


def test_a_definition_that_opens_the_abstract_beats_the_lexicon() -> None:
    """The long form right after the title ("Inductive Logic Programming (ILP)") is found whole, so
    the paper's ILP is not the lexicon's Integer Linear Programming."""
    title = "A Foundation Model for Zero-Shot Logical Rule Induction"
    text = "Inductive Logic Programming (ILP) learns rules from data. We evaluate ILP systems."
    ids = {m.entity_id for m in extract_text(text, title=title)}
    assert "method:integer-linear-programming" not in ids
    assert "method:inductive-logic-programming" in ids


def test_accuracy_as_the_object_of_an_improvement_is_ordinary() -> None:
    assert _metrics("We combine both modalities to enhance accuracy and robustness.") == []
    assert _metrics("It improves accuracy by 4.2% on the test split.") == ["accuracy"]


def test_cited_authors_are_not_datasets() -> None:
    text = "Our results improve on Genzel and Stollenwerk (2023) and on Lin et al. We test on ImageNet."
    assert [m.text for m in extract_text(text)] == ["ImageNet"]


def test_a_long_form_that_is_another_entry_takes_the_short_form_with_it() -> None:
    """A definition "projected gradient descent (PGD)" makes every PGD of the paper the method, not
    the PGD attack; a paper that only writes PGD keeps the lexicon's reading."""
    text = "Recovery uses projected gradient descent (PGD) with step size h. PGD converges fast."
    ids = [m.entity_id for m in extract_text(text)]
    assert ids == ["method:projected-gradient-descent"] * 3
    assert [m.entity_id for m in extract_text("We attack with PGD.")] == [
        "method:projected-gradient-descent-attack"
    ]


def test_a_metric_before_a_size_is_a_dataset_name() -> None:
    text = "It leads on SPair-71k and AP-10K, with AP-50 of 40."
    assert [(m.text, m.start) for m in extract_text(text) if m.type == "metric"] == [("AP", 39)]


def test_a_hyphenated_first_word_stays_in_the_long_form() -> None:
    title = "Quality Assessment of Enhanced Images"
    text = "Low-light image enhancement algorithms (LIEAs) aim to improve visibility."
    names = [m.text for m in extract_text(text, title=title)]
    assert "light image enhancement algorithms" not in names
    assert "Low-light image enhancement algorithms" in names


def test_an_acronym_before_a_head_of_another_type_is_not_the_entry() -> None:
    text = "On the MLE benchmark we reach a DPG Score of 86.6; training uses MLE."
    ids = [m.entity_id for m in extract_text(text)]
    assert ids.count("method:maximum-likelihood-estimation") == 1
    assert "method:deterministic-policy-gradient" not in ids


def test_a_name_in_capitals_is_not_a_mixed_case_lexicon_entry() -> None:
    """The paper's own MAGNET is not Meta's MAGNeT; "SAM" written as the lexicon writes it still is."""
    lex = Lexicon(
        (LexiconEntry("model:magnet", "model", "MAGNeT"), LexiconEntry("model:sam", "model", "SAM"))
    )
    src = Source(file="t")

    def doc(pid: str, text: str, eid: str) -> tuple[Paper, list[Mention]]:
        rule = "lexicon.cased" if eid else "cue.introduce"
        mention = Mention(
            pid, "model", text, eid, "used", text, 0, len(text), "abstract", text, 0.7,
            "lexicon" if eid else "pattern", rule,
        )  # fmt: skip
        return Paper(id=pid, title="", source=src), [mention]

    docs = [doc("p1", "MAGNeT", "model:magnet"), doc("p2", "MAGNET", ""), doc("p3", "SAM", "")]
    ids = {p.id: ms[0].entity_id for p, ms in resolve(docs, lexicon=lex).docs}
    assert ids["p1"] == "model:magnet" and ids["p2"] != "model:magnet"
    assert ids["p3"] == "model:sam"


def test_a_used_name_in_capitals_with_a_digit_or_hyphen_is_the_mixed_case_entry() -> None:
    """YOLO-V8 and NYU-V2 written in capitals are YOLOv8 and NYUv2; a paper's own V-STAR is not V-STaR."""
    lex = Lexicon(
        (LexiconEntry("method:yolov8", "method", "YOLOv8"), LexiconEntry("method:v-star", "method", "V-STaR"))
    )

    def doc(pid: str, text: str, role: str) -> tuple[Paper, list[Mention]]:
        m = Mention(
            pid, "method", text, "", role, text, 0, len(text), "abstract", text, 0.7, "pattern", "cue"
        )
        return Paper(id=pid, title="", source=Source(file="t")), [m]

    docs = [doc("p1", "YOLO-V8", "used"), doc("p2", "V-STAR", "introduced"), doc("p3", "V-STAR", "used")]
    ids = {p.id: ms[0].entity_id for p, ms in resolve(docs, lexicon=lex).docs}
    assert ids["p1"] == "method:yolov8" and ids["p3"] == "method:v-star"
    assert ids["p2"] != "method:v-star"


def test_no_task_or_method_alias_drops_a_modifier_unreviewed() -> None:
    """rule 42: "SLAM" is not visual SLAM, "BFGS" not L-BFGS — an alias that leaves out its entry's
    leading words is its own entry unless reviewed as the same thing (modifier_aliases.tsv)."""
    path = LEXICON_DIR / "modifier_aliases.tsv"
    found = unreviewed(LEX, path, modifier_alias, lambda e: e.type in ("task", "method"))
    assert not found, "aliases without a leading modifier (review or split):\n" + "\n".join(found)
    assert not stale(LEX, path)


@pytest.mark.parametrize(
    ("text", "name"),
    [("We build a SLAM system for drones.", "SLAM"), ("We optimise with BFGS.", "BFGS")],
)
def test_a_broader_name_links_to_its_own_entry(text: str, name: str) -> None:
    assert {(m.text, m.name) for m in extract_text(text)} >= {(name, name)}
