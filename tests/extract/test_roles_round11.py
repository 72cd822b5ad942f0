"""Roles round 11: a name typed by its apposition is the paper's own when its sentence says so
(kg.extract.apposed_own), through the whole extractor."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


def _role(text: str, name: str, title: str = "") -> str | None:
    roles = {m.role for m in extract_text(text, title=title) if m.text == name and m.field == "abstract"}
    return "introduced" if "introduced" in roles else ("used" if roles else None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Central to our method is FairUseDB, a carefully constructed dataset of songs.", "FairUseDB"),
        ("We then apply it to create SambaY, a decoder-hybrid-decoder architecture.", "SambaY"),
        ("These steps culminate, giving rise to AutoSOD, an end-to-end detection pipeline.", "AutoSOD"),
        ("At its core is TopoAug, a synthetic data pipeline for topology.", "TopoAug"),
        ("We study this with TraceRetain, a lightweight framework for tracing.", "TraceRetain"),
        (
            "Last, we curate a pipeline to synthesize MotionPair-60K, an edited motion dataset.",
            "MotionPair-60K",
        ),
        ("We develop LACERScore, a novel LLM-based measure that outperforms previous metrics.", "LACERScore"),
        ("The key technique behind MiniCPM-o 4.5 is Omni-Flow, a unified streaming framework.", "Omni-Flow"),
        (
            "Leveraging ManipTrans, we transfer hand datasets to robot hands, creating DexManipNet, a "
            "large-scale dataset of tasks.",
            "DexManipNet",
        ),
        (
            "We introduce two resources. It has three parts: (1) COCA-Text, a corpus of captions; "
            "(2) COCA-Scenes, a dataset of scenes.",
            "COCA-Scenes",
        ),
    ],
)
def test_an_apposed_name_the_sentence_makes_its_own_is_introduced(text: str, name: str) -> None:
    assert _role(text, name) == "introduced"


def test_a_name_the_title_names_is_the_papers_own() -> None:
    text = "Penetration tests are hard. PentestJudge is a large language model judge with tools."
    assert _role(text, "PentestJudge", title="Evaluating agents with PentestJudge") == "introduced"
    assert _role(text, "PentestJudge") == "used"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We train three models and evaluate them on AxBench, a large-scale steering benchmark.", "AxBench"),
        ("Similar to Noisier2Noise, a key step in our approach is noise.", "Noisier2Noise"),
        ("We evaluate our model on PolypDB, a newly introduced dataset with multi-center data.", "PolypDB"),
        (
            "Additionally, we established a laboratory dataset and designed an object detection pipeline "
            "employing YOLO12, a leading real-time detection model.",
            "YOLO12",
        ),
        ("In this paper we take CHM-Corr, a state-of-the-art explanation method, as a base.", "CHM-Corr"),
        ("We fine-tuned AfriBERTa, a transformer-based model pre-trained on African languages.", "AfriBERTa"),
        ("We adapt IWPOD-Net, a license plate detection network, and train it.", "IWPOD-Net"),
        ("We enhance CoELA, a framework designed for building embodied agents.", "CoELA"),
        ("The architecture is built upon NanoBot, a lightweight agentic framework.", "NanoBot"),
        (
            "Spatial Atlas handles two challenging benchmarks: FieldWorkArena, a multimodal "
            "question-answering benchmark spanning factories.",
            "FieldWorkArena",
        ),
        ("BioMistral-7B, a domain-pretrained model without tuning, produces no output.", "BioMistral-7B"),
    ],
)
def test_an_apposed_name_the_paper_uses_stays_used(text: str, name: str) -> None:
    assert _role(text, name) == "used"


@pytest.mark.parametrize(
    ("text", "name", "kind", "role"),
    [
        (
            "Gaze matters. In this paper, we present a foveated instance segmentation (FovealSeg) framework.",
            "FovealSeg",
            "method",
            "introduced",
        ),
        (
            "Our pipeline consists of three parts: (1) a custom multiple object tracker (MouseTracks) that "
            "combines cues; (2) a classifier.",
            "MouseTracks",
            "method",
            "introduced",
        ),
        (
            "Reports matter. To assess them, we propose a specialized evaluation metric (S-Score) that "
            "measures facts.",
            "S-Score",
            "metric",
            "introduced",
        ),
        (
            "Moreover, we present a dataset comprising 25,368 samples (CausalDR), where each sample is "
            "a graph.",
            "CausalDR",
            "dataset",
            "introduced",
        ),
        (
            "Our method freezes a pre-trained policy network (DI-Star) and attaches adapters.",
            "DI-Star",
            "method",
            "used",
        ),
        (
            "Ours is 13x faster than the state-of-the-art voxel-based method (SAFDNet), with little loss.",
            "SAFDNet",
            "method",
            "used",
        ),
    ],
)
def test_a_name_in_parentheses_after_a_description_is_found(
    text: str, name: str, kind: str, role: str
) -> None:
    found = [(m.type, m.role) for m in extract_text(text) if m.text == name]
    assert found == [(kind, role)]


@pytest.mark.parametrize(
    "text",
    [
        "We use a large language model (LLMs) for it.",  # a plural acronym
        "We propose Polar Hierarchical Mamba (PHiM), a model.",  # a definition: the acronym rules read it
        "We study the expert-annotated subset of the Indian Legal Documents Corpus (ILDCexpert) here.",
        "We compare against a strong system (Python) on it.",  # not name-shaped
    ],
)
def test_no_parenthesised_name(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "cue.paren_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Online methods develop a tree while performing (Monte-Carlo) simulations.",  # modifies a noun
        "We fine-tune a voice conversion model on English dysarthric speech (UASpeech) to encode it.",
        "We compare a replicated dataset of 970,919 tweets from 2020 (pre-ChatGPT) with later ones.",
    ],
)
def test_parentheses_that_name_no_described_thing(text: str) -> None:
    assert not [m for m in extract_text(text) if m.rule == "cue.paren_name"]
