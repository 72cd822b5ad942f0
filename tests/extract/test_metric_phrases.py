"""Metric names read from their shape and a reported value (kg.extract.metric_phrases), on real extraction."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.metric_phrases import metric_candidates


def _metrics(text: str) -> dict[str, str]:
    return {m.text: m.rule for m in extract_text(text) if m.type == "metric"}


def test_at_k_names_are_whole_metrics_not_their_base() -> None:
    found = _metrics("Our retriever improves mAP@20 by 3 points and Acc@1km reaches 41%.")
    assert found == {"mAP@20": "metric.shape", "Acc@1km": "metric.shape"}


def test_addresses_and_venue_years_are_no_metrics() -> None:
    assert metric_candidates("Write to team@lab.org or see the Workshop@2025 notes.") == []
    assert metric_candidates("On NIAH-S2@256K it drops from 67% to 9%.") == []  # a context length


def test_averaged_variants() -> None:
    found = _metrics("It reaches a macro-AUC of 0.91 and an F1-Macro of 0.80.")
    assert set(found) == {"macro-AUC", "F1-Macro"}


def test_a_measured_rate_with_a_value_is_a_metric() -> None:
    found = _metrics("The agent achieves a solve rate of 45% and a task completion rate of 80%.")
    assert {"solve rate", "task completion rate"} <= set(found)


def test_settings_bare_heads_and_describing_words_are_not_metrics() -> None:
    text = "We train with a learning rate of 0.001 and a poisoning rate of 1%, and obtain a score of 4.2."
    assert _metrics(text) == {}
    # "average" is no part of the name: the lexicon's success rate stands
    assert _metrics("It improves the average success rate by 12%.") == {"success rate": "lexicon"}


def test_a_known_name_of_another_type_keeps_its_words() -> None:
    found = {m.text: m.type for m in extract_text("It lowers the speech recognition error rate to 4.1%.")}
    assert found.get("speech recognition") == "task"
    assert "speech recognition error rate" not in found


def test_plural_errors_and_the_verb_scores_are_not_measures() -> None:
    assert metric_candidates("It shows reductions in grammatical errors.") == []
    assert metric_candidates("LaBSE, despite multilingual deployment scores 0.188 on BEIR.") == []
