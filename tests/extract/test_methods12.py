"""Method recall, session 12 (docs/typing.md rule 138, mined methods round 10): frequent method and model
names the lexicon lacked, spellings of known entries, and longer names that hold a new entry."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _links(text: str, title: str = "A study") -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.type, m.entity_id) for m in extract_text(text, title=title, model=False)}


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        (
            "Masked diffusion language models unmask tokens step by step.",
            "Masked diffusion language models",
            "method:masked-diffusion-models",
        ),
        (
            "Block discrete diffusion language models factorize a sequence.",
            "discrete diffusion language models",
            "method:discrete-diffusion",
        ),
        (
            "It is post-trained with reinforcement learning from verifiable rewards.",
            "reinforcement learning from verifiable rewards",
            "method:reinforcement-learning-with-verifiable-rewards",
        ),
        (
            "The policy is aligned with reinforcement learning with human feedback.",
            "reinforcement learning with human feedback",
            "method:reinforcement-learning-from-human-feedback",
        ),
        (
            "Samples are drawn from diffusion probabilistic models.",
            "diffusion probabilistic models",
            "method:diffusion-model",
        ),
        (
            "The precoder is solved by the weighted minimum mean square error method.",
            "weighted minimum mean square error",
            "method:wmmse",
        ),
        (
            "We apply persistent homology to the ridge pattern.",
            "persistent homology",
            "method:persistent-homology",
        ),
        (
            "The suffix is optimised by differential evolution.",
            "differential evolution",
            "method:differential-evolution",
        ),
        ("Features were extracted with VideoMAE and HuBERT.", "VideoMAE", "model:videomae"),
        ("We compare LDA, STM and BERTopic on survey answers.", "BERTopic", "method:bertopic"),
        ("Images are resized and classified by DenseNet201.", "DenseNet201", "model:densenet-201"),
    ],
)
def test_round10_entries(text: str, name: str, entity: str) -> None:
    links = _links(text)
    assert links.get(name) == (entity.split(":")[0], entity), links


def test_wmmse_is_no_metric() -> None:
    links = _links("We compare with the weighted minimum mean square error (WMMSE) method.")
    assert "mean square error" not in links


def test_ambiguous_names_match_as_written() -> None:
    links = _links("The team met in Roma and Allam presented the results.")
    assert "Roma" not in links and "Allam" not in links
