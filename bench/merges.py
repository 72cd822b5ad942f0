"""Measure false merges in built graphs: acronym long forms, unlike aliases, shared neighbourhoods.

Usage (numbers go in notes, not in tests)::

    .venv/bin/python bench/merges.py DIR [DIR ...] [--examples 10]
    .venv/bin/python bench/merges.py --lexicon

``--lexicon`` lists, straight from the lexicon files, every dataset / benchmark / model alias that
fails the test of (b) below, marked ``ok`` when the reviewed allow-list
(``kg/extract/lexicon/unlike_aliases.tsv``) keeps it and ``REVIEW`` when it does not.

Each ``DIR`` is a ``kg build --out`` directory (``graph.json`` and ``kg-cache.sqlite``); give the
build before a change and the one after to print both columns side by side. Three measures:

(a) **acronym merges**: every "Long Form (LF)" a paper defines (its raw mentions in the build
    cache: an ``acronym.long`` mention and the mention right after it) is traced to the entity
    its long form was linked to (the paper's edge whose texts hold the long form). A long form
    is merged wrongly when it agrees (:func:`kg.extract.long_forms.keys_agree`) with none of the
    entity's long names: its name and lexicon forms other than the acronym, or — for an entity
    named by the acronym alone — the most frequent long form linked to it. Counted: the
    (entity, acronym) groups with a wrong long form, and the distinct wrong long forms.
(b) **unlike aliases** on dataset / benchmark / model entities: aliases whose rapidfuzz ratio to
    the entity's name is below 60 (both lowercased, punctuation stripped) and where neither is an
    initialism of the other (Schwartz–Hearst: the short one's letters in order at word starts of
    the long one). Printed too: the stricter count where only an alias abbreviating the name is
    excused (so a long form of an entity named by its acronym counts as unlike). "Of which
    lexicon forms" compares with the lexicon as it is now, not as the build had it; ``--examples``
    prints only the aliases that are not lexicon forms (``--lexicon`` lists those).
(c) **shared neighbourhoods**: the share of papers that share a dataset, benchmark, method or
    model entity with another paper, counting only entities in at most 1% of the papers.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from kg.build.cache import BuildCache
from kg.extract.abbrev import match_long_form
from kg.extract.lexicon import LEXICON_DIR, LexiconEntry, default_lexicon_paths, load_lexicon
from kg.extract.long_forms import RESOLVER, keys_agree
from kg.model import Mention, mention_from_row
from kg.resolve.resolver import norm_key

_PUNCT = re.compile(r"[^0-9a-z ]+")
_ALIAS_TYPES = {"dataset", "benchmark", "model"}
_SHARE_TYPES = {"dataset", "benchmark", "method", "model"}
_LINKS = ("USES", "INTRODUCES")
_HEADS = ("", " Benchmark", " Dataset", " Corpus")
ALLOW_LIST = LEXICON_DIR / "unlike_aliases.tsv"


def _plain(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def abbreviates(alias: str, name: str, *, both_ways: bool = True) -> bool:
    """Whether one of two names reads as an abbreviation of the other (Schwartz–Hearst: the short
    one's letters in order at word starts of the long one, whose head word — "benchmark",
    "dataset" — the canonical name may have dropped).

    >>> abbreviates("GPT", "Generative Pre-trained Transformer"), abbreviates("Dense Prediction", "DP")
    (True, True)
    >>> abbreviates("M3DFB", "Modularized 3D Face Reconstruction")
    True
    >>> abbreviates("MPD", "Spotify Million Playlist")
    False
    """
    for short, long in ((alias, name), (name, alias))[: 2 if both_ways else 1]:
        letters = "".join(ch for ch in short if ch.isalnum())
        if not letters or len(letters) > 12 or " " in short.strip():
            continue
        if any(match_long_form(letters, long + head) == 0 for head in _HEADS):
            return True
    return False


def unlike(alias: str, name: str, *, both_ways: bool = True) -> bool:
    """An alias that neither resembles (ratio < 60) its entity's name nor is an initialism of it
    (or, ``both_ways``, has it as an initialism)."""
    if fuzz.ratio(_plain(alias), _plain(name)) >= 60:
        return False
    return not abbreviates(alias, name, both_ways=both_ways)


def lexicon_unlike(entries: Iterable[LexiconEntry]) -> list[tuple[str, str]]:
    """``(entry id, alias)`` of every dataset / benchmark / model lexicon alias that is :func:`unlike`
    its entry's name, sorted.

    >>> wrn = LexiconEntry("model:wrn-28-10", "model", "WRN-28-10", ("Wide ResNet-28-10", "WRN-16-8"))
    >>> lexicon_unlike([wrn])
    [('model:wrn-28-10', 'WRN-16-8')]
    """
    return sorted(
        (e.id, a) for e in entries if e.type in _ALIAS_TYPES for a in e.aliases if unlike(a, e.name)
    )


def read_allow_list(path: Path = ALLOW_LIST) -> dict[tuple[str, str], str]:
    """The reviewed allow-list: ``(entry id, alias) -> reason``; ``#`` lines are comments. A line
    without three tab-separated non-empty fields raises ``ValueError`` naming it."""
    allowed: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise ValueError(f"{path}:{number}: want 'entry id<TAB>alias<TAB>reason'")
        allowed[(fields[0], fields[1])] = fields[2]
    return allowed


def wrong_long_forms(longs: dict[str, int], short: str, names: list[str]) -> list[str]:
    """The long forms (with their paper counts) that agree with none of the entity's long names.

    >>> wrong_long_forms({"Sample Confusion Miner": 1, "Segment Anything": 3}, "SAM", ["Segment Anything"])
    ['Sample Confusion Miner']
    >>> wrong_long_forms({"Xeno Yield": 2, "Xylo Yarn": 1}, "XY", ["XY"])
    ['Xylo Yarn']
    """
    short_key = norm_key(short)
    refs = [norm_key(n) for n in names if norm_key(n) != short_key and (" " in n or len(n) > 6)]
    if not refs:
        refs = [norm_key(min(longs, key=lambda t: (-longs[t], t)))]
    # norm_key, not the resolver's long_key: an entity's name ("Garbage", "ME grand") leaves off the head
    # word ("Garbage Dataset", "ME grand challenge") that norm_key drops
    return sorted(t for t in longs if not any(keys_agree(norm_key(t), r, RESOLVER) for r in refs))


def _load(out: Path) -> tuple[dict[str, dict[str, Any]], list[tuple[str, str, str]]]:
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in graph["nodes"]}
    links = [(e["source"], e["target"], e["type"]) for e in graph["links"] if e["type"] in _LINKS]
    return nodes, links


def acronym_merges(out: Path, nodes: dict[str, dict[str, Any]]) -> tuple[int, int, list[str]]:
    """(a): ``(groups, definitions in them, examples)``."""
    cache = BuildCache(out / "kg-cache.sqlite")
    db: sqlite3.Connection = cache.db
    texts: dict[tuple[str, str], str] = {}  # (paper, text) -> entity
    for src, dst, raw in db.execute(
        "SELECT src, dst, texts FROM g_edges WHERE typ IN ('USES', 'INTRODUCES')"
    ):
        for t in json.loads(raw or "[]"):
            texts[(src, t)] = dst
    keys = cache.paper_keys()
    by_key = defaultdict(list)
    for pid, key in keys.items():
        by_key[key].append(pid)
    groups: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)  # (entity, acronym): long -> papers
    for key, rows in cache.mentions(list(by_key)).items():
        for pid in by_key[key]:
            for long, short in _definitions([mention_from_row(pid, r) for r in rows]):
                eid = texts.get((pid, long))
                if eid is not None:
                    group = groups[(eid, short)]
                    group[long] = group.get(long, 0) + 1
    cache.close()
    forms = {e.id: e.forms for e in load_lexicon(default_lexicon_paths()).entries}
    n_groups = n_defs = 0
    examples: list[str] = []
    for (eid, short), longs in sorted(groups.items()):
        name = nodes.get(eid, {}).get("name", "")
        bad = wrong_long_forms(longs, short, [name, *forms.get(eid, ())])
        if bad:
            n_groups += 1
            n_defs += len(bad)
            examples.append(f"{eid} ({name}) <- {short}: {bad[:4]}")
    return n_groups, n_defs, examples


def _definitions(mentions: list[Mention]) -> list[tuple[str, str]]:
    """``(long text, short text)`` of each definition among one paper's raw mentions."""
    starts = {(m.field, m.start): m for m in mentions}
    out = []
    for m in mentions:
        if m.rule == "acronym.long":
            after = [starts[(m.field, m.end + g)] for g in (1, 2, 3) if (m.field, m.end + g) in starts]
            if after:
                out.append((m.text, after[0].text))
    return out


