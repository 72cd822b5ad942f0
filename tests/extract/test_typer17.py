"""Session 17: the name typer's rules 314-316 (the typer stays opt-in). Each test fails on main at 7f49d9b."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.candidates import Candidate
from kg.extract.name_features import name_spans
from kg.extract.name_typer import ON_BY_DEFAULT


def _typed(text: str, title: str = "") -> dict[str, str]:
    return {m.text: m.role for m in extract_text(text, title=title, names=True) if m.rule == "name.typer"}


def test_the_typer_is_opt_in_and_types_uncued_names() -> None:
    assert not ON_BY_DEFAULT  # 10-13% of extraction CPU: kept off for the speed floor (docs/evaluation.md)
    text = "On FakeAVCeleb, our detector achieves 99.7% balanced accuracy."
    assert "FakeAVCeleb" in _typed(text)
    assert not [m for m in extract_text(text) if m.rule == "name.typer"]


def test_own_name_as_subject_after_a_cue_is_introduced() -> None:
    text = (
        "We propose a sparse attention design for long inputs. ProSMA constructs a multi-scale field "
        "with dilated convolutions. In the first stage, Phys4View leverages physics-aware attention."
    )
    roles = _typed(text)
    assert roles.get("ProSMA") == "introduced"
    assert roles.get("Phys4View") == "introduced"


def test_a_compared_subject_stays_used() -> None:
    from kg.extract.typer_roles import own_subject

    text = "We propose a sparse design. Compared with RDEIC, Zorb reduces bitrate. DiffPGD has shown it."
    for name in ("RDEIC", "Zorb", "DiffPGD"):
        assert not own_subject(text, text.index(name), text.index(name) + len(name))
    assert not own_subject("ProSMA constructs a field.", 0, 6)  # no introduction cue before it


def test_the_base_of_an_own_name_is_introduced() -> None:
    from kg.extract.own_parts import own_parts

    title = "ReasonCLIP-58M: Reasoning Supervision for CLIP"
    text = title + "\n\nWe present ReasonCLIP-58M, a framework. We train a family of ReasonCLIP that reasons."
    at = text.rindex("ReasonCLIP")
    cands = [
        Candidate(0, 14, "method", "ReasonCLIP-58M", role="introduced", rule="title.prefix"),
        Candidate(at, at + 10, "method", "ReasonCLIP", source="model", rule="name.typer"),
    ]
    out = own_parts(cands, text, lambda i: (text.rfind(". ", 0, i) + 2, len(text)), 14, len(title))
    assert [c.role for c in out if c.rule == "name.typer"] == ["introduced"]


def test_sizes_spelled_capitals_and_latex_fragments_are_no_candidates() -> None:
    text = (
        r"We train a 30B-A3B backbone, four 7-8B model pairs and our 8B-parameter model on ZorbSet. "
        r"CL\textbf{IP} and \textbf{GEN}erative and $\textbf{DA}$$^{\textbf{2}}$ and R^3-Bench and "
        r"G$^2$RPO give Local, CAusal and subject-Consistent explanations; we propose $\textbf{ReMe}$."
    )
    found = [text[s:e] for s, e in name_spans(text, [])]
    assert found == ["ZorbSet", "ReMe"]
