"""No dataset / benchmark / model lexicon alias may be unlike its entry's name unless reviewed.

The test is the issue-10 measure (b) of ``bench/merges.py`` (rapidfuzz ratio < 60 after lowercasing
and stripping punctuation, and not an initialism), applied to the lexicon itself: an alias failing it
is either a distinct thing (its own entry) or another name of the same thing, listed with its
reason in ``kg/extract/lexicon/unlike_aliases.tsv``. So the count cannot creep back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kg.extract.lexicon import LexiconEntry, default_lexicon_paths, load_lexicon


@pytest.fixture(scope="module")
def merges(repo_script: Callable[[str, str], ModuleType]) -> ModuleType:
    """``bench/merges.py``, the one place the measure is defined (bench/ is not a package)."""
    return repo_script("bench", "merges")


def test_every_unlike_lexicon_alias_is_reviewed(merges: ModuleType) -> None:
    allowed = merges.read_allow_list()
    found = merges.lexicon_unlike(load_lexicon(default_lexicon_paths()).entries)
    unreviewed = [f"{eid}\t{alias}" for eid, alias in found if (eid, alias) not in allowed]
    assert not unreviewed, (
        "aliases unlike their entry's name: make each a distinct entry, drop it, or list it with a "
        "reason in kg/extract/lexicon/unlike_aliases.tsv (docs/typing.md):\n" + "\n".join(unreviewed)
    )


def test_allow_list_has_no_stale_lines(merges: ModuleType) -> None:
    found = set(merges.lexicon_unlike(load_lexicon(default_lexicon_paths()).entries))
    stale = sorted(set(merges.read_allow_list()) - found)
    assert not stale, f"allow-list lines that match no unlike lexicon alias: {stale}"


def test_the_check_catches_distinct_things_and_excuses_other_names(merges: ModuleType) -> None:
    entries = [
        LexiconEntry("model:wrn-28-10", "model", "WRN-28-10", ("WideResNet-28-10", "WRN-16-8")),
        LexiconEntry("dataset:sceneflow", "dataset", "SceneFlow", ("Scene Flow dataset", "FlyingThings3D")),
        LexiconEntry("model:gpt", "model", "GPT", ("Generative Pre-trained Transformer",)),
        LexiconEntry("method:x", "method", "Xmethod", ("Totally Different",)),  # not a checked type
    ]
    assert merges.lexicon_unlike(entries) == [
        ("dataset:sceneflow", "FlyingThings3D"),
        ("model:wrn-28-10", "WRN-16-8"),
    ]


def test_allow_list_lines_need_a_reason(merges: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "allow.tsv"
    path.write_text("# comment\nmodel:a\tA one\tsame thing\nmodel:b\tB one\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"allow.tsv:3: want"):
        merges.read_allow_list(path)
    path.write_text("model:a\tA one\tsame thing\n", encoding="utf-8")
    assert merges.read_allow_list(path) == {("model:a", "A one"): "same thing"}
