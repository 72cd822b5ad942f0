"""The package layout is the architecture: data flows one way, and nothing imports downstream.

Layers, upstream first (docs/architecture.md). A module may import from its own package and from
packages in earlier layers, never from a later one; and the module import graph has no cycle.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parents[2] / "kg"

LAYERS: list[set[str]] = [
    {"errors", "model", "ids", "atomic", "progress", "internals", "schema", "whole", "kg"},
    {"sources"},
    {"readers"},
    {"extract"},
    {"resolve"},
    {"graph"},
    {"build"},
    {"query"},
    {"cypher"},
    {"backends"},
    {"explorer", "export"},
    {"api"},
    {"cli", "__main__"},
]
#: Known exceptions, each to be removed by the change that fixes it.
KNOWN: set[tuple[str, str]] = set()


def _module(path: Path) -> str:
    parts = list(path.relative_to(KG.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> nx.DiGraph:
    g = nx.DiGraph()
    for path in sorted(KG.rglob("*.py")):
        mod = _module(path)
        g.add_node(mod)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module]
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            g.add_edges_from((mod, n) for n in names if n == "kg" or n.startswith("kg."))
    return g


def _package(mod: str) -> str:
    return mod.split(".")[1] if "." in mod else "kg"


def _layer(package: str) -> int:
    found = [i for i, layer in enumerate(LAYERS) if package in layer]
    assert found, f"kg.{package} is in no layer: add it to LAYERS and docs/architecture.md"
    return found[0]


def test_no_package_imports_downstream() -> None:
    bad = sorted(
        {
            (_package(a), _package(b), a, b)
            for a, b in _imports().edges
            if _layer(_package(b)) > _layer(_package(a)) and (_package(a), _package(b)) not in KNOWN
        }
    )
    assert not bad, "downstream imports (package -> later package):\n" + "\n".join(map(str, bad))


def test_known_exceptions_are_still_real() -> None:
    """An exception that no longer occurs must be deleted from KNOWN, so the list only shrinks."""
    pairs = {(_package(a), _package(b)) for a, b in _imports().edges}
    assert pairs >= KNOWN, f"fixed, remove from KNOWN: {sorted(KNOWN - pairs)}"


def test_no_import_cycles_between_modules() -> None:
    g = _imports()
    # a package's __init__ importing its own modules is not a cycle of the design
    g.remove_edges_from([(a, b) for a, b in list(g.edges) if b.startswith(a + ".")])
    cycles = list(nx.simple_cycles(g))
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_private_internals_only_in_kg_internals() -> None:
    """Other libraries' private internals are reached only through kg.internals (pinned by a test)."""
    private = re.compile(r"\._(?:succ|pred|node|adj)\b|_clear_cache|c_make_encoder")
    users = sorted(
        str(p.relative_to(KG.parent))
        for p in KG.rglob("*.py")
        if p.name != "internals.py" and private.search(p.read_text(encoding="utf-8"))
    )
    assert not users, f"private internals used outside kg/internals.py: {users}"


MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def test_modules_and_functions_stay_small() -> None:
    """No module in kg/ over 400 lines and no function over 60 (data files are not modules)."""
    too_long: list[str] = []
    for path in sorted(KG.rglob("*.py")):
        source, name = path.read_text(encoding="utf-8"), path.relative_to(KG.parent)
        if source.count("\n") > MAX_MODULE_LINES:
            too_long.append(f"{name}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    assert too_long == []