def unlike_aliases(nodes: dict[str, dict[str, Any]], *, both_ways: bool = True) -> tuple[int, int, list[str]]:
    """(b): ``(count, of which a lexicon form of the entity (by key), examples of the others)``."""
    forms = {e.id: {norm_key(f) for f in e.forms} for e in load_lexicon(default_lexicon_paths()).entries}
    n = curated = 0
    examples = []
    for eid, node in sorted(nodes.items()):
        if node.get("type") not in _ALIAS_TYPES:
            continue
        bad = [a for a in node.get("aliases", ()) if unlike(a, node["name"], both_ways=both_ways)]
        n += len(bad)
        known = forms.get(eid, set())
        other = [a for a in bad if norm_key(a) not in known]
        curated += len(bad) - len(other)
        if other:
            examples.append((len(other), f"{eid} ({node['name']}): {other[:5]}"))
    examples.sort(key=lambda x: -x[0])
    return n, curated, [e for _, e in examples]


def shared_share(nodes: dict[str, dict[str, Any]], links: list[tuple[str, str, str]]) -> tuple[float, int]:
    """(c): ``(share of papers, number of papers)``."""
    papers = [nid for nid, n in nodes.items() if n.get("label") == "Paper"]
    limit = 0.01 * len(papers)
    ents: dict[str, set[str]] = defaultdict(set)
    for src, dst, _ in links:
        if nodes.get(dst, {}).get("type") in _SHARE_TYPES:
            ents[dst].add(src)
    sharing: set[str] = set()
    for pids in ents.values():
        if 2 <= len(pids) <= limit:
            sharing |= pids
    return (len(sharing) / len(papers) if papers else 0.0), len(papers)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--examples", type=int, default=10)
    ap.add_argument("--lexicon", action="store_true", help="list the lexicon's unlike aliases")
    args = ap.parse_args(argv)
    if args.lexicon:
        allowed = read_allow_list()
        found = lexicon_unlike(load_lexicon(default_lexicon_paths()).entries)
        for eid, alias in found:
            print("ok    " if (eid, alias) in allowed else "REVIEW", eid, alias, sep="\t")
        print(f"{len(found)} unlike lexicon aliases, {sum(k not in allowed for k in found)} not reviewed")
        return 0
    rows: dict[str, list[str]] = defaultdict(list)
    for out in args.dirs:
        nodes, links = _load(out)
        groups, defs, ex_a = acronym_merges(out, nodes)
        n_alias, curated, ex_b = unlike_aliases(nodes)
        share, n_papers = shared_share(nodes, links)
        rows["papers"].append(str(n_papers))
        rows["(a) acronym groups merging distinct long forms"].append(str(groups))
        rows["(a) definitions in them"].append(str(defs))
        rows["(b) unlike aliases (dataset/benchmark/model)"].append(str(n_alias))
        rows["(b) of which lexicon forms of the entity"].append(str(curated))
        rows["(b) same, only alias-abbreviates-name excused"].append(
            str(unlike_aliases(nodes, both_ways=False)[0])
        )
        rows["(c) share of papers sharing an entity (<=1%)"].append(f"{share:.4f}")
        print(f"== {out}", file=sys.stderr)
        for line in ex_a[: args.examples]:
            print("  (a)", line, file=sys.stderr)
        for line in ex_b[: args.examples]:
            print("  (b)", line, file=sys.stderr)
    width = max(map(len, rows))
    print(" " * width, *(str(d) for d in args.dirs), sep="  ")
    for label, values in rows.items():
        print(label.ljust(width), *values, sep="  ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
