"""Scans tried only at literal words (kg.extract.anchored, session 10) find what the full scans find.

Each rule's :func:`finditer_at` call names its regex, the words every match holds and their distance
from the match's start; on random texts built from those words, their near misses and mixed white space,
the anchored scan must return the full ``finditer``'s matches, span and groups, from several positions.
``bench/same_output.py`` checks the whole extraction on the corpus.
"""

from __future__ import annotations

import random
import re

import pytest

from kg.extract import own_enum, paren_names, patterns, task_cues
from kg.extract.anchored import finditer_at, places

# name: (regex, words, back): the anchored scans of the discovery rules
ANCHORED: dict[str, tuple[re.Pattern[str], tuple[str, ...], tuple[int, ...]]] = {
    "task_cues._TACKLE": (task_cues._TACKLE, task_cues._TACKLE_GATE, (0,)),
    "task_cues._DATA_NOUN": (task_cues._DATA_NOUN, task_cues._DATA_WORDS, (0,)),
    "task_cues._TASK_WORD": (task_cues._TASK_WORD, ("task", "problem"), (0,)),
    "patterns._PASSIVE_VERB": (patterns._PASSIVE_VERB, patterns._PASSIVE_VERBS, patterns._PASSIVE_BACK),
    "patterns._EVAL_ON": (patterns._EVAL_ON, patterns._EVAL_WORDS_ON, (0,)),
    "patterns._CALLED_NAME": (patterns._CALLED_NAME, patterns._CALLED_WORDS, (0,)),
    "paren_names._NAME": (paren_names._NAME, ("(",), (1,)),
    "own_enum._KINDS": (own_enum._KINDS, own_enum._KIND_WORDS, (1,)),
    "own_enum._COUNTED": (own_enum._COUNTED, own_enum._COUNT_WORDS, (0,)),
}
_PIECES = """we We our Our the The this This is are a an on of for x X FooNet Bar-Set newly first then thus
    tackle tackles tackling tackled address addresses addressing solve solves solving study studies studying
    focus focuses focusing on aims seeks refers to has attracted gained received drawn task tasks subtask
    problem problems dataset datasets benchmark benchmarks Dataset datasetx proposed introduced presented
    developed designed constructed built released ( ) , . ; : called named dubbed termed coined so as method
    framework model approach agent module modules components strategies losses (FooNet) (7B) 7B (GlorpNet) X-1
    previously recently novel new curated collected created hour source four (a) (x)""".split()  # noqa: SIM905
_PIECES += ["our proposed FooNet", "the proposed BarNet", "The newly curated X-1", "our method, FooNet,"]
_PIECES += ["Our novel GlorpNet module", "our FooNet (7B) agent", "is newly proposed", "are then built"]
_PIECES += ["on the public", "across several", "over", "add-on", "ion", "(on", "on both two"]
_PIECES += ["two key components:", "three new modules, namely", "several strategies:", "five"]
_PIECES += ["two components", "a (FooNet) for", "called FooNet", "the so-called X"]
_GLUE = [" ", " ", " ", "", "\n", "-", ", ", "\u00a0", "\t", "  "]


def _texts(words: tuple[str, ...], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = _PIECES + list(words) + [w.upper() for w in words] + [w[:-1] for w in words if len(w) > 2]
    out = []
    for _ in range(n):
        chosen = rng.choices(pieces, k=rng.randint(1, 16))
        out.append("".join(rng.choice(_GLUE) + w for w in chosen))
    return out


def _found(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_scan_finds_what_the_full_scan_finds(name: str) -> None:
    rx, words, back = ANCHORED[name]
    seen = 0
    for text in _texts(words, 4000, seed=len(name)):
        for pos in (0, 1, 5):
            full = list(rx.finditer(text, pos))
            seen += len(full)
            assert _found(finditer_at(rx, text, words, back, pos)) == _found(full), (name, text, pos)
    assert seen > 100  # the generated texts do reach the pattern


def test_places_finds_overlapping_occurrences_from_a_position() -> None:
    assert places("aaaa", "aa") == [0, 1, 2]
    assert places("aaaa", "aa", 2) == [2]
    assert places("abc", "x") == []


def test_white_space_test_reads_what_the_regex_class_reads() -> None:
    """``abbreviates_earlier`` reads the head-noun regex's leading ``\\s`` as :meth:`str.isspace` (its cheap
    first test): the two agree on every code point."""
    space = re.compile(r"\s")
    assert all((space.match(chr(c)) is not None) == chr(c).isspace() for c in range(0x110000))
