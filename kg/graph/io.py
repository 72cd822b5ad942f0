"""The graph file and the in-memory graph: node-link JSON written and read, records assembled, summaries.

The file is compact node-link JSON, nodes sorted by id and links by (source, type, target), one
record per line, versioned (:data:`KG_FORMAT`) and written atomically, so the same graph always
gives the same bytes. Every graph file is written by :func:`write_graph_file`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx

from kg.atomic import open_atomic
from kg.errors import GraphError
from kg.internals import clear_cache, gc_paused, node_dict, pred_dict, record_encoder, succ_dict

__all__ = [
    "GRAPH_FILE",
    "KG_FORMAT",
    "GraphSummary",
    "assemble_graph",
    "graph_file",
    "graph_from_data",
    "graph_to_data",
    "load_graph",
    "save_graph",
    "summarise",
    "write_graph_file",
]

KG_FORMAT = 1
"""The version of the graph file layout; :func:`load_graph` refuses any other."""

GRAPH_FILE = "graph.json"
"""The graph file's name in a build folder (``kg build --out DIR`` writes ``DIR/graph.json``)."""

Buffer = bytes | memoryview
"""Encoded record lines as :func:`write_graph_file` takes them (a view of an old file's pages too)."""
_BLOCK = 1 << 20  # pieces below this size are gathered before they are written and hashed


def assemble_graph(
    graph: Mapping[str, Any],
    nodes: Mapping[str, dict[str, Any]],
    edges: Mapping[tuple[str, str, str], dict[str, Any]],
) -> nx.MultiDiGraph:
    """A MultiDiGraph from node attributes by id and edge attributes by ``(source, type, target)``.

    Nodes go in sorted by id and edges by (source, type, target) — the graph file's order — so a
    built graph and a loaded one iterate alike. The attribute dicts are used as they are (not
    copied), and the adjacency is filled directly: networkx's ``add_edge`` costs several times
    more per edge, which matters at a million edges. Every edge end must be in ``nodes``.

    >>> g = assemble_graph({"kg_format": 1}, {"b": {"label": "Paper"}, "a": {"label": "Paper"}},
    ...                    {("b", "CITES", "a"): {"type": "CITES"}})
    >>> list(g.nodes), list(g.edges(keys=True, data=True))
    (['a', 'b'], [('b', 'a', 'CITES', {'type': 'CITES'})])
    """
    g = nx.MultiDiGraph(**graph)
    node, succ, pred = node_dict(g), succ_dict(g), pred_dict(g)
    for n in sorted(nodes):
        node[n] = nodes[n]
        succ[n] = {}
        pred[n] = {}
    by_source: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for (u, k, v), attrs in edges.items():  # sorted per source below: many small sorts, not one big
        by_source[u].append((k, v, attrs))
    for u in sorted(by_source):
        out, nbrs = by_source[u], succ[u]
        if len(out) > 1:
            out.sort(key=_type_target)
        for k, v, attrs in out:
            keydict = nbrs.get(v)
            if keydict is None:
                keydict = nbrs[v] = pred[v][u] = {}
            keydict[k] = attrs
    clear_cache(g)
    return g


def _type_target(edge: tuple[str, str, dict[str, Any]]) -> tuple[str, str]:
    return edge[0], edge[1]


# ---------------------------------------------------------------------------------------------
# summary


@dataclass(frozen=True, slots=True)
class GraphSummary:
    """Counts of a graph: nodes by label and edges by relationship type (both sorted)."""

    nodes: tuple[tuple[str, int], ...]
    edges: tuple[tuple[str, int], ...]

    @property
    def n_papers(self) -> int:
        """The number of ``Paper`` nodes."""
        return dict(self.nodes).get("Paper", 0)

    def to_dict(self) -> dict[str, Any]:
        """``{"nodes": {label: n}, "edges": {type: n}}``."""
        return {"nodes": dict(self.nodes), "edges": dict(self.edges)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, int]]) -> GraphSummary:
        """Inverse of :meth:`to_dict`."""
        return cls(tuple(sorted(data["nodes"].items())), tuple(sorted(data["edges"].items())))


def summarise(g: nx.MultiDiGraph) -> GraphSummary:
    """Count nodes by label and edges by type.

    >>> from kg.model import Paper, Source
    >>> from kg.graph.build import build_graph
    >>> summarise(build_graph([Paper(id="a", title="A", source=Source("f"), authors=("X Y",))], [])).to_dict()
    {'nodes': {'Author': 1, 'Paper': 1}, 'edges': {'WROTE': 1}}
    """
    nodes: Counter[str] = Counter(str(attrs.get("label")) for attrs in node_dict(g).values())
    edges: Counter[str] = Counter(  # the dicts behind the views: a million edges in a fraction of a second
        str(k) for nbrs in succ_dict(g).values() for keydict in nbrs.values() for k in keydict
    )
    return GraphSummary(tuple(sorted(nodes.items())), tuple(sorted(edges.items())))


