"""The hand-judged link set: a well-formed fixture, a reproducible sample, the matching rules."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.build.job import build
from kg.errors import InputError
from kg.extract.judged import (
    COARSE,
    SAMPLE_SIZE,
    GoldEntity,
    JudgedPaper,
    Link,
    check_fixture,
    judge_link,
    links_from_graph,
    read_judged,
    read_texts,
    sample_ids,
    sample_indices,
    score,
    text_hash,
)
from kg.graph.io import load_graph

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "judged" / "judged_200.jsonl"


@pytest.fixture(scope="module")
def judged() -> list[JudgedPaper]:
    return read_judged(FIXTURE)


# ---------------------------------------------------------------------------------------------
# the fixture


def test_fixture_has_200_papers_sorted_by_id_with_valid_entities(judged: list[JudgedPaper]) -> None:
    ids = [p.id for p in judged]
    assert len(ids) == SAMPLE_SIZE == len(set(ids))
    assert ids == sorted(ids)
    assert all(re.fullmatch(r"\d{4}\.\d{5}", pid) for pid in ids)
    assert all(re.fullmatch(r"[0-9a-f]{16}", p.text_sha256) for p in judged)
    entities = [e for p in judged for e in p.entities]
    assert len(entities) > 1000
    assert {e.type for e in entities} == set(COARSE)
    assert {e.role for e in entities} == {"introduced", "used"}
    for paper in judged:  # each entity listed once per paper
        texts = Counter(e.text for e in paper.entities)
        assert max(texts.values(), default=1) == 1, paper.id


def test_fixture_lines_are_canonical_json(judged: list[JudgedPaper]) -> None:
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        assert set(row) == {"id", "text_sha256", "entities"}
        for e in row["entities"]:
            assert set(e) <= {"text", "type", "role", "expansion", "note", "adjudicated", "same_as"}
            # present only when set: true for the first adjudication round, 2 for the second
            marker = e.get("adjudicated", True)
            assert marker is True or (type(marker) is int and marker == 2), (row["id"], e)


def test_read_judged_rejects_an_unknown_type(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    entity = {"text": "X", "type": "gadget", "role": "used"}
    bad.write_text(json.dumps({"id": "1", "text_sha256": "0" * 16, "entities": [entity]}) + "\n")
    with pytest.raises(InputError, match="gadget"):
        read_judged(bad)


@pytest.mark.shared
def test_fixture_matches_the_corpus_text(shared_data: Path, judged: list[JudgedPaper]) -> None:
    """Every judged surface is an exact substring of its paper's text, and the text has not changed."""
    corpus = shared_data / "arxiv_cs_2025_2026.jsonl.gz"
    texts = read_texts(corpus, [p.id for p in judged])
    assert check_fixture(judged, texts) == []


@pytest.mark.shared
@pytest.mark.slow
def test_the_fixture_is_the_documented_sample(shared_data: Path, judged: list[JudgedPaper]) -> None:
    assert sample_ids(shared_data / "arxiv_cs_2025_2026.jsonl.gz") == [p.id for p in judged]


def test_check_fixture_reports_changed_text_and_missing_surfaces() -> None:
    paper = JudgedPaper("1", text_hash("T", "We use COCO."), (GoldEntity("ImageNet", "dataset", "used"),))
    assert check_fixture([paper], {"1": ("T", "We use COCO.")}) == [
        "1: 'ImageNet' is not in the title or abstract"
    ]
    assert check_fixture([paper], {"1": ("T", "We use ImageNet.")})[0].endswith("changed since it was judged")
    assert check_fixture([paper], {}) == ["1: not in the corpus"]


# ---------------------------------------------------------------------------------------------
# the sample


