"""Dataset and benchmark recall, session 23 (docs/typing.md rule 482). Texts are made up in the shape of
the corpus cases; each test of a missed name fails before the rule (a decimal point cut the evaluation
cue's window), and the guards keep their names unlinked or their lexicon link."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text
from kg.extract.scored_data import sentence_cut

_DATA = ("dataset", "benchmark")


def _data(text: str) -> set[str]:
    """The surfaces linked as a dataset or benchmark."""
    return {m.text for m in extract_text(text) if m.type in _DATA}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Our generator achieves 42.4% on ZorbExam, establishing a new state of the art.", {"ZorbExam"}),
        (
            "The model achieves scores of 66.6 on QuuxCalc and 71.2 on BlorpQA-Hard.",
            {"QuuxCalc", "BlorpQA-Hard"},
        ),
        ("It achieves 1.0% on CCVIDX and 2.5% on MeVIDZ for video-based ReID.", {"CCVIDX", "MeVIDZ"}),
        ("SeC gains an 11.8-point improvement over SAM 2.1 on SeCVOSQ, a new state of the art.", {"SeCVOSQ"}),
        ("Our codec achieves 96.95% and 98.81% on Zorb-Crime and UCSD Ped9, respectively.", {"UCSD Ped9"}),
    ],
)
def test_data_after_a_score(text: str, names: set[str]) -> None:
    assert names <= _data(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The method achieves 92.78% accuracy on Hindi and 73.33% accuracy on Bengali questions.", "Hindi"),
        ("It achieves 3.00% on G-mAP and 2.70% on mR@3 over prior work.", "G-mAP"),
        ("The systems achieved a Macro F1 of 0.9620 on Subtask A and 0.8724 on Subtask B.", "Subtask A"),
        ("Our retriever achieves 0.358 overall F1 and 0.342 on Hybrid questions.", "Hybrid"),
        (
            "The gain is largest on Decreased, where IoU reaches 74.8% and improves by 7.6 points.",
            "Decreased",
        ),
        ("It achieves 0.79 on ZorbWISE score, nearly on par with GPT-4.", "ZorbWISE"),
        ("Our model achieved 94.87% on the LOS scenario with a Biquad antenna.", "LOS"),
        ("Accuracy falls from 56.3% to 23.0% on Level-3 tasks.", "Level-3"),
        (
            "LowDiff achieves an FID of 4.00 on ImageNet, built on LightningDiT-B/1 as its backbone.",
            "LightningDiT-B/1",
        ),
        ("It gains an improvement of 16.6% over ZorbJudge baselines on every task.", "ZorbJudge"),
    ],
)
def test_not_data_after_a_score(text: str, absent: str) -> None:
    assert absent not in _data(text)


def test_spans_after_a_score() -> None:
    text = "DoReMi achieves 80.1% mIoU on ScanNet Val and a PARCO CER of 4.22% on Chinese AISHELL-1."
    found = _data(text)
    assert "ScanNet Val" not in found and "Chinese AISHELL-1" not in found
    assert {"ScanNet", "AISHELL-1"} <= found


def test_sentence_cut() -> None:
    assert sentence_cut("Done. It achieves 42.4% ") == 4
    assert sentence_cut("It achieves 42.4% ") == -1