# ---------------------------------------------------------------------------------------------
# the graph file


def graph_to_data(g: nx.MultiDiGraph) -> dict[str, Any]:
    """The node-link dict of the graph file: nodes sorted by id, links by (source, type, target).

    Readable by ``networkx.node_link_graph(data, edges="links")``.

    >>> g = nx.MultiDiGraph(kg_format=1)
    >>> g.add_node("b", label="Paper"); g.add_node("a", label="Paper")
    >>> _ = g.add_edge("b", "a", key="CITES", type="CITES")
    >>> d = graph_to_data(g)
    >>> [n["id"] for n in d["nodes"]], d["links"]
    (['a', 'b'], [{'source': 'b', 'target': 'a', 'key': 'CITES', 'type': 'CITES'}])
    """
    node, succ = (
        node_dict(g),
        succ_dict(g),
    )  # the plain dicts behind the views: much faster at a million edges
    nodes = [{"id": n, **node[n]} for n in sorted(node)]
    links = list(_link_records(succ, sorted(succ)))  # by source, then (type, target): many small sorts
    graph = {**g.graph, "kg_format": g.graph.get("kg_format", KG_FORMAT)}
    return {
        "kg_format": graph["kg_format"],
        "directed": True,
        "multigraph": True,
        "graph": graph,
        "nodes": nodes,
        "links": links,
    }


def graph_from_data(data: Mapping[str, Any], *, source: str = "<data>", copy: bool = True) -> nx.MultiDiGraph:
    """Rebuild the graph from a node-link dict written by :func:`graph_to_data`.

    Raises :class:`GraphError` when the dict is not a kg graph of a known format version.
    With ``copy=False`` the records of ``data`` become the attribute dicts (faster; ``data`` is
    consumed).

    >>> graph_from_data({"kg_format": 99, "nodes": [], "links": []})
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: <data>: graph format 99 is not supported (this kg reads format 1)
    """
    version = data.get("kg_format") if isinstance(data, Mapping) else None
    if version is None:
        raise GraphError(
            f"{source}: not a kg graph file (no kg_format)", hint="build one with `kg build INPUT --out DIR`"
        )
    if version != KG_FORMAT:
        raise GraphError(
            f"{source}: graph format {version!r} is not supported (this kg reads format {KG_FORMAT})",
            hint="rebuild the graph with this kg version: `kg build INPUT --out DIR --rebuild`",
        )
    try:
        nodes = {n.pop("id"): n for n in (dict(rec) if copy else rec for rec in data["nodes"])}
        edges = {}
        for rec in data["links"]:
            e = dict(rec) if copy else rec
            edges[(e.pop("source"), e.pop("key"), e.pop("target"))] = e
        return assemble_graph(data.get("graph", {}), nodes, edges)
    except (KeyError, TypeError, AttributeError) as err:
        raise GraphError(f"{source}: malformed graph file ({err!r})", hint="rebuild it: `kg build`") from err


def save_graph(g: nx.MultiDiGraph, path: str | os.PathLike[str]) -> str:
    """Write the graph file atomically: compact, sorted node-link JSON, one record per line.

    The same graph always gives the same bytes (those of :func:`graph_to_data`'s records,
    streamed rather than collected first). Returns their SHA-256 (hex), computed while
    writing, so a caller need not read the file back to know whether it changed.
    """
    encode = record_encoder()
    node, succ = node_dict(g), succ_dict(g)  # the plain dicts behind the views, as in graph_to_data

    def chunks(records: Iterable[dict[str, Any]]) -> Iterator[Sequence[bytes]]:
        it = iter(records)
        while chunk := list(itertools.islice(it, 10000)):
            yield [",\n".join(map(encode, chunk)).encode("utf-8")]

    nodes = ({"id": n, **node[n]} for n in sorted(node))
    return write_graph_file(path, g.graph, chunks(nodes), chunks(_link_records(succ, sorted(succ))))


