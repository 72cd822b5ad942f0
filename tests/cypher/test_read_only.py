"""``kg query`` reads and only reads, on the embedded engine and over Bolt; a broken cache repairs itself.

Each write, file and catalogue statement from issue 14 is run through the real CLI: it must
exit 2 with one line on stderr, and the graph's counts and the file system must be unchanged.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cypher_support import DATABASE, PASSWORD, ArcadeServer, sample_graph, write_graph

from kg.backends.embedded import EmbeddedSession, cached_database
from kg.backends.neo4j import count_graph, load_graph_into
from kg.cli import main

COUNT = "MATCH (n) RETURN count(n) AS n"


def _statements(out: Path) -> dict[str, str]:
    target = out / "leak.csv"
    return {
        "create": "CREATE (:Paper {id: 'evil', title: 'x'})",
        "detach_delete": "MATCH (n) DETACH DELETE n",
        "set": "MATCH (p:Paper) SET p.title = 'owned'",
        "merge": "MERGE (p:Paper {id: 'evil'})",
        "remove": "MATCH (p:Paper) REMOVE p.title",
        "copy_to": f"COPY (MATCH (p:Paper) RETURN p.id, p.title) TO '{target}'",
        "load_from": f"LOAD FROM '{out / 'graph.json'}' RETURN *",
        "export": f"EXPORT DATABASE '{out / 'dump'}'",
        "attach": f"ATTACH '{out / 'other.lbug'}' AS other (dbtype lbug)",
        "install": "INSTALL httpfs",
        "load_extension": "LOAD EXTENSION httpfs",
        "checkpoint": "CHECKPOINT",
        "drop": "DROP TABLE Paper",
        "procedure": "CALL db.labels()",
        "two_statements": "MATCH (n) RETURN n LIMIT 1; MATCH (n) DETACH DELETE n",
        "lower_case": "match (n) detach delete n",
    }


@pytest.fixture
def graph_file(tmp_path: Path) -> Path:
    return write_graph(sample_graph(), tmp_path / "graph.json")


def _count(graph_file: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    query = graph_file.parent / "count.cypher"
    query.write_text(COUNT + "\n")
    assert main(["query", str(query), "--graph", str(graph_file), "--format", "csv", *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(_statements(Path("x"))))
def test_embedded_refuses_writes_files_and_catalogue(
    graph_file: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _count(graph_file, capsys)
    query = graph_file.parent / f"{name}.cypher"
    query.write_text(_statements(graph_file.parent)[name] + "\n")
    files = sorted(p.relative_to(graph_file.parent) for p in graph_file.parent.rglob("*"))
    assert main(["query", str(query), "--graph", str(graph_file)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kg query: error: kg query ") and ("only reads" in err or "one read-only" in err)
    assert "Traceback" not in err
    assert sorted(p.relative_to(graph_file.parent) for p in graph_file.parent.rglob("*")) == files
    assert _count(graph_file, capsys) == before


def test_a_cache_the_engine_cannot_open_is_rebuilt(
    graph_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CHECKPOINT case: left 'checkpoint recovery pending', every later query used to crash."""
    before = _count(graph_file, capsys)
    session = EmbeddedSession(cached_database(graph_file))
    with pytest.raises(Exception, match=r"(?i)checkpoint"):
        session.run("CHECKPOINT", {})  # straight to the engine, past kg's guard: breaks the cache
    session.close()
    with pytest.raises(RuntimeError, match="checkpoint recovery is pending"):
        EmbeddedSession(cached_database(graph_file))
    assert _count(graph_file, capsys) == before


@pytest.mark.bolt
@pytest.mark.parametrize(
    "name", ["create", "detach_delete", "set", "merge", "remove", "procedure", "lower_case"]
)
def test_bolt_refuses_writes(
    arcade: ArcadeServer,
    arcade_driver: object,
    graph_file: Path,
    name: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_graph_into(arcade_driver, sample_graph(), database=DATABASE, wipe=True)
    before = count_graph(arcade_driver, database=DATABASE)
    monkeypatch.setenv("NEO4J_PASSWORD", PASSWORD)
    query = graph_file.parent / f"{name}.cypher"
    query.write_text(_statements(graph_file.parent)[name] + "\n")
    common = ["--neo4j", arcade.uri, "--user", "root", "--database", DATABASE]
    assert main(["query", str(query), *common]) == 2
    err = capsys.readouterr().err
    assert "only reads" in err and len(err.strip().splitlines()) <= 2  # the message and its hint
    assert count_graph(arcade_driver, database=DATABASE) == before


@pytest.mark.bolt
def test_bolt_rolls_back_a_write_the_text_check_cannot_see(
    arcade: ArcadeServer, arcade_driver: object
) -> None:
    """The server-side guard on its own: a write sent straight to run_read is refused and rolled back."""
    from kg.backends.neo4j import run_read
    from kg.errors import QueryError

    load_graph_into(arcade_driver, sample_graph(), database=DATABASE, wipe=True)
    before = count_graph(arcade_driver, database=DATABASE)
    with pytest.raises(QueryError, match="only reads"):
        run_read(arcade_driver, "CREATE (:Paper {id: 'evil', title: 'x'})", {}, database=DATABASE)
    assert count_graph(arcade_driver, database=DATABASE) == before
    assert run_read(arcade_driver, COUNT, {}, database=DATABASE).rows == ((before["nodes"],),)
