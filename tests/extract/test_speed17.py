"""Session 17's speed changes give what the plain forms give (docs/evaluation.md, "Session 17, speed")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import KGEntities, apposed, load_pipeline
from kg.extract.candidates import Candidate, propagate
from kg.extract.learned import PhraseModel, _no_lone_space, add_model
from kg.extract.matcher import Tokens
from kg.extract.org_defined import _HEAD_WORDS, _HEADS, defined_org_candidates
from kg.extract.phrase_words import words, words_in
from kg.extract.role_cues import _PASSIVE_FORMS, _PASSIVE_VERB
from kg.extract.table_windows import window, window_words
from kg.extract.task_cues import _AIMS, _AIMS_GATE, _EVALUATE, _EVALUATE_STEMS
from kg.extract.text_words import cue_forms, present, remember
from tests.extract.joined_text import joined

_SPACES = [" ", " ", " ", "", "  ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\xa0"]
_WORDS = [
    "Active", "active", "learning", "Learning", "anomaly", "detection", "Anomaly", "graph", "neural",
    "networks", "self-supervised", "Self", "-", "supervised", "(", ")", ",", ".", "the", "of", "GAN", "x_y",
    "é", "deep", "reinforcement", "C++", "non", "'s", "a/b", "3D", "object",
]  # fmt: skip


def _component() -> KGEntities:
    component = load_pipeline().get_pipe("kg_entities")
    assert isinstance(component, KGEntities) and isinstance(component.model, PhraseModel)
    return component


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.lists(st.sampled_from(_SPACES), max_size=8))
def test_the_model_reads_the_same_mentions_from_the_walks_windows(
    draw_words: list[str], draw_spaces: list[str]
) -> None:
    """Given where the walk found the table's phrases, the phrase model gives what it gives on all the words
    of the text (its answer when told only whether the walk found one), taken characters or not."""
    component = _component()
    model = component.model
    assert model is not None
    text = joined(draw_words, draw_spaces)
    tokens = Tokens(text)
    _, _, run = component.fast.matches(tokens)
    assert add_model([], model, text, 0, tokens.words, run) == add_model(
        [], model, text, 0, tokens.words, bool(run)
    ), repr(text)
    if run and _no_lone_space(text):
        assert model._candidates(text, None, window_words(text, run)) == model._candidates(text, None)
        taken = bytearray(len(text))
        taken[run[0][0] : run[0][0] + 1] = b"\x01"  # the first phrase's first character taken
        assert model._candidates(text, taken, window_words(text, run)) == model._candidates(text, taken)
    elif _no_lone_space(text):
        assert not model._table_spans(words(text))  # no run: no span either


def test_the_walk_gives_where_each_table_phrase_stands() -> None:
    """The walk's third answer: the (start, end) of each run of tokens that is a table phrase (as written,
    or with a capital first letter), by start, then length."""
    component = _component()
    text = (
        "Self-supervised learning and deep reinforcement learning, not active-learning or Anomaly Detection."
    )
    _, _, run = component.fast.matches(Tokens(text))
    assert [text[s:e] for s, e in run] == ["Self-supervised learning", "reinforcement learning"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=20), st.lists(st.sampled_from([" ", "  ", "\n\n"]), max_size=4)
)
def test_window_words_are_the_texts_words_there(draw_words: list[str], draw_spaces: list[str]) -> None:
    """A window's words are those of the whole text inside it; it holds the chunk before and after."""
    text = joined(draw_words, draw_spaces)
    everything = list(words(text))
    for start in range(len(text)):
        for end in range(start + 1, min(len(text), start + 12) + 1):
            lo, hi = window(text, start, end)
            inside = [w for w in everything if lo <= w[0] and w[1] <= hi]
            assert words_in(text, lo, hi) == inside
            assert not any(w[0] < lo < w[1] or w[0] < hi < w[1] for w in everything)  # no word cut
            before = [w for w in everything if w[1] <= start]
            after = [w for w in everything if w[0] >= end]
            assert not before or lo <= before[-1][0]
            assert not after or after[0][1] <= hi
    assert window_words(text, []) == []


def test_words_in_offsets_are_the_texts() -> None:
    text = "We use self-supervised learning (SSL), e.g. on GPT-4o."
    assert words_in(text, 0, len(text)) == list(words(text))
    assert words_in(text, 7, 31) == [w for w in words(text) if w[0] >= 7 and w[1] <= 31]


