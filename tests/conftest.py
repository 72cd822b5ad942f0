"""Shared pytest fixtures: fixture paths, ../shared data (skipped cleanly when absent) and the repo's
bench/ and train/ scripts as modules."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

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


@pytest.fixture(scope="session")
def repo_script() -> Callable[[str, str], ModuleType]:
    """A loader of the repo's scripts, which are not packages: ``repo_script("train", "corroborate")``
    executes ``train/corroborate.py`` afresh and returns it as a module (registered in ``sys.modules``
    under its own name, so its dataclasses work)."""

    def load(folder: str, name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(name, ROOT / folder / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module

    return load
