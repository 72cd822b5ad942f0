"""A non-editable install ships everything kg reads at run time: lexicon, queries, explorer assets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_runtime_data(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    queries = {p.name for p in (ROOT / "cypher").glob("*.cypher")}
    assets = {p.name for p in (ROOT / "viz").iterdir() if p.is_file()}
    lexicon = {p.name for p in (ROOT / "kg" / "extract" / "lexicon").glob("*.jsonl")}
    assert {f"kg/queries/{q}" for q in queries} <= names
    assert {f"kg/assets/{a}" for a in assets} <= names
    assert {f"kg/extract/lexicon/{x}" for x in lexicon} <= names
    assert "kg/py.typed" in names
