"""Roles round 13: own names that earlier rounds missed, and names the paper only uses or builds on that
were introduced (docs/typing.md "Round 13"), through the whole extractor; each with a near miss."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _role(text: str, name: str, title: str = "") -> str | None:
    roles = {m.role for m in extract_text(text, title=title) if m.text == name}
    return "introduced" if "introduced" in roles else ("used" if roles else None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ", and the X (ACR)" opens a new object of the cue after a purpose clause
        (
            "We introduce two novel tools - the Glorp Transfer Score (GTS) to measure adaptability across "
            "farms, and the Snarf Reliability Index (SRI) to assess sensor data quality.",
            "Snarf Reliability Index",
        ),
        # "we name our approaches: X (ACR)"
        (
            "We present two methods and we name our approaches: glorp-bottleneck autoencoder (GB-AE) and X.",
            "glorp-bottleneck autoencoder",
        ),
        # a passive cue in a relative clause of the paper's own system
        (
            "We propose a framework that leverages diffusion priors, in which an Adaptive Glorp Correction "
            "Module (AGCM) and a color loss are introduced to ensure exposure correction.",
            "Adaptive Glorp Correction Module",
        ),
        # ", introducing X" after "we"
        (
            "We adapt them to the online setting, introducing online mean Glorp Precision (omGP) to "
            "evaluate both accuracy and efficiency.",
            "online mean Glorp Precision",
        ),
        # a title-cased compound after "It consists of"
        (
            "We propose GlorpChat, a framework for interviews. It consists of two modules: Glorp-Recon and "
            "Glorp-Eval, each responsible for one step.",
            "Glorp-Recon",
        ),
        # a name in apposition after "solution" or a capitalised "Dataset"
        ("We propose an effective solution, SnarfGrasp, for handover.", "SnarfGrasp"),
        ("We propose the first legal Glorp Reasoning Dataset, GlorpNum, which has scenarios.", "GlorpNum"),
        # "\textit{X}" after the cue, and a short name ending in "-ed" that is no participle
        (r"We present \textit{GlorpStitch}, an unsupervised stitching framework.", "GlorpStitch"),
        ("We introduce Q-Glorped, a new paradigm for quantization.", None),
        # "a new X dataset" at its first mention, after names the paper evaluates on
        (
            "We evaluate GlorpWise on SMART-840 and a new GLORP-840++ dataset with generated problems.",
            "GLORP-840++",
        ),
        # "prior" inside a hyphenated word of the apposition does not call the name existing
        (
            "In this study, we investigate adaptation strategies for report generation and introduce "
            "GLORP3D-Prefix, a lightweight diagnostic-prior conditioning framework.",
            "GLORP3D-Prefix",
        ),
        ("We introduce Q-Sched, a new paradigm for post-training quantization.", "Q-Sched"),
        (r"We propose \textbf{K-GLORP\textsuperscript{2}}, a framework for emotion reasoning.", "K-GLORP"),
    ],
)
def test_own_names_are_introduced(text: str, name: str | None) -> None:
    if name is None:  # "Q-Glorped" reads as a participle: no name (the near miss of "Q-Sched")
        assert _role(text, "Q-Glorped") is None
        return
    assert _role(text, name) == "introduced"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # the superclass of the paper's new class
        (
            "We introduce glorp-MDPs (g-MDPs), a novel subclass of partially observable Markov decision "
            "processes (POMDPs) that handles missing data.",
            "partially observable Markov decision processes",
            "",
        ),
        # a known name and its acronym modifying a dataset
        (
            "Specifically, we first construct a high-quality Chain-of-Thought (CoT) grounding dataset, "
            "annotated with reasoning chains.",
            "Chain-of-Thought",
            "",
        ),
        # "we employ the X Loss"
        (
            "We propose GlorpNet. First, we employ the Normalized Snarf Distance Loss (NSDLoss).",
            "Normalized Snarf Distance Loss",
            "",
        ),
        # "our X baseline"
        (
            "We deploy a checkpoint within the GlorpLong framework. Our approach gains +1.4 points over our "
            "GlorpLong baseline.",
            "GlorpLong",
            "",
        ),
        # a name the abstract named before the cue's sentence ("PENet" of a paper presenting "PENet+")
        (
            "Recent models, such as the Glorp-Enhanced-Network (GENet) [1], are strong. We present GENet+, "
            "a framework that preserves GENet's structure while improving efficiency.",
            "GENet",
            "",
        ),
        # a known model and its version in the own system
        (
            "We propose GlorpDiagram. Our system integrates Claude 3.7 to reason about structured data.",
            "Claude 3.7",
            "",
        ),
        # a title that compares the name with another
        (
            "This paper compares Structural Topic Models (STM), a probabilistic topic model, and GlorpTopic, "
            "an embedding-based model, for survey responses.",
            "GlorpTopic",
            "A Comparative Evaluation of Structural Topic Models and GlorpTopic for Surveys",
        ),
    ],
)
def test_used_names_stay_used(text: str, name: str, title: str) -> None:
    assert _role(text, name, title) == "used"


def test_near_misses_keep_their_roles() -> None:
    # the own system's part after "<own name> employs" stays introduced (only "we employ" blocks)
    text = "We propose GlorpNet. GlorpNet employs a Temporal-Spectral Unified Strategy that uses meta-data."
    assert _role(text, "Temporal-Spectral Unified Strategy") == "introduced"
    # the own name right after the cue, mentioned for the first time, stays introduced
    assert _role("Recent models are slow. We present GENet+, a fast framework.", "GENet+") == "introduced"
    # a defined acronym modifying a noun after the cue is no new name ("a novel OOD scoring mechanism")
    text = (
        "Separating out-of-distribution (OOD) samples matters. We propose a novel OOD scoring mechanism, "
        "called GlorpRO, that uses relevance."
    )
    assert _role(text, "OOD") != "introduced"
    assert _role(text, "GlorpRO") == "introduced"


def test_an_emphasised_name_ends_at_its_brace() -> None:
    text = r"We propose the \textit{Hyperbolic Glorp Image and Distillation Network} (HGID-Net), a method."
    assert _role(text, "Hyperbolic Glorp Image") is None
    assert _role(text, "HGID-Net") == "introduced"
    text = r"To fill this gap, we introduce \emph{OneManGlorp (OMG)}, a framework for agents."
    assert _role(text, "OneManGlorp") == "introduced"
