"""Rule 345's held-back scan: the papers of a seeded corpus sample that spell a lexicon short form out
right after it ("SGM (Specification-Guided Moderation)") otherwise than its entry, built with another kg
tree and with this one, and every link that changed (printed as ``bench/roles_diff.py`` does).

    cd bench && python spelled_after_scan.py --seed 76590 --size 20000 --before /tmp/before18 \
        --exclude /tmp/pool_read.jsonl --exclude /tmp/pool_held.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from review_sample import CORPUS, JUDGED, links, sample_records
from roles_diff import FIXTURES, changes, report

from kg.extract.judged import read_judged

_SPELLED = re.compile(r"(?<![\w\-])([A-Za-z][\w\-]*[A-Z][\w\-]*) \(([A-Z][^()]{3,80})\)")


def gated(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with a lexicon short form spelled out after it otherwise than its entry."""
    from kg.extract.lexicon import default_lexicon_paths, load_lexicon
    from kg.extract.long_forms import long_forms_agree
    from kg.extract.spelled import spells

    forms: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lexicon(default_lexicon_paths()).entries:
        for form in (entry.name, *entry.aliases):
            forms.setdefault(form, []).append((entry.name, *entry.aliases))
    out = []
    for r in records:
        text = f"{r.get('title', '')}\n{r.get('summary', '')}"
        for m in _SPELLED.finditer(text):
            short, long = m.group(1), m.group(2)
            spelled = short in forms and " " in long.strip() and spells(short, long)
            if spelled and not any(long_forms_agree(long, f) for f in forms[short]):
                out.append(r)
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    parser.add_argument("--ids", type=Path, help=argparse.SUPPRESS)  # internal: build these ids, dump
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    exclude = {p.id for path in (JUDGED, *FIXTURES, *args.exclude) for p in read_judged(path)}
    records = sample_records(CORPUS, args.seed, args.size, exclude)
    if args.dump:
        ids = set(args.ids.read_text().split())
        args.dump.write_text(json.dumps({"links": links([r for r in records if r["id"] in ids])}))
        return 0
    chosen = gated(records)
    print(f"{len(chosen)} of {len(records)} papers gated")
    with tempfile.TemporaryDirectory() as tmp:
        ids, old, new = Path(tmp) / "ids.txt", Path(tmp) / "before.json", Path(tmp) / "after.json"
        ids.write_text("\n".join(r["id"] for r in chosen))
        command = [sys.executable, __file__, "--seed", str(args.seed), "--size", str(args.size)]
        command += [f"--exclude={path}" for path in args.exclude]
        env = {**os.environ, "PYTHONPATH": str(args.before)}
        subprocess.run([*command, "--ids", str(ids), "--dump", str(old)], env=env, check=True)
        new.write_text(json.dumps({"links": links(chosen)}))
        found = changes(json.loads(old.read_text()), json.loads(new.read_text()))
    report(found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
