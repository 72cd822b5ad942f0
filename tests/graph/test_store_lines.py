"""The store's directly formatted lines are the generic encoder's bytes, for every shape and value."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.build.lines import edge_line, node_line, texts_line
from kg.internals import record_encoder

_ENCODE = record_encoder()
_TEXTS = record_encoder(sort_keys=False, compact=False)

_text = st.text()  # every code point: quotes, backslashes, control characters, surrogates, non-ASCII
_number = st.one_of(st.integers(), st.floats(), st.booleans(), st.none())
_value = st.one_of(_text, _number, st.lists(_text, max_size=3))


def _mention(draw: Any) -> dict[str, Any]:
    return {
        "type": draw(st.sampled_from(["USES", "INTRODUCES"])),
        "text": draw(_text),
        "field": draw(st.sampled_from(["title", "abstract"])),
        "start": draw(st.one_of(st.integers(), _value)),
        "end": draw(st.integers()),
        "sentence": draw(_text),
        "confidence": draw(st.one_of(st.floats(), _value)),
        "found_by": draw(st.one_of(_text, _value)),
        "rule": draw(_text),
        "mentions": draw(st.integers(min_value=1)),
    }


@st.composite
def _edges(draw: Any) -> tuple[str, str, str, dict[str, Any]]:
    u, v = draw(_text), draw(_text)
    shape = draw(st.sampled_from(["mention", "WROTE", "CITES", "PUBLISHED_BY", "other"]))
    if shape == "mention":
        attrs = _mention(draw)
        return u, attrs["type"], v, attrs
    if shape == "WROTE":
        return u, "WROTE", v, {"type": "WROTE", "position": draw(st.one_of(st.integers(), _value))}
    if shape == "other":
        return u, draw(_text), v, draw(st.dictionaries(_text, _value, max_size=4))
    return u, shape, v, {"type": shape}


@settings(max_examples=400)
@given(_edges())
def test_edge_lines_are_the_encoders(edge: tuple[str, str, str, dict[str, Any]]) -> None:
    u, k, v, attrs = edge
    assert edge_line(u, k, v, attrs) == _ENCODE({"source": u, "target": v, "key": k, **attrs}).encode()


@settings(max_examples=200)
@given(
    _text,
    st.one_of(
        st.fixed_dictionaries({"label": st.just("Author"), "name": _value}), st.dictionaries(_text, _value)
    ),
)
def test_node_lines_are_the_encoders(n: str, attrs: dict[str, Any]) -> None:
    assert node_line(n, attrs) == _ENCODE({"id": n, **attrs}).encode()


@settings(max_examples=200)
@given(st.lists(st.one_of(_text, _number), max_size=4))
def test_texts_are_json_dumps(texts: list[Any]) -> None:
    assert texts_line(texts) == _TEXTS(texts)


def test_a_real_mention_edge_takes_the_fast_shape() -> None:
    attrs = {"type": "USES", "mentions": 2, "text": "LoRA", "field": "abstract", "start": 3, "end": 7}
    attrs |= {"sentence": 'We use "LoRA" é\n', "confidence": 0.85, "found_by": "lexicon", "rule": ""}
    expected = _ENCODE({"source": "p", "target": "method:lora", "key": "USES", **attrs}).encode()
    assert edge_line("p", "USES", "method:lora", attrs) == expected
    assert expected.startswith(b'{"confidence":0.85,"end":7,')


def test_the_mention_shape_is_the_schemas_and_an_added_field_is_kept() -> None:
    from kg.build.lines import _MENTION_KEYS
    from kg.schema import MENTION_PROPERTIES

    assert frozenset(("type", *MENTION_PROPERTIES)) == _MENTION_KEYS  # the fast shape is today's schema
    attrs = {"type": "USES", "mentions": 1, "text": "LoRA", "field": "title", "start": 0, "end": 4}
    attrs |= {"sentence": "LoRA", "confidence": 0.9, "found_by": "lexicon", "rule": "", "paragraph": 2}
    line = edge_line("p", "USES", "m", attrs)  # a property the fast shape does not write
    assert line == _ENCODE({"source": "p", "target": "m", "key": "USES", **attrs}).encode()
    assert b'"paragraph":2' in line
