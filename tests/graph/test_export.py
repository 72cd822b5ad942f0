"""kg.export: every format written, read back losslessly where it can be, neo4j-admin headers validated."""

from __future__ import annotations

import csv
import json
import re
import shlex
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import ConfigError
from kg.export import EXPORT_FORMATS, export_graph, read_gexf, read_graphml
from kg.graph.build import build_graph
from kg.graph.demo import demo_graph
from kg.graph.io import load_graph
from kg.schema import LABELS, REL_TYPES

from .records import ENTITIES, MENTIONS, PAPERS


@pytest.fixture(params=["demo", "records"])
def graph(request: pytest.FixtureRequest) -> nx.MultiDiGraph:
    if request.param == "demo":
        return demo_graph()
    g = build_graph(PAPERS, MENTIONS, entities=ENTITIES)
    # awkward text must survive too: quotes, markup, newlines, non-ASCII, separators
    g.nodes["2501.00001"]["title"] = 'Bench "quoted", <b>bold</b>; semi;colon\nnew line — é ✓'
    return g


def _csv(path: str | Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(a.edges(keys=True, data=True)) == sorted(b.edges(keys=True, data=True))
    assert a.graph == b.graph


def test_graphml_round_trip(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    export_graph(graph, "graphml", tmp_path / "g.graphml")
    _same(read_graphml(tmp_path / "g.graphml"), graph)
    # a plain networkx reader (as Gephi/Cytoscape would) sees every node and edge
    plain = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert plain.number_of_nodes() == graph.number_of_nodes()
    assert plain.number_of_edges() == graph.number_of_edges()


def test_gexf_round_trip_and_determinism(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    export_graph(graph, "gexf", tmp_path / "a.gexf")
    export_graph(graph, "gexf", tmp_path / "b.gexf")
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    _same(read_gexf(tmp_path / "a.gexf"), graph)
    plain = nx.read_gexf(tmp_path / "a.gexf")
    paper = next(n for n, d in graph.nodes(data=True) if d["label"] == "Paper")
    assert plain.nodes[paper]["label"] == graph.nodes[paper]["title"]  # what Gephi shows


def test_json_is_the_graph_file(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    export_graph(graph, "json", tmp_path / "g.json")
    _same(load_graph(tmp_path / "g.json"), graph)


def test_csv(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    r = export_graph(graph, "csv", tmp_path / "csv")
    assert [p.name for p in r.files] == ["nodes.csv", "edges.csv"]
    with (tmp_path / "csv" / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with (tmp_path / "csv" / "edges.csv").open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert [n["id"] for n in nodes] == sorted(graph.nodes)
    assert len(edges) == graph.number_of_edges()
    for n in nodes:
        want = graph.nodes[n["id"]]
        assert n["label"] == want["label"]
        if "aliases" in want:
            assert json.loads(n["aliases"]) == want["aliases"]
        if want.get("title") is not None:
            assert n["title"] == want["title"]
    assert {e["type"] for e in edges} <= set(REL_TYPES)


# The documented header format (Neo4j operations manual, "CSV header format"):
#   nodes:          <prop>:ID, :LABEL, <prop>[:<type>[]]
#   relationships:  :START_ID, :END_ID, :TYPE, <prop>[:<type>[]]
_TYPES = "|".join(
    [
        "int",
        "long",
        "float",
        "double",
        "boolean",
        "byte",
        "short",
        "char",
        "string",
        "point",
        "date",
        "localtime",
        "time",
        "localdatetime",
        "datetime",
        "duration",
    ]
)
_PROP = re.compile(rf"^[A-Za-z_][A-Za-z0-9_]*(:({_TYPES})(\[\])?)?$")


def test_neo4j_admin_headers_and_command(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    r = export_graph(graph, "neo4j-admin", tmp_path / "neo")
    assert r.command is not None
    argv = shlex.split(r.command)
    assert argv[:5] == ["neo4j-admin", "database", "import", "full", "neo4j"]
    opts = dict(a[2:].split("=", 1) for a in argv[5:])
    assert opts["array-delimiter"] == ";" and opts["multiline-fields"] == "true"
    node_args = [a.split("=", 1)[1] for a in argv[5:] if a.startswith("--nodes=")]
    rel_args = [a.split("=", 1)[1] for a in argv[5:] if a.startswith("--relationships=")]
    labels = {n["label"] for _, n in graph.nodes(data=True)}
    assert sorted(a.split("=")[0] for a in node_args) == sorted(labels)
    assert sorted(a.split("=")[0] for a in rel_args) == sorted({k for _, _, k in graph.edges(keys=True)})
    n_rows = 0
    for arg in node_args:
        label, files = arg.split("=", 1)
        header_file, data_file = files.split(",")
        assert label in LABELS and Path(header_file).is_absolute()
        header = _csv(header_file)[0]
        assert header[:2] == ["id:ID", ":LABEL"]
        assert all(_PROP.match(h) for h in header[2:]), header
        rows = _csv(data_file)
        assert all(len(row) == len(header) and row[1] == label for row in rows)
        n_rows += len(rows)
        for row in rows:
            props = graph.nodes[row[0]]
            for h, cell in zip(header[2:], row[2:], strict=True):
                name, _, kind = h.partition(":")
                value = props.get(name)
                if kind == "string[]":
                    assert cell.split(";") == value if value else cell == ""
                elif kind == "int":
                    assert (int(cell) if cell else None) == value
                else:
                    assert cell == ("" if value is None else str(value))
    assert n_rows == graph.number_of_nodes()
    e_rows = 0
    for arg in rel_args:
        rel, files = arg.split("=", 1)
        header_file, data_file = files.split(",")
        header = _csv(header_file)[0]
        assert rel in REL_TYPES and header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert all(_PROP.match(h) for h in header[3:]), header
        rows = _csv(data_file)
        assert all(row[2] == rel and graph.has_edge(row[0], row[1], key=rel) for row in rows)
        e_rows += len(rows)
    assert e_rows == graph.number_of_edges()
    assert (tmp_path / "neo" / "import-command.sh").read_text("utf-8").strip().endswith(r.command)


def test_neo4j_admin_picks_a_safe_array_delimiter(tmp_path: Path) -> None:
    g = demo_graph()
    g.nodes["dataset:coco"]["aliases"] = ["MS COCO", "COCO; 2017"]
    r = export_graph(g, "neo4j-admin", tmp_path / "neo")
    assert r.command is not None and "--array-delimiter=|" in shlex.split(r.command)
    row = _csv(tmp_path / "neo" / "Dataset.csv")[0]
    assert "MS COCO|COCO; 2017" in row


def test_unknown_format(tmp_path: Path) -> None:
    assert "neo4j-admin" in EXPORT_FORMATS
    with pytest.raises(ConfigError):
        export_graph(demo_graph(), "dot", tmp_path / "g.dot")
