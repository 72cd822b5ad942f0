"""Extraction speed on the arXiv corpus: abstracts/s (1 and 2 processes), peak memory, tokenizer ratio.

    python bench/extract.py --limit 20000

Every extraction run is timed as kg runs by default (keys without suffix: the phrase model on, the name
typer as ``kg.extract.name_typer.ON_BY_DEFAULT`` says, off today), with the name typer switched from its
default (``_names`` while it is off by default, ``_no_names`` once it is on) and with both trained sources
off (``_no_model``); ``model_ms_per_abstract`` and ``names_ms_per_abstract`` are the phrase model's and
the name typer's CPU cost in one process.

Reads ``../shared/data/arxiv_cs_2025_2026.jsonl.gz`` (titles + abstracts, arXiv line breaks collapsed),
then times (1) spaCy's bare ``blank("en")`` tokenizer over the same texts, (2) ``extract_papers`` in
one process, (3) in two processes, and (4) resolution of all raw mentions. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

import spacy

from kg.extract import extract_papers, load_pipeline
from kg.extract.name_typer import ON_BY_DEFAULT
from kg.model import Paper, Source
from kg.resolve.resolver import resolve

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"


def read_corpus(path: Path, limit: int, offset: int = 0) -> list[Paper]:
    """``limit`` records after the first ``offset`` as papers (hard line breaks collapsed)."""
    papers = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if number <= offset:
                continue
            if len(papers) >= limit:
                break
            row = json.loads(line)
            papers.append(
                Paper(
                    id=row["id"],
                    title=" ".join(row["title"].split()),
                    abstract=" ".join(row["summary"].split()),
                    source=Source(file=str(path), line=number, format="arxiv_jsonl"),
                )
            )
    return papers


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (finished) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


def children_cpu() -> float:
    """User + system CPU seconds of this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=20000)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--processes", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    papers = read_corpus(args.corpus, args.limit)
    texts = [f"{p.title}\n\n{p.abstract}" for p in papers]
    out: dict[str, object] = {"papers": len(papers)}

    t = time.perf_counter()
    load_pipeline()
    out["pipeline_load_s"] = round(time.perf_counter() - t, 2)

    tok = spacy.blank("en").tokenizer
    t = time.perf_counter()
    n_tokens = sum(len(doc) for doc in tok.pipe(texts))
    tok_s = time.perf_counter() - t
    out["tokenizer_per_s"] = round(len(papers) / tok_s)
    out["load_average"] = os.getloadavg()[0]
    out["tokens"] = n_tokens

    tok_cpu = time.process_time()
    sum(len(doc) for doc in tok.pipe(texts))
    tok_cpu = time.process_time() - tok_cpu
    out["tokenizer_per_cpu_s"] = round(len(papers) / tok_cpu)

    raw = []
    list(extract_papers(papers[:500], model=True, names=True))  # warm the caches all runs share (forks too)
    typer = "_no_names" if ON_BY_DEFAULT else "_names"  # the typer switched from its default
    runs: tuple[tuple[bool, bool | None, str], ...] = (
        (True, None, ""),  # kg's default
        (True, not ON_BY_DEFAULT, typer),
        (False, False, "_no_model"),
    )
    for model, names, suffix in runs:
        load_pipeline(model=model, names=names)
        for n in args.processes:
            t, cpu, kids = time.perf_counter(), time.process_time(), children_cpu()
            mentions = list(extract_papers(papers, processes=n, batch_size=256, model=model, names=names))
            raw = mentions if suffix == "" else raw
            elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
            out[f"abstracts_per_s_{n}proc{suffix}"] = round(len(papers) / elapsed)
            if n > 1:
                # CPU of the parent and the (finished) workers: the parallel run's cost, whatever the load.
                out[f"abstracts_per_cpu_s_{n}proc{suffix}"] = round(
                    len(papers) / (cpu + children_cpu() - kids)
                )
                out[f"load_average_{n}proc{suffix}"] = os.getloadavg()[0]
            if n == 1:
                # CPU time is what the pipeline costs; wall time also counts other load on the machine.
                out[f"abstracts_per_cpu_s_1proc{suffix}"] = round(len(papers) / cpu)
                out[f"ratio_to_tokenizer_1proc{suffix}"] = round(cpu / tok_cpu, 2)
    if "abstracts_per_cpu_s_1proc_no_model" in out and "abstracts_per_cpu_s_1proc" in out:
        on, off = out["abstracts_per_cpu_s_1proc"], out["abstracts_per_cpu_s_1proc_no_model"]
        out["model_ms_per_abstract"] = round(1000 / on - 1000 / off, 3)  # type: ignore[operator]
        with_typer, without = ("", "_no_names") if ON_BY_DEFAULT else ("_names", "")
        on, off = out[f"abstracts_per_cpu_s_1proc{with_typer}"], out[f"abstracts_per_cpu_s_1proc{without}"]
        out["names_ms_per_abstract"] = round(1000 / on - 1000 / off, 3)  # type: ignore[operator]
    n_mentions = sum(len(ms) for _, ms in raw)
    out["mentions"] = n_mentions
    t, cpu = time.perf_counter(), time.process_time()
    resolution = resolve(raw)
    out["resolve_s"] = round(time.perf_counter() - t, 2)
    out["resolve_cpu_s"] = round(time.process_time() - cpu, 2)
    out["entities"] = len(resolution.entities)
    own, children = peak_mb()
    out["peak_rss_mb"] = own
    out["peak_rss_children_mb"] = children
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
