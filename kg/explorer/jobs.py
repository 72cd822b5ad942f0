"""``kg build`` and ``kg enrich`` with their explorer page.

The build jobs (:func:`kg.build.job.build`, :func:`kg.build.citations.enrich`) write the graph
file and call the page writer they are handed; these two hand them
:func:`kg.explorer.store.write_store_explorer`, so the build layer imports nothing of the
explorer, and ``DIR/explorer.html`` is still written beside ``DIR/graph.json`` under the same
lock (a big graph's page by a forked child while the graph file is written).

>>> import json, pathlib, tempfile
>>> listing = pathlib.Path(tempfile.mkdtemp()) / "papers.jsonl"
>>> paper = {"id": "2501.00001", "title": "FooBench: a benchmark", "summary": "We evaluate on ImageNet."}
>>> _ = listing.write_text(json.dumps(paper) + "\\n", encoding="utf-8")
>>> result = build([listing], listing.parent / "out")
>>> result.explorer_path.name, result.explorer_path.exists()
('explorer.html', True)
>>> build([listing], listing.parent / "out").notes  # the same input again: nothing to redo
('nothing changed: the graph was not rebuilt',)
>>> build([listing], listing.parent / "bare", explorer=False).explorer_path is None
True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from kg.build import citations, job
from kg.explorer.store import write_store_explorer
from kg.sources.http import Http

__all__ = ["build", "enrich"]


def build(
    inputs: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] = "kg-out",
    *,
    explorer: bool = True,
    **options: Any,
) -> job.BuildResult:
    """:func:`kg.build.job.build` (the same keyword options) writing ``out_dir/explorer.html`` too,
    unless ``explorer=False``."""
    return job.build(inputs, out_dir, explorer=write_store_explorer if explorer else None, **options)


def enrich(
    out_dir: str | os.PathLike[str], http: Http, *, explorer: bool = True, **options: Any
) -> citations.EnrichResult:
    """:func:`kg.build.citations.enrich` (the same arguments) rewriting ``explorer.html`` with the
    graph file, unless ``explorer=False``."""
    return citations.enrich(out_dir, http, explorer=write_store_explorer if explorer else None, **options)
