"""Session 19's speed round 4c gives what the plain forms give (docs/evaluation.md, "speed round 4c")."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import head_after, own_anchors, own_enum, own_names, text_words
from kg.extract.anchored import finditer_at, places
from kg.extract.candidates import Candidate
from kg.extract.intro_cue import intro_cue_spans
from kg.extract.own_subject import sentence_start
from kg.extract.role_scope import in_scope
from kg.extract.text_words import cue_forms, present


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    """Texts glued from ``pieces`` with spaces, nothing, marks or line breaks between them."""
    return st.lists(
        st.tuples(st.sampled_from(pieces), st.sampled_from(["", " ", " ", "  ", "\n", ", ", ". ", "-"])),
        max_size=30,
    ).map(lambda parts: "".join(piece + join for piece, join in parts))


def _fresh(text: str) -> str:
    """``text``, its words made anew for the cue-word gates (no other text's words linger)."""
    text_words.word_set(text)
    return text


# --- present: the answer for two forms or more remembered per set of forms


def _present_plain(text: str, cues: text_words.Cues) -> tuple[str, ...]:
    """:func:`present` as it was: the answer made at every call."""
    _, words, gate = text_words._read(text)
    if not gate:
        return cues.words
    found = words & cues.forms
    return tuple(cues.words[i] for i in sorted({i for form in found for i in cues.of_form[form]}))


_CUES = cue_forms({"stud": "study studies", "Stud": "study studies", "tackl": "tackle tackles", "x": "x"})


@settings(max_examples=500, deadline=None)
@given(_texts(["study", "studies", "Study", "tackle", "tackles", "x", "X", "é", "a_b", "other", "Studies"]))
def test_present_remembers_what_it_made(text: str) -> None:
    """The remembered answer is the one made anew, for ASCII texts, texts with "_" and non-ASCII ones
    (fails on main: no ``Cues.memo``)."""
    _fresh(text)
    assert present(text, _CUES) == _present_plain(text, _CUES)
    assert present(text, _CUES) == _present_plain(text, _CUES)  # the second from the memo, where kept
    assert all(len(found) > 1 for found in _CUES.memo)


def test_present_memo_is_bounded() -> None:
    """At most ``_MEMO`` sets are kept; past it the answer is made as before (fails on main)."""
    cues = cue_forms({f"w{i}": f"w{i}" for i in range(12)})
    for n in range(2, 12):
        for start in range(12 - n + 1):
            text = _fresh(" ".join(f"w{i}" for i in range(start, start + n)))
            assert present(text, cues) == tuple(f"w{i}" for i in range(start, start + n))
    assert 0 < len(cues.memo) <= text_words._MEMO


# --- head_after: a head word and its plural in one pass


def _occurrences_plain(text: str) -> list[tuple[int, int]]:
    """The occurrences as :func:`head_after.head_after` made them before: one pass per head word."""
    return sorted(
        (at - 1, at + len(word))
        for word in present(text, head_after._HEAD_FORMS)
        for at in places(text, word, 1)
        if text[at - 1].isspace() and not head_after._word_char(text, at + len(word))
    )


_HEAD_PIECES = [
    "model", "models", "Model", "modelling", "dataset", "datasets", "datasetss", "benchmark", "benchmarks",
    "corpus", "corpora", "task", "the", "on", "COCO", "Foo", "of", "_", "é", "s", "model_s", "models2",
]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(_texts(_HEAD_PIECES))
def test_head_occurrences_match_one_pass_per_word(text: str) -> None:
    """``_occurrences`` (fails on main: new) is the old per-word list, and ``head_after`` the full scan."""
    _fresh(text)
    assert head_after._occurrences(text) == _occurrences_plain(text)
    assert [m.span() for m in head_after.head_after(text)] == [
        m.span() for m in head_after.HEAD_AFTER.finditer(text)
    ]


# --- own_names: the anchors and the named parts


def _anchors_plain(text: str) -> dict[str, tuple[int, ...]]:
    """``own_anchors.anchors`` (was ``own_names._anchors``) as it was: :func:`finditer_at` at the places
    of every cue word present."""
    found: dict[str, list[int]] = {"cap": [], "low": [], "verb": []}
    for match in finditer_at(own_anchors._ANCHORS, text, present(text, own_anchors._ANCHOR_WORDS)):
        found[str(match.lastgroup)].append(match.start() + 1)
    return {kind: tuple(starts) for kind, starts in found.items()}


def _named_parts_plain(text: str) -> list[Candidate]:
    """``own_names._named_parts`` as it was: every verb anchor's sentence searched."""
    out: list[Candidate] = []
    if ", a" not in text:
        return out
    for at in _anchors_plain(text)["verb"]:
        stop = text.find(". ", at)
        stop = len(text) if stop < 0 else stop
        for match in own_names._PART_ITEM.finditer(text, at, stop):
            start, end = match.span(1)
            name = text[start:end]
            if own_names._plain_name(name):
                out.append(Candidate(start, end, "method", name, confidence=0.6, rule="cue.part"))
    return out


_ANCHOR_PIECES = [
    "Module", "module", "modules", "Modules", "Block", "block", "Layer", "layer", "player", "Loss", "loss",
    "across", "Unit", "unit", "Strategy", "strategy", "Mechanism", "mechanisms", "Encoder", "encoder",
    "decoder", "method", "includes", "consists of", "is composed of", "is", "comprises", "integrates",
    "FooNet", "BarGen", ", a", ", an", "a", "an", "verifier", "(", "+", "é", "_", "Fusion", "odule",
]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(_texts(_ANCHOR_PIECES))
def test_anchors_and_named_parts_match_their_plain_forms(text: str) -> None:
    """``_anchors`` (one pass for a noun in both cases) and ``_named_parts`` (sentences without ", a" /
    ", an" skipped) give what their old forms give (fails on main: no ``_anchor_places``)."""
    _fresh(text)
    own_anchors.anchors.cache_clear()
    assert own_anchors.anchors(text) == _anchors_plain(text)
    assert sorted(own_anchors._anchor_places(text)) == own_anchors._anchor_places(text)
    assert own_names._named_parts(text) == _named_parts_plain(text)


# --- own_enum: no " and " pass without a part-kind word


def _listed_parts_plain(text: str) -> list[Candidate]:
    """``own_enum.listed_parts`` as it was: the coordinated lists looked for wherever " and " stands."""
    kinds = [
        k.span() for k in finditer_at(own_enum._KINDS, text, present(text, own_enum._KIND_WORDS), back=(1,))
    ]
    spans: list[tuple[int, int, int]] = []
    for match in own_enum._anchored_counted(text, kinds):
        at = match.end()
        while (item := own_enum._ITEM.match(text, at)) is not None:
            group = "clause" if item.group("clause") else "plain"
            spans.append((match.start(), *item.span(group)))
            sep = (own_enum._CLAUSE_SEP if group == "clause" else own_enum._ITEM_SEP).match(text, item.end())
            if sep is None:
                break
            at = sep.end()
    if " and " in text:
        for match in own_enum._coordinated(text, kinds):
            begin = match.start()
            for item in re.finditer(rf"{own_enum._NAME}(?=\s|,)", text[begin : match.end()]):
                spans.append((begin, begin + item.start(), begin + item.end()))
    out = []
    for anchor, start, end in spans:
        begin = sentence_start(text, anchor)
        cues = [e for s, e in intro_cue_spans(text) if begin <= s and e <= anchor]
        owner = (
            cues
            or own_enum._NAME_OWNER.search(text, begin, anchor + 1)
            or own_enum._OWN_WORK.search(text, begin, anchor)
        )
        if owner and not in_scope(text, cues[-1] if cues else begin, start):
            out.append(
                Candidate(start, end, "method", text[start:end], role="introduced", confidence=0.6,
                          rule="cue.parts_list")
            )  # fmt: skip
    return out


_LIST_PIECES = [
    "two", "three", "components", "modules", "strategies", "and", "Foo Bar", "Baz Qux", "Our", "It",
    "introduces", "We propose", ":", "(FB)", "which", "é", "_",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(_texts(_LIST_PIECES))
def test_listed_parts_match_their_plain_form(text: str) -> None:
    """``listed_parts`` gives what it gave with the " and " test asked of every text."""
    _fresh(text)
    assert own_enum.listed_parts(text) == _listed_parts_plain(text)
    assert own_enum._coordinated(text, []) == []


def test_the_plain_forms_find_things_here() -> None:
    """The comparisons above are not all of empty lists: a named part, both cases of a noun, a plural."""
    t = _fresh(
        "FooNet includes BarGen, a verifier, and a Fusion Module with two modules. It integrates layers."
    )
    own_anchors.anchors.cache_clear()
    assert own_anchors.anchors(t) == _anchors_plain(t) == {"cap": (49,), "low": (65,), "verb": (7, 77)}
    assert (
        [c.name for c in own_names._named_parts(t)] == ["BarGen"] == [c.name for c in _named_parts_plain(t)]
    )
    t = _fresh("We test on the COCO dataset and two datasets, and the Foo models beat the model.")
    assert head_after._occurrences(t) == _occurrences_plain(t) and len(head_after._occurrences(t)) == 4
