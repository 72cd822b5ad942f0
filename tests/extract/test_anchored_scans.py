"""Scans tried only at literal words (kg.extract.anchored, session 10) find what the full scans find.

Each rule's :func:`finditer_at` call names its regex, the words every match holds and their distance
from the match's start; on random texts built from those words, their near misses and mixed white space,
the anchored scan must return the full ``finditer``'s matches, span and groups, from several positions.
Where a rule looks only for the cue words whose forms the text holds (:func:`kg.extract.text_words.present`,
session 14), the scan is tried at those alone, on texts of ASCII white space too (where the gate acts).
``bench/same_output.py`` checks the whole extraction on the corpus.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable

import pytest

from kg.extract import own_anchors, own_enum, paren_names, patterns, task_cues
from kg.extract.anchored import finditer_at, places
from kg.extract.text_words import Cues, present

# name: (regex, words or cue word -> forms, back): the anchored scans of the discovery rules
ANCHORED: dict[str, tuple[re.Pattern[str], Cues | tuple[str, ...], tuple[int, ...]]] = {
    "task_cues._TACKLE": (task_cues._TACKLE, task_cues._TACKLE_GATE, (0,)),
    "task_cues._DATA_NOUN": (task_cues._DATA_NOUN, task_cues._DATA_WORDS, (0,)),
    "task_cues._TASK_WORD": (task_cues._TASK_WORD, task_cues._TASK_WORDS, (0,)),
    "patterns._PASSIVE_VERB": (patterns._PASSIVE_VERB, patterns._PASSIVE_FORMS, patterns._PASSIVE_BACK),
    "patterns._EVAL_ON": (patterns._EVAL_ON, patterns._EVAL_WORDS_ON, (0,)),
    "patterns._CALLED_NAME": (patterns._CALLED_NAME, patterns._CALLED_WORDS, (0,)),
    "paren_names._NAME": (paren_names._NAME, ("(",), (1,)),
    "own_enum._KINDS": (own_enum._KINDS, own_enum._KIND_WORDS, (1,)),
    "own_enum._COUNTED": (own_enum._COUNTED, own_enum._COUNT_WORDS, (0,)),
    "own_anchors._ANCHORS": (own_anchors._ANCHORS, own_anchors._ANCHOR_WORDS, (0,)),
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
_PIECES += ["Module", "Modules", "approachs", "approaches", "is composed of", "consists of", "includes"]
_PIECES += ["_module", "x_includes", "Strategy", "strategys", "Memory", "Decoders"]
_GLUE = [" ", " ", " ", "", "\n", "-", ", ", "\u00a0", "\t", "  "]
_ASCII_GLUE = [" ", " ", " ", "", "\n", "-", ", ", "\t", "  "]


def _texts(words: Iterable[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words = [w.strip() for w in words]
    pieces = _PIECES + words + [w.upper() for w in words] + [w[:-1] for w in words if len(w) > 2]
    pieces += [f"{w}s" for w in words] + [w.capitalize() for w in words]
    out = []
    for k in range(n):
        chosen = rng.choices(pieces, k=rng.randint(1, 16))
        glue = _GLUE if k % 2 else _ASCII_GLUE
        out.append("".join(rng.choice(glue) + w for w in chosen))
    return out


def _found(matches: list[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_anchored_scan_finds_what_the_full_scan_finds(name: str) -> None:
    rx, cues, back = ANCHORED[name]
    seen = 0
    for text in _texts(cues.words if isinstance(cues, Cues) else cues, 4000, seed=len(name)):
        words = present(text, cues) if isinstance(cues, Cues) else cues
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
