"""Fixtures of the Cypher tests: Neo4j's linter (npm), an ArcadeDB Bolt server, small graphs.

The linter is installed once into ``.cache/cypher-lint`` (skipped only when npm is absent).
The ArcadeDB server runs in a subprocess (tests/cypher/arcadedb_server.py) so a test can kill it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # cypher_support is importable from the tests

from cypher_support import ArcadeServer, start_arcade  # noqa: E402

ROOT = HERE.parent.parent
LINT_PREFIX = ROOT / ".cache" / "cypher-lint"
LINTER_VERSION = "2.0.0-next.38"
LINT_PACKAGE = f"@neo4j-cypher/language-support@{LINTER_VERSION}"


def lint_installed() -> bool:
    pkg = LINT_PREFIX / "node_modules" / "@neo4j-cypher" / "language-support" / "package.json"
    return pkg.is_file() and json.loads(pkg.read_text())["version"] == LINTER_VERSION


@pytest.fixture(scope="session")
def cypher_linter() -> Any:
    """A function ``lint(statements: dict[name, text], schema) -> list[diagnostic]`` using Neo4j's linter."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node/npm not installed: cannot run Neo4j's Cypher linter")
    if not lint_installed():
        LINT_PREFIX.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(LINT_PREFIX), LINT_PACKAGE],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            pytest.fail(f"npm install {LINT_PACKAGE} failed:\n{done.stderr[-2000:]}")

    def lint(statements: dict[str, str], schema: dict[str, Any]) -> list[dict[str, Any]]:
        payload = {"statements": [{"name": k, "text": v} for k, v in statements.items()], "schema": schema}
        done = subprocess.run(
            ["node", str(HERE / "lint.mjs"), str(LINT_PREFIX)],
            input=json.dumps(payload),
            capture_output=True,
            text=True,
            check=True,
            timeout=600,
        )
        result: list[dict[str, Any]] = json.loads(done.stdout)
        return result

    return lint


@pytest.fixture(scope="session")
def arcade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ArcadeServer]:
    """One ArcadeDB Bolt server for the whole session."""
    pytest.importorskip("arcadedb_embedded")
    server = start_arcade(tmp_path_factory.mktemp("arcadedb"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def arcade_driver(arcade: ArcadeServer) -> Iterator[Any]:
    driver = arcade.driver()
    yield driver
    driver.close()
