"""Precision round 7 (docs/typing.md rule 60): a known one-word model or method name inside a longer
capitalised name, read off the 4,000-paper diffs of seeds 37002-37007 (bench/reviews/README.md). Texts are
made up in the shape of the corpus cases; the first two tests fail on the code before the rule, the
others check what the rule leaves alone."""

from __future__ import annotations

from kg.extract.extractor import extract_text


def _names(text: str, title: str = "Title") -> set[str]:
    return {m.text for m in extract_text(text, title=title)}


def test_a_known_name_after_a_capitalised_word_is_part_of_the_longer_name() -> None:
    assert "Voyager" not in _names("The agent accomplishes 80% of tasks on Web Voyager, but fails on others.")
    assert "Mamba" not in _names("We integrate a Light Field Mamba block and the Shuffle Mamba stream.")
    assert "Transformer" not in _names("It adds our Weaving Transformer layers to the counter.")


def test_the_longer_name_of_an_embedding_model_is_not_its_base_model() -> None:
    names = _names("We compare retrievers such as Linq Embed Mistral and BM25 on the new benchmark.")
    assert "Mistral" not in names


def test_a_maker_a_language_or_a_describing_word_keeps_the_name() -> None:
    gemma = [m for m in extract_text("We fine-tune Google Gemma on it.", title="T") if m.type == "model"]
    assert [(m.text, m.entity_id) for m in gemma] == [("Google Gemma", "model:gemma")]  # the maker is in it
    assert "RoBERTa" in _names("We use embeddings from Chinese RoBERTa and audio embeddings from WavLM.")
    assert "BiLSTM" in _names("Annotations come from a Hierarchical BiLSTM classifier.")
    assert "ReAct" in _names("Stateless Vanilla ReAct baselines collapse.")


def test_acronyms_hyphens_and_sentence_starts_keep_the_name() -> None:
    assert any(n.startswith("ChatGPT") for n in _names("Notably, LLMs ChatGPT-4 and Claude write better."))
    assert "Transformer" in _names("We present LRformer, a Lightweight Transformer-based method.")
    assert "Mamba" in _names("We propose a model. Mamba blocks make it fast.")


def test_technique_acronyms_and_the_title_keep_the_name() -> None:
    assert "LoRA" in _names("We adopt a frozen Segmentation LoRA as an auxiliary component.")
    assert "Mamba" in _names("We study the model.", title="Patch Mamba for Images")


def test_an_organisation_before_license_names_a_licence() -> None:
    assert "MIT" not in _names("All code is publicly available on GitHub under an MIT license.")
    assert "MIT" not in _names("Our code and corpus are accessible under the MIT License.")
    assert "MIT" in _names("We thank colleagues at MIT and Stanford for the data.")
