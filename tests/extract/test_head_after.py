"""The "the X dataset" cue scanned from its head words (kg.extract.head_after, session 15) finds what the full
scan finds: on generated texts of cue words, names (capitalised, with digits, "of" / "for" inside, long
tokens, up to seven words), head words and their near misses ("models", "datasetx", "Dataset"), joined by
spaces, double spaces, new lines, tabs, non-breaking spaces, hyphens and "_", the matches (span, groups) of
:func:`head_after` are those of ``HEAD_AFTER.finditer``. ``bench/same_output.py`` checks the whole extraction.
"""

from __future__ import annotations

import random

from kg.extract import patterns
from kg.extract.head_after import HEAD_AFTER, HEAD_WORDS, _name_floor, head_after

_CUES = "the on of in from and using with both The On a our".split()  # noqa: SIM905
_NAMES = """Penn Treebank COCO LVIS X Foo-Net FooNet2 mBERT v2 3D GPT-4o A Bar/Baz C++ Set5 Of For
    Pile MS-COCO ImageNet-1K VeryLongTokenNameThatGoesOnAndOnForeverAndEverAndEverMoreStill ABC.DEF""".split()  # noqa: SIM905
_NEAR = "models datasetx Dataset tasks methods metrics suites proposed novel of for large-scale 7B".split()  # noqa: SIM905
_GLUE = [" ", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "-", "_", ", ", ". ", " (", ") "]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = _CUES + _NAMES + _NEAR + list(HEAD_WORDS) + ["of", "for"] * 3
    out = []
    for _ in range(n):
        words = rng.choices(pieces, k=rng.randint(1, 30))
        out.append("".join(w + (" " if rng.random() < 0.7 else rng.choice(_GLUE)) for w in words).rstrip())
    return out


def _found(matches: list) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def test_head_after_finds_what_the_full_scan_finds() -> None:
    seen = 0
    for text in _texts(6000, seed=15):
        full = list(HEAD_AFTER.finditer(text))
        seen += len(full)
        assert _found(head_after(text)) == _found(full), text
    assert seen > 1000  # the texts reach the pattern often


def test_a_long_name_and_a_name_across_joining_words() -> None:
    t = "on the Foo of Bar for Baz Qux Quux Corge dataset; with A B C D E F G model; with A B C D E F model"
    assert _found(head_after(t)) == _found(list(HEAD_AFTER.finditer(t)))
    assert [m.group("name") for m in head_after(t)] == ["Foo of Bar for Baz Qux Quux Corge", "A B C D E F"]
    assert _name_floor(t, t.index(" dataset")) == t.index(" the")  # the walk stops at "the"


def test_head_candidates_unchanged() -> None:
    t = "We report results on the Penn Treebank dataset and on both COCO and LVIS benchmarks."
    assert [(c.name, c.type) for c in patterns.head_candidates(t)] == [
        ("Penn Treebank", "dataset"),
        ("LVIS", "benchmark"),
    ]


def test_described_data_heads_are_found_where_every_head_word_was_looked_for() -> None:
    from kg.extract import described_data

    def every_word(text: str) -> list[tuple[int, int]]:  # the scan before the gate: every head word
        found = []
        for word in described_data._HEAD_WORDS:
            at = text.find(word, 1)
            while at > 0:
                if (head := described_data._HEAD.match(text, at - 1)) is not None:
                    found.append(head.span())
                at = text.find(word, at + len(word))
        return sorted(found)

    seen = 0
    for text in _texts(3000, seed=198):
        text = text.replace("model", "database").replace("task", "Corpus")
        expected = every_word(text)
        seen += len(expected)
        assert [m.span() for m in described_data._heads(text)] == expected, text
    assert seen > 300


def test_metric_heads_are_found_where_every_head_was_looked_for() -> None:
    from kg.extract import metric_phrases

    def every_word(text: str) -> list[tuple[int, int]]:  # the scan before the gate: every head
        found = []
        for word in (" rate", " error", " score"):
            at = text.find(word)
            while at >= 0:
                if (head := metric_phrases._HEAD.match(text, at + 1)) is not None:
                    found.append(head.span())
                at = text.find(word, at + len(word))
        return sorted(found)

    seen = 0
    for text in _texts(3000, seed=117):
        text = text.replace("model", "rate").replace("task", "errors").replace("method", "Scores")
        text = text.replace("suite", "score").replace("corpus", "rates_").replace("metric", "error-rate")
        expected = every_word(text)
        seen += len(expected)
        assert [m.span() for m in metric_phrases._heads(text)] == expected, text
    assert seen > 1000
