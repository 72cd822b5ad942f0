"""Session 10, lower-case methods and tasks (rules 94-95, docs/typing.md): a method named by a countable
technique is the same method in the plural (rule 94); names with a describing word the corpus abbreviates are
mined methods (rule 95)."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.variants import cased_spellings, form_variants, method_plural


def _methods(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in extract_text(text) if m.type == "method"}


def test_plural_of_a_countable_method_head_is_the_method() -> None:
    found = _methods("Kalman filters and greedy algorithms are compared with isolation forests.")
    assert found["Kalman filters"] == "method:kalman-filter"
    assert found["greedy algorithms"] == "method:greedy-algorithm"
    assert found["isolation forests"] == "method:isolation-forest"


def test_plural_is_only_for_methods_with_a_countable_head() -> None:
    assert method_plural("greedy algorithm", "method") == {"greedy algorithms"}
    assert method_plural("greedy algorithm", "task") == set()
    assert method_plural("diffusion model", "method") == set()  # "models" is a family (rule 46)
    assert method_plural("abstract syntax tree", "method") == set()  # a data structure
    assert method_plural("knowledge distillation", "method") == set()
    assert "translation errors" not in form_variants("translation error", "metric")
    assert "Kalman filters" in cased_spellings("Kalman filter", "method")
    assert "Kalman filters" not in cased_spellings("Kalman filter")


def test_described_names_the_corpus_abbreviates_are_linked() -> None:
    # rule 95: round 8 of bench/mine_methods.py kept names with a describing word by the acronym route
    found = _methods("We solve it by dynamic programming, with automatic differentiation and a random walk.")
    assert found["dynamic programming"] == "method:dynamic-programming"
    assert found["automatic differentiation"] == "method:automatic-differentiation"
    assert found["random walk"] == "method:random-walk"
    assert not _methods("We apply feature refinement and a pose estimator.")  # reviewed rejections
