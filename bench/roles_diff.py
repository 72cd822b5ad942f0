"""The links whose role (or existence) changed between two kg trees on a seeded corpus sample, to audit.

    python bench/roles_diff.py --seed 13005 --size 4000 --before /tmp/main-tree > changes.txt
    python bench/roles_diff.py --seed 16002 --size 4000 --before /tmp/main-tree \
        --exclude bench/reviews/dev_roles_seed16001_held.jsonl   # round 8
    python bench/roles_diff.py --seed 82260 --size 200 --before /tmp/main-tree --contains '$\\textbf' \
        --contains '$\\texttt'   # only abstracts holding one of these strings (session 24)

``--before`` is a directory holding another kg package (``git archive <commit> kg | tar -x -C DIR``);
the sample is built once with it (in a subprocess, ``PYTHONPATH=DIR``) and once with this tree, both by
``bench/review_sample.py``'s build (judged ids and the seed-13001 roles dev fixture left out). Each
changed link is printed as ``<arxiv id>|<evidence text>  type  before -> after  [rule]`` with its
sentence; judge each change (right / wrong / role-wrong) into a TSV such as
``bench/reviews/roles_changes_seed13005.tsv``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from review_sample import CORPUS, JUDGED, links, sample_records

from kg.extract.judged import read_judged

HERE = Path(__file__).resolve().parent
# the round-7 audits left out the judged set and this fixture (not the later seed-13007 part)
FIXTURES = sorted((HERE / "reviews").glob("dev_roles_seed13001_*.jsonl"))


def dump(
    seed: int, size: int, out: Path, more: tuple[Path, ...] = (), contains: tuple[str, ...] = ()
) -> None:
    """Build the sample with the kg on ``sys.path`` and write its records and links to ``out`` (``more``:
    further fixtures whose papers are left out, e.g. a later round's held dev fixture; ``contains``: draw
    only from abstracts holding one of these strings)."""
    exclude = {p.id for path in (JUDGED, *FIXTURES, *more) for p in read_judged(path)}
    records = sample_records(CORPUS, seed, size, exclude, contains)
    out.write_text(json.dumps({"links": links(records)}), encoding="utf-8")


def _link(edge: dict[str, Any]) -> str:
    """A link's role and, when it is not the surface text, its entity's name ("USES=Continual Learning")."""
    name = edge.get("name") or ""
    return edge["type"] if name == edge["text"] else f"{edge['type']}={name}"


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, ...]]:
    """(paper, text, type, role before, role after, rule, sentence) of every link that changed."""

    def index(d: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
        return {(pid, e["text"], e["etype"]): e for pid, edges in d["links"].items() for e in edges}

    b, a = index(before), index(after)
    out = []
    for key in sorted(set(a) | set(b)):
        rb, ra = (_link(b[key]) if key in b else "-"), (_link(a[key]) if key in a else "-")
        if rb != ra:
            edge = a.get(key) or b[key]
            out.append((*key, rb, ra, edge["rule"], edge["sentence"][:400]))
    return out


def report(found: list[tuple[str, ...]]) -> None:
    """Print the changed links, one per line with its sentence under it, after their counts by role pair."""
    print(f"{len(found)} changes in {len({c[0] for c in found})} papers")
    print(Counter((c[3], c[4]) for c in found))
    for pid, text, kind, rb, ra, rule, sentence in found:
        print(f"{pid}|{text}\t{kind}\t{rb} -> {ra}\t[{rule}]\n    {sentence}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--before", type=Path, help="a directory with the other kg package")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help="also leave out its papers")
    parser.add_argument(
        "--contains", action="append", default=[], help="draw only from abstracts holding this (repeatable)"
    )
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # internal: one build, to a file
    args = parser.parse_args()
    more, contains = tuple(args.exclude), tuple(args.contains)
    if args.dump:
        dump(args.seed, args.size, args.dump, more, contains)
        return 0
    if args.before is None:
        parser.error("--before is required")
    with tempfile.TemporaryDirectory() as tmp:
        old, new = Path(tmp) / "before.json", Path(tmp) / "after.json"
        env = {**os.environ, "PYTHONPATH": str(args.before)}
        command = [sys.executable, __file__, "--seed", str(args.seed), "--size", str(args.size)]
        command += [f"--exclude={path}" for path in more] + [f"--contains={x}" for x in contains]
        subprocess.run([*command, "--dump", str(old)], env=env, check=True)
        dump(args.seed, args.size, new, more, contains)
        found = changes(json.loads(old.read_text()), json.loads(new.read_text()))
    report(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
