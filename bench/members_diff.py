"""Entity membership of one sample resolved by two kg trees: which mentions changed company.

    cd bench
    PYTHONPATH=/tmp/before9 python roles_diff.py --seed S --size 5000 --dump /tmp/before.json
    PYTHONPATH=.. python roles_diff.py --seed S --size 5000 --dump /tmp/after.json
    python members_diff.py /tmp/before.json /tmp/after.json

Each mention is a (paper, evidence text) pair. An entity of the first build whose mentions land in
several entities of the second was **split**; an entity of the second that gathers mentions of several
entities of the first **joined** them; one whose mentions all moved to another id was **renamed**.
Mentions found by one build only are listed too. Judge each line (a merge split or joined is right
when the names denote distinct things, resp. one thing).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

Key = tuple[str, str]


def entity_of(path: Path) -> dict[Key, tuple[str, str]]:
    """(paper, text) -> (entity id, sentence) of a ``roles_diff.py --dump`` file."""
    links = json.loads(path.read_text(encoding="utf-8"))["links"]
    return {(p, e["text"]): (e["target"], e["sentence"]) for p, edges in links.items() for e in edges}


def regroup(
    src: dict[Key, tuple[str, str]], dst: dict[Key, tuple[str, str]]
) -> dict[str, dict[str, set[Key]]]:
    """For each entity of ``src``, its shared mentions grouped by their entity in ``dst``."""
    out: dict[str, dict[str, set[Key]]] = defaultdict(lambda: defaultdict(set))
    for key in src.keys() & dst.keys():
        out[src[key][0]][dst[key][0]].add(key)
    return out


def _show(parts: dict[str, set[Key]]) -> str:
    return "; ".join(
        f"{eid}: {sorted({t for _, t in keys})[:5]} ({len(keys)})" for eid, keys in parts.items()
    )


def main() -> int:
    before, after = entity_of(Path(sys.argv[1])), entity_of(Path(sys.argv[2]))
    split, joined = regroup(before, after), regroup(after, before)
    counts = {"split": 0, "joined": 0, "renamed": 0}
    for eid, parts in sorted(split.items()):
        if len(parts) > 1:
            counts["split"] += 1
            print(f"split\t{eid}\t{_show(parts)}")
        elif next(iter(parts)) != eid:
            counts["renamed"] += 1
            print(f"renamed\t{eid}\t{next(iter(parts))}")
    for eid, parts in sorted(joined.items()):
        if len(parts) > 1:
            counts["joined"] += 1
            print(f"joined\t{eid}\t{_show(parts)}")
    for tag, one, other in (("lost", before, after), ("gained", after, before)):
        for key in sorted(one.keys() - other.keys()):
            print(f"{tag}\t{one[key][0]}\t{key[0]} {key[1]}\t{one[key][1][:160]}")
    print(counts, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
