"""Export a kg graph for other tools: GraphML, GEXF, node-link JSON, CSV, and the neo4j-admin import set.

- ``graphml`` (Cytoscape, Gephi, yEd) and ``gexf`` (Gephi): list values are JSON-encoded
  strings and null values are left out; :func:`read_graphml` / :func:`read_gexf` undo both,
  giving back the graph exactly. In both the node ``label`` is the paper title / entity name
  (what Gephi and Cytoscape show), kg's label (Paper, Dataset …) is the attribute ``kg_label``,
  and every edge has its own id (in sorted edge order). GraphML keeps the
  relationship type as ``type`` (key ids ``d0`` … so a node and an edge attribute of the same
  name never share an id); GEXF names it ``kg_type``, gives mention offsets as ``char_start`` /
  ``char_end`` (it reserves ``start`` / ``end`` for time) and each node a ``viz`` colour (the
  explorer's, per label) and size (grows with the degree).
- ``json``: the graph file itself (node-link JSON, see :func:`kg.graph.io.save_graph`).
- ``csv``: a directory with ``nodes.csv`` (``id``, ``label``, then every property) and
  ``edges.csv`` (``source``, ``target``, ``type``, then every property); lists as JSON.
- ``neo4j-admin``: a directory with one header + data CSV pair per label and per relationship
  type, for ``neo4j-admin database import full``; :attr:`ExportResult.command` is the command,
  with file paths relative to that directory (run it there: ``import-command.sh`` does, and
  ``docker/compose.yaml`` mounts the directory at ``/import``; see docs/neo4j.md). Ids live in
  one global id space (``id:ID``; kg ids are unique across labels), so relationship files need
  no per-label id space.

>>> import tempfile, pathlib
>>> from kg.graph.demo import demo_graph
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> g = demo_graph()
>>> _ = export_graph(g, "graphml", out / "g.graphml")
>>> back = read_graphml(out / "g.graphml")
>>> dict(back.nodes(data=True)) == dict(g.nodes(data=True))
True
>>> r = export_graph(g, "neo4j-admin", out / "neo4j")
>>> (out / "neo4j" / "Paper_header.csv").read_text().split(",")[:4]
['id:ID', ':LABEL', 'abstract', 'arxiv_id']
>>> r.command.split(" --")[0]
'neo4j-admin database import full neo4j'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import ConfigError
from kg.export.network import read_gexf, read_graphml, write_gexf, write_graphml
from kg.export.tables import COMPOSE_IMPORT, neo4j_type, write_csv, write_neo4j_admin
from kg.graph.io import save_graph

__all__ = [
    "COMPOSE_IMPORT",
    "EXPORT_FORMATS",
    "ExportResult",
    "export_graph",
    "neo4j_type",
    "read_gexf",
    "read_graphml",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_neo4j_admin",
]

EXPORT_FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "csv", "neo4j-admin")


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The files an export wrote and, for ``neo4j-admin``, the import command to run."""

    format: str
    files: tuple[Path, ...]
    command: str | None = None


def export_graph(
    g: nx.MultiDiGraph, format: str, path: str | os.PathLike[str], *, database: str = "neo4j"
) -> ExportResult:
    """Write ``g`` in ``format`` (one of :data:`EXPORT_FORMATS`) to ``path``.

    ``path`` is a file for graphml / gexf / json and a directory for csv / neo4j-admin.
    """
    out = Path(path)
    if format == "graphml":
        write_graphml(g, out)
    elif format == "gexf":
        write_gexf(g, out)
    elif format == "json":
        save_graph(g, out)
    elif format == "csv":
        return ExportResult(format, write_csv(g, out))
    elif format == "neo4j-admin":
        files, command = write_neo4j_admin(g, out, database=database)
        return ExportResult(format, files, command)
    else:
        raise ConfigError(
            f"unknown export format: {format!r}", hint=f"use one of {', '.join(EXPORT_FORMATS)}"
        )
    return ExportResult(format, (out,))
