"""Roles round 20 (docs/typing.md rules 153-154; rule 155 was withdrawn after the audit): title prefixes the
reader missed (glued to the subtitle, an acronym compound of generic words, a release's version, "X Technical
Report"), and rule 134 not reading a name inside an opening phrase whose abbreviation looked like a sentence
end; each with a near miss, through the whole extractor."""

from __future__ import annotations

from role_reading import roles_of

from kg.extract.titles import title_candidates

_ABSTRACT = "Training agents is hard. Experiments show gains on three benchmarks."


def _title_names(title: str) -> list[tuple[str, str, str]]:
    return [(c.name, c.type, c.role) for c in title_candidates(title, _ABSTRACT)]


def test_a_name_glued_to_its_subtitle_is_the_papers_own() -> None:
    roles = roles_of(_ABSTRACT, title="GLORPO:End-to-End Policy Optimization for GUI Agents")
    assert roles["GLORPO"] == "introduced"
    roles = roles_of(_ABSTRACT, title="SnarfLLaVA:Generalizable Pruning for Models")
    assert roles["SnarfLLaVA"] == "introduced"


def test_a_glued_prefix_that_is_no_name_is_left() -> None:
    assert _title_names("clem:todd: A Framework for Benchmarking") == []  # two colons
    assert _title_names("note:this is lower case") == []  # no capital after the colon, no name shape


def test_an_acronym_compound_and_a_version_are_a_title_prefix_name() -> None:
    assert _title_names("CV-Snarfa: An Open Benchmark for Vision Problems") == [
        ("CV-Snarfa", "benchmark", "introduced")
    ]
    assert _title_names("AI-Glorpity: An LLM-based Platform for Teaching")[0][:2] == ("AI-Glorpity", "method")
    assert _title_names("GlorpVAD v2: Unified Visual Anomaly Detection") == [
        ("GlorpVAD v2", "method", "introduced")
    ]
    assert _title_names("Snarf Treebank v1.3: A Framework for Aligning Tags")[0][:2] == (
        "Snarf Treebank v1.3",
        "dataset",
    )


def test_a_participle_compound_or_a_plural_class_is_no_title_name() -> None:
    assert _title_names("AI-Generated: Detecting Fakes in the Wild") == []
    assert _title_names("LLM-Agents: How Models Plan") == []


def test_a_technical_report_title_names_the_system_before_it() -> None:
    names = _title_names("GLORP-2 Technical Report: Advancing GUI Agents")
    assert names == [("GLORP-2", "method", "introduced")]
    names = _title_names("Snarf-CUDAL Technical Report: Rural Point Cloud Dataset in Rain")
    assert names == [("Snarf-CUDAL", "dataset", "introduced")]  # the subtitle after "Report" still types it


def test_a_name_in_an_opening_phrase_after_an_abbreviation_is_no_step() -> None:
    text = (
        "We introduce GLORPSHIELD, a benchmark for lab safety. Grounded in U.S. Occupational Safety and "
        "Health Administration (OSHA) standards and the Globally Harmonized System (GHS), GLORPSHIELD "
        "establishes a safety taxonomy. Finally, the Snarf Risk Estimator (SRE) scores each action."
    )
    roles = roles_of(text)
    # rule 134 made it a method step the paper introduces; rule 260 links it as an organisation it uses
    assert roles.get("Occupational Safety and Health Administration", "used") == "used"
    assert roles["Snarf Risk Estimator"] == "introduced"  # a step of the own method still is


def test_a_short_name_the_paper_defines_keeps_its_role() -> None:
    roles = roles_of("We propose a GSX refinement technique, Glorp Snarf Xform (GSX), for rendering.")
    assert roles["GSX"] == "introduced"
