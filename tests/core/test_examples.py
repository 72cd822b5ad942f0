"""Every ``kg`` example in README.md and in each ``kg COMMAND --help`` runs, and the README's Python block.

The examples run in a scratch folder holding a copy of ``examples/`` and the bundled sample built
into ``kg-out/`` (what the README's quick start makes), plus ``my-kg/`` (a copy) and
``papers.jsonl`` (``kg read … --jsonl`` of the sample), which later examples name. Placeholders
such as ``<paper id>`` are replaced by a real value from that graph. An example is skipped only
for a reason listed in :data:`SKIP`: it needs a server, ``../shared`` data, or stands for a
file of the user's own. Each one runs in process through :func:`kg.cli.main` and must exit 0.
"""

from __future__ import annotations

import contextlib
import io
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

SKIP: dict[str, str] = {
    "--neo4j": "needs a Neo4j / Bolt server",
    "kg load": "needs a Neo4j / Bolt server (NEO4J_URI)",
    "scier_dev.jsonl": "needs the SciER gold file from ../shared",
    "tdmsci_train.conll": "needs the TDMSci gold file from ../shared",
    "scier_train.jsonl": "needs the SciER gold file from ../shared",
    "scirex_train.jsonl.gz": "needs the SciREX gold file from ../shared",
    "arxiv.jsonl.gz works.json refs.bib": "stands for listings of the user's own",
    "export.csv": "stands for a CSV file of the user's own",
    "new_listing.txt": "stands for the user's next listing",
    "kg fetch": "needs the network (tests/sources runs it against a local server)",
    "kg enrich": "needs the network (tests/sources runs it against a local server)",
    "week.json": "a listing kg fetch saves from the network",
}
"""A text in the example -> why that example cannot run here."""


def _commands(lines: list[str]) -> list[str]:
    """The ``kg …`` commands among ``lines``: ``\\``-continued lines joined, ``.venv/bin/`` dropped."""
    found: list[str] = []
    pending = ""
    for line in lines:
        text = pending + line.strip()
        pending = text[:-1] + " " if text.endswith("\\") else ""
        text = text.removeprefix(".venv/bin/")
        if not pending and text.startswith("kg "):
            found.append(text)
    return found


def readme_examples() -> list[str]:
    """The ``kg …`` commands of README.md's ```bash blocks and indented code blocks."""
    code, fence = [], None
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fence = line[3:].strip() if fence is None else None
        elif fence == "bash" or (fence is None and line.startswith("    ")):
            code.append(line)
    return _commands(code)


def help_examples() -> list[str]:
    """The ``kg …`` commands of every sub-command's ``--help`` epilog."""
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    epilogs = [cmd.epilog or "" for cmd in sub.choices.values()]  # type: ignore[attr-defined]
    return _commands([line for text in epilogs for line in text.splitlines()])


def readme_python() -> str:
    """The README's ```python block."""
    text = README.read_text(encoding="utf-8")
    return text.split("```python\n", 1)[1].split("```", 1)[0]


EXAMPLES = sorted(set(readme_examples()) | set(help_examples()))


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder as the README's quick start leaves it, plus the files later examples name."""
    work = tmp_path_factory.mktemp("examples")
    shutil.copytree(ROOT / "examples", work / "examples")
    with contextlib.chdir(work):
        code, _, err = _run(["build", "examples/daily_papers.txt", "--year", "2025", "--out", "kg-out"])
        assert code == 0, err
        code, out, err = _run(["read", "examples/daily_papers.txt", "--year", "2025", "--jsonl"])
        assert code == 0, err
    (work / "papers.jsonl").write_text(out, encoding="utf-8")
    shutil.copytree(work / "kg-out", work / "my-kg")
    yield work


def _placeholders(work: Path) -> dict[str, str]:
    from kg.api import open_graph

    g = open_graph(work / "kg-out" / "graph.json")
    paper = g.lookup("Contrastive Captioners Revisited", "paper")  # a paper that shares datasets
    return {"<paper id>": shlex.quote(paper)}


def test_examples_were_found() -> None:
    assert len(readme_examples()) >= 25 and len(help_examples()) >= 25
    assert "kg similar" in " ".join(EXAMPLES) and "g.similar_papers(" in readme_python()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.split(" #")[0].strip()[:90] for e in EXAMPLES])
def test_example_runs(example: str, workdir: Path) -> None:
    reason = next((why for text, why in SKIP.items() if text in example), None)
    if reason is not None:
        pytest.skip(reason)
    for placeholder, value in _placeholders(workdir).items():
        example = example.replace(placeholder, value)
    argv = shlex.split(example, comments=True)[1:]
    assert not any(a.startswith("<") for a in argv), f"unknown placeholder in {example!r}"
    target = None
    if ">" in argv:
        at = argv.index(">")
        argv, target = argv[:at], argv[at + 1]
    with contextlib.chdir(workdir):
        code, out, err = _run(argv)
    assert code == 0, f"{example!r} exited {code}: {err.strip()}"
    if target is not None:
        (workdir / target).write_text(out, encoding="utf-8")
        assert out, f"{example!r} wrote nothing to {target}"


def test_readme_python_block_runs(workdir: Path) -> None:
    out = io.StringIO()
    with contextlib.chdir(workdir), contextlib.redirect_stdout(out):
        exec(compile(readme_python(), str(README), "exec"), {"__name__": "readme"})
    assert out.getvalue().strip(), "the README's Python block printed no similar papers"
