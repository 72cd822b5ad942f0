"""The cue-word gates of kg.extract.text_words (session 14): a rule that looks only for the cue words whose
forms the text holds finds what it found looking for all of them.

The anchored scans (``finditer_at``) are checked in test_anchored_scans.py; here the set itself, the
comparison cues and the own-name cues tried at each cue word. Generated texts mix the cue words, their
other forms, near misses, capitals, "_" and non-ASCII white space (where every cue word is kept).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import re

import kg.extract
from kg.extract import compared, intro_cue, own_names, role_cues, text_words, we_call
from kg.extract.anchored import word_matches
from kg.extract.text_words import Cues, Gated, holds, present, remember, word_set
from kg.extract.tokenizer import split_words

_GLUE = [" ", " ", " ", "", "\n", "-", ", ", "(", ": ", "  ", "\t"]
_PIECES = """we We our Our the The a an on of for X FooNet Bar-Set GlorpBench two three new novel first
    dedicated such as including like ( e.g. : over than to with against them it baseline baselines methods
    Methods models approaches techniques algorithms better superior gains gain improvement improvements
    advantages speed-up speedup speedups outperform Outperforms outperformed outperforming outperformer
    surpass surpasses surpassed beat beats beating beaten compare compared compares comparison comparing
    comparable dataset datasets benchmark benchmarks model metric corpus modules again, regain _two x_new
    methodssuch methodslike twofold newer""".split()  # noqa: SIM905
_PIECES += ["methodssuch as", "Baselineslike", "modelsincluding", "ALGORITHMSlike", "techniques(e.g.,"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for k in range(n):
        glue = [*_GLUE, "\u00a0"] if k % 4 == 0 else _GLUE
        chosen = rng.choices(_PIECES, k=rng.randint(1, 14))
        out.append("".join(rng.choice(glue) + w for w in chosen))
    return out


def test_word_set_is_the_lower_cased_tokens_remembered_or_made() -> None:
    text = "GPT-4o beats BERT."
    assert word_set(text) == frozenset(w.lower() for w in split_words(text)[0])
    other = "We tried."
    remember(other, ["we", "tried", "."])
    assert word_set(other) == {"we", "tried", "."}
    assert word_set(text) == {"gpt", "-", "4o", "beats", "bert", "."}  # another text: made again
    assert text_words._last[0] == text


def test_present_keeps_every_cue_word_where_the_set_could_mislead() -> None:
    cues = text_words.cue_forms({"beat": "beat beats", "gain": "gain gains"})
    assert present("It beats X.", cues) == ("beat",)
    assert present("It_beats X.", cues) == ("beat", "gain")  # "_" is a word character, not alphanumeric
    assert present("It beats X\u00a0.", cues) == ("beat", "gain")  # not ASCII


def _cue_matches(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """What :func:`compared.compared_candidates` reads at ``starts``: the cue matches, left to right."""
    out, done = [], 0
    for start in starts:
        cue = compared._CUE.match(text, start) if start >= done else None
        if cue is not None:
            out.append(cue.span())
            done = cue.end()
    return out


def _all_cue_starts(text: str) -> list[int]:
    low, out = text.lower(), []
    for word in compared._CUE_WORDS.words:
        out += [i for i in range(len(low)) if low.startswith(word, i) and not low[i - 1 : i].isalnum()]
    return sorted(out)


def test_comparison_cues_are_read_where_every_cue_word_was_looked_for() -> None:
    seen = 0
    for text in _texts(6000, seed=14):
        expected = _cue_matches(text, _all_cue_starts(text))
        seen += len(expected)
        assert _cue_matches(text, compared._cue_starts(text)) == expected, text
    assert seen > 500


Spans = list[tuple[int, int]]


def _all_and_present(
    text: str, rx: re.Pattern[str], cues: Cues, before: tuple[str, ...]
) -> tuple[Spans, Spans]:
    every = word_matches(text, rx, cues.words, before)
    return [m.span() for m in word_matches(text, rx, present(text, cues), before)], [m.span() for m in every]


def test_own_name_cues_are_matched_where_every_cue_word_was_tried() -> None:
    pieces = ["a new dataset, FooSet,", "the first benchmark, BarBench;", "two datasets, Hi-BCD and 3DCD"]
    pieces += ["three models: Foo, Bar and Baz", "several metrics (A-1, B-2 or C-3)", "an_new", "a novel"]
    rng = random.Random(7)
    seen = 0
    for text in _texts(3000, seed=8):
        text = text + rng.choice(_GLUE) + rng.choice(pieces)
        for rx, cues, before in (
            (own_names._NEW, own_names._NEW_WORDS, ("a ", "an ", "the ")),
            (own_names._LISTED, own_names._COUNT_WORDS, ()),
        ):
            gated, every = _all_and_present(text, rx, cues, before)
            seen += len(every)
            assert gated == every, text
    assert seen > 300


def test_role_cue_scans_are_skipped_only_where_they_find_nothing() -> None:
    pieces = ["is proposed", "are newly designed", "is built", "and propose", "and also introduces"]
    pieces += [", introducing", ", thereby proposing", ",\npresenting", "and_design", "proposedly"]
    pieces += ["presents", "devised"]
    rng = random.Random(9)
    seen = 0
    for text in _texts(3000, seed=10):
        text = text + rng.choice(_GLUE) + rng.choice(pieces) + rng.choice(_GLUE) + rng.choice(pieces)
        passive = [(rx, role_cues._PASSIVE_FORMS) for rx in role_cues._PASSIVE_SCANS]
        for rx, forms in passive + list(role_cues._AND_CUES):
            found = rx.search(text) is not None
            seen += found
            assert holds(text, forms) or not found, (rx.pattern, text)
    assert seen > 1000


def test_word_gated_cue_scans_are_skipped_only_where_they_find_nothing() -> None:
    pieces = [
        "by introducing",
        "By proposing",
        "by_designing",
        "by developing",
        "By\nconstructing",
        "byintroducing",
    ]
    pieces += [
        "two novel components",
        "three new key modules",
        "four novel core designs",
        "several new",
        "renew",
    ]
    pieces += [
        "five New techniques",
        "two novel_strategies",
        "We define the notion of",
        "we formalize a concept of",
    ]
    pieces += [
        "We first introduce the new notion of",
        "notions of",
        "conception of",
        "mechanisms",
        "contributions",
    ]
    rng = random.Random(15)
    seen = 0
    for text in _texts(4000, seed=15):
        text = rng.choice(pieces) + rng.choice(_GLUE) + text + rng.choice(_GLUE) + rng.choice(pieces)
        for rx, words, _ in role_cues._WORD_GATED:
            found = rx.search(text) is not None
            seen += found
            assert all(holds(text, each) for each in words) or not found, (rx.pattern, text)
    assert seen > 1000


def test_intro_own_and_we_call_scans_are_skipped_only_where_they_find_nothing() -> None:
    pieces = ["We propose", "This paper presents", "this work introduces", "The technical report describes"]
    pieces += [
        "I present",
        "Our work proposes",
        "our paper releases",
        "In this study we",
        "our proposed FooNet",
    ]
    pieces += [
        "the proposed BarNet",
        "The newly curated X-1",
        "our method, FooNet,",
        "Our novel GlorpNet module",
    ]
    pieces += ["we call it FooNet", "which we term BarSet", "that we refer to as BazNet", "we denote as Q"]
    pieces += [
        "we dub X",
        "We coin Y",
        "our_work",
        "the_proposed",
        "paperwork",
        "I_present",
        "worked",
        "coined",
    ]
    scans = [(rx, words) for rx, words in intro_cue._SCANS if words is not None]
    scans += [*own_names._OWN_SCANS, (we_call._WE_CALL, we_call._CUE_WORDS)]
    rng = random.Random(11)
    seen = 0
    for text in _texts(3000, seed=12):
        text = text + rng.choice(_GLUE) + rng.choice(pieces) + rng.choice(_GLUE) + rng.choice(pieces)
        for rx, words in scans:
            found = rx.search(text) is not None
            seen += found
            assert holds(text, words) or not found, (rx.pattern, text)
    assert seen > 1000


def _gated() -> dict[str, Gated]:
    """Every :class:`Gated` pattern of kg.extract's modules, by name."""
    found = {}
    for info in pkgutil.iter_modules(kg.extract.__path__):
        module = importlib.import_module(f"kg.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, Gated):
                found[f"{info.name}.{name}"] = value
    return found


_WINDOW_PIECES = """our Our OUR proposed newly introduced released a an the novel new called named dubbed
    termed coined we call refer to as name it define formally formulate formalize the task problem of without
    requiring need for does not require rely on avoids free of OpenAI Mistral AI Meta NVIDIA xAI Stability
    which is approach method framework , ( ) FooNet BarSet new_ our_ calls""".split()  # noqa: SIM905
_WINDOW_PIECES += [
    "a novel",
    "an efficient new",
    "our approach,",
    "Our method, named",
    ", our newly released",
]
_WINDOW_PIECES += [
    "benchmark.",
    ", a new",
    ", which is our own dataset,",
    "the newly introduced",
    "The proposed",
]
_WINDOW_PIECES += ["we formally define the task of", "We formulate a new problem", "our proposed"]
_WINDOW_PIECES += ["into", "(FOO) into", "intoxicated"]


def _spans(*found: re.Match[str] | None) -> list[tuple[int, int] | None]:
    return [m.span() if m else None for m in found]


def test_gated_patterns_find_what_their_patterns_find_in_every_window() -> None:
    gated = _gated()
    assert {"roles._OUR", "roles._CALLED", "task_words._DENIED", "extent._MAKER_BEFORE"} <= set(gated)
    rng = random.Random(15)
    seen = dict.fromkeys(gated, 0)
    for k in range(3000):
        glue = [*_GLUE, "\u00a0"] if k % 4 == 0 else _GLUE
        text = "".join(rng.choice(glue) + w for w in rng.choices(_WINDOW_PIECES, k=rng.randint(1, 12)))
        ends = [i + 1 for i, ch in enumerate(text) if ch in " ,("] + [len(text)]  # after a cue, before a name
        for name, pattern in gated.items():
            for end in ends:
                pos = max(0, end - rng.choice((20, 40, 80)))
                plain = _spans(pattern.pattern.search(text, pos, end), pattern.pattern.match(text, pos, end))
                seen[name] += plain[0] is not None
                got = _spans(pattern.search(text, pos, end), pattern.match(text, pos, end))
                assert got == plain, (name, text, pos, end)
    assert min(seen.values()) > 20, seen  # every pattern is reached
