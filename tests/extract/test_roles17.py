"""Roles round 24 (docs/typing.md rule 297): an established (lexicon) name right after "a / an" and lower-case
words in an introduction sentence is an instance the paper builds of a known kind, `used`; a known name that
is the cue's object itself ("we release the Pile") and the paper's own new names keep `introduced`."""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str) -> dict[str, str]:
    """Each mention's text and its role."""
    return {" ".join(m.text.split()): m.role for m in extract_text(text)}


def test_an_established_name_after_a_or_an_is_used() -> None:
    found = roles("Thus, we design a Variational Auto-Encoder for causal learning of invariant features.")
    assert found["Variational Auto-Encoder"] == "used"
    found = roles(
        "In this paper, we propose a Deep Reinforcement Learning agent that is guided by the planner."
    )
    assert found["Deep Reinforcement Learning"] == "used"
    found = roles(
        "In the first stage, we developed a U-Net to automatically segment the glenoid and humerus."
    )
    assert found["U-Net"] == "used"


def test_only_the_instance_is_used_the_cue_object_itself_and_new_names_stay_introduced() -> None:
    found = roles(
        "We introduce a multimodal Retrieval-Augmented Generation (RAG) embedded Snarf-7b model for them."
    )
    assert found["multimodal Retrieval-Augmented Generation"] == "used"
    assert roles("We release the Pile, a large corpus of diverse text.")["Pile"] == "introduced"
    found = roles("We propose a Glorp Snarf Network (GSN) that aligns the two views.")
    assert found["Glorp Snarf Network"] == "introduced"
