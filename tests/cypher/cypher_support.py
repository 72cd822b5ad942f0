"""Helpers of the Cypher tests and bench/load.py: an ArcadeDB Bolt server subprocess, a sample graph."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2] / "shared" / "data"  # ../shared/data beside the project root
PASSWORD = "kg-test-password"
DATABASE = "kg"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ArcadeServer:
    """A running ArcadeDB server subprocess with the Bolt plugin on 127.0.0.1."""

    root: Path
    bolt_port: int
    http_port: int
    process: subprocess.Popen[str] | None = None

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    def start(self, timeout: float = 120) -> None:
        log = (self.root / "server.log").open("a")
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "arcadedb_server.py"), str(self.root / "db"),
             str(self.bolt_port), str(self.http_port), PASSWORD, DATABASE],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True, cwd=self.root,
        )  # fmt: skip
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        line = self.process.stdout.readline()
        while line and line.strip() != "READY" and time.monotonic() < deadline:
            line = self.process.stdout.readline()  # JVM notices (e.g. a flight recording) come first
        if line.strip() != "READY" or time.monotonic() > deadline:
            self.kill()
            raise RuntimeError(f"ArcadeDB did not start; see {self.root / 'server.log'}")

    def kill(self) -> None:
        """SIGKILL: no shutdown, like a crash."""
        if self.process is not None:
            self.process.kill()
            self.process.wait(timeout=30)
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()
            self.process = None

    def driver(self, **config: Any) -> Any:
        from neo4j import GraphDatabase

        return GraphDatabase.driver(self.uri, auth=("root", PASSWORD), **config)


def start_arcade(root: Path) -> ArcadeServer:
    server = ArcadeServer(root, free_port(), free_port())
    server.start()
    return server


def clear(driver: Any) -> None:
    with driver.session(database=DATABASE) as s:
        s.run("MATCH (n) DETACH DELETE n").consume()


def sample_graph() -> nx.MultiDiGraph:
    """A small, densely connected, schema-conformant graph (shared datasets, citations, orgs, authors)."""
    g = nx.MultiDiGraph(kg_format=1, kg_version="test")
    ents = {
        "dataset:imagenet": ("Dataset", "ImageNet", ["ILSVRC", "ImageNet", "imagenet-1k"], "2024-01-10"),
        "dataset:coco": ("Dataset", "COCO", ["COCO", "MS COCO"], "2024-02-01"),
        "dataset:squad": ("Dataset", "SQuAD", ["SQuAD"], "2024-03-05"),
        "method:transformer": ("Method", "Transformer", ["Transformer"], "2024-01-10"),
        "method:lora": ("Method", "LoRA", ["LoRA", "low-rank adaptation"], "2024-02-01"),
        "method:dpo": ("Method", "DPO", [], "2024-05-01"),
        "benchmark:mmlu": ("Benchmark", "MMLU", ["MMLU"], "2024-01-10"),
        "benchmark:swe-bench": ("Benchmark", "SWE-bench", ["SWE-bench"], "2024-03-05"),
        "model:llama-3": ("Model", "Llama 3", ["Llama 3", "Llama-3"], "2024-02-01"),
        "task:qa": ("Task", "question answering", ["QA"], "2024-03-05"),
        "metric:f1": ("Metric", "F1", ["F1"], "2024-03-05"),
        "organization:acme-ai": ("Organization", "Acme AI", ["Acme AI"], "2024-01-10"),
    }
    for eid, (label, name, aliases, first) in ents.items():
        g.add_node(
            eid, label=label, name=name, type=label.lower(), aliases=aliases, first_seen=first, n_papers=0
        )
    papers = {
        "2401.00001": (
            "Vision Transformers at scale",
            "2024-01-10",
            ["dataset:imagenet", "method:transformer", "benchmark:mmlu", "organization:acme-ai"],
        ),
        "2402.00002": (
            "LoRA for detection",
            "2024-02-01",
            ["dataset:imagenet", "dataset:coco", "method:lora", "model:llama-3"],
        ),
        "2403.00003": (
            "Reading comprehension",
            "2024-03-05",
            ["dataset:squad", "task:qa", "metric:f1", "benchmark:swe-bench", "method:transformer"],
        ),
        "2404.00004": (
            "Detection with transformers",
            "2024-04-20",
            ["dataset:coco", "dataset:imagenet", "method:transformer", "method:lora"],
        ),
        "2405.00005": (
            "Preference tuning",
            "2024-05-01",
            ["method:dpo", "model:llama-3", "benchmark:mmlu", "method:lora"],
        ),
        "h:0123456789abcdef": ("A paper without a date", None, ["dataset:squad", "method:dpo", "task:qa"]),
    }
    introduced = {
        ("2401.00001", "method:transformer"),
        ("2402.00002", "method:lora"),
        ("2403.00003", "benchmark:swe-bench"),
        ("2405.00005", "method:dpo"),
    }
    for pid, (title, date, linked) in papers.items():
        g.add_node(
            pid,
            label="Paper",
            title=title,
            abstract=f"Abstract of {title}.",
            date=date,
            year=int(date[:4]) if date else None,
            month=date[:7] if date else None,
            upvotes=3,
            n_authors=1,
            arxiv_id=None if pid.startswith("h:") else pid,
            doi=None,
            url=None,
            organization=None,
            source_format="test",
            date_text=date or "",
        )
        for pos, eid in enumerate(linked):
            rel = "INTRODUCES" if (pid, eid) in introduced else "USES"
            g.add_edge(
                pid,
                eid,
                key=rel,
                type=rel,
                text=ents[eid][1],
                field="abstract",
                start=pos * 10,
                end=pos * 10 + 5,
                sentence=f"We use {ents[eid][1]}.",
                confidence=0.9,
                found_by="lexicon",
                rule="lexicon",
                mentions=1,
            )
            g.nodes[eid]["n_papers"] += 1
    for a, b in [
        ("2402.00002", "2401.00001"),
        ("2404.00004", "2402.00002"),
        ("2404.00004", "2401.00001"),
        ("2405.00005", "2403.00003"),
    ]:
        g.add_edge(a, b, key="CITES", type="CITES")
    g.add_node("openalex:W99", label="Work", title="An external work", year=2017)  # kg enrich --external
    for a in ("2401.00001", "2403.00003", "2404.00004"):
        g.add_edge(a, "openalex:W99", key="CITES", type="CITES")
    g.add_node("author:ada", label="Author", name="Ada")
    g.add_node("author:alan", label="Author", name="Alan")
    g.add_edge("author:ada", "2401.00001", key="WROTE", type="WROTE", position=0)
    g.add_edge("author:ada", "2402.00002", key="WROTE", type="WROTE", position=1)
    g.add_edge("author:alan", "2402.00002", key="WROTE", type="WROTE", position=0)
    g.add_edge("2401.00001", "organization:acme-ai", key="PUBLISHED_BY", type="PUBLISHED_BY")
    g.add_edge("author:alan", "organization:acme-ai", key="AFFILIATED_WITH", type="AFFILIATED_WITH")
    return g  # fmt: skip


# Parameters that make every shipped query return rows on sample_graph().
SAMPLE_PARAMS: dict[str, dict[str, Any]] = {
    "shared_datasets": {"id": "2401.00001"},
    "shared_methods": {"id": "2402.00002"},
    "shared_benchmarks": {"id": "2401.00001"},
    "shared_entities": {"id": "2404.00004"},
    "dataset_neighbourhood": {"id": "dataset:imagenet"},
    "method_neighbourhood": {"id": "method:lora"},
    "top_entities": {"type": "method"},
    "dataset_method_pairs": {"min_papers": 1},
    "entity_adoption": {"id": "method:lora"},
    "co_occurring": {"id": "method:lora"},
    "trending_entities": {"since": "2024-01", "until": "2024-04", "type": "dataset"},
    "rising_entities": {
        "before": "2024-01",
        "since": "2024-03",
        "until": "2024-06",
        "type": "method",
        "min_papers": 1,
    },
    "citing_shared_datasets": {},
    "organization_entities": {"id": "organization:acme-ai"},
    "paper_two_hop": {"id": "2402.00002"},
    "search_entities": {"q": "IMAGE"},
    "search_papers": {"q": "TRANSFORMER"},
    "bibliographic_coupling": {"id": "2404.00004"},
    "co_cited": {"id": "2401.00001"},
    "cited_by_neighbours": {"id": "2401.00001"},
}


def normalise(rows: Any) -> list[tuple[Any, ...]]:
    """Rows with list values sorted (collect() order is unspecified in Cypher); row order kept."""
    return [tuple(sorted(v) if isinstance(v, list) else v for v in row) for row in rows]


def write_graph(g: nx.MultiDiGraph, path: Path) -> Path:
    from kg.graph.io import save_graph

    save_graph(g, path)
    return path


def query_params(
    pick: Callable[[str], str], *, q_entity: str, q_paper: str, entity_label: str, limit: int = 100
) -> dict[str, dict[str, Any]]:
    """One parameter set per shipped query; ``pick(label)`` chooses the node id to ask about."""
    paper = pick("Paper")
    return {
        "shared_datasets": {"id": paper},
        "shared_methods": {"id": paper},
        "shared_benchmarks": {"id": paper},
        "shared_entities": {"id": paper},
        "dataset_neighbourhood": {"id": pick("Dataset")},
        "method_neighbourhood": {"id": pick("Method")},
        "top_entities": {"type": "method", "limit": 50},
        "dataset_method_pairs": {"min_papers": 1, "limit": limit},
        "entity_adoption": {"id": pick(entity_label)},
        "co_occurring": {"id": pick(entity_label), "type": "all", "limit": limit},
        "trending_entities": {"since": "2000-01", "until": "2100-01", "type": "method"},
        "rising_entities": {
            "before": "2000-01",
            "since": "2025-02",
            "until": "2100-01",
            "type": "method",
            "min_papers": 1,
            "limit": limit,
        },
        "citing_shared_datasets": {},
        "organization_entities": {"id": pick("Organization")},
        "paper_two_hop": {"id": paper, "limit": 1000},
        "search_entities": {"q": q_entity, "limit": limit},
        "search_papers": {"q": q_paper, "limit": limit},
        "bibliographic_coupling": {"id": paper, "limit": limit},
        "co_cited": {"id": paper, "limit": limit},
        "cited_by_neighbours": {"id": paper, "limit": limit},
    }
