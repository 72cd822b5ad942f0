"""``kg neighbours``: the nodes within a few links of an entity, paper or author."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import networkx as nx

from kg.cli._graph_args import add_graph_options, add_parser, print_json
from kg.query.lookup import kind_of, kind_priority

__all__ = ["left_out_note", "neighbourhood_dict", "register"]

EPILOG = """examples:
  kg neighbours ImageNet                         # papers of ImageNet and their other entities
  kg neighbours "dataset:imagenet-1k" --hops 1 --json
  kg neighbours <paper id> --types paper,dataset,method --max-nodes 100

When --max-nodes cuts the walk, nearer nodes are kept first and, of one step, entities before
papers before authors; the output says how many of each were left out.
"""


def neighbourhood_dict(center: str, sub: nx.MultiDiGraph) -> dict[str, Any]:
    """``{"center", "nodes": [{id, kind, name}], "edges": [...], "left_out": {kind: n}}``.

    Nodes and edges are sorted; ``left_out`` counts, by kind, the nodes ``--max-nodes`` cut.
    """
    nodes = [
        {"id": n, "kind": kind_of(a), "name": a.get("name") or a.get("title") or ""}
        for n, a in sorted(sub.nodes(data=True), key=lambda item: item[0])
    ]
    edges = [{"source": u, "target": v, "type": k} for u, v, k in sorted(sub.edges(keys=True))]
    left_out = dict(sub.graph.get("left_out") or {})
    return {"center": center, "nodes": nodes, "edges": edges, "left_out": left_out}


def left_out_note(left_out: dict[str, int]) -> str:
    """The line announcing a cut: ``"3 more papers, 12 more authors not shown: use --max-nodes / --types"``.

    >>> left_out_note({"author": 12, "paper": 3})
    '3 more papers, 12 more authors not shown: use --max-nodes / --types'
    >>> left_out_note({})
    ''
    """
    if not left_out:
        return ""
    ordered = sorted(left_out.items(), key=lambda kv: (kind_priority(kv[0]), kv[0]))
    parts = [f"{n} more {kind}{'' if n == 1 else 's'}" for kind, n in ordered]
    return ", ".join(parts) + " not shown: use --max-nodes / --types"


def _format(d: dict[str, Any]) -> str:
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for n in d["nodes"]:
        if n["id"] != d["center"]:
            by_kind.setdefault(n["kind"], []).append(n)
    shown, cut = len(d["nodes"]) - 1, sum(d["left_out"].values())
    count = f"{shown} of {shown + cut} neighbours shown" if cut else f"{shown} neighbours"
    lines = [f"{d['center']}: {count}, {len(d['edges'])} links"]
    for kind in sorted(by_kind):
        lines.append(f"{kind} ({len(by_kind[kind])}):")
        lines += [f"  {n['id']}  {n['name']}" for n in by_kind[kind]]
    if d["left_out"]:
        lines.append(left_out_note(d["left_out"]))
    return "\n".join(lines)


def _handler(args: argparse.Namespace) -> int:
    from kg.api import open_graph

    kg = open_graph(args.graph)
    center = kg.lookup(args.name)
    d = neighbourhood_dict(
        center, kg.neighbourhood(center, hops=args.hops, types=args.types, max_nodes=args.max_nodes)
    )
    if args.json:
        print_json(d)
        if d["left_out"]:
            print(left_out_note(d["left_out"]), file=sys.stderr)
    else:
        print(_format(d))
    return 0


def register(subparsers: Any) -> None:
    """Add the ``neighbours`` sub-command."""
    p = add_parser(
        subparsers,
        "neighbours",
        help="list the nodes within --hops links of an entity, paper or author",
        description="Find NAME (an id or fuzzy name) and list its neighbourhood.",
        epilog=EPILOG,
    )
    p.add_argument("name", metavar="NAME", help="entity / paper / author id or name")
    add_graph_options(p)
    p.add_argument("--hops", type=int, default=2, help="links to follow (default 2)")
    p.add_argument("--types", help="node kinds the walk may enter, e.g. paper,dataset,method (default all)")
    p.add_argument("--max-nodes", type=int, default=200, metavar="N", help="stop after N nodes (default 200)")
    p.set_defaults(handler=_handler)
