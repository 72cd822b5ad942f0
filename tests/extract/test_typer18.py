"""Session 18: `bench/ab_inproc.py` switches each side's name typer (its cost measured in one process)."""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "ab_inproc.py"


def test_each_side_takes_a_name_typer_switch() -> None:
    out = subprocess.run(
        [sys.executable, str(BENCH), "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--names {default,on,off}" in out and "--before-names {default,on,off}" in out


def test_the_runner_loader_passes_the_switch_on(repo_script: Callable[[str, str], ModuleType]) -> None:
    params = inspect.signature(repo_script("bench", "ab_inproc").load).parameters
    assert "names" in params and params["names"].default is None
