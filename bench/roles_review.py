"""A role-focused review of kg's links: introduced precision and recall on hand-judged samples.

    python bench/roles_review.py --seed 501 --size 80 --draft > draft.tsv   # papers + links to judge
    python bench/roles_review.py --seed 501 --size 80 --judgements bench/reviews/roles_seed501.tsv

The sample and the build are those of ``bench/review_sample.py`` (never the held-out judged ids).
``--draft`` prints each paper (as ``#`` comment lines) followed by one line per link, ``key<TAB>verdict``
prefilled with kg's own coarse type and role: the judge reads the paper, corrects each verdict
(``<Coarse>:<role>``, ``spurious``, ``entity``) and adds a line for every name the paper introduces
that has no introduced link (a missed contribution), ``<arxiv id>|<first surface form><TAB>
<Coarse>:introduced``; alternative surface forms of one name (its acronym) are joined by `` ~ ``.

The tally counts, over the judged links and the added lines of the sampled papers:

- introduced links: kg's INTRODUCES edges; *right role* among those that name something real
  (not ``spurious``), and *strict*, counting a spurious or mistyped introduced link as wrong;
- introduced recall: names judged ``introduced`` (links and added lines) that kg links as INTRODUCES
  (an added line is found when an INTRODUCES edge's evidence text or entity name equals one of its
  surface forms, ignoring case);
- role accuracy over all real links.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

from review_sample import CORPUS, JUDGED, links, sample_records

from kg.extract.judged import read_judged
from kg.extract.judged_match import COARSE


def draft(records: list[dict[str, Any]], found: dict[str, list[dict[str, Any]]]) -> None:
    """Each paper as comments, then its links with kg's own verdict to correct."""
    for r in records:
        print(f"# {'=' * 98}")
        print(f"# {r['id']}  {' '.join(r['title'].split())}")
        for line in textwrap.wrap(" ".join(r["summary"].split()), 100):
            print(f"# {line}")
        for e in found.get(r["id"], []):
            role = "introduced" if e["type"] == "INTRODUCES" else "used"
            coarse = COARSE.get(e["etype"], "?")
            print(f"{r['id']}|{e['text']}\t{coarse}:{role}\t# {e['etype']} {e['name']!r} [{e['rule']}]")


def read_verdicts(path: Path) -> dict[str, str]:
    """``key -> verdict`` from a judgement file (``#`` comments and trailing ``# …`` notes ignored)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, verdict = line.split("\t")[:2]
            out[key.strip()] = verdict.strip()
    return out


def tally(found: dict[str, list[dict[str, Any]]], verdicts: dict[str, str], papers: set[str]) -> None:
    """Introduced precision (right role; strict), introduced recall and role accuracy."""
    intro = intro_real = intro_right = real = role_ok = unjudged = 0
    truth_intro: set[str] = set()
    found_intro: set[str] = set()
    wrong: list[str] = []
    for key, verdict in verdicts.items():
        if key.split("|", 1)[0] in papers and verdict.endswith(":introduced"):
            truth_intro.add(key)
    for pid, edges in sorted(found.items()):
        for e in edges:
            key = f"{pid}|{e['text']}"
            verdict = verdicts.get(key)
            if verdict is None:
                unjudged += 1
                print(f"unjudged: {key}", file=sys.stderr)
                continue
            role = "introduced" if e["type"] == "INTRODUCES" else "used"
            truth = verdict.partition(":")[2]
            if truth:
                real += 1
                role_ok += truth == role
            if role == "introduced":
                intro += 1
                intro_real += bool(truth)
                intro_right += truth == "introduced"
                found_intro.add(key)
                if truth != "introduced":
                    wrong.append(f"false introduced ({verdict}): {key} [{e['rule']}]")
            elif truth == "introduced":
                wrong.append(f"missed introduced (linked as used): {key} [{e['rule']}]")
    names = _introduced_names(found)
    groups = _same_names(truth_intro)
    hit = 0
    for group in groups:
        pid = next(iter(group)).split("|", 1)[0]
        surfaces = {s.strip().lower() for key in group for s in key.split("|", 1)[1].split(" ~ ")}
        if group & found_intro or surfaces & names.get(pid, set()):
            hit += 1
        elif not group & {f"{pid}|{e['text']}" for e in found.get(pid, [])}:
            wrong.append(f"missed introduced (no link): {' / '.join(sorted(group))}")
    print(f"papers {len(papers)}; links judged {real + (intro - intro_real)}+ (unjudged {unjudged})")
    right = intro_right / max(intro_real, 1)
    print(
        f"introduced links {intro}: right role {intro_right}/{intro_real} = {right:.3f}"
        f" (strict, spurious counted wrong: {intro_right / max(intro, 1):.3f})"
    )
    print(f"introduced recall {hit}/{len(groups)} = {hit / max(len(groups), 1):.3f}")
    print(f"role accuracy over real links {role_ok}/{real} = {role_ok / max(real, 1):.3f}")
    for line in sorted(wrong):
        print("  " + line)


def _same_names(keys: set[str]) -> list[set[str]]:
    """Judged keys grouped by name: keys of one paper that share a surface form (``A ~ B`` lists forms).

    >>> sorted(map(sorted, _same_names({"1|Foo Net ~ FN", "1|FN", "1|Bar", "2|FN"})))
    [['1|Bar'], ['1|FN', '1|Foo Net ~ FN'], ['2|FN']]
    """
    groups: list[tuple[str, set[str], set[str]]] = []
    for key in sorted(keys):
        pid, surface = key.split("|", 1)
        forms = {s.strip().lower() for s in surface.split(" ~ ")}
        same = [g for g in groups if g[0] == pid and g[1] & forms]
        merged = (pid, forms.union(*(g[1] for g in same)), {key}.union(*(g[2] for g in same)))
        groups = [g for g in groups if g not in same] + [merged]
    return [g[2] for g in groups]


def _introduced_names(found: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
    """Per paper, the lower-cased evidence texts and entity names of its INTRODUCES edges."""
    out: dict[str, set[str]] = {}
    for pid, edges in found.items():
        for e in edges:
            if e["type"] == "INTRODUCES":
                out.setdefault(pid, set()).update({str(e["text"]).lower(), str(e["name"]).lower()})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--exclude", type=Path, default=JUDGED, help="a JSONL fixture whose ids to leave out")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--size", type=int, default=80)
    parser.add_argument("--draft", action="store_true", help="print papers and prefilled verdicts")
    parser.add_argument("--judgements", type=Path, help="tally a judgement file")
    args = parser.parse_args()
    exclude = {p.id for p in read_judged(args.exclude)} if args.exclude.exists() else set()
    records = sample_records(args.corpus, args.seed, args.size, exclude)
    found = links(records)
    if args.judgements:
        tally(found, read_verdicts(args.judgements), {r["id"] for r in records})
    else:
        draft(records, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
