"""Roles round 12: the paper's own names that earlier rounds missed or linked ``used`` (docs/typing.md
"Round 12"), through the whole extractor, each with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _role(text: str, name: str, title: str = "") -> str | None:
    roles = {m.role for m in extract_text(text, title=title) if m.text == name}
    return "introduced" if "introduced" in roles else ("used" if roles else None)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a variant of the paper's own name, found by no other rule
        (
            "We present GlorpMamba. We also instantiate a volumetric GlorpMamba-3D for CT.",
            "GlorpMamba-3D",
            "",
        ),
        # a short prefix variant of the title's name
        (
            "We propose two methods: M-SNARFDOWN, using indirect coefficients.",
            "M-SNARFDOWN",
            "SNARFDOWN: Fast",
        ),
        # "X, our newly released benchmark comprising …"
        (
            "Experiments on GlorpBench, our newly released benchmark comprising 5300 tasks, show gains.",
            "GlorpBench",
            "",
        ),
        # a part in apposition after the own system named by its kind
        (
            "We present GlorpNet, a framework for scans. The method combines a branch with a standard branch "
            "to provide priors, and introduces ScanStash, a device-aware caching mechanism.",
            "ScanStash",
            "",
        ),
        # a weak blocker ("across") ends at a new capitalised object after ", and"
        (
            "We introduce a framework that tackles it with Cross-Glorp Embedding (CGE), which learns logic "
            "across sources, and Cross-Glorp Augmentation (CGA), which enriches training.",
            "Cross-Glorp Augmentation",
            "",
        ),
        # a word of use inside an earlier item's apposition says nothing of the next item
        (
            "We introduce a dataset, Snarf-Set, which includes the Snarf-SFTSet, an instruction dataset with "
            "explanations on images, and the Snarf-DPOSet, a preference dataset.",
            "Snarf-DPOSet",
            "",
        ),
        # "based" blocks only as "based on"
        ("This paper introduces a Fuzzy Logic based Glorp Support System (GSS) for games.", "GSS", ""),
        # "our <adverb> designed X"
        ("We minimise it by our meticulously designed Glorp Trajectory Matching (GTM) loss.", "GTM", ""),
        # enumerated items in \textbf opened by the paper's own cue
        (
            "Based on this insight, we propose GlorpScore, a framework that jointly measures: (1)\n"
            "\\textbf{Intra-Glorp Dispersion}, which quantifies diversity; and (2) "
            "\\textbf{Inter-Glorp Drift}.",
            "Intra-Glorp Dispersion",
            "",
        ),
        # a new name its apposition calls novel
        (
            "GlorpMed is trained with Domain-aware Glorp Optimization (DGO), a novel reinforcement-learning "
            "objective that scales rewards.",
            "DGO",
            "",
        ),
        # a counted set of new parts opens a list of the paper's own
        (
            "We address these limitations through two novel components: a) a Hierarchical Glorp Tokenization "
            "approach with a tokenizer, and b) a regularization term.",
            "Hierarchical Glorp Tokenization",
            "",
        ),
        # a name first written in the title is new at its first mention in the abstract
        (
            "At the core of our approach is a novel Attentive Glorp Scoring (AGS) that replaces a mechanism.",
            "AGS",
            "Enhanced Retrieval with Attentive Glorp Scoring",
        ),
    ],
)
def test_the_papers_own_name_is_introduced(text: str, name: str, title: str) -> None:
    assert _role(text, name, title=title) == "introduced"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a link, not a variant
        ("We propose GlorpMamba. Code: https://github.com/x/GlorpMamba-page.", "GlorpMamba-page"),
        # "our approach" as the subject of the main clause, not an apposition
        ("Compared to approaches like MosaicGlorp, our approach reduces invalid data.", "MosaicGlorp"),
        # the last item of a list of names after "across" stays what the protocol runs on
        (
            "We introduce a protocol across Omni-MATH, Codeforces, Snarf Linguini, and ARC-Glorp1.",
            "ARC-Glorp1",
        ),
        # a list inside an apposition is part of it
        (
            "We release glorp-notes, a dataset of annotations covering corpora including FineGlorp-2, "
            "FineSnarfs, and Glorp 3.0.",
            "Glorp 3.0",
        ),
        # a part applied by the paper
        ("We propose GlorpSR. Then we apply the Consistency Glorping (CG) strategy to learn it.", "CG"),
        # "our previously proposed X" is earlier work
        ("We adapt our previously proposed Glorp-Inspired Attention (GIA) mechanism to ViTs.", "GIA"),
    ],
)
def test_a_name_the_paper_does_not_make_stays_used(text: str, name: str) -> None:
    assert _role(text, name) in ("used", None)


def test_a_title_long_form_with_its_acronym_names_the_long_form() -> None:
    mentions = extract_text(
        "This paper introduces the Harmonic Glorp Projection (HGP), a framework.",
        title="Harmonic Glorp Projection (HGP): A Deterministic Embedding",
    )
    title = [m for m in mentions if m.field == "title"]
    assert [m.text for m in title][:1] == ["Harmonic Glorp Projection"]
    assert {m.role for m in mentions if m.text == "HGP"} >= {"introduced"}
