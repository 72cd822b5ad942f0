"""A tiny, realistic kg graph for examples, doctests and tests (built from real records).

Five papers: two vision papers sharing ImageNet-1k and contrastive learning, a benchmark
paper, and two NLP papers sharing SQuAD and RLHF.

>>> g = demo_graph()
>>> sorted(n for n, label in g.nodes(data="label") if label == "Paper")
['2501.00001', '2501.00002', '2502.00003', '2502.00004', '2503.00005']
>>> g.nodes["dataset:imagenet-1k"]["n_papers"]
2
"""

from __future__ import annotations

import networkx as nx

from kg.graph.build import build_graph
from kg.model import Entity, Mention, Paper, Source

__all__ = ["DEMO_ENTITIES", "demo_graph", "demo_records"]

DEMO_ENTITIES: dict[str, Entity] = {
    "dataset:imagenet-1k": Entity("dataset:imagenet-1k", "dataset", "ImageNet-1k", ("ILSVRC-2012",)),
    "dataset:coco": Entity("dataset:coco", "dataset", "COCO", ("MS COCO",)),
    "dataset:squad": Entity("dataset:squad", "dataset", "SQuAD", ()),
    "benchmark:visbench": Entity("benchmark:visbench", "benchmark", "VisBench", ()),
    "method:contrastive-learning": Entity(
        "method:contrastive-learning", "method", "contrastive learning", ()
    ),
    "method:rlhf": Entity("method:rlhf", "method", "RLHF", ("reinforcement learning from human feedback",)),
    "method:mixture-of-experts": Entity(
        "method:mixture-of-experts", "method", "Mixture-of-Experts", ("MoE",)
    ),
    "model:vit": Entity("model:vit", "model", "ViT", ("Vision Transformer",)),
    "task:question-answering": Entity("task:question-answering", "task", "question answering", ()),
}

_PAPERS = (
    (
        "2501.00001",
        "Contrastive pretraining of ViT on ImageNet-1k",
        "2025-01-10",
        ("Ada Lovelace", "Alan Turing"),
        (),
        ("dataset:imagenet-1k", "method:contrastive-learning", "model:vit"),
    ),
    (
        "2501.00002",
        "Contrastive detection with COCO and ImageNet-1k",
        "2025-01-20",
        ("Alan Turing",),
        ("2501.00001",),
        ("dataset:imagenet-1k", "dataset:coco", "method:contrastive-learning"),
    ),
    (
        "2502.00003",
        "VisBench: a benchmark for visual reasoning on COCO",
        "2025-02-03",
        ("Grace Hopper",),
        ("2501.00002",),
        ("benchmark:visbench", "dataset:coco"),
    ),
    (
        "2502.00004",
        "RLHF for question answering on SQuAD",
        "2025-02-15",
        ("Claude Shannon",),
        (),
        ("method:rlhf", "dataset:squad", "task:question-answering"),
    ),
    (
        "2503.00005",
        "Mixture-of-Experts with RLHF for SQuAD",
        "2025-03-01",
        (),
        ("2502.00004",),
        ("method:mixture-of-experts", "method:rlhf", "dataset:squad"),
    ),
)


def demo_records() -> tuple[list[Paper], list[Mention]]:
    """The demo papers and their resolved mentions (every mention's text is in the title)."""
    papers: list[Paper] = []
    mentions: list[Mention] = []
    src = Source(file="demo", format="jsonl")
    for pid, title, date, authors, refs, eids in _PAPERS:
        papers.append(
            Paper(
                id=pid,
                title=title,
                source=src,
                date=date,
                authors=authors,
                references=refs,
                arxiv_id=pid,
                url=f"https://arxiv.org/abs/{pid}",
            )
        )
        for eid in eids:
            ent = DEMO_ENTITIES[eid]
            text = next(
                a for a in (ent.name, *ent.aliases, ent.name.split()[0]) if a.lower() in title.lower()
            )
            start = title.lower().index(text.lower())
            role = "introduced" if title.startswith(ent.name + ":") else "used"
            mentions.append(
                Mention(
                    paper_id=pid,
                    type=ent.type,
                    name=ent.name,
                    entity_id=eid,
                    role=role,
                    text=title[start : start + len(text)],
                    start=start,
                    end=start + len(text),
                    field="title",
                    sentence=title,
                    confidence=0.9,
                    source="lexicon",
                    rule="demo",
                )
            )
    return papers, mentions


def demo_graph() -> nx.MultiDiGraph:
    """The demo graph, built with :func:`kg.graph.build.build_graph`."""
    papers, mentions = demo_records()
    return build_graph(papers, mentions, entities=DEMO_ENTITIES)
