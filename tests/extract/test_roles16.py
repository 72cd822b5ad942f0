"""Roles round 23 (docs/typing.md rule 242): a task-like name the paper introduces and says is its method
(a part noun, a method appositive, a verb of what it does, "the proposed X") is a method; with near
misses (a task, problem or setting; a name inside another name's appositive), through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def kinds(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text and its (type, role)."""
    return {" ".join(m.text.split()): (m.type, m.role) for m in extract_text(text)}


def test_a_task_like_own_part_is_a_method() -> None:
    found = kinds(
        "We introduce a novel snarf retrieval (SR) module that integrates glorp memory and prompts."
    )
    assert found["snarf retrieval"] == ("method", "introduced")
    found = kinds(
        "We present Selectively Suppressed Glorp Reconstruction (SSGR), which exploits the perfect "
        "reconstruction property of wavelets."
    )
    assert found["Selectively Suppressed Glorp Reconstruction"] == ("method", "introduced")


def test_the_proposed_one_is_a_method_but_a_task_the_paper_introduces_stays_a_task() -> None:
    found = kinds("The decoupled optimization is enabled by the proposed glorp-aware snarf matching (GSM).")
    assert found["glorp-aware snarf matching"] == ("method", "introduced")
    found = kinds(
        "We introduce Dual Incremental Glorp Detection (DIGD), a more practical setting that handles both."
    )
    assert found["Dual Incremental Glorp Detection"][0] == "task"
    found = kinds(
        "This paper presents SnarfGarment-1, a fine-grained snarf generation (FSG) framework that enables "
        "garment synthesis."
    )
    assert found["fine-grained snarf generation"][0] == "task"
    found = kinds("We introduce Dense Glorp Understanding (DGU), which enables high-FPS video comprehension.")
    assert found["Dense Glorp Understanding"][0] == "task"
    found = kinds("This paper introduces the novel snarf-to-glorp (S2G) task, aiming to generate scripts.")
    assert found["snarf-to-glorp"][0] == "task"
