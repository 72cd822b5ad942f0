"""Precision round 23, session 20 (docs/typing.md rule 393; rule 392 dropped at the audits): an acronym
spelling only the tail of the name before it, written once, is that name's and gives no second link."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _mentions(text: str, title: str = "A study") -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (  # rule 393: "RL" abbreviates offline RL here, written once
            "Offline reinforcement learning (RL) enables agents to learn policies from fixed datasets.",
            "RL",
        ),
        ("Models employing long chain-of-thought (CoT) reasoning have shown superior performance.", "CoT"),
        ("Experiments on three open-domain question answering (QA) benchmarks show gains.", "QA"),
    ],
)
def test_tail_acronym_written_once_dropped(text: str, gone: str) -> None:
    names = {name for name, _ in _mentions(text)}
    assert gone not in names
    assert len(names) >= 1  # the longer name keeps its link


@pytest.mark.parametrize(
    ("text", "kept"),
    [  # guards (pass on main too): a whole-name acronym, a reused acronym, a metric, a setting word
        ("The agenda centres on the Abstraction and Reasoning Corpus (ARC) benchmark.", "ARC"),
        ("We train with Proximal Policy Optimization (PPO) on Atari.", "PPO"),
        ("We use agentic reinforcement learning (RL). RL training is costly.", "RL"),
        ("It achieves a mean Intersection over Union (IoU) of 0.93 on the test set.", "IoU"),
    ],
)
def test_plain_definitions_kept(text: str, kept: str) -> None:
    assert kept in {name for name, _ in _mentions(text)}
