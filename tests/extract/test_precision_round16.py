"""Precision round 16 (docs/typing.md rules 158-159). Texts are made up in the shape of the corpus cases
(the 3,000-paper dump of seed 72100 and a 20,000-paper scan of seed 72101, both judged in
bench/reviews/prec13_seed72100.tsv); each test of a wrong link fails on the code before the rule, and the
right links around it are kept."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _typed(text: str, kind: str) -> list[str]:
    return [m.text for m in extract_text(text) if m.type == kind]


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_text(text)}


# Rule 158: an abstract that never shows accuracy measured does not use the metric.
@pytest.mark.parametrize(
    "text",
    [
        "Retrieval augmented generation can enhance LLM accuracy by adding passages to the prompt. "
        "We study where the passages go.",
        "However, ensuring the prediction accuracy of world models often demands large resources. "
        "We plan in a sparse latent space.",
        "Although deep learning models offer remarkable accuracy, deploying them on edge devices is hard. "
        "We port a detector to a small board.",
        "Minor shifts in scanner hardware can erode accuracy, but auditing is slow. An agent audits models.",
        "Future work will incorporate audio features to further enhance detection accuracy.",
    ],
)
def test_accuracy_never_measured_is_no_metric(text: str) -> None:
    assert _typed(text, "metric") == []


@pytest.mark.parametrize(
    "text",
    [
        # a finding, an evaluation, a number, a comparison, a change, another measure, a statistic
        "Prior models are built for accuracy. The new one reaches higher accuracy than the old one.",
        "Current detectors focus on accuracy. Evaluations on two datasets give high accuracy.",
        "Recall at five and accuracy are reported on the test set.",
        "LLM retrieval accuracy declines log-linearly toward zero as interference accumulates.",
        "Beyond aggregate accuracy, the profiles expose blind spots of each model.",
        # the paper's own claim, or a named system's
        "Our framework not only improves forecasting accuracy but also offers insights.",
        "By fusing visual and temporal signals, MFRA improves decision-making accuracy in navigation.",
        "Size retrieval accuracy was similar across models, and predictions matched expert annotations.",
        "This dual design improves temporal localization accuracy and finds sound sources.",
        # no sign of background or an aim: left as it was
        "TriAlign jointly optimizes universal truth accuracy and personalization.",
        # "while" joins a result as often as a contrast
        "It significantly reduces token consumption while improving retrieval accuracy.",
        "The proposed method improves segmentation accuracy while keeping real-time speed.",
    ],
)
def test_accuracy_measured_or_claimed_somewhere_is_kept(text: str) -> None:
    assert "accuracy" in _typed(text, "metric")


# Rule 159: a list before "metrics", "devices", "platforms", "maps", "fading", "channels", "subregions" or
# "stained", or before a model noun ("variants", "LLMs"), names no data, whatever the names' shape.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("We achieve state-of-the-art results on CheXbert metrics and on MIMIC-CXR.", "CheXbert"),
        ("The method improves results on RAGAS and BERTScore metrics, respectively.", "RAGAS"),
        ("Human evaluation across Clarity, Linking, and Usefulness metrics favours it.", "Linking"),
        ("Experiments over Rayleigh fading and AWGN channels demonstrate the gains.", "Rayleigh"),
        ("The framework is evaluated on two HMD devices with two surgical tasks.", "HMD"),
        ("A benchmark for critic models across Mobile, Web, and Desktop platforms.", "Desktop"),
        ("We train a latent diffusion model on HD maps for semantic mapping.", "HD"),
        ("Evaluated across DG, CA1, and CA3 subregions, the model segments well.", "CA1"),
        ("Evaluated on ALDH1L1 and GFAP stained astrocyte datasets, the model is robust.", "GFAP"),
        ("Ablations confirm that ECOC helps across FastKAN and FasterKAN variants.", "FastKAN"),
    ],
)
def test_names_before_a_noun_of_no_data_are_no_datasets(text: str, wrong: str) -> None:
    assert wrong not in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experiments on the ORAD-3D and RELLIS-3D datasets demonstrate the gains.", "RELLIS-3D"),
        ("We outperform baselines across several MuJoCo environments and on D4RL.", "D4RL"),
        ("Extensive experiments on KITTI and NYU-v2 show that it preserves accuracy.", "NYU-v2"),
    ],
)
def test_lists_of_data_are_kept(text: str, name: str) -> None:
    assert _names(text).get(name) in {"dataset", "benchmark"}