def _corpus(path: Path, abstracts: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, abstract in enumerate(abstracts):
            fh.write(json.dumps({"id": f"2501.{i:05d}", "title": f"Paper {i}", "summary": abstract}) + "\n")
    return path


def test_the_sample_is_deterministic_and_skips_empty_abstracts(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c.jsonl.gz", ["An abstract."] * 8 + ["", "  \n"] + ["More."] * 10)
    first = sample_ids(corpus, seed=7, size=5)
    assert first == sample_ids(corpus, seed=7, size=5)
    assert first == sorted(first) and len(set(first)) == 5
    assert not {"2501.00008", "2501.00009"} & set(first)  # the empty abstracts
    assert sample_indices(range(100), seed=7, size=5) == sample_indices(range(100), seed=7, size=5)
    assert sample_indices(range(100), seed=7, size=5) != sample_indices(range(100), seed=8, size=5)


def test_text_hash_ignores_hard_line_breaks() -> None:
    assert text_hash("A title", "line one\nline  two") == text_hash("A  title", "line one line two")
    assert text_hash("A title", "one") != text_hash("A title", "two")


# ---------------------------------------------------------------------------------------------
# matching


def _verdict(text: str, type: str, name: str, gold: GoldEntity, aliases: tuple[str, ...] = ()) -> str:
    return judge_link(Link("p", text, type, "used", name, aliases), [gold])[0]


def test_a_link_of_the_right_surface_type_and_entity_is_correct() -> None:
    gold = GoldEntity("nuScenes", "dataset", "used")
    assert _verdict("the nuScenes dataset", "dataset", "nuScenes", gold) == "correct"
    assert _verdict("nuScenes", "benchmark", "nuScenes", gold) == "correct"  # same coarse type: Data


def test_a_link_of_another_coarse_type_is_wrong() -> None:
    gold = GoldEntity("PQ", "method", "used", expansion="Product Quantization")
    assert _verdict("PQ", "metric", "Panoptic Quality", gold) == "wrong_type"


def test_an_acronym_resolved_to_another_long_form_is_a_wrong_entity() -> None:
    gold = GoldEntity("MLE", "method", "introduced", expansion="Multi-contrast Laser Endoscopy")
    assert _verdict("MLE", "method", "Maximum Likelihood Estimation", gold) == "wrong_entity"
    # a canonical equal to the acronym is wrong when the entity's long forms mean something else
    merged = ("Segment Anything Model", "Semantic Alignment Module")
    sam = GoldEntity("SAM", "method", "introduced", expansion="Semantic Alignment Module")
    assert _verdict("SAM", "model", "SAM", sam, merged) == "wrong_entity"
    right = GoldEntity("SAM", "model", "used", expansion="Segment Anything Model")
    assert _verdict("SAM", "model", "SAM", right, ("Segment Anything Model",)) == "correct"
    assert _verdict("Segment Anything Model (SAM)", "model", "Segment Anything Model", right) == "correct"


def test_an_undefined_acronym_in_use_may_resolve_to_its_standard_long_form() -> None:
    used = GoldEntity("LoRA", "method", "used")
    assert _verdict("LoRA", "method", "Low-Rank Adaptation", used, ("LoRA",)) == "correct"
    # a new name the paper introduces must keep its own name, not a lexicon entry's
    new = GoldEntity("CoMa", "method", "introduced")
    coma = ("COMA", "Counterfactual Multi-Agent")
    assert (
        _verdict("CoMa", "method", "Counterfactual Multi-Agent Policy Gradients", new, coma) == "wrong_entity"
    )


def test_versions_are_kept_but_sizes_may_be_dropped() -> None:
    assert _verdict("YOLOv8", "model", "YOLO", GoldEntity("YOLOv8", "model", "used")) == "wrong_entity"
    assert _verdict("FLUX", "model", "FLUX.1", GoldEntity("FLUX", "model", "used")) == "correct"
    assert _verdict("Qwen3-8B", "model", "Qwen3", GoldEntity("Qwen3-8B", "model", "used")) == "correct"


def test_adjudicated_names_are_accepted() -> None:
    gold = GoldEntity("Dice score", "metric", "used", same_as=("Dice Coefficient",))
    assert _verdict("Dice score", "metric", "Dice Coefficient", gold) == "correct"
    assert _verdict("Dice score", "metric", "Dice Loss", GoldEntity("Dice score", "metric", "used")) == (
        "wrong_entity"
    )


def test_a_link_naming_nothing_judged_is_spurious() -> None:
    assert _verdict(
        "the independent test set", "organization", "The Independent", GoldEntity("X", "model", "used")
    ) == ("spurious")


def test_scores_count_precision_recall_misses_and_roles() -> None:
    gold = (
        GoldEntity("X-Net", "method", "introduced"),
        GoldEntity("COCO", "dataset", "used"),
        GoldEntity("mAP", "metric", "used"),
        GoldEntity("XB", "benchmark", "introduced"),
    )
    links = [
        Link("p", "X-Net", "method", "introduced", "X-Net"),
        Link("p", "COCO", "dataset", "introduced", "COCO"),  # right link, wrong role
        Link("p", "40 LLMs", "dataset", "used", "40 LLMs"),  # spurious
    ]
    out = score([JudgedPaper("p", "-", gold)], {"p": links}).to_dict()
    assert out["overall"] == {
        "links": 3,
        "correct": 2,
        "precision": 0.6667,
        "gold": 4,
        "found": 2,
        "recall": 0.5,
    }
    assert out["by_type"]["Data"] == {
        "links": 2,
        "correct": 1,
        "precision": 0.5,
        "gold": 2,
        "found": 1,
        "recall": 0.5,
    }
    assert out["by_type"]["Metric"]["found"] == 0  # mAP missed
    assert out["roles"] == {
        "introduced_links": 2,
        "introduced_right": 1,
        "role_accuracy": 0.5,
        "gold_introduced": 2,
        "introduced_found": 1,
        "introduced_recall": 0.5,
    }
    assert out["verdicts"] == {"correct": 2, "spurious": 1}


def test_links_are_read_from_a_real_kg_build(tmp_path: Path) -> None:
    listing = tmp_path / "papers.jsonl"
    row = {
        "id": "2501.00001",
        "title": "FooNet: a detector",
        "summary": "We introduce FooNet and evaluate it on ImageNet with accuracy.",
    }
    listing.write_text(json.dumps(row) + "\n", encoding="utf-8")
    build([listing], tmp_path / "out", rebuild=True)
    links = links_from_graph(load_graph(tmp_path / "out" / "graph.json"), ["2501.00001", "absent"])
    assert links["absent"] == []
    by_text = {link.text: link for link in links["2501.00001"]}
    assert by_text["ImageNet"].type == "dataset" and by_text["ImageNet"].role == "used"
    assert by_text["FooNet"].role == "introduced"
    gold = (GoldEntity("FooNet", "method", "introduced"), GoldEntity("ImageNet", "dataset", "used"))
    out = score([JudgedPaper("2501.00001", "-", gold)], links).to_dict()
    assert out["by_type"]["Data"]["found"] == 1
