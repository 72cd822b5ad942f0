"""Shared pytest fixtures: fixture paths and ../shared data (skipped cleanly when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture
def fixtures() -> Path:
    """The folder of the project's own small test fixtures."""
    return FIXTURES


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data`` beside the project root; the test is skipped where it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared/data is not present (a user's clone does not have it)")
    return SHARED
