"""Session 20's speed round 5 gives what the plain forms give (docs/evaluation.md, "speed round 5")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import abbrev, established, long_forms, sentences, shapes
from kg.extract.anchored import finditer_at

_JOINS = ["", " ", "  ", "\n", "\n\n", ". ", ".\n", "! ", "? ", ".) ", ' "', "(", ")", "e.g. "]


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts glued from ``pieces`` with spaces, nothing, marks or line breaks between them."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(_JOINS)),
        max_size=30,
    ).map(lambda parts: "".join(piece + join for piece, join in parts))


_WORDS = ["We", "use", "BERT", "Fig", "Dr", "et al", "X", "3", "0.5", "(SF)", "(\\textbf{SF})", "Sup-Net"]
_WORDS.append("é")


def _spans(matches: list) -> list[tuple[tuple[int, int], tuple]]:  # type: ignore[type-arg]
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=1500, deadline=None)
@given(_texts(_WORDS))
def test_boundary_marks_find_every_boundary(text: str) -> None:
    """The sentence splitter's boundaries tried at its marks are the full scan's, groups included."""
    rx = sentences._BOUNDARY
    assert _spans(finditer_at(rx, text, sentences._BOUNDARY_MARKS)) == _spans(list(rx.finditer(text)))


def _split_plain(text: str) -> list[tuple[int, int]]:
    """:func:`split_sentences` as it was: the boundaries from the full scan."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in sentences._BOUNDARY.finditer(text):
        gap = match.group("gap")
        cut = match.start("gap") if gap is not None else match.start()
        head = text[max(start, cut - 12) : cut]
        if (
            head.endswith(sentences._ABBREV_ENDS)
            and sentences._ABBREV.search(head)
            and "\n" not in (gap or match.group())
        ):
            continue
        sentences._add(text, start, cut, spans)
        start = match.end()
    sentences._add(text, start, len(text), spans)
    return spans


@settings(max_examples=1500, deadline=None)
@given(_texts(_WORDS))
def test_split_sentences_as_before(text: str) -> None:
    assert sentences.split_sentences(text) == _split_plain(text)


@settings(max_examples=1500, deadline=None)
@given(_texts([*_WORDS, "( SF )", "(S-F)", "\\emph{", "(Foo Bar)", "((x))"]))
def test_acronym_parentheses_found_at_each_bracket(text: str) -> None:
    """The acronym finder's parentheses, tried only where "(" stands, are the full scan's."""
    assert abbrev.finditer_at is finditer_at
    rx = abbrev._PAREN
    assert _spans(finditer_at(rx, text, ("(",))) == _spans(list(rx.finditer(text)))


def test_definitions_unchanged_on_a_text() -> None:
    text = "We use Supervised Fine-Tuning (SFT) and a Gated Unit (\\textbf{GU}) (see Fig. 2)."
    spans = [(text[a:b], text[c:d]) for a, b, c, d in abbrev.find_definitions(text)]
    assert spans == [("Supervised Fine-Tuning", "SFT"), ("Gated Unit", "GU")]


_NAMES = ["GPT-4o", "Qwen2.5-7B", "SWE-Bench", "HotpotQA", "Open-Set", "Low-Vision", "X++", "LAION-400M"]


def test_name_caches_answer_as_the_functions() -> None:
    """``type_from_shape``, ``normalise`` and the long-form key are cached (pure functions of one string);
    a cached answer is the function's own."""
    for name in [*_NAMES, *_NAMES]:  # the second round is answered from the cache
        assert shapes.type_from_shape(name) == shapes.type_from_shape.__wrapped__(name)
        assert established.normalise(name) == established.normalise.__wrapped__(name)
        assert long_forms.long_key(name) == long_forms.long_key.__wrapped__(name)
    assert shapes.type_from_shape.cache_info().hits >= len(_NAMES)
    assert established.normalise("Gaussian  Processes") == "gaussian process"
    assert long_forms.long_key("Large Language Models") == "largelanguagemodel"
    assert [shapes.type_from_shape(n) for n in ("SWE-Bench", "Qwen2.5-7B", "HotpotQA", "Open-Set")] == [
        "benchmark",
        "model",
        "dataset",
        None,
    ]
