"""Small hand-built papers and resolved mentions shared by the graph tests (real records, no mocks)."""

from __future__ import annotations

from kg.model import Entity, Mention, Paper, Source

__all__ = ["ENTITIES", "MENTIONS", "PAPERS", "mention"]


def mention(
    paper_id: str,
    entity_id: str,
    name: str,
    text: str,
    *,
    role: str = "used",
    field: str = "abstract",
    start: int = 0,
    confidence: float = 0.9,
    source: str = "lexicon",
) -> Mention:
    """A resolved mention; the type is the entity id's prefix."""
    return Mention(
        paper_id=paper_id,
        type=entity_id.split(":", 1)[0],
        name=name,
        entity_id=entity_id,
        role=role,
        text=text,
        start=start,
        end=start + len(text),
        field=field,
        sentence=f"... {text} ...",
        confidence=confidence,
        source=source,
        rule="test",
    )


SRC = Source(file="fixture.txt", format="hf_page")

PAPERS = (
    Paper(
        id="2501.00001",
        title="BigBench: a benchmark for reasoning",
        source=SRC,
        abstract="We introduce BigBench.",
        authors=("Ada Lovelace", "Alan Turing"),
        date="2025-01-03",
        upvotes=12,
        arxiv_id="2501.00001",
    ),
    Paper(
        id="2501.00002",
        title="Transformers on ImageNet",
        source=SRC,
        abstract="We train ViT on ImageNet-1k.",
        authors=("Alan Turing",),
        date="2025-02-10",
        references=("2501.00001", "9999.99999"),
        arxiv_id="2501.00002",
    ),
    Paper(
        id="2501.00003",
        title="Mixture of experts for vision",
        source=SRC,
        abstract="We use Mixture-of-Experts and ImageNet-1k and BigBench.",
        date="2025-02-11",
        organization="Meta Research",
        references=("2501.00002",),
        arxiv_id="2501.00003",
    ),
    Paper(id="h:0123456789abcdef", title="An undated note", source=SRC, abstract="Evaluated on BigBench."),
)

MENTIONS = (
    mention("2501.00001", "benchmark:bigbench", "BigBench", "BigBench", role="introduced", field="title"),
    mention("2501.00001", "benchmark:bigbench", "BigBench", "BigBench", role="introduced", start=13),
    mention("2501.00002", "dataset:imagenet-1k", "ImageNet-1k", "ImageNet", field="title", start=16),
    mention("2501.00002", "dataset:imagenet-1k", "ImageNet-1k", "ImageNet-1k", start=16),
    mention("2501.00002", "model:vit", "ViT", "ViT", start=9),
    mention(
        "2501.00003", "method:mixture-of-experts", "Mixture-of-Experts", "Mixture of experts", field="title"
    ),
    mention("2501.00003", "method:mixture-of-experts", "Mixture-of-Experts", "Mixture-of-Experts", start=7),
    mention("2501.00003", "dataset:imagenet-1k", "ImageNet-1k", "ImageNet-1k", start=30),
    mention("2501.00003", "benchmark:bigbench", "BigBench", "BigBench", start=46),
    mention("h:0123456789abcdef", "benchmark:bigbench", "BigBench", "BigBench", start=13),
    mention("not-a-paper", "benchmark:bigbench", "BigBench", "BigBench"),
)

ENTITIES = {
    "dataset:imagenet-1k": Entity(
        "dataset:imagenet-1k", "dataset", "ImageNet-1k", ("ILSVRC-2012", "ImageNet 1K")
    ),
    "organization:meta-ai": Entity(
        "organization:meta-ai", "organization", "Meta AI", ("Meta Research", "FAIR")
    ),
}
