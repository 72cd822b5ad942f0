"""Small schema-conformant graphs for examples, tests and benchmarks of the explorer.

They follow ``docs/schema.md`` exactly (node key = id, attribute ``label``; edge key =
attribute ``type``), so the explorer sees what :func:`kg.graph.build.build_graph` produces.

>>> g = tiny_graph()
>>> sorted(g.nodes)[:3]
['2501.00001', '2501.00002', '2501.00003']
>>> g.nodes["dataset:imagenet"]["name"], g.nodes["dataset:imagenet"]["label"]
('ImageNet', 'Dataset')
>>> big = synthetic_graph(200, seed=1)
>>> big.number_of_nodes()
200
"""

from __future__ import annotations

import random

import networkx as nx

__all__ = ["add_entity", "add_mention", "add_paper", "synthetic_graph", "tiny_graph"]

_TYPES = ("dataset", "benchmark", "method", "model", "task", "metric", "organization")


def add_paper(g: nx.MultiDiGraph, pid: str, title: str, abstract: str = "", date: str | None = None) -> None:
    """Add a ``Paper`` node with the schema's properties (an arXiv-style id gets an arXiv URL)."""
    arxiv = pid if pid[:1].isdigit() else None
    g.add_node(
        pid,
        label="Paper",
        title=title,
        abstract=abstract,
        date=date,
        date_text=date,
        year=int(date[:4]) if date else None,
        month=date[:7] if date else None,
        upvotes=None,
        n_authors=None,
        arxiv_id=arxiv,
        doi=None,
        url=f"https://arxiv.org/abs/{arxiv}" if arxiv else None,
        organization=None,
        source_format="jsonl",
    )


def add_entity(g: nx.MultiDiGraph, etype: str, name: str, aliases: tuple[str, ...] = ()) -> str:
    """Add an entity node ``<type>:<slug>`` and return its id."""
    from kg.ids import slug

    eid = f"{etype}:{slug(name)}"
    g.add_node(
        eid,
        label=etype.capitalize(),
        name=name,
        type=etype,
        aliases=sorted({name, *aliases}),
        first_seen=None,
        n_papers=0,
    )
    return eid


def add_mention(g: nx.MultiDiGraph, pid: str, eid: str, rel: str = "USES", text: str | None = None) -> None:
    """Link a paper to an entity with evidence taken from the paper's abstract (or title)."""
    name = str(g.nodes[eid]["name"])
    text = text or name
    abstract = str(g.nodes[pid].get("abstract") or "")
    field, body = ("abstract", abstract) if text in abstract else ("title", str(g.nodes[pid]["title"]))
    start = max(body.find(text), 0)
    g.add_edge(
        pid,
        eid,
        key=rel,
        type=rel,
        text=text,
        field=field,
        start=start,
        end=start + len(text),
        sentence=body,
        confidence=0.9,
        found_by="lexicon",
        rule=f"lexicon:{eid}",
        mentions=1,
    )
    g.nodes[eid]["n_papers"] = sum(1 for _ in g.predecessors(eid))


def tiny_graph() -> nx.MultiDiGraph:
    """Four papers, two datasets, two methods, a task and an organisation."""
    g = nx.MultiDiGraph(kg_format=1, kg_version="0.1.0")
    papers = [
        (
            "2501.00001",
            "Sparse Mixture-of-Experts on ImageNet",
            "We train MoE on ImageNet and report top-1 accuracy.",
        ),
        ("2501.00002", "LoRA for Vision", "We apply LoRA to ViT on ImageNet and COCO."),
        ("2501.00003", "Detecting Objects with MoE", "A mixture-of-experts detector evaluated on COCO."),
        ("2501.00004", "A Survey of Segmentation", "We review semantic segmentation."),
    ]
    for i, (pid, title, abstract) in enumerate(papers):
        add_paper(g, pid, title, abstract, f"2025-01-0{i + 1}")
    imagenet = add_entity(g, "dataset", "ImageNet", ("ImageNet-1k",))
    coco = add_entity(g, "dataset", "COCO", ("MS COCO",))
    moe = add_entity(g, "method", "Mixture-of-Experts", ("MoE",))
    lora = add_entity(g, "method", "LoRA")
    seg = add_entity(g, "task", "Semantic Segmentation")
    org = add_entity(g, "organization", "Meta Research")
    add_mention(g, "2501.00001", imagenet, text="ImageNet")
    add_mention(g, "2501.00001", moe, "INTRODUCES", text="MoE")
    add_mention(g, "2501.00002", imagenet, text="ImageNet")
    add_mention(g, "2501.00002", coco, text="COCO")
    add_mention(g, "2501.00002", lora, "INTRODUCES", text="LoRA")
    add_mention(g, "2501.00003", coco, text="COCO")
    add_mention(g, "2501.00003", moe, text="mixture-of-experts")
    add_mention(g, "2501.00004", seg, text="semantic segmentation")
    g.add_edge("2501.00004", org, key="PUBLISHED_BY", type="PUBLISHED_BY")
    return g


def synthetic_graph(n_nodes: int, *, edges_per_paper: float = 3.0, seed: int = 0) -> nx.MultiDiGraph:
    """A random paper–entity graph with exactly ``n_nodes`` nodes (about 1 entity per 4 papers).

    Entity popularity is skewed (a few hubs, a long tail), as in real listings. Papers get
    ``edges_per_paper`` mention edges on average, so 2,000 nodes give about 4,800 edges.
    """
    rng = random.Random(seed)
    g = nx.MultiDiGraph(kg_format=1, kg_version="0.1.0")
    n_entities = max(1, n_nodes // 5)
    entities = [add_entity(g, _TYPES[i % len(_TYPES)], f"Entity {i:05d}") for i in range(n_entities)]
    weights = [1.0 / (i + 1) ** 0.8 for i in range(n_entities)]
    for i in range(n_nodes - n_entities):
        pid = f"2501.{i:05d}"
        add_paper(g, pid, f"Paper {i:05d} about things", f"Abstract {i} of a paper.", "2025-01-01")
        k = max(1, round(rng.expovariate(1.0 / edges_per_paper)))
        for eid in sorted(set(rng.choices(entities, weights, k=k))):
            add_mention(g, pid, eid, rng.choice(("USES", "USES", "INTRODUCES")))
    return g
