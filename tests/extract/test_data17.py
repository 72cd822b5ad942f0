"""Rule 302 (docs/typing.md): a reported value before "on" opens an evaluation list beside known data
(kg/extract/scored_on.py)."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _data(text: str) -> set[str]:
    return {m.text for m in extract_text(text, model=False) if m.type in ("dataset", "benchmark")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "It achieves state-of-the-art results of 52.5 (+6.8 relative) mIoU on Pascal Context 59, "
            "67.73 (+25.73 relative) cIoU on gRefCOCO, and more.",
            "gRefCOCO",
        ),
        (
            "It improves temporal grounding by 5.2% on NExT-GQA and 4.6% on ReXTime, while also faster.",
            "ReXTime",
        ),
        (
            "It records a Recall@1 of 97.5% on University-1652 and 97.02% on SUES-200 in total.",
            "University-1652",
        ),
        ("A baseline scores 46.17 on GSM8K and 22.75 on CRUX, while RAD reaches 71.27 on GSM8K.", "CRUX"),
        ("It achieves 91.43% F1 on LEVIR-CD, and 93.85% F1 and 88.41% IoU on WHU-CD, as shown.", "WHU-CD"),
        ("We get 67.1% on AIME24, 59.5% on AIME25, and 35.5% on HMMT25.", "HMMT25"),
    ],
)
def test_value_before_on_names_data(text: str, name: str) -> None:
    assert name in _data(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It achieves a 4.73x speedup on MAGI-1 and more, as reported.", "MAGI-1"),
        ("The complete framework achieves 93.3 PDMS on v1 and 87.8 EPDMS on v2, a new record.", "v1"),
        ("Spa3-VLM achieves state-of-the-art accuracy of 58.6% on 3D VQA, significantly better.", "3D VQA"),
        ("It yields 10.50% AP at IoU=0.7 on the Moderate split using grayscale intensity.", "Moderate"),
        ("It improves Phi-4 by 45.6% on Intervention Timing performance and more.", "Intervention Timing"),
        ("Scores of up to 71.84 on COMETkiwi and 81.77 on XCOMET were measured.", "XCOMET"),
        (
            "It achieves a ROC-AUC of 0.68 on the Test Set and 0.59 on the challenging Post-2021 Set.",
            "Test Set",
        ),
        (
            "Gains are +7.8% on Visual Reasoning, +5.3% on Complex Scene Description, and more.",
            "Complex Scene Description",
        ),
        ("They help strong models (100% vs 20% on 2nd-order ToM, p<0.001).", "2nd-order ToM"),
        ("It runs at 132/119/119 FPS on the 2080ti GPU and 86 ms on PC.", "PC"),
        ("It reaches 88.46% on FICE and 92.04% on LCI across five modalities.", "FICE"),
        ("It yields BD-Rate reductions of up to -23.59% on x264 and -20.07% on VVenC.", "x264"),
        ("It scores 77.2% on Luma Ray2 and 84.1% on MMLU.", "Luma Ray2"),
        ("It has an attack success rate of 77.2% on HunyuanVid and 84.1% on MMLU.", "HunyuanVid"),
    ],
)
def test_value_before_on_not_data(text: str, name: str) -> None:
    assert name not in _data(text)
