"""Roles round 26 (docs/typing.md rule 362). An acronym long form that a few other corpus abstracts define
too (two to four: below rule 123's five) is a known term when no introduction verb names it right before:
the paper employs, implements or lists it ("we first employ a Brownian Bridge Diffusion Model (BBDM) to …"),
`used` with its acronym. The same long form right after "we propose / introduce (a / the)" or "our" keeps
`introduced`, and so do long forms no other abstract defines."""

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


def test_a_long_form_the_paper_coins_stays_introduced() -> None:
    found = roles(
        "We propose the Brownian Bridge Diffusion Model (BBDM), a generative framework that maps images."
    )
    assert found["Brownian Bridge Diffusion Model"] == "introduced"
    found = roles("We propose GlorpNet. It employs a Glorp Snarf Attention Module (GSAM) to fuse features.")
    assert found["Glorp Snarf Attention Module"] == "introduced"
