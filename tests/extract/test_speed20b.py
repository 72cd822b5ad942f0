"""Session 20's speed round 6 gives what the plain forms give (docs/evaluation.md, "speed round 6")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import compared, data_lists, metric_words, own_parts, patterns, thing_heads

_JOINS = ["", " ", "  ", ", ", ". ", "; ", ": ", "(", ") ", "\n", "-", " i.e. ", "**", "\\textbf{", '"']


def _texts(pieces: list[str], size: int = 24) -> st.SearchStrategy[str]:
    """Texts glued from ``pieces`` with spaces, nothing, marks or line breaks between them."""
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(_JOINS)), max_size=size).map(
        lambda parts: "".join(piece + join for piece, join in parts)
    )


_OBJECT_WORDS = [
    "a", "an", "the", "novel", "new", "two-stage", "training-free", "lightweight", "framework", "dataset",
    "benchmark", "model", "language model", "LLM", "called", "named", "namely", "i.e.", "i.e.,", "FooNet",
    "Foo-Bench", "mmABC", "X", "3D", "v2", "combining", "learning", "Benchmark", "which", "that", "\u201c",
    "``", "ViT",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(_texts(_OBJECT_WORDS), st.integers(0, 12), st.integers(0, 200))
def test_object_gate_passes_every_match(text: str, at: int, size: int) -> None:
    """Where the introduction object matches, its gate matches too (the gate only skips failures)."""
    stop = min(len(text), at + size)
    if patterns._OBJECT.match(text, at, stop) is not None:
        assert patterns._OBJECT_GATE.match(text, at, stop) is not None


def test_object_gate_skips_an_object_without_a_name() -> None:
    """An object with no capital or digit before its first stop holds no name; "i.e." is let through."""
    text = " a novel two-stage framework combining open-vocabulary detection. We use BERT."
    assert patterns._OBJECT_GATE.match(text, 0, len(text)) is None
    assert patterns._OBJECT.match(text, 0, len(text)) is None
    text = " a framework, i.e., FooNet, for detection."
    assert patterns._OBJECT_GATE.match(text, 0, len(text)) is not None
    assert patterns._OBJECT.match(text, 0, len(text)) is not None


def _variant_plain(surface: str, own: set[str]) -> bool:
    """:func:`own_parts._variant_of_own` without its hyphen gate."""
    return any(
        len(name) > 2
        and surface[len(name) : len(name) + 1] == "-"
        and own_parts._spelled_as(surface[: len(name)], name)
        and len(surface) > len(name) + 1
        for name in own
    ) or any(
        len(name) > 3
        and surface.endswith("-" + name)
        and own_parts._SHAPED.fullmatch(name)
        and re.fullmatch(rf"[A-Z][A-Za-z0-9]{{0,3}}-{re.escape(name)}", surface)
        for name in own
    )


_NAMES = ["Falcon", "Falcon-H1", "COUNTDOWN", "SGD", "FooNet", "PROGRESSLM", "ProgressLM", "M", "DP"]


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from([*_NAMES, "-", "3B", "H1", " "]), max_size=5).map("".join),
    st.sets(st.sampled_from(_NAMES), max_size=4),
)
def test_variant_of_own_as_before(surface: str, own: set[str]) -> None:
    """A surface without a hyphen is no variant, as the full test said."""
    assert own_parts._variant_of_own(surface, own) == _variant_plain(surface, own)


_CASE_WORDS = [
    "datasets", "DataSets", "data sets", "data  sets", "Benchmarks", "CORPORA", "corpus", "benchmark",
    "dataſets", "Benchmar\u212as", "\u00e9", "accuracy", "Accuracy", "ACCURACY", "accuracy-based", "of 92%",
    "and F1", "higher than", "Health Records", "Slide Images", "Internet of Things", "English", "Sensors",
    "methods such as", "Models including", "baselines like", "Approaches (e.g.,", "architectures like",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(_texts(_CASE_WORDS, 8), st.integers(-5, 60), st.integers(-5, 200))
def test_case_folded_searches_as_before(text: str, start: int, end: int) -> None:
    """Each ignore-case search moved to lower-cased ASCII text answers as the ignore-case regex."""
    assert data_lists.has_plural_head(text, start, end) == bool(
        data_lists._PLURAL_HEADS.rx.search(text, start, end)
    )
    assert metric_words._MEASURED_AFTER.found(text) == bool(metric_words._MEASURE_AFTER.match(text))
    assert thing_heads.names_a_thing(text) == bool(
        thing_heads._THING_HEAD.search(text.strip())
        or thing_heads._DATA_OBJECT.search(text.strip())
        or thing_heads.is_body_name(text)
    )
    assert thing_heads.names_data_object(text) == bool(
        text[-1:] in "sStTdDeEhHnNwW" and thing_heads._DATA_OBJECT.search(text)
    )
    low = compared._HEADED_ANY.search(text)
    old = compared._HEADED.search(text)
    assert (low and low.group("head").lower()) == (old and old.group("head").lower())


@settings(max_examples=1000, deadline=None)
@given(_texts([*_CASE_WORDS, "It can erode", "We reach", "However,", "3"], 10))
def test_unmeasured_as_before(text: str) -> None:
    """Rule 158's sentences of "accuracy" found in the lower-cased text are the ignore-case scan's."""
    metric_words._unmeasured.cache_clear()
    plain = metric_words._unmeasured.__wrapped__
    scan = metric_words._ACCURACIES.finditer(text)
    assert [m.span() for m in scan] == [m.span() for m in metric_words._ACCURACY.finditer(text)]
    assert metric_words._unmeasured(text) == plain(text)
