"""Task precision, session 23 (docs/typing.md rules 458-459): a title's task name that compresses, enhances
or extracts a model's own parts is a technique ("Token Compression"); "ASR" reported with a value is the
attack success rate, not speech recognition."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_text


def _tasks(text: str, title: str = "") -> set[str]:
    return {m.text for m in extract_text(text, title=title) if m.type == "task"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("LLaVA-Scissor: Token Compression with Semantic Connected Components", "Token compression is key."),
        ("QG-VTC: Question-Guided Visual Token Compression in MLLMs", "Visual token compression saves time."),
        ("Long-Term Agent Memory Compression for Streaming Video", "Memory compression helps."),
        ("ACE: Graph-Attentive Context Enhancement for Adaptation", "Our context enhancement module helps."),
        ("PGE-SAM: Prompt-Guided Feature Enhancement for Segmentation", "Feature enhancement helps."),
    ],
)
def test_a_models_part_compressed_is_no_title_task(title: str, text: str) -> None:
    assert not _tasks(text, title)


def test_a_task_of_knowledge_or_features_stays_beside_a_removed_part() -> None:
    title = "Procedural Knowledge Extraction and Token Compression for Maintenance Flowcharts"
    found = _tasks("We study knowledge extraction and token compression.", title)
    assert "Procedural Knowledge Extraction" in found
    assert "Token Compression" not in found
    title = "Efficient Feature Compression for Machines with Layer Compression"
    found = _tasks("Feature compression matters; layer compression is used.", title)
    assert "Feature Compression" in found
    assert "Layer Compression" not in found


@pytest.mark.parametrize(
    "text",
    [
        "ContextualJailbreak achieves an ASR of 100% on gpt-oss:20B. Models with low ASR refuse more.",
        "GPT-OSS-20B (39.47% ASR) versus Gemini-2.0-flash (50.00% ASR) differ.",
        "Basic filters reduce detection accuracy, achieving ASR up to 64.63\\%.",
    ],
)
def test_a_measured_asr_is_no_speech_recognition(text: str) -> None:
    assert "ASR" not in _tasks(text)


def test_asr_of_speech_stays_where_no_rate_is_reported() -> None:
    speech = "Our ASR system reaches 81.1% ASR accuracy on noisy speech, and ASR transcripts help."
    attack = "The jailbreak reaches 92% ASR on Llama and ASR transcripts of audio attacks."
    assert "ASR" in _tasks(speech)
    assert "ASR" not in _tasks(attack)
