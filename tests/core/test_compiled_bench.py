"""bench/compiled.py picks the extraction modules it compiles (docs/evaluation.md, session 25)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "compiled.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_compiled", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_default_choice_is_every_extraction_module_but_the_skipped() -> None:
    """Rule modules are compiled; the replaced ``__init__``, spaCy's factory, the pool and the builtin-bound
    tokenizer and walk are not."""
    bench = _bench()
    names = bench.chosen(None)
    assert {"roles", "anchored", "discovery", "text_words"} <= set(names)
    assert not set(names) & bench.SKIPPED
    assert names == sorted(names)


def test_named_modules_are_checked() -> None:
    """Given names are kept as given (sorted); a name kg/extract does not hold stops the script."""
    bench = _bench()
    assert bench.chosen(["roles", "anchored"]) == ["anchored", "roles"]
    with pytest.raises(SystemExit, match="no such module"):
        bench.chosen(["roles", "nonexistent"])
