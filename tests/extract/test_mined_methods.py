"""The mined lower-case methods: bench/mine_methods.py's rule on small made-up counts, and the shipped
generated file kg/extract/lexicon/methods_mined.jsonl against that rule."""

from __future__ import annotations

import doctest
import json
from collections import Counter
from collections.abc import Callable
from types import ModuleType

import pytest

from kg.extract import extract_text
from kg.extract.lexicon import LEXICON_DIR, default_lexicon_paths, load_lexicon
from kg.extract.shapes import is_generic

MINED = LEXICON_DIR / "methods_mined.jsonl"


@pytest.fixture(scope="module")
def mine(repo_script: Callable[[str, str], ModuleType]) -> ModuleType:
    repo_script("bench", "mine_lexicon")
    return repo_script("bench", "mine_methods")


def keep(
    mine: ModuleType,
    headed: dict[str, int],
    defined: dict[tuple[str, str], int] | None = None,
    known: set[str] | None = None,
    rejects: dict[str, str] | None = None,
) -> dict[str, object]:
    counts = mine.CorpusCounts(Counter(), Counter(headed), Counter(defined or {}), Counter())
    return {m.name: m for m in mine.keep(counts, known or set(), rejects or {})}


def test_doctests_of_the_script(mine: ModuleType) -> None:
    result = doctest.testmod(mine)
    assert result.attempted >= 6 and result.failed == 0


def test_acronym_route_needs_initials_and_enough_definitions(mine: ModuleType) -> None:
    headed = {
        "glorp predictive control": 6,
        "blarg tree search": 7,
        "zonk adaptation": 7,
        "frob decoding": 300,
    }
    defined = {
        ("glorp predictive control", "GPC"): 3,  # initials, 3 >= 2: kept
        ("blarg tree search", "BTS"): 1,  # one definition only
        ("zonk adaptation", "ZoA"): 5,  # not the initials (Z-A)
        ("frob decoding", "FD"): 2,  # 300 abstracts: frequent anyway
    }
    kept = keep(mine, headed, defined)
    assert set(kept) == {"glorp predictive control", "frob decoding"}
    entry = kept["glorp predictive control"]
    assert (entry.id, entry.acronym, entry.defining, entry.abstracts) == (
        "glorp-predictive-control",
        "GPC",
        3,
        6,
    )
    assert entry.row() == {
        "id": "glorp-predictive-control",
        "type": "method",
        "name": "glorp predictive control",
        "domain": "mined-method",
    }
    # below MIN_ABSTRACTS: two papers of one group
    assert keep(mine, {"glorp sampling": 2}, {("glorp sampling", "GS"): 2}) == {}


def test_container_heads_need_the_acronym_route(mine: ModuleType) -> None:
    headed = {
        "glorp element method": 40,  # abbreviated: kept
        "glorp error analysis": 400,  # frequent but never abbreviated: a container head needs more
        "glorp component analysis": 30,
        "frob caching": 12,  # a round-4 method head: frequent is enough
    }
    defined = {("glorp element method", "GEM"): 5, ("glorp component analysis", "GCA"): 2}
    kept = keep(mine, headed, defined)
    assert set(kept) == {"glorp element method", "glorp component analysis", "frob caching"}
    assert mine.method_shape("finite element method") and not mine.method_shape("proposed method")


def test_eponym_route_needs_a_capitalised_name_in_enough_abstracts(mine: ModuleType) -> None:
    headed = {"glorp triangulation": 5, "blarg method": 4, "detection methods": 700, "zonk transform": 3}
    eponyms = {"glorp triangulation": 2, "blarg method": 2, "detection methods": 5, "zonk transform": 1}
    counts = mine.CorpusCounts(Counter(), Counter(headed), Counter(), Counter())
    kept = {m.name for m in mine.keep(counts, set(), {}, eponyms=Counter(eponyms))}
    # 2 of 5 and 2 of 4 abstracts capitalised: kept (a container head too); 5 of 700 is too few a share
    assert kept == {"glorp triangulation", "blarg method"}
    found = mine.eponym_counts(["Meshes come from Glorp triangulation, as in Glorp triangulation."])
    assert found == Counter({"glorp triangulation": 1})  # per abstract


def test_frequent_route_threshold_and_merged_spellings(mine: ModuleType) -> None:
    kept = keep(
        mine,
        {"glorp-net attention": 5, "glorp net attention": 3, "glorpnet attention": 3, "frob pooling": 7},
    )
    assert set(kept) == {"glorp-net attention"}  # 5 + 3 + 3 >= FREQUENT (8); 7 < 8
    assert kept["glorp-net attention"].aliases == ("glorp net attention", "glorpnet attention")


def test_rule_drops_descriptions_classes_known_fragments_and_rejections(mine: ModuleType) -> None:
    headed = {
        "proposed glorp attention": 500,  # a describing word
        "glorp framework": 500,  # a container head, not a method head
        "neural networks": 500,  # only class words before the head
        "semantic segmentation": 500,  # a task head
        "carlo glorp search": 100,  # mostly the tail of ...
        "monte carlo glorp search": 90,  # ... this one, which is kept
        "glorp-1 decoding": 500,  # a digit
        "knowing distillation": 500,  # a lexicon form's spelling (below)
        "frob embeddings": 500,  # reviewed rejection (below)
    }
    kept = keep(
        mine,
        headed,
        known={"knowing-distillation"},
        rejects={mine.spelling_key("frob embedding"): "description"},
    )
    assert set(kept) == {"monte carlo glorp search"}


