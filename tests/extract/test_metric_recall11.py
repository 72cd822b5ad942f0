"""Session 11 data recall (docs/typing.md rules 116-119): correlation coefficients by surname, R2 reported
with a value, "sensitivity" / "specificity" as measures, metric acronyms in the plural, and the metric
entries the corpus writes often (gFID, PDMS, EPDMS, SRCC, PLCC, "$F_1$"), on real extraction."""

from __future__ import annotations

from kg.extract import extract_text


def _metrics(text: str) -> dict[str, str]:
    return {m.text: m.name for m in extract_text(text) if m.type == "metric"}


def test_a_surname_with_a_statistic_symbol_is_its_correlation_coefficient() -> None:
    found = _metrics("It reaches Pearson r = 0.98, Spearman rho = 0.77 and Kendall's tau of 0.5.")
    assert found["Pearson r"] == "Pearson Correlation Coefficient"
    assert found["Spearman rho"] == "Spearman's Rank Correlation"
    assert found["Kendall's tau"] == "Kendall's Tau"
    # in TeX the surname carries the link
    assert _metrics("agreement is high (Spearman $\\rho=0.63$).").get("Spearman") == (
        "Spearman's Rank Correlation"
    )


def test_plural_qualified_and_shared_heads_are_coefficients() -> None:
    found = _metrics("HIRQM achieves Pearson and Spearman correlations of 0.92 and 0.90 on LIVE.")
    assert found["Pearson"] == "Pearson Correlation Coefficient"
    assert found["Spearman correlations"] == "Spearman's Rank Correlation"
    found = _metrics("Performance is evaluated using Pearson Linear Correlation Coefficient.")
    assert found["Pearson Linear Correlation Coefficient"] == "Pearson Correlation Coefficient"


def test_a_coefficient_built_into_something_else_or_a_bare_surname_is_no_metric() -> None:
    # (the lexicon's own "Pearson correlation" is matched as before; the rule adds nothing here)
    for text in (
        "We add Pearson correlation coefficient losses and follow Karl Pearson in spirit.",
        "Spearman correlation-based selection picks the features; Kendall tau distance is a metric.",
    ):
        assert not [m for m in extract_text(text) if m.rule == "metric.correlation"]


def test_r2_with_a_value_is_the_coefficient_of_determination() -> None:
    found = _metrics("The network achieves R2 = 0.99 and $R^{2}=0.66$ on held-out data.")
    assert set(found.values()) == {"Coefficient of Determination"}
    assert "R2" in found
    assert not _metrics("We compare DeepSeek-R2 of 2025 and the R2 bucket of Cloudflare.")


def test_sensitivity_and_specificity_need_a_value_or_another_measure() -> None:
    found = _metrics("The meta-model achieved a specificity of 91.8% and 94.9% sensitivity.")
    assert found == {"specificity": "Specificity", "sensitivity": "Sensitivity"}
    assert set(_metrics("We report accuracy, sensitivity, specificity and AUC.")) >= {"sensitivity"}
    text = (
        "We run a sensitivity analysis on 3 datasets, study prompt sensitivity across 6 models, and find "
        "variant sensitivity rather than noise and sensitivity to 5% label noise."
    )
    assert "sensitivity" not in _metrics(text)


def test_a_metric_acronym_in_the_plural_is_the_metric() -> None:
    found = _metrics("The detector keeps AUROCs of 0.80-0.97 and RMSEs from 1.5 m to 8.9 m.")
    assert found["AUROCs"] == "Area Under the ROC Curve"
    assert found["RMSEs"] == "Root Mean Squared Error"
    # access points and signal conditions are not average precision or a measured SNR
    assert not _metrics("Each of the 4 APs serves users at low SNRs.")


def test_metric_entries_the_corpus_writes_often() -> None:
    text = "It reaches a gFID of 1.50, 91.3 PDMS and 86.8 EPDMS, with SRCC/PLCC gains and $F_1$ = 0.9."
    found = _metrics(text)
    assert found["gFID"] == "gFID"
    assert found["PDMS"] == "PDM Score"
    assert found["EPDMS"] == "Extended PDM Score"
    assert found["SRCC"] == "Spearman's Rank Correlation"
    assert found["PLCC"] == "Pearson Correlation Coefficient"
    assert found["F_1"] == "F1 Score"
