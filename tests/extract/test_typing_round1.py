"""Typing round 1 (session 12): docs/typing.md rules 130, 131 and 133, names whose type was wrong."""

from __future__ import annotations

from kg.extract import extract_text


def found(text: str, title: str = "") -> dict[str, str]:
    """Mention text -> type of the first mention with that text."""
    out: dict[str, str] = {}
    for m in extract_text(text, title=title):
        out.setdefault(m.text, m.type)
    return out


def test_an_appositive_after_an_emphasised_name_gives_its_type() -> None:  # rule 130
    got = found(
        r"We introduce \textbf{MedForensics}, a large-scale medical forensics dataset of six modalities."
    )
    assert got["MedForensics"] == "dataset"
    got = found(r"we introduce \textbf{CFpano}, the \textbf{first} benchmark dataset for panoramas.")
    assert got["CFpano"] in ("benchmark", "dataset")
    assert found("we propose **ScholScan**, a new benchmark for paper reasoning.")["ScholScan"] == "benchmark"
    assert found(r"We propose \textbf{GlorpNet}, a lightweight network for parsing.")["GlorpNet"] == "method"


def test_a_subtitle_head_after_and_types_the_title_prefix() -> None:  # rule 131
    got = found("We study conflicts.", title="MAGIC: A Multi-Hop and Graph-Based Benchmark for Conflicts")
    assert got["MAGIC"] == "benchmark"
    got = found("We collect speech.", title="TMASC: Transmasculine Attitude and Speech Corpus")
    assert got["TMASC"] == "dataset"
    got = found("We act.", title="FooNet: Seeing and Hearing for Robots")
    assert got["FooNet"] == "method"


def test_learning_settings_in_the_lexicon_are_methods() -> None:  # rule 133
    got = found("Multi-label learning is hard. We study graph representation learning for molecules.")
    assert got["Multi-label learning"] == "method"
    assert got["graph representation learning"] == "method"


def test_head_words_after_parentheses_and_counts() -> None:  # rule 130
    assert (
        found("we release KorFinSTS, a 1,921-pair Korean financial STS benchmark spanning news.")["KorFinSTS"]
        == "benchmark"
    )
    got = found("we propose AgriGPT, a domain-specialized LLM ecosystem for agricultural usage.")
    assert got["AgriGPT"] == "model"
    assert (
        found("We present FGAesthetics, a fine-grained IAA database with images.")["FGAesthetics"]
        == "dataset"
    )
    assert found(r"we propose \textbf{SERA}, an LLM-powered framework for driving.")["SERA"] == "method"


def test_narrowings_read_off_the_tuning_seeds() -> None:  # rules 130-131
    got = found(
        "we introduce RAGferee, a methodology that repurposes question-answering (QA) datasets into pairs."
    )
    assert got["RAGferee"] == "method"
    assert (
        found(r"we propose \textbf{CHisAgent}, a multi-agent LLM framework for taxonomies.")["CHisAgent"]
        == "method"
    )
    assert found(r"we present \textbf{LoGos}, a powerful LLM that plays Go.")["LoGos"] == "model"
    assert found("We construct an LLM-based MAS for a travel planning task.").get("LLM-based MAS") != "task"
    title = "RADIANT: Retrieval AugmenteD entIty AligNmenT -- Introducing RAG-ability and Entity Divergence"
    assert found("We study it.", title=title)["RADIANT"] == "method"
