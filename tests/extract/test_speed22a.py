"""Session 22's speed round 8a: the parallel extraction's structure (docs/evaluation.md, "speed round 8a").

A sequence of papers reaches the forked workers with the fork (a task is a batch's bounds), and the result
pipe holds a whole batch's rows; the rows are those of one process, in input order.
"""

from __future__ import annotations

import multiprocessing
import sys

import pytest

from kg.extract import extractor
from kg.model import Paper, Source

_TEXTS = [
    ("FooNet: Fast Nets", "We introduce FooNet and evaluate it on ImageNet and CIFAR-10 with accuracy."),
    ("", "We evaluate on CIFAR-10."),
    ("BarBench", "BarBench, a benchmark for code agents; GPT-4 scores 41.2 F1 on SQuAD."),
    ("", ""),
    ("A Study", "Results on COCO and LVIS show that DETR improves mAP."),
]


def _papers(n: int = 11) -> list[Paper]:
    src = Source(file="x")
    return [
        Paper(id=str(i), title=_TEXTS[i % len(_TEXTS)][0], abstract=_TEXTS[i % len(_TEXTS)][1], source=src)
        for i in range(n)
    ]


def test_range_worker_extracts_the_inherited_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    """A task names bounds only; the worker reads the papers its fork inherited."""
    papers = _papers()
    monkeypatch.setattr(extractor, "_inherited", tuple(papers))
    serial = [rows for _, rows in extractor.extract_paper_rows(papers[3:8])]
    assert extractor._range_worker((3, 8, (), True, None)) == serial


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_result_pipe_holds_a_batch() -> None:
    """The pool's result pipe is widened from Linux's 64 KB to 1 MB (a batch's rows are ~400 KB)."""
    import fcntl

    with multiprocessing.get_context("fork").Pool(1) as pool:
        extractor._widen_results(pool)
        size = fcntl.fcntl(pool._outqueue._writer.fileno(), fcntl.F_GETPIPE_SZ)  # type: ignore[attr-defined]
    assert size >= extractor._RESULT_PIPE


@pytest.mark.parametrize("as_sequence", [True, False])
def test_parallel_rows_are_the_serial_rows_in_order(as_sequence: bool) -> None:
    """Two processes, small batches (a short last one), from a list or a one-pass iterator: the papers come
    back in input order, the very objects given, each with the rows one process gives."""
    papers = _papers()
    serial = list(extractor.extract_paper_rows(papers))
    given = papers if as_sequence else iter(papers)
    parallel = list(extractor.extract_paper_rows(given, processes=2, batch_size=3))
    assert [p for p, _ in parallel] == [p for p, _ in serial]
    assert all(a is b for (a, _), b in zip(parallel, papers, strict=True))
    assert [rows for _, rows in parallel] == [rows for _, rows in serial]
    assert any(rows for _, rows in serial)


def test_parallel_empty_sequence() -> None:
    assert list(extractor.extract_paper_rows([], processes=2)) == []
