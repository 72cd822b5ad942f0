"""Own parts round 15 (docs/typing.md "Round 15"): a named part after a sentence adverb, after lower-case
modifiers or "our"; named parts in a counted or coordinated list (with or without their acronyms); each
with a near miss, through the whole extractor."""

from __future__ import annotations

from kg.extract import extract_text


def _links(text: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for m in extract_text(text):
        if out.get(m.text, ("", ""))[1] != "introduced":
            out[m.text] = (m.type, m.role)
    return out


def test_a_sentence_adverb_is_not_a_name_the_long_form_stands_in_apposition_to() -> None:
    text = "We propose GlorpNet. Additionally, a Snarf Discrepancy Learning mechanism mitigates reliance."
    assert _links(text)["Snarf Discrepancy Learning"] == ("method", "introduced")
    near = "We propose GlorpNet. GlorpNet, a Snarf Discrepancy Learning method, is fast."
    assert "Snarf Discrepancy Learning" not in _links(near)


def test_modifiers_and_our_before_a_named_part() -> None:
    text = (
        "We propose GlorpNet. We devise a simple yet effective Soft-update Snarf Latent module, and "
        "our Decoupled Snarf-Motion Adaptation strategy bridges priors."
    )
    links = _links(text)
    assert links["Soft-update Snarf Latent"] == ("method", "introduced")
    assert links["Decoupled Snarf-Motion Adaptation"] == ("method", "introduced")


def test_a_part_noun_after_a_benchmark_ending_keeps_a_method() -> None:
    text = "We propose GlorpNet. Furthermore, a Heterogeneous Snarf Arena module integrates priors."
    assert _links(text)["Heterogeneous Snarf Arena"] == ("method", "introduced")


def test_a_counted_list_of_named_parts_is_introduced() -> None:
    text = (
        "We propose GlorpNet with two complementary strategies, Perceptual Snarf Constraint and Semantic "
        "Glorp Penalty, to regularize training."
    )
    links = _links(text)
    assert links["Perceptual Snarf Constraint"] == ("method", "introduced")
    assert links["Semantic Glorp Penalty"] == ("method", "introduced")
    near = "We compare two strategies: Perceptual Snarf Constraint and Semantic Glorp Penalty."
    assert "Perceptual Snarf Constraint" not in _links(near)


def test_defined_parts_in_a_counted_list_take_the_lists_role() -> None:
    text = (
        "We propose GlorpNet. It has two key modules: Knowledge-Guided Snarf Completion (KGSC), and "
        "Terminology-Enhanced Glorp Retrieval (TEGR)."
    )
    links = _links(text)
    assert links["KGSC"][1] == "introduced"
    assert links["Terminology-Enhanced Glorp Retrieval"][1] == "introduced"


def test_names_coordinated_before_a_plural_part_noun() -> None:
    text = (
        "We propose GlorpNet. Additionally, GlorpNet introduces Inversion-Boosted Snarf and "
        "Reference-Anchored Glorp-Attention modules to keep identity."
    )
    links = _links(text)
    assert links["Inversion-Boosted Snarf"] == ("method", "introduced")
    assert links["Reference-Anchored Glorp-Attention"] == ("method", "introduced")
    near = "Prior work uses Inversion-Boosted Snarf and Reference-Anchored Glorp-Attention modules."
    assert "Inversion-Boosted Snarf" not in _links(near)


def test_list_items_with_clauses_of_their_own() -> None:
    text = (
        "GlorpMerge incorporates two key components: Shared-space Snarf Decomposition and Filtering, which "
        "disentangles patterns, and Alignment-guided Glorp Merging, which assigns weights."
    )
    links = _links(text)
    assert links["Shared-space Snarf Decomposition and Filtering"] == ("method", "introduced")
    assert links["Alignment-guided Glorp Merging"] == ("method", "introduced")
