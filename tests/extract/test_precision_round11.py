"""Precision round 11 (docs/typing.md rules 81-83 and the lexicon splits of the same round): read off the
seed-68400 review sample and the 6,000-abstract mention dump of seed 68401."""

from __future__ import annotations

from kg.extract import extract_text
from kg.extract.thing_heads import names_a_thing


def found(text: str, title: str = "") -> dict[str, tuple[str, str]]:
    """Mention text -> (type, entity name) of the first mention with that text."""
    out: dict[str, tuple[str, str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, (m.type, m.name))
    return out


def test_defined_languages_conditions_modalities_and_devices_name_nothing() -> None:
    text = (
        "This bias is pronounced in Standard American English (SAE) tweets. ICE guides Structural Heart "
        "Disease (SHD) interventions. We fuse optical and Synthetic Aperture Radar (SAR) imagery from "
        "Unmanned Aerial Vehicles (UAVs) with an Inertial Measurement Unit (IMU). Signs of American Sign "
        "Language (ASL) are read from Cone Beam Computed Tomography (CBCT) scans. SAR and UAVs help."
    )
    got = found(text)
    for name in ("Standard American English", "SAE", "Structural Heart Disease", "SHD", "SAR", "UAVs"):
        assert name not in got, name
    for name in ("Inertial Measurement Unit", "IMU", "American Sign Language", "ASL", "CBCT"):
        assert name not in got, name


def test_defined_methods_with_unit_or_network_heads_stay() -> None:
    text = "We propose a Gated Fusion Unit (GFU) and a Disease-Aware Fusion Network (DAFN)."
    got = found(text)
    assert got["Gated Fusion Unit"] == ("method", "Gated Fusion Unit")
    assert got["Disease-Aware Fusion Network"][0] == "method"
    assert names_a_thing("Graphics Processing Units") and not names_a_thing("Gated Recurrent Unit")


def test_a_plural_short_form_defined_in_other_words_redefines_the_acronym() -> None:
    text = (
        "Interest in Electrocardiogram-Language Models (ELMs) is growing. "
        "We study key ELM design considerations."
    )
    assert "ELM" not in found(text)
    text = "Under-display cameras (UDCs) blur images. We restore UDC images."
    assert "UDC" not in found(text)


def test_a_plural_short_form_defined_in_the_entry_words_keeps_it() -> None:
    got = found("Graph Neural Networks (GNNs) are popular. A GNN layer is used.")
    assert got["GNN"] == ("method", "Graph Neural Network")
    got = found("We apply sparse autoencoders to Automatic Speech Recognizers (ASRs). ASR models are big.")
    assert got["ASR"][0] == "task"


def test_accuracy_a_problem_harms_or_wants_is_no_measure() -> None:
    for sentence in (
        "Current detection accuracy remains suboptimal due to new generators.",
        "Our pruning speeds up inference without sacrificing accuracy.",
        "Fractional taps degrade delay estimation accuracy in practice.",
        "Existing trackers suffer from insufficient localization accuracy.",
    ):
        assert "accuracy" not in found(sentence), sentence


def test_accuracy_with_a_number_or_a_measure_stays() -> None:
    for sentence in (
        "It degrades accuracy by only 0.4% while halving memory.",
        "We report top-1 accuracy on ImageNet without sacrificing speed.",
        "Our model improves diagnostic accuracy to 91.2%.",
        "The objective halves ECE without hurting accuracy on RewardBench.",
    ):
        got = {m.text.split()[-1]: m.name for m in extract_text(sentence) if m.type == "metric"}
        assert got["accuracy"] == "Accuracy", sentence


def test_split_entries_are_not_their_broader_or_sibling_entries() -> None:
    got = found(
        "We surpass HexPlane and K-Planes. We compare OLMoE with OLMo. "
        "We use Tucker decomposition and tensor-train decomposition."
    )
    assert got["HexPlane"] == ("method", "HexPlane")
    assert got["K-Planes"] == ("method", "K-Planes")
    assert got["OLMoE"] == ("model", "OLMoE")
    assert got["Tucker decomposition"] == ("method", "Tucker Decomposition")
    assert got["tensor-train decomposition"] == ("method", "Tensor Train Decomposition")


def test_hardware_platforms_are_no_data() -> None:
    got = found("It runs at 16 FPS on Raspberry Pi 5 and on Jetson Orin NX, and on the COCO dataset.")
    assert "Raspberry Pi" not in got and "Jetson Orin NX" not in got
    assert got["COCO"][0] == "dataset"
