"""Fixtures of the extractor tests: the mini lexicon of invented names and a pipeline that uses it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kg.extract import extract_text
from kg.model import Mention

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "extract"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # alias_review, role_reading importable


@pytest.fixture
def fx() -> Path:
    """tests/fixtures/extract."""
    return HERE


@pytest.fixture
def mini_lexicon() -> Path:
    return HERE / "mini_lexicon.jsonl"


@pytest.fixture
def extract(mini_lexicon: Path) -> Callable[..., list[Mention]]:
    """``extract_text`` with the mini lexicon added to the shipped one."""

    def run(text: str, title: str = "") -> list[Mention]:
        return extract_text(text, title=title, extra_lexicons=(mini_lexicon,))

    return run
