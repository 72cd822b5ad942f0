"""Build a copy of this kg with its extraction modules compiled by mypyc, to time it against the source.

    python bench/compiled.py --out /tmp/kg_compiled [--modules anchored roles ...]
    PYTHONPATH=/tmp/kg_compiled python /tmp/kg_compiled/bench/ab_inproc.py --before . \\
        --corpus ../shared/data/arxiv_cs_2025_2026.jsonl.gz --size 2000

The copy holds ``kg/`` and ``bench/`` of this tree; mypyc (a dev dependency of mypy) type-checks the chosen
``kg/extract`` modules and compiles them to C extensions placed beside their sources, which Python's import
prefers. kg itself is unchanged: this measures what compiling would give (docs/evaluation.md, session 25,
"extraction CPU"), it does not ship it. Left out by default: the modules mypyc's native classes or early
binding would change (``candidates``: its dataclass ``__init__`` is replaced at import; ``component``: spaCy's
factory; ``extractor``: the pool's workers), the evaluation modules (not on the extraction path) and
``tokenizer`` / ``matcher`` (builtin calls throughout: compiled, they read no faster). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = frozenset(
    {"__init__", "candidates", "component", "extractor", "judged", "judged_match", "evaluate", "scirex",
     "gold", "tokenizer", "matcher"}
)  # fmt: skip


def chosen(modules: list[str] | None) -> list[str]:
    """The ``kg/extract`` module names to compile: those given, else every one not in :data:`SKIPPED`."""
    names = sorted(p.stem for p in (ROOT / "kg" / "extract").glob("*.py"))
    if modules:
        unknown = sorted(set(modules) - set(names))
        if unknown:
            raise SystemExit(f"no such module in kg/extract: {', '.join(unknown)}")
        return sorted(modules)
    return [name for name in names if name not in SKIPPED]


def build(out: Path, names: list[str]) -> float:
    """Copy ``kg/`` and ``bench/`` to ``out`` (replacing a previous copy) and compile ``names`` there; the
    seconds the build took."""
    if out.resolve() == ROOT:
        raise SystemExit("--out must not be this tree")
    for part in ("kg", "bench"):
        shutil.rmtree(out / part, ignore_errors=True)
        shutil.copytree(ROOT / part, out / part, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    mypyc = Path(sys.executable).with_name("mypyc")
    start = time.monotonic()
    files = [f"kg/extract/{name}.py" for name in names]
    subprocess.run([str(mypyc), *files], cwd=out, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="the directory of the compiled copy")
    parser.add_argument("--modules", nargs="*", help="kg/extract module names (default: all but SKIPPED)")
    args = parser.parse_args()
    names = chosen(args.modules)
    args.out.mkdir(parents=True, exist_ok=True)
    seconds = build(args.out, names)
    built = sorted(p.name.split(".")[0] for p in (args.out / "kg" / "extract").glob("*.so"))
    print(json.dumps({"compiled": built, "asked": len(names), "seconds": round(seconds, 1)}, indent=2))
    return 0 if len(built) == len(names) else 1


if __name__ == "__main__":
    raise SystemExit(main())
