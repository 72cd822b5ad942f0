"""Session 25, roles (rule 550): the items of a list of the paper's own parts whose name is followed by
"to / for" (session 24's dropped rule 520 again); rules 551 (a lower-case part noun after the name) and 552
(a list whose sentence opens with the paper's own name: 48/55 over the whole corpus) were dropped."""

from __future__ import annotations

from kg.extract import extract_text


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.role) for m in extract_text(text, model=False)}


def test_enumerated_parts_followed_by_a_purpose() -> None:
    text = (
        "We present FooResearch, a multi-agent system that integrates (1) a Master Planning Agent for "
        "adaptive query decomposition, (2) a Source Text Extractor to mitigate noise, and (3) a "
        "Visualization Agent for data-driven insights."
    )
    found = _found(text)
    for name in ("Master Planning Agent", "Source Text Extractor", "Visualization Agent"):
        assert found[name] == ("method", "introduced"), name
    text = (
        "Our framework consists of three key components: (i) Coarse-to-Fine Global Tokenization for forming "
        "instance-level identity, and (ii) Category-Conditioned Contrastive Learning for disentangling."
    )
    assert _found(text)["Coarse-to-Fine Global Tokenization"] == ("method", "introduced")
    # a two-word step or concept stays out
    text = (
        "We propose FooPrune. Our method progressively prunes Gaussians in three stages: (1) Gaussian "
        "Sampling to identify primitives, (2) Gaussian Pruning to remove redundancies, and (3) Gaussian "
        "Merging to fuse primitives."
    )
    assert not {"Gaussian Sampling", "Gaussian Pruning", "Gaussian Merging"} & set(_found(text))
    # a known method as an item stays used (the lexicon and rule 550's established-term test)
    text = (
        "Our framework has three key components: (i) Direct Preference Optimization for aligning the policy, "
        "and (ii) Coarse-to-Fine Global Tokenization for forming identity."
    )
    assert _found(text)["Direct Preference Optimization"][1] == "used"
