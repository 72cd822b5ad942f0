"""Builds that cannot collide, tear or litter (issue 14): a lock, a sweep, one-line output errors.

The full disk is real: the graph file's temporary file is pointed at ``/dev/full``, so the
kernel itself answers ENOSPC.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.atomic
from kg.build.outdir import locked_output
from kg.cli import main

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "graph"
A, B = str(FIX / "listing_a.jsonl"), str(FIX / "listing_b.jsonl")


def _papers(graph: Path) -> set[str]:
    return {n["id"] for n in json.loads(graph.read_text())["nodes"] if n.get("label") == "Paper"}


def _build(out: Path, *inputs: str) -> int:
    return main(["build", *inputs, "--out", str(out)])


def test_a_second_build_into_a_locked_directory_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kg-out"
    with locked_output(out):  # a build in progress holds the lock
        assert _build(out, A) == 2
    err = capsys.readouterr().err
    assert (
        err.splitlines()[0] == f"kg build: error: another kg build is writing into {out} (pid {os.getpid()})"
    )
    assert not (out / "graph.json").exists()
    assert _build(out, A) == 0  # the lock went with its holder


def test_two_concurrent_builds_never_interleave(tmp_path: Path) -> None:
    """Two real processes at once: one builds, the other refuses; the graph holds one whole input."""
    out = tmp_path / "kg-out"
    cmd = [sys.executable, "-m", "kg", "build", "--no-explorer", "--out", str(out)]
    procs = [subprocess.Popen([*cmd, src], stderr=subprocess.PIPE, text=True) for src in (A, B)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    codes = sorted(code for code, _ in results)
    if codes == [0, 0]:  # they did not overlap in time: one ran after the other, adding its input
        both = tmp_path / "both"
        assert _build(both, A, B) == 0
        assert _papers(out / "graph.json") == _papers(both / "graph.json")
        return
    assert codes == [0, 2]
    assert any("another kg build is writing into" in err for _, err in results)


def test_readers_of_a_build_store_take_no_write_lock(tmp_path: Path) -> None:
    from kg.build.cache import BuildCache
    from kg.query.explain import explain

    out = tmp_path / "kg-out"
    assert _build(out, A) == 0
    reader = BuildCache(out / "kg-cache.sqlite")  # e.g. another kg explain, still open
    try:
        reader.papers()
        assert not reader.db.in_transaction
        t = time.perf_counter()
        assert explain(out, next(iter(_entities(out)))).names  # was "database is locked" after 5 s
        assert time.perf_counter() - t < 4
    finally:
        reader.close()


def _entities(graph_dir: Path) -> list[str]:
    nodes = json.loads((graph_dir / "graph.json").read_text())["nodes"]
    return sorted(n["id"] for n in nodes if n.get("label") not in ("Paper", "Author"))


def test_stale_temporary_files_are_swept(tmp_path: Path) -> None:
    out = tmp_path / "kg-out"
    out.mkdir()
    stale = [out / ".graph.json.0123456789abcdef.tmp", out / ".explorer.html.fedcba9876543210.tmp"]
    for p in stale:
        p.write_text("left by a killed build")
    keep = out / "notes.tmp"
    keep.write_text("the user's own file")
    assert _build(out, A) == 0
    assert not any(p.exists() for p in stale) and keep.exists()


def test_out_naming_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "graph.json"
    target.write_text("precious")
    assert _build(target, A) == 2
    assert (
        capsys.readouterr().err.splitlines()[0]
        == f"kg build: error: --out {target} is a file, not a directory"
    )
    assert target.read_text() == "precious"


def test_full_disk_is_one_line_and_the_old_files_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    out = tmp_path / "kg-out"
    assert _build(out, A) == 0
    before = {name: (out / name).read_bytes() for name in ("graph.json", "explorer.html")}
    create = kg.atomic._create_beside

    def full_disk(target: Path) -> tuple[int, str]:
        fd, tmp = create(target)
        full = os.open("/dev/full", os.O_WRONLY)
        os.dup2(full, fd)  # every write to the temporary file now fails with ENOSPC
        os.close(full)
        return fd, tmp

    monkeypatch.setattr(kg.atomic, "_create_beside", full_disk)
    capsys.readouterr()
    assert _build(out, A, B) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg build: error: cannot write into {out}: No space left on device\n")
    assert "Traceback" not in err
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not list(out.glob(".*.tmp"))
    monkeypatch.undo()  # space again: the rerun gives what a clean build gives
    assert _build(out, A, B) == 0
    clean = tmp_path / "clean"
    assert _build(clean, A, B) == 0
    assert (out / "graph.json").read_bytes() == (clean / "graph.json").read_bytes()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only directories")
def test_read_only_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kg-out"
    assert _build(out, A) == 0
    graph = (out / "graph.json").read_bytes()
    out.chmod(0o555)
    try:
        assert _build(out, A, B) == 2
    finally:
        out.chmod(0o755)
    assert capsys.readouterr().err.startswith(f"kg build: error: cannot write into {out}")
    assert (out / "graph.json").read_bytes() == graph


def test_the_explorer_child_dies_with_its_parent(tmp_path: Path) -> None:
    """A parent killed by SIGKILL takes its forked explorer child with it (no late explorer.html)."""
    marker = tmp_path / "late.html"
    script = f"""
import multiprocessing, os, signal, sys, time
from pathlib import Path
from kg.build.explorer_page import die_with_parent

def child(parent):
    die_with_parent(parent)
    time.sleep(3)
    Path({str(marker)!r}).write_text("written after the parent died")

p = multiprocessing.get_context("fork").Process(target=child, args=(os.getpid(),), daemon=True)
p.start()
print(p.pid, flush=True)
time.sleep(0.5)
os.kill(os.getpid(), signal.SIGKILL)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    child = int(done.stdout.split()[0])
    time.sleep(4)
    assert not marker.exists()
    status = Path(f"/proc/{child}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()


def test_load_reaches_the_server_before_reading_the_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreachable server is reported at once: the graph file (here missing) is never opened."""
    assert (
        main(["load", str(tmp_path / "missing.json"), "--neo4j", "bolt://127.0.0.1:9", "--password", "x"])
        == 2
    )
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert lines[0].startswith("kg load: error: graph server at bolt://127.0.0.1:9 failed while connecting")
    assert len(lines) == 2 and lines[1].startswith("  hint:")


def test_output_trouble_in_other_commands_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "kg-out"
    assert _build(out, A) == 0
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    capsys.readouterr()
    for argv in (
        ["explore", str(out / "graph.json"), "-o", str(blocker / "x.html")],
        [
            "export",
            "--graph",
            str(out / "graph.json"),
            "--format",
            "graphml",
            "-o",
            str(blocker / "g.graphml"),
        ],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"kg {argv[0]}: error: ") and str(blocker) in err, err
