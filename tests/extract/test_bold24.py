"""Own names typed by the words after them, and names set in math-wrapped emphasis, session 24 (docs/typing.md
rules 500-501): the head noun right after an introduced name or in its appositive types it ("we introduce a
X task", "we propose X metrics (…)", "X, a reinforcement learning (RL) environment", "X, a new task that …");
a head is not read through a hyphen ("X, a benchmark-agnostic … framework"); and a name set in "$\\textbf{X}$"
is read as the emphasis, its head read past the emphasis braces."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "In this paper, we introduce a Self-Correction GUI Navigation task, in which agents must recover.",
            "Self-Correction GUI Navigation",
            "task",
        ),
        ("We introduce Omni-MMSI, a new task that requires social interaction understanding.", "Omni-MMSI", "task"),
        ("We propose HAB metrics (Helpfulness, Accuracy, Brevity) to evaluate chatbot answers.", "HAB", "metric"),
        ("We present FERMAT, a reinforcement learning (RL) environment for training agents.", "FERMAT", "benchmark"),
        ("We introduce OpenSec, a dual-control reinforcement learning environment that evaluates agents.", "OpenSec",
         "benchmark"),
        ("We propose ProbeLLM, a benchmark-agnostic automated probing framework for LLM failures.", "ProbeLLM",
         "method"),
        ("We present StanceNakba 2026, a shared task on stance detection in social media.", "StanceNakba 2026",
         "benchmark"),
    ],
)  # fmt: skip
def test_own_name_typed_by_the_head_after_it(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "introduced")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the task is the later name, the earlier one a field (a guard: passes on main)
        ("We introduce a new LegalAI task: Judicial Opinion Generation, which requires models to write.", "LegalAI",
         "method"),
        # a head read only right after the introducing mention: "on FoE metrics" measures what FoE names
        ("We propose FooNet, which prunes tokens. Experiments report FooNet metrics across tasks.", "FooNet",
         "method"),
        # "our SCOPE score" is the method's score, not a metric's name (no "score" head)
        ("We propose token Pruning for MLLMs (SCOPE). We propose our SCOPE score and keep the highest SCOPE score.",
         "SCOPE", "method"),
        # "an environment generation pipeline" is a pipeline
        ("We propose Agent World Model (AWM), a fully synthetic environment generation pipeline.", "AWM", "model"),
    ],
)  # fmt: skip
def test_head_after_left_alone(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name, (kind, "introduced"))[0] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (r"To address this, we propose $\textbf{ZapFormat}$, a novel dynamic pruning strategy.", "ZapFormat",
         "method"),
        (r"We introduce $\textit{HypoTermInstruct}$, an SFT dataset of 31,000 examples.", "HypoTermInstruct",
         "dataset"),
        (r"To enable extensions, we release $\texttt{Poly2Graph}$: a high-performance pipeline.", "Poly2Graph",
         "method"),
        (r"We introduce a $\textbf{Self-Correction GUI Navigation}$ task, in which agents recover.",
         "Self-Correction GUI Navigation", "task"),
        (r"We also propose $\textbf{HAB}$ metrics ($\textbf{Helpfulness, Accuracy, Brevity}$) to evaluate it.",
         "HAB", "metric"),
        (r"We therefore introduce \textbf{4DVLT}, a worldline-centered task for 4D scene understanding.", "4DVLT",
         "task"),
    ],
)  # fmt: skip
def test_math_wrapped_emphasis_is_read(text: str, name: str, kind: str) -> None:
    assert _links(text).get(name) == (kind, "introduced")


def test_a_tutorial_is_no_entity() -> None:
    assert "LLMimic" not in _links(r"We introduce $\textbf{LLMimic}$, a gamified, interactive AI literacy tutorial.")


def test_a_title_opening_with_math_emphasis_keeps_its_subtitle_type() -> None:
    title = r"$\texttt{BluePrint}$: A Social Media User Dataset for LLM Persona Evaluation"
    found = {m.text: m.type for m in extract_text("We study personas.", title=title)}
    assert found.get(r"$\texttt{BluePrint}$") == "dataset"


def test_math_wrapped_evidence_keeps_the_dollars() -> None:
    text = r"We propose $\textbf{ZapFormat}$, a novel strategy."
    (m,) = [m for m in extract_text(text) if m.text == "ZapFormat"]
    assert m.sentence == text and text[m.start : m.end] == "ZapFormat"


@pytest.mark.parametrize(
    "text",
    [
        r"We propose $\textbf{L}$able-Free $\textbf{E}$valuation of models.",  # letters of words stay glued
        r"We bound $\mathbf{X}$ and $\mathcal{R}$.",  # math commands stay math
        r"a cost of $5$\textbf{k} and x$\textbf{Y}$",  # a dollar glued to a word or number
        r"we propose $\textbf{$\rho$-$\texttt{EOS}$}$, a strategy",  # glued by a hyphen: one name
    ],
)
def test_math_left_alone(text: str) -> None:
    from kg.extract.math_emphasis import unwrap_math_emphasis  # new in rule 501

    assert unwrap_math_emphasis(text) == text
