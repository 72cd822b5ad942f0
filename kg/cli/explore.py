"""``kg explore``: write the offline HTML explorer for a graph file.

Example::

    kg explore kg-out/graph.json --paper "LoRA-Drop" --via dataset,method -o paper.html
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any

from kg.errors import ConfigError
from kg.query.similarity import DEFAULT_VIA

__all__ = ["parse_params", "register"]

EPILOG = """examples:
  kg explore kg-out/graph.json -o overview.html                 # the best-connected part, <= 500 nodes
  kg explore kg-out/graph.json --paper "LoRA-Drop" -o paper.html  # papers sharing its datasets/methods
  kg explore kg-out/graph.json --paper <paper id> --via all -o paper.html    # by id, arXiv id or DOI
  kg explore kg-out/graph.json --entity ImageNet --hops 2 -o imagenet.html
  kg explore kg-out/graph.json --projection --via dataset -o projection.html
  kg explore kg-out/graph.json --query shared_datasets --param id="Contrastive Captioners" -o q.html
  kg explore kg-out/graph.json --paper "LoRA-Drop" --via citation -o cites.html   # its citation view
"""


def parse_params(items: list[str] | None) -> dict[str, Any]:
    """``["k=v", "n=3"]`` -> ``{"k": "v", "n": 3}``: whole numbers become ints, all else stays text
    (so a paper id such as ``2503.11731`` is not turned into a float).

    >>> parse_params(["id=2503.11731", "k=5"])
    {'id': '2503.11731', 'k': 5}
    """
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ConfigError(f"--param needs KEY=VALUE, not {item!r}")
        out[key] = int(value) if re.fullmatch(r"-?\d+", value) else value
    return out


def _handler(args: argparse.Namespace) -> int:
    from kg.explorer.explorer import explore
    from kg.graph.io import load_graph

    ex = explore(
        load_graph(args.graph),
        paper=args.paper,
        entity=args.entity,
        query=args.query,
        params=parse_params(args.param),
        projection=args.projection,
        via=args.via,
        hops=args.hops,
        max_nodes=args.max_nodes,
        graph_file=args.graph,
    )
    ex.save(args.output)
    print(
        f"wrote {args.output}: {ex.n_nodes} nodes, {ex.n_edges} edges ({ex.kind}). {ex.note}", file=sys.stderr
    )
    return 0


def register(subparsers: Any) -> None:
    """Add the ``explore`` sub-command."""
    p = subparsers.add_parser(
        "explore",
        help="write an offline HTML explorer for a graph (overview, paper, entity, projection or query view)",
        description="Write one self-contained HTML file (no network needed) that draws a view of the graph.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("graph", help="graph file written by `kg build` (DIR/graph.json), or its folder DIR")
    focus = p.add_mutually_exclusive_group()
    focus.add_argument(
        "--paper",
        metavar="PAPER",
        help="a paper (id, arXiv id, DOI or title) and the papers sharing its --via entities",
    )
    focus.add_argument("--entity", metavar="NAME", help="an entity (id, name or alias) and its papers")
    focus.add_argument("--query", metavar="NAME", help="draw the nodes a shipped Cypher query returns")
    focus.add_argument(
        "--projection", action="store_true", help="paper–paper graph weighted by shared entities"
    )
    p.add_argument("--param", action="append", metavar="KEY=VALUE", help="query parameter (repeatable)")
    p.add_argument(
        "--via",
        default=",".join(DEFAULT_VIA),
        help=f"entity types to follow (default {','.join(DEFAULT_VIA)}; or all); "
        "--paper P --via citation: citations",
    )
    p.add_argument("--hops", type=int, default=1, help="steps out from the focus (default 1)")
    p.add_argument("--max-nodes", type=int, default=500, help="cap on nodes drawn (default 500)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.html", help="where to write the page")
    p.set_defaults(handler=_handler)
