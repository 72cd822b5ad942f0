"""Whether this kg extracts exactly what another kg extracts: every mention of every paper, field by field.

    git archive main kg | tar -x -C /tmp/before        # the other kg: a directory holding its kg/
    python bench/same_output.py --before /tmp/before [--size 2000] [--offsets 0 30000 60000]

Each side runs in a fresh subprocess whose ``PYTHONPATH`` is that kg's directory and extracts the corpus
records ``[offset, offset + size)`` for each offset (titles and abstracts, arXiv line breaks collapsed),
with the default pipeline and with the name typer switched on; every mention row (type, name, entity id,
role, text, offsets, field, evidence sentence, confidence, source, rule) is compared. Prints the counts
and the first differences; exits 1 when any paper's mentions differ. A speed change must leave zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ab_extract import in_fresh_process

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "arxiv_cs_2025_2026.jsonl.gz"


def worker(corpus: Path, offsets: list[int], size: int, names: bool) -> dict[str, object]:
    """The mention rows of each selected record, extracted by the kg this process imports (``kg``: where)."""
    from extract import read_corpus  # bench/extract.py, importing the kg this process imports

    import kg
    from kg.extract import extract_papers
    from kg.model import mention_to_row

    papers = [paper for offset in offsets for paper in read_corpus(corpus, size, offset)]
    found = extract_papers(papers, processes=1, names=names)
    rows = [[list(mention_to_row(m)) for m in mentions] for _, mentions in found]
    return {"kg": str(Path(kg.__file__).parent), "rows": rows}


def run(root: Path, args: argparse.Namespace, names: bool) -> list[list[list[object]]]:
    """One side's rows, from a fresh subprocess that imports the kg in ``root``."""
    argv = ["--worker", "--corpus", str(args.corpus), "--size", str(args.size)]
    argv += ["--offsets", *map(str, args.offsets)] + (["--names"] if names else [])
    rows: list[list[list[object]]] = in_fresh_process(root, __file__, argv)["rows"]  # type: ignore[assignment]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", type=Path, help="a directory holding the other kg package (its kg/)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=2000, help="records per offset")
    parser.add_argument("--offsets", type=int, nargs="+", default=[0, 30000, 60000])
    parser.add_argument("--names", action="store_true", help=argparse.SUPPRESS)  # worker: name typer on
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.corpus, args.offsets, args.size, args.names)))
        return 0
    if args.before is None or not (args.before / "kg" / "__init__.py").exists():
        print("--before must name a directory holding a kg package (kg/__init__.py)", file=sys.stderr)
        return 2
    report: dict[str, object] = {}
    differ = 0
    for names in (False, True):
        this, before = run(ROOT, args, names), run(args.before.resolve(), args, names)
        diffs = [(i, a, b) for i, (a, b) in enumerate(zip(this, before, strict=True)) if a != b]
        differ += len(diffs)
        report["names" if names else "default"] = {
            "papers": len(this),
            "mentions": {"this": sum(map(len, this)), "before": sum(map(len, before))},
            "papers_differing": len(diffs),
            "first": [
                {
                    "paper": i,
                    "only_this": [r for r in a if r not in b],
                    "only_before": [r for r in b if r not in a],
                }
                for i, a, b in diffs[:3]
            ],
        }
    print(json.dumps(report, indent=2))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
