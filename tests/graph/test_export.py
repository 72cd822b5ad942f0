"""kg.export: every format written, read back losslessly where it can be, neo4j-admin headers validated."""

from __future__ import annotations

import csv
import json
import re
import shlex
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import igraph
import networkx as nx
import pytest

from kg.errors import ConfigError
from kg.export import COMPOSE_IMPORT, EXPORT_FORMATS, export_graph, read_gexf, read_graphml
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


def _graphml_key_ids(path: Path) -> list[str]:
    root = ElementTree.parse(path).getroot()
    return [k.get("id", "") for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")]


def test_graphml_for_gephi_and_cytoscape(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    """Unique edge ids and key ids, names as node labels, kg's label as its own attribute —
    read by networkx and by igraph (a second, independent GraphML reader)."""
    path = tmp_path / "g.graphml"
    export_graph(graph, "graphml", path)
    root = ElementTree.parse(path).getroot()
    edge_ids = [e.get("id") for e in root.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(edge_ids) == graph.number_of_edges() == len(set(edge_ids)) and None not in edge_ids
    keys = _graphml_key_ids(path)
    assert len(keys) == len(set(keys))
    want_label = {n: d.get("name") or d.get("title") for n, d in graph.nodes(data=True)}
    plain = nx.read_graphml(path, force_multigraph=True)
    assert {n: d["label"] for n, d in plain.nodes(data=True)} == want_label
    assert {n: d["kg_label"] for n, d in plain.nodes(data=True)} == dict(graph.nodes(data="label"))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert ig.vcount() == graph.number_of_nodes() and ig.ecount() == graph.number_of_edges()
    assert dict(zip(ig.vs["id"], ig.vs["label"], strict=True)) == want_label
    assert dict(zip(ig.vs["id"], ig.vs["kg_label"], strict=True)) == dict(graph.nodes(data="label"))
    got = sorted((ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["type"]) for e in ig.es)
    assert got == sorted((u, v, k) for u, v, k in graph.edges(keys=True))


def test_gexf_for_gephi_has_unique_ids_and_viz(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    path = tmp_path / "g.gexf"
    export_graph(graph, "gexf", path)
    plain = nx.read_gexf(path)
    ids = [d["id"] for _, _, d in plain.edges(data=True)]
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    colours = {}
    for n, d in plain.nodes(data=True):
        assert d["label"] == (graph.nodes[n].get("name") or graph.nodes[n].get("title"))
        c = d["viz"]["color"]
        colours.setdefault(d["kg_label"], set()).add((c["r"], c["g"], c["b"]))
        assert d["viz"]["size"] > 0
    # one colour per label, a different one for each label
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours)
    hub = max(graph.nodes, key=graph.degree)
    same_kind = [n for n in graph.nodes if graph.nodes[n]["label"] == graph.nodes[hub]["label"]]
    leaf = min(same_kind, key=graph.degree)
    assert plain.nodes[hub]["viz"]["size"] >= plain.nodes[leaf]["viz"]["size"]


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
    folder = tmp_path / "neo"
    node_args = [a.split("=", 1)[1] for a in argv[5:] if a.startswith("--nodes=")]
    rel_args = [a.split("=", 1)[1] for a in argv[5:] if a.startswith("--relationships=")]
    labels = {n["label"] for _, n in graph.nodes(data=True)}
    assert sorted(a.split("=")[0] for a in node_args) == sorted(labels)
    assert sorted(a.split("=")[0] for a in rel_args) == sorted({k for _, _, k in graph.edges(keys=True)})
    n_rows = 0
    for arg in node_args:
        label, files = arg.split("=", 1)
        header_file, data_file = (folder / f for f in files.split(","))
        assert label in LABELS and "/" not in files  # relative to the export folder
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
        header_file, data_file = (folder / f for f in files.split(","))
        header = _csv(header_file)[0]
        assert rel in REL_TYPES and header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        assert all(_PROP.match(h) for h in header[3:]), header
        rows = _csv(data_file)
        assert all(row[2] == rel and graph.has_edge(row[0], row[1], key=rel) for row in rows)
        e_rows += len(rows)
    assert e_rows == graph.number_of_edges()
    # every option is one `neo4j-admin database import full` (Neo4j 5) accepts
    assert {a[2:].split("=", 1)[0] for a in argv[5:]} <= _IMPORT_FULL_OPTIONS


_IMPORT_FULL_OPTIONS = {
    "nodes",
    "relationships",
    "array-delimiter",
    "multiline-fields",
    "delimiter",
    "quote",
    "id-type",
    "input-encoding",
    "ignore-empty-strings",
    "overwrite-destination",
    "skip-bad-relationships",
    "skip-duplicate-nodes",
    "trim-strings",
    "normalize-types",
}
"""Options of ``neo4j-admin database import full`` in the Neo4j 5 operations manual (a subset)."""


def test_neo4j_admin_script_runs_the_command_from_its_own_folder(tmp_path: Path) -> None:
    """``import-command.sh`` works wherever it is called from (as ``sh /import/import-command.sh``
    in kg's container): it runs neo4j-admin in its folder, where every named file exists. The
    stand-in neo4j-admin (Neo4j needs Java and a server) records its folder and arguments."""
    r = export_graph(demo_graph(), "neo4j-admin", tmp_path / "import")
    fake = tmp_path / "bin" / "neo4j-admin"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\npwd > "$RECORD"\nfor a in "$@"; do echo "$a" >> "$RECORD"; done\n')
    fake.chmod(0o755)
    record = tmp_path / "record.txt"
    env = {"PATH": "/usr/bin:/bin", "NEO4J_ADMIN": str(fake), "RECORD": str(record)}
    subprocess.run(["sh", str(tmp_path / "import" / "import-command.sh")], cwd="/", env=env, check=True)
    cwd, *argv = record.read_text().splitlines()
    assert Path(cwd) == tmp_path / "import"
    assert r.command is not None and argv == shlex.split(r.command)[1:]
    named = [
        f
        for a in argv
        if a.startswith(("--nodes=", "--relationships="))
        for f in a.split("=", 2)[2].split(",")
    ]
    assert named and all((tmp_path / "import" / f).is_file() for f in named)


def test_compose_mounts_the_import_folder_the_script_expects() -> None:
    compose = (Path(__file__).resolve().parents[2] / "docker" / "compose.yaml").read_text()
    assert "- ${KG_IMPORT:-./import}:/import:ro" in compose  # docker/import by default
    assert "- ../cypher:/kg/cypher:ro" in compose  # schema.cypher for cypher-shell -f
    assert "/import/import-command.sh" in COMPOSE_IMPORT and "KG_IMPORT={dir}" in COMPOSE_IMPORT


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
