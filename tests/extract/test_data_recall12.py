"""Session 12 data recall (docs/typing.md rule 146 and the lexicon entries after it): organisations named by
their head word, and established datasets / benchmarks the lexicon lacked, on real extraction."""

from __future__ import annotations

from kg.extract import extract_text


def _typed(text: str, kind: str, title: str = "") -> dict[str, str]:
    return {m.text: m.name for m in extract_text(text, title=title) if m.type == kind}


def test_a_university_or_hospital_where_work_was_done_is_an_organisation() -> None:
    found = _typed(
        "We collected 656 nodule images from Ajou University Hospital. A pilot study at Maastricht "
        "University and a cohort from the First Affiliated Hospital of Nanjing Medical University agree.",
        "organization",
    )
    assert "Ajou University Hospital" in found
    assert "Maastricht University" in found
    assert "First Affiliated Hospital of Nanjing Medical University" in found
    found = _typed("Images from the University of Bath campus and Meta are used.", "organization")
    assert "University of Bath" in found


def test_an_international_organisation_is_an_organisation() -> None:
    found = _typed("The World Health Organization estimates that one in three is affected.", "organization")
    assert "World Health Organization" in found


def test_heads_that_end_a_dataset_name_or_a_title_name_no_organisation() -> None:
    for text, title in (
        ("Evaluated on the Temple University Hospital (TUH) Abnormal EEG dataset, it gains 3%.", ""),
        ("We use questions from Iranian University Entrance Exams and the Noor Eye Hospital (NEH) set.", ""),
        ("Results on the Pavia University and Salinas datasets improve.", ""),
        ("We study bed planning.", "Optimizing Hospital Capacity During Pandemics"),
        ("Students at a Finnish University took part.", ""),
    ):
        assert not [m for m in extract_text(text, title=title) if m.rule == "cue.org_head"], text


def test_established_datasets_without_a_cue_are_linked() -> None:
    found = _typed(
        "On the extreme-long LVBench (4101s), Tempo scores 52.3. Experiments on TOFU show that NSRU works. "
        "Built on CT-RATE, a large chest CT set, it reports gains.",
        "benchmark",
    ) | _typed("Built on CT-RATE, a large chest CT set, it reports gains.", "dataset")
    assert {"LVBench", "TOFU", "CT-RATE"} <= set(found)
    # ambiguous entries match only as written; a paper's own acronym with another long form is not the entry
    assert not _typed("The children were scared of tofu.", "benchmark")
    own = "We propose a token-based foundation model (TOFU) for reasoning. TOFU is strong."
    assert not [m for m in extract_text(own) if m.name == "TOFU" and m.type == "benchmark"]


def test_a_sibling_dataset_is_its_own_entity() -> None:
    found = _typed(
        "Experiments on RefCOCO, RefCOCO+ and RefCOCOg; Kvasir-SEG and VITON-HD follow.", "dataset"
    )
    assert found["RefCOCOg"] == "RefCOCOg"
    assert found["Kvasir-SEG"] == "Kvasir-SEG"
    assert found["VITON-HD"] == "VITON-HD"
    # ETH/UCY is the trajectory benchmark, not ETH Zurich
    assert _typed("Experiments on the ETH/UCY benchmark show gains.", "dataset") == {"ETH/UCY": "ETH/UCY"}
