"""Task recall, session 22 (docs/typing.md rule 446): a long form the paper defines with its acronym
names a task when it ends in "discovery", "odometry", "path finding" or a named problem; a problem that
is a method's flaw, an exercise or the Markov decision formalism stays out, and so does a long form read
after a left-out "novel"."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.rule) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Generalized Category Discovery (GCD) aims to classify unlabeled data.",
            "Generalized Category Discovery",
        ),
        ("The IMU is critical to visual-inertial odometry (VIO) on drones.", "visual-inertial odometry"),
        ("Multi-Agent Path Finding (MAPF) plans collision-free paths.", "Multi-Agent Path Finding"),
        (
            "We solve the Flexible Job Shop Scheduling Problem (FJSP) with RL.",
            "Flexible Job Shop Scheduling Problem",
        ),
        ("Neural solvers for Capacitated Vehicle Routing Problems (CVRPs) are popular.", "CVRPs"),
        (
            "We cast text generation as a Constraint Satisfaction Problem (CSP).",
            "Constraint Satisfaction Problem",
        ),
    ],
)
def test_defined_task_tail_names_a_task(text: str, name: str) -> None:
    assert _links(text).get(name, ("", ""))[0] == "task"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Personalization often suffers from the semantic collapsing problem (SCP).",
            "semantic collapsing problem",
        ),
        ("Generating novel Physics Word Problems (PWPs) is hard for LLMs.", "Physics Word Problems"),
        ("Bongard Problems (BPs) provide a challenging testbed.", "Bongard Problems"),
        ("Solving Markov decision problems (MDPs) needs dynamic programming.", "Markov decision problems"),
        (
            "LLMs must identify algorithmically similar problems (ASPs) in code.",
            "algorithmically similar problems",
        ),
        (
            "Interest in autonomous scientific discovery (ASD) of software grows.",
            "autonomous scientific discovery",
        ),
        ("Under common randomness, we formulate a rate-constrained MEC problem (MEC-B).", "MEC problem"),
        (
            "We formalize it as an Ordered Stochastic Knapsack Problem (OSKP) here.",
            "Ordered Stochastic Knapsack Problem",
        ),
    ],
)
def test_other_problems_stay_out(text: str, name: str) -> None:
    assert _links(text).get(name, ("", ""))[0] != "task"


def test_long_form_after_a_left_out_novel_is_no_task() -> None:
    links = _links("Three tasks: OOD detection, novel category discovery (NCD), and zero-shot recognition.")
    assert "category discovery" not in links


def test_own_formulation_is_the_papers_method_when_proposed() -> None:
    # proposed: the long form is the paper's means (definitions._new_type), not the task
    links = _links("We propose Multi-Agent Path Finding with Priorities (MAPFP), a planner.")
    assert links.get("Multi-Agent Path Finding with Priorities", ("", ""))[0] == "method"