def test_present_answers_one_form_as_it_answers_several() -> None:
    """``present``'s answer for a single found form (its table) is the general answer."""
    cues = cue_forms({"two ": "two", "Two ": "two", "both ": "both", "pair ": "pair pairs", "Both": "both"})
    for form in cues.forms:
        general = tuple(cues.words[i] for i in sorted(set(cues.of_form[form])))
        assert cues.alone[form] == general
    text = "Both of the two pairs."
    remember(text, [w.lower() for w in Tokens(text).words])
    assert present(text, cues) == ("two ", "Two ", "both ", "pair ", "Both")
    text = "Only pairs here."
    remember(text, [w.lower() for w in Tokens(text).words])
    assert present(text, cues) == ("pair ",)


def test_the_word_gates_hold_a_word_of_every_match() -> None:
    """Each new word gate lists a word every match of its regex holds as a word of its own."""
    assert frozenset(h.lower() for h in _HEADS.split("|")) == _HEAD_WORDS
    for text in (
        "aims to",
        "seeks to",
        "refers to",
        "has attracted",
        "has gained",
        "has received",
        "has drawn",
    ):
        match = _AIMS.search(" " + text + " x")
        assert match is not None
        assert not _AIMS_GATE.isdisjoint(match.group().split())
    assert all(any(stem in word for stem in _EVALUATE_STEMS) for word in _EVALUATE)
    assert all(
        word.isalpha() and word.islower() for word in _EVALUATE | _AIMS_GATE | _HEAD_WORDS | _PASSIVE_FORMS
    )
    assert frozenset(_PASSIVE_VERB.split("(?:")[-1].split(")")[0].split("|")) == _PASSIVE_FORMS


def test_defined_organisations_behind_the_word_gate() -> None:
    text = (
        "From the National Institute for Space Research (INPE) and the Moving Picture Experts Group (MPEG)."
    )
    assert [c.name for c in defined_org_candidates(text, 0)] == [
        "National Institute for Space Research",
        "Moving Picture Experts Group",
    ]
    assert defined_org_candidates("An Instituted Thing (IT) here.", 0) == []


def test_propagated_copies_are_the_with_copies() -> None:
    text = "We propose GlorpNet (GN). GlorpNet is fast; GlorpNet-2 is not; GN wins."
    found = [
        Candidate(
            11, 19, "method", "GlorpNet", "method:glorpnet", 0.75, "pattern", "intro", "introduced", (21, 23)
        ),
        Candidate(21, 23, "method", "GN", confidence=0.7, source="acronym"),
    ]
    expected = []
    for cand in sorted(found, key=lambda c: c.name):
        surface = text[cand.start : cand.end]
        for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w+-])", text):
            if match.start() != cand.start:
                changes = {"start": match.start(), "end": match.end(), "rule": "propagate", "role": "used"}
                confidence = round(cand.confidence - 0.1, 2)
                expected.append(cand.with_(**changes, confidence=confidence, partner=None))
    assert propagate(text, found) == expected


def _apposed_plain(text: str, title_len: int = 0) -> list[Candidate]:
    """apposed_candidates as main wrote it: one pass of str.find per join."""
    out = []
    for join in apposed._JOINS:
        at = text.find(join)
        while at > 0:
            cand = apposed._at(text, at, join, title_len)
            if cand is not None:
                out.append(cand)
            at = text.find(join, at + 1)
    return sorted(out, key=lambda c: c.start)


_APPOSED_PIECES = [
    ", a ",
    ", an ",
    " is a ",
    " is an ",
    " was a ",
    " was an ",
    "FooNet",
    "BarSet",
    "X-9",
    " ",
    ",",
]
_APPOSED_PIECES += [" novel method", " new dataset", " model", " benchmark", "an ", "a "]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_APPOSED_PIECES), max_size=10))
def test_apposed_joins_found_by_stem_as_one_by_one(pieces: list[str]) -> None:
    """One pass per stem (", a" for ", a " and ", an ") finds the candidates, in the order, of one pass per
    join, a join at the text's start (never counted) included."""
    text = "".join(pieces)
    assert apposed.apposed_candidates(text) == _apposed_plain(text)
    assert apposed.apposed_candidates(text, 4) == _apposed_plain(text, 4)


def test_a_maker_is_a_name_the_makers_pattern_matches_whole() -> None:
    """``maker_release`` asks a set where it asked ``_MAKERS.fullmatch(name + " ")``: the same answers."""
    from kg.extract.extent import _MAKER_SET, _MAKERS

    names = [*_MAKER_SET, "", "Meta AI", "OpenAI ", " Meta", "mistral", "Google DeepMind", "AI", "Stability"]
    names += ["Mistral", "Mistral AI", "Moonshot A", "NVIDIA\n", "(Meta", "Zhipu AI"]
    for name in names:
        assert (_MAKERS.fullmatch(name + " ") is not None) == (name in _MAKER_SET), name
