"""Session 19's discovery speed round gives what the plain forms give (docs/evaluation.md, "round 4a")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import kind_named, patterns, plain_acronyms
from kg.extract.candidates import Candidate

_OWN_KINDS = kind_named._OWN_KINDS
_CLAIM = kind_named._CLAIM


def _coined_by_regex(text: str, items: list[Candidate], title_len: int) -> bool:
    """Rule 338's own-name test as it was written: one regex compiled for each name."""
    for c in items:
        name = re.escape(c.name)
        if re.search(
            rf"(?:\b[Oo]ur|\b[Tt]he\sproposed|\b[Ww]e\s(?:propose|introduce|present|call|name|term))\s"
            rf"(?:proposed\s)?(?:(?:[\w\-]+\s){{0,3}}?{_OWN_KINDS},?\s)?{name}(?![\w\-])"
            rf"|(?<![\w\-]){name}(?![\w\-])\s(?:\(ours\)|{_CLAIM})",
            text,
        ) or re.search(rf"(?<![\w\-]){name}(?![\w\-])", text[:title_len]):
            return True
    return False


_PIECES = [
    "Our", "our", "The proposed", "the proposed", "We propose", "we call", "We term", "proposed",
    "method", "model,", "framework", "new", "Foo", "FooNet", "FooNet-2", "X-Foo", "Foo_1", "é", "(ours)",
    "outperforms", "significantly", "beats", "consistently", "-", "_", ",", ".", "\n\n", "\t", "a", "(",
]  # fmt: skip
_NAMES = ["Foo", "FooNet", "Foo-2", "F", "X.Y", "Foo(", "net"]


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=24),
    st.lists(st.sampled_from(["", " ", "  ", "-", "\n"]), min_size=24, max_size=24),
    st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3),
    st.integers(0, 60),
)
def test_coined_finds_what_each_names_regex_finds(
    pieces: list[str], joins: list[str], names: list[str], title_len: int
) -> None:
    """:func:`kind_named._coined` (the name's places by ``str.find``, a cue ending at each, a claim after)
    answers as one regex per name did, on texts of cue words, names, glued marks and odd white space."""
    text = "".join(piece + join for piece, join in zip(pieces, joins, strict=False))
    items = [Candidate(0, len(name), "method", name) for name in names]
    assert kind_named._coined(text, items, title_len) == _coined_by_regex(text, items, title_len)


def test_coined_reads_no_regex_of_the_name() -> None:
    """The own cue is compiled once: ``_coined`` asks it where the name stands (fails on main: no
    ``_OWN_BEFORE``)."""
    assert kind_named._OWN_BEFORE.search("We propose the model, ", 0) is not None
    items = [Candidate(0, 6, "method", "FooNet")]
    assert kind_named._coined("Our model, FooNet, wins.", items, 0)
    assert kind_named._coined("FooNet (ours) wins.", items, 0)
    assert not kind_named._coined("X-FooNet (ours) wins.", items, 0)
    assert kind_named._coined("FooNet: a title\n\nIt wins.", items, 6)


def _data_word_by_regex(text: str, surface: str) -> bool:
    """Rule 210's data-word test as it was written (one regex compiled for each surface)."""
    return re.search(rf"(?<![\w\-]){re.escape(surface)}\)?\s+{plain_acronyms._DATA_WORD}", text) is not None


def _word_by_regex(text: str, surface: str) -> str | None:
    """Rule 210's one-word definition as it was written: the word of the first "word (SF)"."""
    word = re.search(rf"(?<![\w\-])([a-z][a-z\-]{{3,}})\s\({re.escape(surface)}s?\)", text)
    return None if word is None else word.group(1)


_ACRONYM_PIECES = [
    "AR", "ARs", "(AR)", "(ARs)", "(AR", "X-AR", "AR-X", "_AR", "autoregressive", "auto-regressive", "Big",
    "dataset", "datasets", "data", "benchmark", "corpora", ")", "(", "-", "abc", "é", "on", "the",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_ACRONYM_PIECES), max_size=20),
    st.lists(st.sampled_from(["", " ", "  ", "\n", "-"]), min_size=20, max_size=20),
    st.sampled_from(["AR", "ARs", "A", "R-AR"]),
)
def test_plain_acronym_reads_as_its_regexes_did(pieces: list[str], joins: list[str], surface: str) -> None:
    """``plain_acronyms``' data word after the short form and its one-word definition ("autoregressive
    (AR)"), found by ``str.find`` and compiled patterns, agree with the regexes compiled for each surface."""
    text = "".join(piece + join for piece, join in zip(pieces, joins, strict=False))
    assert plain_acronyms._called_data(text, surface) == _data_word_by_regex(text, surface)
    assert plain_acronyms._defined_word(text, surface) == _word_by_regex(text, surface)


