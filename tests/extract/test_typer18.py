"""Session 18: `bench/ab_inproc.py` switches each side's name typer (its cost measured in one process);
session 19: it keeps the garbage collector out of the timing."""

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


def test_a_run_on_a_small_corpus_keeps_the_collector_out_of_the_timing(tmp_path: Path) -> None:
    import gzip
    import json

    corpus = tmp_path / "c.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(100):
            row = {"id": f"2501.{i:05d}", "title": "T", "summary": f"We train on CIFAR-{i}."}
            fh.write(json.dumps(row) + "\n")
    root = BENCH.parent.parent
    for flags in ([], ["--gc"]):
        cmd = [sys.executable, str(BENCH), "--before", str(root), "--corpus", str(corpus), "--size", "50"]
        done = subprocess.run([*cmd, "--offset", "0", *flags], capture_output=True, text=True, check=True)
        out = json.loads(done.stdout)
        assert out["abstracts"] == 50 and out["identical_mentions"] is True
    usage = subprocess.run([sys.executable, str(BENCH), "--help"], capture_output=True, text=True).stdout
    assert "--gc" in usage
