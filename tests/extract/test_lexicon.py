"""The lexicon format: validation with file:line, merging of duplicate ids, lint of alias conflicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ExtractError
from kg.extract.lexicon import Lexicon, LexiconEntry, default_lexicon_paths, lint_lexicon, load_lexicon
from kg.extract.shapes import is_generic


def test_bad_rows_are_reported_with_file_and_line(fx: Path) -> None:
    path = fx / "bad_lexicon.jsonl"
    with pytest.raises(ExtractError) as info:
        load_lexicon([path])
    message = str(info.value)
    assert message.startswith("5 bad lexicon row(s):")
    for line, reason in [
        (2, "'id' must be lower-case"),
        (3, "not valid JSON"),
        (4, "unknown type 'gadget'"),
        (6, "'name' must be a non-empty string"),
        (7, "'aliases' must be a list"),
    ]:
        assert f"{path}:{line}: {reason}" in message
    assert f"{path}:1:" not in message


def test_duplicate_ids_merge_by_union_of_aliases(mini_lexicon: Path) -> None:
    entry = load_lexicon([mini_lexicon]).by_id["dataset:zorblax"]
    assert entry.name == "Zorblax"
    assert entry.aliases == ("Zorblax Corpus", "ZBX-1")


def test_flags_and_output_ids(mini_lexicon: Path) -> None:
    lex = load_lexicon([mini_lexicon])
    assert lex.by_id["benchmark:plinth"].ambiguous is True
    assert [e.id for e in lex.entries] == sorted(e.id for e in lex.entries)


def test_lint_reports_alias_conflicts_and_generic_forms() -> None:
    a = LexiconEntry("dataset:x", "dataset", "Xset", ("XS",))
    b = LexiconEntry("method:y", "method", "Ymethod", ("xs", "deep learning"))
    issues = lint_lexicon(Lexicon((a, b)), ["deep learning"])
    assert issues == [
        "alias conflict: 'xs' is a form of dataset:x, method:y",
        "generic form: 'deep learning' of method:y is never matched",
    ]


def test_shipped_lexicon_loads_and_lints() -> None:
    """The shipped files must load; conflicts are reported (printed with -s), not hidden."""
    paths = default_lexicon_paths()
    if not paths:
        pytest.skip("no shipped lexicon files yet")
    lex = load_lexicon(paths)
    assert len(lex.entries) > 0
    issues = lint_lexicon(lex)
    print("\n".join(issues))
    assert all(issue.startswith(("alias conflict", "generic form")) for issue in issues)


def test_generic_phrases() -> None:
    assert is_generic("large language models")
    assert is_generic("a new dataset")
    assert is_generic("Deep Neural Networks")
    assert not is_generic("contrastive learning")
    assert not is_generic("Mixture-of-Experts")
