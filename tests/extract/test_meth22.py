"""Method and metric precision, session 22 (docs/typing.md rule 440; rule 441 dropped).

Rule 440: a lexicon alias of a method or metric that names another thing (a stricter variant of a metric, a
bit width, a supervision signal rather than the model trained on it) is its own entry, or no alias at all."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _names(text: str) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.name) for m in extract_text(text)}


@pytest.mark.parametrize(
    ("text", "mention", "kind", "name"),
    [
        ("It reaches 85.0 MPJPE / 51.4 PA-MPJPE on MOYO.", "PA-MPJPE", "metric", "PA-MPJPE"),
        ("ForeSight attains the best mAP and minADE among forecasting models.", "minADE", "metric", "minADE"),
        ("We report minFDE on Argoverse.", "minFDE", "metric", "minFDE"),
        (
            "It improves Rank-1 and Rank-5 accuracy on iLIDS-VID.",
            "Rank-5 accuracy",
            "metric",
            "Rank-5 Accuracy",
        ),
        (
            "It raises the LC win rate on AlpacaEval 2.0.",
            "LC win rate",
            "metric",
            "Length-Controlled Win Rate",
        ),
        ("We report DCG and recall.", "DCG", "metric", "Discounted Cumulative Gain"),
        ("We estimate the CATE of each user.", "CATE", "metric", "Conditional Average Treatment Effect"),
        ("Speech quality is scored by UTMOS.", "UTMOS", "metric", "UTMOS"),
    ],
)
def test_a_distinct_thing_is_its_own_entity(text: str, mention: str, kind: str, name: str) -> None:
    assert _names(text).get(mention) == (kind, name)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The encoder is compressed to 1.58-bit weights.", "1.58-bit"),
        ("However, relying solely on outcome supervision risks reward hacking.", "outcome supervision"),
        ("Outcome supervision (OS) is sparse.", "OS"),  # the freed phrase makes no acronym entity
    ],
)
def test_a_phrase_naming_nothing_is_no_alias(text: str, mention: str) -> None:
    names = _names(text)
    assert mention not in names
    assert not any(name in ("BitNet", "Outcome Reward Model") for _, name in names.values())


def test_the_entries_they_left_keep_their_own_names() -> None:
    names = _names("We compare BitNet with an outcome reward model and report MPJPE, PA-MPJPE, ADE and NDCG.")
    assert names["PA-MPJPE"] == ("metric", "PA-MPJPE")
    assert names["BitNet"] == ("method", "BitNet")
    assert names["outcome reward model"] == ("method", "Outcome Reward Model")
    assert names["MPJPE"] == ("metric", "Mean Per Joint Position Error")
    assert names["ADE"] == ("metric", "Average Displacement Error")
    assert names["NDCG"] == ("metric", "Normalized Discounted Cumulative Gain")
