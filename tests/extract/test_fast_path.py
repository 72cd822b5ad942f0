"""kg's batch path (no spaCy Doc) gives exactly the mentions of the spaCy component on a Doc."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import KGEntities, extract_papers, extract_text, load_pipeline
from kg.extract.candidates import Candidate
from kg.extract.matcher import Tokens
from kg.extract.phrase_words import words
from kg.model import Paper, Source

TEXTS = [
    "We introduce FooBench, a benchmark for code agents. We evaluate Qwen2.5-72B on SWE-Bench and HotpotQA.",
    "Neural Radiance Fields (NeRF) and 3D Gaussian Splatting (3DGS) trained on ImageNet-1k  and COCO.",
    " Leading space, Llama-2-7B-Chat, GPT-4o and BERT-base on GLUE. ",
    "Results on imagenet 1k,\nCIFAR-10 and\tMS COCO; Mila - Quebec AI Institute; Mila   Quebec AI Institute.",
    "",
    "   ",
    "é ü ﬁ İstanbul ΣΑΣ — LoRA++ vs. DPO (Direct Preference Optimization).",
]


def _both(
    text: str, title_len: int = 0, lexicons: tuple[Path, ...] = ()
) -> tuple[list[Candidate], list[Candidate]]:
    nlp = load_pipeline(lexicons)
    component = nlp.get_pipe("kg_entities")
    assert isinstance(component, KGEntities)
    doc = nlp.make_doc(text)
    doc._.kg_title_len = title_len
    via_doc = list(component(doc)._.kg_mentions)
    fast, _ = component.extract(text, title_len)
    return via_doc, fast


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_component(text: str) -> None:
    via_doc, fast = _both(text)
    assert fast == via_doc


def test_fast_path_with_title() -> None:
    title = "FooBench: A Benchmark"
    via_doc, fast = _both(f"{title}\n\n{TEXTS[0]}", len(title))
    assert fast == via_doc
    assert fast


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_fast_path_equals_component_on_arbitrary_text(text: str) -> None:
    via_doc, fast = _both(text)
    assert fast == via_doc


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"aAbB1-. \n(),:+", "ImageNet", "GLUE", "Llama", "COCO", "of", "  "])))
def test_fast_path_equals_component_on_any_text(pieces: list[str]) -> None:
    via_doc, fast = _both("".join(pieces))
    assert fast == via_doc


@pytest.mark.shared
def test_fast_path_equals_component_on_real_listing(shared_data: Path) -> None:
    readers = pytest.importorskip("kg.readers")
    for paper in readers.read_files([shared_data / "hf_papers_page.txt"]).papers:
        title = paper.title.replace("\n", " ").replace("\r", " ")
        text = f"{title}\n\n{paper.abstract}" if title else paper.abstract
        via_doc, fast = _both(text, len(title))
        assert fast == via_doc


def test_fast_path_equals_component_when_entities_share_a_form(fx: Path) -> None:
    text = "We train Quibble Net (QBN) and a quibble network on QBN-7B and QBN."
    via_doc, fast = _both(text, lexicons=(fx / "conflict_lexicon.jsonl",))
    assert fast == via_doc
    assert {c.entity_id for c in fast} >= {"dataset:quibblenet-data"}


def test_processes_give_the_same_mentions() -> None:
    src = Source(file="x")
    papers = [
        Paper(id=str(i), title=f"T{i}: X", source=src, abstract=TEXTS[i % len(TEXTS)]) for i in range(30)
    ]
    assert list(extract_papers(papers, processes=2, batch_size=4)) == list(extract_papers(papers))


def test_only_simple_capitalised_names_get_an_all_caps_variant(fx: Path) -> None:
    lex = (fx / "case_lexicon.jsonl",)

    def ids(text: str) -> list[str]:
        return [m.entity_id for m in extract_text(text, extra_lexicons=lex) if m.source == "lexicon"]

    assert ids("We use Marmoset and MARMOSET.") == ["dataset:marmoset", "dataset:marmoset"]
    assert ids("We use VeZRA and GLUXs.") == ["method:vezra", "method:gluxs"]
    assert ids("We use VEZRA and GLUXS.") == []  # mixed-case names: no upper-cased variant
    assert ids("Quokkanet is fast.") == ["model:quokkanet"]
    assert ids("QUOKKANET is fast.") == []  # case_sensitive: matched only as written


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["E", "S", "C", "-", "_", " ", "s", "k", "é", ".", "task", "ESC "]), max_size=10
    ).map("".join),
    st.sampled_from(["ESC", "E-S", "C", "x.", "S"]),
)
def test_task_by_use_scan_equals_its_regex(text: str, short: str) -> None:
    """The string scan in ``_task_by_use`` reads exactly what ``(?<![\\w-])SHORT tasks?\\b`` would."""
    from kg.extract.definitions import _task_by_use

    want = "task" if re.search(rf"(?<![\w-]){re.escape(short)} tasks?\b", text) else None
    assert _task_by_use(text, short) == want


@pytest.mark.parametrize("spacy_tokenizer", [False, True])
def test_row_runner_gives_the_rows_of_the_mentions(spacy_tokenizer: bool) -> None:
    import spacy

    from kg.extract.extractor import _row_runner, _runner
    from kg.model import mention_to_row

    nlp = load_pipeline()
    if spacy_tokenizer:  # the general path: a Doc through the component
        nlp = spacy.blank("en")
        nlp.add_pipe("kg_entities")
    title = "FooBench: A Benchmark"
    for text in TEXTS:
        mentions = _runner(nlp)("p1", title, text)
        assert _row_runner(nlp)("p1", title, text) == [mention_to_row(m) for m in mentions]


def test_shared_phrases_take_the_key_order_of_the_whole_spacy_matcher(fx: Path) -> None:
    from spacy.tokens import Doc

    for lexicons in ((), (fx / "conflict_lexicon.jsonl",)):
        nlp = load_pipeline(lexicons)
        component = nlp.get_pipe("kg_entities")
        assert isinstance(component, KGEntities)
        for fast, whole in ((component.fast_lower, component._phrase_matchers()[0]),):
            shared = {p: keys for p, keys in fast.phrases.items() if len(keys) > 1}
            assert shared  # the shipped lexicon and the fixture have phrases of several entities
            for phrase, keys in shared.items():
                found = whole(Doc(nlp.vocab, words=list(phrase)))
                spacy_order = [nlp.vocab.strings[k] for k, s, e in found if s == 0 and e == len(phrase)]
                assert keys == spacy_order, phrase


_WALKED = [
    "Co-salient", "co-salient", "object", "Object", "detection", "Detection", "active", "Active", "learning",
    "-", ",", ".", "(", ")", "ImageNet", "imagenet", "Meta", "meta", "the", "of", "GLUE",
    " ", "  ", "\n", "\n\n", "\t",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WALKED), max_size=30), st.booleans())
def test_one_walk_finds_what_each_matcher_and_the_model_gate_find(pieces: list[str], spaced: bool) -> None:
    """The lexicon's lower-case and exact matchers and the phrase model's table gate, walked as one
    (:class:`kg.extract.matcher.CasedMatcher`), even across white-space tokens ("co-salient\\n\\nobject"); the
    walk's gate looks across a white-space token only where a table span may be (one character apart)."""
    component = load_pipeline().get_pipe("kg_entities")
    assert isinstance(component, KGEntities) and component.model is not None
    text = (" " if spaced else "").join(pieces)
    tokens = Tokens(text)
    low, exact, run = component.fast.matches(tokens)
    assert low == component.fast_lower.matches(tokens)
    assert exact == component.fast_orth.matches(tokens)
    gate = component.model.may_match(text, tokens.words)
    walked = component.model.may_match(text, tokens.words, run)  # no search across a blank line (two apart)
    assert gate >= walked >= bool(component.model._table_spans(words(text)))