def write_graph_file(
    path: str | os.PathLike[str],
    graph: Mapping[str, Any],
    nodes: Iterable[Sequence[Buffer]],
    links: Iterable[Sequence[Buffer]],
) -> str:
    """Write a graph file atomically from its records' encoded lines, in file order; returns its SHA-256.

    The one writer of the layout: ``nodes`` and ``links`` are chunks of records already encoded as
    compact, key-sorted JSON (:func:`kg.internals.record_encoder`), nodes sorted by id and links by
    (source, type, target). :func:`save_graph` encodes a graph's records; the build store copies its
    stored lines (:meth:`kg.build.store.GraphStore.write_file`).

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.json"
    >>> _ = write_graph_file(path, {}, [[b'{"id":"a","label":"Paper"}']], [])
    >>> load_graph(path).nodes["a"]
    {'label': 'Paper'}
    """
    graph = {**graph, "kg_format": graph.get("kg_format", KG_FORMAT)}
    head = {"kg_format": graph["kg_format"], "directed": True, "multigraph": True, "graph": graph}
    with open_atomic(path, "wb", encoding=None) as fh, _Sink(fh) as out:  # type: ignore[arg-type]
        out.write((record_encoder()(head)[:-1] + ',"nodes":[').encode("utf-8"))
        out.write(b"\n]" if _write_chunks(out.write, nodes) else b"]")
        out.write(b',"links":[')
        out.write(b"\n]}\n" if _write_chunks(out.write, links) else b"]}\n")
    return out.hexdigest()


class _Sink:
    """The bytes of a file written and hashed (SHA-256) at once: small pieces are gathered into
    blocks; each block is hashed in a worker thread while the file writes it (both release the
    GIL), so a 500 MB graph file costs the longer of the two, not their sum. A piece is never
    copied once it is a block's size: the splice hands in views of the old file's pages."""

    def __init__(self, fh: BinaryIO) -> None:
        self._fh, self._digest, self._small = fh, hashlib.sha256(), bytearray()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-sha")
        self._hashing: Future[None] | None = None

    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self._flush()
            self._wait()
        finally:
            self._pool.shutdown()

    def write(self, data: Buffer) -> None:
        """Append ``data`` to the file (and to the hash), in order."""
        if len(data) < _BLOCK:
            self._small += data
            if len(self._small) >= _BLOCK:
                self._flush()
            return
        self._flush()
        self._block(data)

    def hexdigest(self) -> str:
        """The SHA-256 of everything written (call after the ``with`` block)."""
        return self._digest.hexdigest()

    def _flush(self) -> None:
        if self._small:
            self._block(bytes(self._small))
            self._small.clear()

    def _block(self, data: Buffer) -> None:
        self._wait()  # one block hashed at a time, in file order
        self._hashing = self._pool.submit(self._digest.update, data)
        self._fh.write(data)

    def _wait(self) -> None:
        if self._hashing is not None:
            self._hashing.result()
            self._hashing = None


def _link_records(succ: Mapping[str, Any], sources: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Link records of these sources (in order), each source's sorted by (type, target)."""
    for u in sources:
        nbrs = succ[u]
        ends = [(k, v) for v, keydict in nbrs.items() for k in keydict]
        if len(ends) > 1:
            ends.sort()
        for k, v in ends:
            yield {"source": u, "target": v, "key": k, **nbrs[v][k]}


def _write_chunks(write: Callable[[Buffer], object], chunks: Iterable[Sequence[Buffer]]) -> bool:
    """Write lines one per line, the first after a newline, the others after a comma and newline
    (a chunk of one piece is written as it is: it may hold many lines already joined).

    Returns whether any line was written."""
    wrote = False
    for chunk in chunks:
        if chunk:
            write(b",\n" if wrote else b"\n")
            write(chunk[0] if len(chunk) == 1 else b",\n".join(chunk))
            wrote = True
    return wrote


def graph_file(path: str | os.PathLike[str]) -> Path:
    """The graph file ``path`` names: a folder stands for the ``graph.json`` that ``kg build`` writes in it.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> graph_file(folder) == folder / GRAPH_FILE, graph_file(folder / "g.json") == folder / "g.json"
    (True, True)
    """
    p = Path(path)
    return p / GRAPH_FILE if p.is_dir() else p


def load_graph(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a graph file written by :func:`save_graph` (or the one in the build folder ``path``).

    Raises :class:`GraphError` if the file is missing, not JSON, or of an unknown format version.
    """
    p = graph_file(path)
    with gc_paused():  # millions of fresh acyclic records: the cyclic GC's passes would double the time
        return _load(p)


def _load(p: Path) -> nx.MultiDiGraph:
    try:
        with p.open("rb") as fh:
            raw = fh.read()
        text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # what json.load does, but
        del raw  # the bytes are let go before parsing: a sixth less peak memory on a corpus graph
        data = json.loads(text)
        del text
    except FileNotFoundError as err:
        raise GraphError(
            f"{p}: no such graph file", hint="build one with `kg build INPUT --out DIR` or pass --graph FILE"
        ) from err
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise GraphError(f"{p}: cannot read graph file ({err})", hint="rebuild it with `kg build`") from err
    return graph_from_data(data, source=str(p), copy=False)
