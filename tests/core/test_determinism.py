"""The same input gives byte-identical output files, whatever Python's hash seed."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _build(out: Path, hash_seed: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    cmd = [sys.executable, "-m", "kg", "build", str(ROOT / "examples" / "daily_papers.txt"), "--year", "2025"]
    subprocess.run([*cmd, "--out", str(out)], check=True, env=env, capture_output=True)
    return {
        name: hashlib.sha256((out / name).read_bytes()).hexdigest()
        for name in ("graph.json", "explorer.html")
    }


def test_build_is_byte_identical_across_processes_and_hash_seeds(tmp_path: Path) -> None:
    first = _build(tmp_path / "a", "1")
    second = _build(tmp_path / "b", "2")
    assert first == second
