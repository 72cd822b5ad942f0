"""Session 22's speed round 8b: texts extracted in chunks give what one text at a time gives
(docs/evaluation.md, "Session 22, speed round 8b")."""

from __future__ import annotations

from kg.extract import component, extractor, text_words
from kg.extract.component import CHUNK, load_pipeline
from kg.model import Paper, Source

# titles and abstracts of several kinds: plain ASCII, a "_" and non-ASCII text (the word gates stay open),
# double spaces, an empty title, an empty abstract, a table phrase of the model, a repeated text
_DOCS = [
    ("FooNet: Fast Nets", "We introduce FooNet, a model for image classification. We evaluate on ImageNet."),
    ("", "We propose BarBench, a benchmark for code agents; GPT-4o reaches 41.2% accuracy on it."),
    ("A_b Study", "Our method, GlorpNet, improves self-supervised learning on CIFAR-10 (Krizhevsky et al.)."),
    ("Über Modelle", "Wir nutzen BERT. We fine-tune   LLaMA-2  on SQuAD with reinforcement learning."),
    ("Empty abstract", ""),
    ("", "This paper presents the QuuxQA dataset. It holds 10K questions, e.g. on Wikipedia."),
]


def _texts(n: int) -> list[tuple[str, str, str]]:
    return [(str(i), *_DOCS[i % len(_DOCS)]) for i in range(n)]


def test_extract_many_is_extract_text_by_text() -> None:
    """Over more than one chunk (and a chunk not full), every text's mentions and sentences are the same."""
    entities = load_pipeline().pipeline[0][1]
    texts = [extractor._join(title, abstract) for _, title, abstract in _texts(2 * CHUNK + 5)]
    one = [entities.extract(text, title_len) for text, title_len in texts]
    assert entities.extract_many(texts) == one
    assert entities.extract_many([]) == []


def test_batch_runners_are_the_runners() -> None:
    """The batch runners (`_batch_runner`, `_batch_rows`) give what the per-paper runners give."""
    nlp = load_pipeline()
    docs = _texts(CHUNK + 3)
    assert extractor._batch_runner(nlp)(docs) == [extractor._runner(nlp)(*doc) for doc in docs]
    assert extractor._batch_rows(nlp)(docs) == [extractor._row_runner(nlp)(*doc) for doc in docs]


def test_extract_papers_in_chunks() -> None:
    """``extract_papers`` (one process, chunked) keeps the input order and each paper's mentions."""
    src = Source(file="x")
    papers = [Paper(id=i, title=t, abstract=a, source=src) for i, t, a in _texts(CHUNK + 2)]
    run = extractor._runner(load_pipeline())
    got = list(extractor.extract_papers(iter(papers)))
    assert [p for p, _ in got] == papers
    assert [ms for _, ms in got] == [run(p.id, p.title, p.abstract) for p in papers]
    rows = [r for _, r in extractor.extract_paper_rows(iter(papers[:3]))]
    assert rows == [extractor._row_runner(load_pipeline())(p.id, p.title, p.abstract) for p in papers[:3]]


def test_words_of_and_recall() -> None:
    """:func:`text_words.words_of` makes what :func:`text_words.remember` records, without recording it;
    :func:`text_words.recall` records it."""
    text_words.remember("Other text.", ["other", "text", "."])
    words = text_words.words_of("GPT-4o_x wins.", ["gpt", "-", "4o_x", "wins", "."])
    assert text_words._last[0] == "Other text."
    assert words == ("GPT-4o_x wins.", frozenset({"gpt", "-", "4o_x", "wins", "."}), False)
    text_words.recall(words)
    assert text_words._last is words
    assert text_words.holds("GPT-4o_x wins.", frozenset({"absent"}))  # "_": the gate stays open


def test_candidates_take_given_sentences() -> None:
    """``candidates`` reads the sentences it is given (the chunked path splits them first)."""
    entities = load_pipeline().pipeline[0][1]
    text = "We use BERT. It works."
    spans = component.split_sentences(text)
    _, sentences = entities.candidates(text, 0, [], sentences=spans)
    assert sentences is spans