def test_a_describing_word_needs_the_acronym_route(mine: ModuleType) -> None:
    # round 8: "dynamic glorp warping (DGW)" is a name despite "dynamic"; frequency alone is not enough
    headed = {"dynamic glorp warping": 9, "hierarchical frob clustering": 400, "proposed zonk warping": 50}
    defined = {("dynamic glorp warping", "DGW"): 2, ("proposed zonk warping", "PZW"): 9}
    assert set(keep(mine, headed, defined)) == {"dynamic glorp warping"}
    assert keep(mine, headed, {("dynamic glorp warping", "DGW"): 1}) == {}  # one definition is not enough


def test_rejections_file_has_a_known_reason_on_every_line(mine: ModuleType) -> None:
    reasons = {"description", "field", "class", "task", "variant", "fragment", "not-method"}
    rejects = mine.read_rejects()
    assert len(rejects) > 300
    assert set(rejects.values()) <= reasons


def _rows() -> list[dict[str, object]]:
    return [
        json.loads(line) for line in MINED.read_text(encoding="utf-8").splitlines() if line.startswith("{")
    ]


def test_shipped_file_obeys_the_rule(mine: ModuleType) -> None:
    rows = _rows()
    assert len(rows) >= 100
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)  # deterministic order
    rejects = mine.read_rejects()
    for row in rows:
        name = str(row["name"])
        assert row["type"] == "method"
        assert row["id"] == name.replace(" ", "-") and name == name.lower()
        assert mine.method_shape(name) or mine.method_shape(name, described=True), name
        assert not is_generic(name), name
        assert mine.spelling_key(name) not in rejects, name
    # the guide's "Not entities" stay out whatever the counts say
    names = {str(r["name"]) for r in rows}
    assert not names & {"neural networks", "deep learning", "large language models", "text embeddings"}


def test_shipped_entries_are_new_names_in_the_lexicon() -> None:
    lexicon = load_lexicon(default_lexicon_paths())
    mined = {f"method:{r['id']}" for r in _rows()}
    owners: dict[str, set[str]] = {}
    for entry in lexicon.entries:
        for form in entry.forms:
            owners.setdefault(form.lower(), set()).add(entry.id)
    for row in _rows():
        for form in [row["name"], *row.get("aliases", [])]:  # type: ignore[list-item]
            assert owners[str(form).lower()] <= mined, form  # no form shared with a curated entry


def test_mined_names_are_linked_in_running_text() -> None:
    text = "We train word embeddings with answer set programming and model it as markov decision processes."
    found = {(m.text, m.type) for m in extract_text(text) if m.type == "method"}
    assert {("word embeddings", "method"), ("answer set programming", "method")} <= found
    assert any(t.startswith("markov decision process") for t, _ in found)


def test_mined_names_inside_a_longer_name_are_not_linked() -> None:
    def methods(text: str) -> set[str]:
        return {m.text for m in extract_text(text) if m.type == "method"}

    assert "Prompt Optimization" not in methods("We add a Prompt Optimization Agent to the loop.")
    assert "graph convolution" not in methods("3D graph convolution (3D-GC) methods ignore depth.")
    assert "causal attention" not in methods("We run causal attention-hop analyses.")
    assert "prompt optimization" in methods("We study prompt optimization for judges.")
    titled = extract_text("We study it.", title="Multi-Objective Prompt Optimization for LLM Judges")
    assert "Prompt Optimization" in {m.text for m in titled}


def test_shipped_rows_carry_the_mined_domain(mine: ModuleType) -> None:
    from kg.extract.mined import MINED_DOMAIN

    assert {r.get("domain") for r in _rows()} == {MINED_DOMAIN}


def test_method_head_nouns_type_a_defined_long_form() -> None:
    # "modeling", "encoding", "rendering", "transform" ... are method heads (kg.extract.shapes HEAD_TYPES)
    text = "We pre-train with Masked Action Modeling (MAM) on robot data."
    found = {(m.text, m.type) for m in extract_text(text)}
    assert ("Masked Action Modeling", "method") in found
    text = "Meshes are built by Delaunay triangulation and feature caching."
    lower = {(m.text, m.type) for m in extract_text(text)}
    assert {("Delaunay triangulation", "method"), ("feature caching", "method")} <= lower


def test_task_arithmetic_is_its_own_method_not_model_merging() -> None:
    lexicon = load_lexicon(default_lexicon_paths())
    owner = {form.lower(): e.id for e in lexicon.entries for form in e.forms}
    assert owner["task arithmetic"] == "method:task-arithmetic"
    # the vectors task arithmetic adds are a component of their own (docs/typing.md rule 85)
    assert owner["task vectors"] == owner["task vector"] == "method:task-vectors"
    assert owner["model merging"] == "method:model-merging"