def _evaluation_by_old_loop(text: str) -> list[Candidate]:
    """``evaluation_candidates`` as it was: every cue's window and evaluation word read before its list."""
    p = patterns
    out = []
    for cue in p.finditer_at(p._EVAL_ON, text, p.present(text, p._EVAL_WORDS_ON)):
        if text.startswith("over", cue.start()) and p._GAIN_OVER.search(
            text, max(0, cue.start() - 70), cue.start()
        ):
            continue
        window = text[max(0, cue.start() - 70) : cue.start()]
        cut = max(window.rfind("."), window.rfind(";"), window.rfind(":"), window.rfind("\n"))
        if not p._EVAL_WORD.found(window, cut + 1):
            continue
        opened = p._LIST_OPEN.match(text, cue.end(), min(len(text), cue.end() + 60))
        if opened is None:
            out += p._list_items(text, cue.end())
        elif not (p._defines_acronym(text, cue.end(), opened.end()) or p.opens_a_kind(opened.group())):
            methods = p.METHODS_OPEN.search(opened.group()) is not None
            out += p._list_items(text, opened.end(), strict=True, methods=methods)
    return [
        c
        for c in out
        if not (p.plain_acronym(text, c.start, c.end) or p.compared_or_scored(text, c.start, c.end))
    ]


_EVAL_PIECES = [
    "Experiments", "results", "evaluated", "on", "across", "over", "the", "two", "public", "datasets",
    "(", ")", ":", ";", ".", "CUB-200", "ImageNet", "Stanford Cars", "and", ",", "MRI", "benchmarks",
    "question answering", "iPhone", "data", "\n", "we", "gains", "improvements", "ResNet", "QA",
    "architectures",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_EVAL_PIECES), max_size=30),
    st.lists(st.sampled_from([" ", " ", "", "  ", "\n"]), min_size=30, max_size=30),
)
def test_evaluation_lists_are_read_as_before(pieces: list[str], joins: list[str]) -> None:
    """``evaluation_candidates`` skips a cue with no "(" or ":" within 60 characters and no first item
    before its window is read: the same candidates as reading every cue's window first."""
    text = "".join(piece + join for piece, join in zip(pieces, joins, strict=False))
    assert patterns.evaluation_candidates(text) == _evaluation_by_old_loop(text)


def _paren_by_old_loop(text: str) -> list[Candidate]:
    """``paren_candidates`` as it was: each parenthesis's description read before the word after it."""
    from kg.extract import paren_names as pn

    if " (" not in text:
        return []
    out = []
    for match in pn.finditer_at(pn._NAME, text, ("(",), back=(1,)):
        name = match.group("name")
        if not pn._shape_ok(name):
            continue
        found = pn._description(text, match.start())
        if found is None:
            continue
        desc = found.group("desc")
        words = desc.split()
        if words[-1][:1].isupper() or pn.match_long_form(name, desc) is not None:
            continue
        after = match.group("after")
        kind = pn._head_type(after) if after else None
        if after and kind is None and after not in pn._FUNCTION:
            continue
        whole = match.end("after") if kind else match.end("name") + 1
        kind = kind or pn._desc_type(words)
        if kind is None:
            continue
        start, end = match.span("name")
        own = not pn._EXISTING.search(desc) and pn.introduces(text, found.start("desc"), whole)
        if not own and pn._is_acronym(name):
            continue
        role = "introduced" if own else "used"
        out.append(Candidate(start, end, kind, name, confidence=0.7, rule="cue.paren_name", role=role))
    return out


_PAREN_PIECES = [
    "We", "propose", "a", "an", "the", "our", "new", "pre-trained", "policy", "network", "dataset", "tracker",
    "(DI-Star)", "(MouseTracks)", "(GPT)", "(LLMs)", "(PHiM)", "(Foo-Net)", "(pre-X)", "Mamba", "of", "to",
    "is", "have", "simulations", "corpus", "comprising", "images", ",", ".", "Indian", "Legal", "Corpus",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(st.sampled_from(_PAREN_PIECES), max_size=24),
    st.lists(st.sampled_from([" ", " ", "", "  ", "\n"]), min_size=24, max_size=24),
)
def test_parenthesised_names_are_read_as_before(pieces: list[str], joins: list[str]) -> None:
    """``paren_candidates`` reads the word after the parenthesis before its description, and the type
    before the long-form test: the same candidates as in the old order."""
    from kg.extract.paren_names import paren_candidates

    text = "".join(piece + join for piece, join in zip(pieces, joins, strict=False))
    assert paren_candidates(text) == _paren_by_old_loop(text)
