"""Roles round 26 (docs/typing.md rule 362). An acronym long form that a few other corpus abstracts define
too (two to four: below rule 123's five), taken right before by a verb of use ("we first employ a Brownian
Bridge Diffusion Model (BBDM) to …", "implements the Contrast Maximization (CM) algorithm"), is a known term
the paper works with: `used`, with its acronym. The same long form after "we propose (the)", the paper's own
part named after a known term ("a multi-scale feature fusion (MSFF) module") and long forms no other abstract
defines keep `introduced`."""

from __future__ import annotations

from kg.extract import extract_text


def roles(text: str) -> dict[str, str]:
    """Each mention's text and its role."""
    return {" ".join(m.text.split()): m.role for m in extract_text(text)}


def test_the_list_holds_long_forms_a_few_abstracts_define() -> None:
    from kg.extract.established import is_established_few

    assert is_established_few("Brownian Bridge Diffusion Model")
    assert is_established_few("Contrast Maximization")
    assert not is_established_few("Knowledge Graph")  # rule 123's list (five or more)
    assert not is_established_few("Glorp Snarf Module")


def test_a_known_long_form_the_paper_employs_is_used() -> None:
    found = roles(
        "In this work, we propose CTMR, a framework for brain MRI reconstruction. Given any 3D CT scan, we "
        "first employ a Brownian Bridge Diffusion Model (BBDM) to synthesize MRI slices along the 2D axis."
    )
    assert found["Brownian Bridge Diffusion Model"] == "used"
    assert found["BBDM"] == "used"
    found = roles(
        "This paper presents a hardware architecture that implements the Contrast Maximization (CM) "
        "algorithm in FPGA resources."
    )
    assert found["Contrast Maximization"] == "used"


def test_a_long_form_the_paper_coins_or_builds_stays_introduced() -> None:
    found = roles(
        "We propose GlorpNet for segmentation. It first employs a Brownian Bridge Diffusion Model (BBDM) to "
        "synthesize slices. Then we propose the Contrast Maximization (CM), a framework that maps images. "
        "It utilizes a multi-scale feature fusion (MSFF) module and a Glorp Snarf Attention Module (GSAM)."
    )
    assert found["Brownian Bridge Diffusion Model"] == "used"
    assert found["Contrast Maximization"] == "introduced"
    assert found["multi-scale feature fusion"] == "introduced"
    assert found["Glorp Snarf Attention Module"] == "introduced"
