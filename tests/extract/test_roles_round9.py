"""Round 9 of the role rules: a name that stands inside another thing, or an existing one the paper changes,
is never introduced, whichever rule found it ("an HMM (HMM)-based framework", "the Distillation-based
Bird's-Eye-View (BEV) Correction (D-BEVC) module", "we enhance the Soft Nearest Neighbor Loss"); a known
name after "our" before a place for the paper's artefacts ("our Hugging Face repository") is used.

Rules written from the corpus audits in bench/reviews/README.md ("Roles, round 9").
"""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str) -> dict[str, str]:
    """Each mention's role by its surface (introduced wins over used)."""
    out: dict[str, str] = {}
    for m in extract_text(text):
        if out.get(m.text) != "introduced":
            out[m.text] = m.role
    return out


def test_a_defined_name_before_based_is_used_and_so_is_its_acronym() -> None:
    text = (
        "To tackle this, we introduce a Glorp Snarf Model (GSM)-based Coarse-to-Fine Inference (CFI) "
        "framework for radio maps."
    )
    found = roles(text)
    assert found["Glorp Snarf Model"] == "used"
    assert found.get("GSM", "used") == "used"
    # the framework itself stays the paper's own
    assert found["Coarse-to-Fine Inference"] == "introduced"


def test_a_defined_name_inside_a_longer_defined_name_is_used() -> None:
    text = (
        "We propose GlorpMap, a mapping framework. GlorpMap integrates two key components: the "
        "Blorp-based Snarf View (SV) Correction (B-SVC) module and a Frame Glue Module (FGM)."
    )
    found = roles(text)
    assert found["Snarf View"] == "used"
    assert found["Frame Glue Module"] == "introduced"


def test_an_existing_name_the_paper_enhances_is_used() -> None:
    text = (
        "We propose GlorpDet for error discovery. We enhance the Soft Blorp Neighbor Loss by weighting "
        "negatives and introduce a Snarf Sample Ranking (SSR) module."
    )
    found = roles(text)
    assert found.get("Soft Blorp Neighbor Loss", "used") == "used"
    assert found["SSR"] == "introduced"


def test_a_known_organisation_before_repository_after_our_is_used() -> None:
    text = "We propose GlorpNet. Code is at our GitHub page and data is at our Hugging Face repository."
    found = roles(text)
    assert found["Hugging Face"] == "used"
    assert found["GlorpNet"] == "introduced"
