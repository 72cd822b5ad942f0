"""Precision round 6 (docs/typing.md rule 56): data named with a method-name ending, read off the
fresh samples of seeds 36001/36002 (bench/reviews/README.md). Texts are made up in the shape of the
corpus cases; each test but the last (methods keep their type) fails on the code before the rule."""

from __future__ import annotations

from kg.extract.ending_data import data_context
from kg.extract.extractor import extract_text


def _links(text: str, title: str = "") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, set()).add(m.type)
    return out


def test_a_data_head_after_the_name_makes_it_data() -> None:
    links = _links("We report the mean IoU on an unseen centre GlorpSeg dataset when trained on CholecSeg8K.")
    assert links["GlorpSeg"] == {"dataset"}
    links = _links("We apply distillation on the Dolly-15k, and code BlorpNet and PyTorrent datasets.")
    assert links["BlorpNet"] == {"dataset"}


def test_a_data_head_opening_the_list_makes_it_data() -> None:
    links = _links(
        "Our approach achieves improved results on datasets like CBIS-DDSM, NuGlorpSeg and Kvasir-SEG."
    )
    assert links["NuGlorpSeg"] == {"dataset"}
    text = "We test the library on four datasets: GlorpEarthNet (Planet images), DeepExtremeCubes (cubes)."
    assert _links(text)["GlorpEarthNet"] == {"dataset"}


def test_a_score_on_the_name_makes_it_data_and_every_occurrence_follows() -> None:
    text = "GlorpSeg is hard. Our model reaches 56.7 gIoU on GlorpSeg test, beating prior models."
    assert _links(text)["GlorpSeg"] == {"dataset"}


def test_a_method_with_the_ending_stays_a_method() -> None:
    text = "We build on GlorpNet and evaluate GlorpNet on ModelNet40 datasets, with FlorpFormer blocks."
    links = _links(text)
    assert links["GlorpNet"] == {"method"}
    assert links["FlorpFormer"] == {"method"}
    assert not data_context("Experiments on ImageNet datasets, GlorpNet beats UNet.", "GlorpNet")
    assert not data_context("A GlorpNet-Seg dataset.", "GlorpNet")  # a part of a longer name


def test_an_abbreviation_glued_to_a_name_is_no_part_of_it() -> None:
    links = _links("GlorpRAG outperforms open-source solutions (e.g.FlorpRAG) in comprehensive F1 scores.")
    assert "e.g.FlorpRAG" not in links
    assert links["FlorpRAG"] == {"method"}


def test_we_term_names_no_entity_after_a_dimension_or_theory() -> None:
    # rule 57: a finding the paper names, not a method
    text = (
        "Across a range of LLMs, judgments are computed along a dominant dimension, which we term the "
        "Valence-Assent Axis. We also develop a view we call Semantic Field Theory of meaning."
    )
    links = _links(text)
    assert "Valence-Assent Axis" not in links
    assert "Semantic Field Theory" not in links
    assert _links("We propose a compression scheme, which we term GlorpIC.")["GlorpIC"] == {"method"}


def test_plain_words_before_vision_name_no_model() -> None:
    # rule 58: "Blind and Low-Vision People", "a Language-Vision Planner" (seed 36001)
    links = _links("We study Blind and Low-Vision People and a Language-Vision Planner; we tune Glorp-VL.")
    assert "Low-Vision" not in links
    assert "Language-Vision" not in links
    assert links["Glorp-VL"] == {"model"}


def test_a_method_ending_inside_a_longer_capitalised_name_is_no_name() -> None:
    # rule 59: "EmoNet HQ", "the Panoramic Dual BridgeNet" (seeds 36001, 36011)
    text = "Three datasets (GlorpNet HQ, Binary, and Big) are released. We use the Panoramic Dual FlorpNet."
    links = _links(text, title="GlorpNet-Face: A Benchmark")
    assert "GlorpNet" not in links
    assert "FlorpNet" not in links
    assert _links("We compare with GlorpNet, a net.", title="Improving GlorpNet Training")["GlorpNet"] == {
        "method"
    }


def test_a_plus_plus_name_in_a_data_list_is_data_and_latex_is_no_name() -> None:
    # rule 56 for "++" names: "on the RACE++ and ARC datasets"; "$\sim0.6B$" is a LaTeX quantity
    links = _links("We fine-tune BERT on the GLORP++ and ARC datasets. We sample with FLORP++.")
    assert links["GLORP++"] == {"dataset"}
    assert links["FLORP++"] == {"method"}
    assert not any("sim" in name for name in _links(r"tiny language models ($\sim0.6B$) give rewards."))


def test_a_size_before_a_method_ending_is_no_longer_name() -> None:
    # "a 0.4B-parameter CogViT visual encoder" (seed 36012): "B-parameter" is no capitalised word
    assert _links("It combines a 0.4B-parameter GlorpViT visual encoder with a decoder.")["GlorpViT"] == {
        "method"
    }


def test_modifiers_and_bare_endings_keep_their_method_reading() -> None:
    # seed 36013: a hyphenated modifier or an acronym before the name starts no longer name; a bare
    # ending ("RAG") before a data head modifies it
    assert _links("These are fed into a Vision Mamba-based GlorpMamba backbone.")["GlorpMamba"] == {"method"}
    assert _links("We train HN-modified GlorpNet on the patch dataset.")["GlorpNet"] == {"method"}
    assert _links("We evaluate it on a remote sensing RAG benchmark with retrievers.")["RAG"] == {"method"}
