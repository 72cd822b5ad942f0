"""Name extent (docs/typing.md "Name extent", kg/extract/extent.py): a known name keeps its version, size,
release word, year and task number, and a maker written before a model is part of the model's name.
Texts are made up in the shape of corpus cases (bench/reviews/extent_diff_seed56002.tsv)."""

from __future__ import annotations

from kg.extract.extractor import extract_text


def _links(text: str) -> dict[str, tuple[str, str, str]]:
    """Surface -> (type, entity id, role) of the abstract's mentions."""
    return {m.text: (m.type, m.entity_id, m.role) for m in extract_text(text, title="A Title")}


def test_sizes_versions_and_release_words_after_a_model_belong_to_it() -> None:
    found = _links(
        "We evaluate Mistral 7B v0.1, Qwen3-30B A3B, LLaMA 3.2 11B Vision, Kimi K2 Turbo, Gemini Flash and"
        " Claude 4.5 Opus on the task."
    )
    for name in ("Mistral 7B v0.1", "Qwen3-30B A3B", "LLaMA 3.2 11B Vision", "Kimi K2 Turbo", "Gemini Flash"):
        assert found[name][0] == "model", name
    assert found["Claude 4.5 Opus"][2] == "used"  # a release of a known model is never the paper's own
    assert not {"Mistral 7B", "Qwen3-30B", "A3B", "Kimi K2", "Gemini"} & set(found)


def test_a_count_after_a_model_is_no_size_of_its_name() -> None:
    found = _links("We fine-tune Llama 3 7B parameters at a time with LoRA.")
    assert "Llama 3" in found and not any(n.startswith("Llama 3 7B") for n in found)


def test_a_release_word_that_starts_another_name_stays_out() -> None:
    assert "CLIP Vision" not in _links("We pair the CLIP Vision Transformer with a decoder.")


def test_years_task_numbers_versions_and_second_numbers_after_data() -> None:
    found = _links(
        "This paper describes our system for SemEval-2026 Task 9. We test on KorQuAD v1, AIME24/25 and"
        " COCO 2017. We also report SQuAD v1."
    )
    assert {"SemEval-2026 Task 9", "KorQuAD v1", "AIME24/25", "COCO 2017", "SQuAD v1"} <= set(found)
    assert found["SemEval-2026 Task 9"][2] == "used"  # "our system for" a shared task does not create it


def test_a_maker_before_a_model_is_part_of_the_model_name() -> None:
    found = _links("We compare OpenAI O1, Deepseek Janus and Mistral Pixtral with Meta Llama 3.")
    assert found["OpenAI O1"][:2] == ("model", "model:openai-o1")
    assert found["Deepseek Janus"][:2] == ("model", "model:janus")
    assert found["Mistral Pixtral"][:2] == ("model", "model:pixtral")
    assert "OpenAI" not in found and "Deepseek" not in found


def test_products_and_case_variants_of_known_names() -> None:
    found = _links("Texts were translated with Google Translate, rated by Perspective API, on Livecodebench")
    assert found["Google Translate"][:2] == ("model", "model:google-translate")
    assert found["Perspective API"][:2] == ("model", "model:perspective-api")
    assert found["Livecodebench"][1] == "benchmark:livecodebench"
    assert "Google" not in found


def test_a_citation_key_names_nothing() -> None:
    found = _links(r"GRPO~\cite{Shao-2024-Deepseekmath} trains DeepSeek-R1.")
    assert not any("Deepseekmath" in n for n in found)


def test_a_name_inside_a_longer_hyphenated_name_is_still_that_name() -> None:
    found = _links("We evaluate on N-MNIST and Mental-Alpaca, and on GPQA-D.")
    assert "MNIST" not in found and "Alpaca" not in found and "GPQA" not in found
