"""Why each name of an entity belongs to it, read from a built graph's store.

Every name an entity carries got there for one reason, in this order of checks:

- ``name``: the canonical name itself;
- ``lexicon``: a form of the lexicon entry;
- ``fuzzy``: its key joined the cluster's centre with that rapidfuzz score (see :mod:`kg.resolve.clusters`);
- ``alias-file``: a merge line of the user's alias file;
- ``shared-name``: the name of a shared well-known name that two works coin again, which the papers
  only using it mean (:func:`kg.resolve.own_names.well_known`);
- ``normalised``: the same key as the cluster's (case, hyphens, plural, "the", a head word);
- ``acronym``: a short form one paper defines as a long form of this entity (the paper is given);
- ``lexicon-match``: the extractor matched a spelling of a lexicon form in that paper;
- ``own-name``: a coined name that paper introduces (:mod:`kg.resolve.own_names`).

An entity that shares its name with another one says why the two are **kept apart** (``apart``):
the paper introduces its own thing of a lexicon name (docs/typing.md rule 80), another type, capitals
or spelling than the lexicon's, or a name two works each coin for their own work.

The clustering reasons live in the build store (``cluster_cache``); the paper-scoped ones are
found again from the paper's cached raw mentions, so ``graph.json`` carries none of it.

>>> import json, tempfile, pathlib
>>> from kg.build.job import build
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> rows = [{"id": "2501.00001", "title": "Mining confusions",
...          "abstract": "We propose Sample Confusion Miner (SAM). SAM helps."},
...         {"id": "2501.00002", "title": "Cells", "abstract": "We adapt the Segment Anything Model (SAM)."}]
>>> _ = (out / "p.jsonl").write_text("".join(json.dumps(r) + "\\n" for r in rows))
>>> _ = build([out / "p.jsonl"], out)
>>> for n in explain(out / "graph.json", "Sample Confusion Miner").names:
...     print(n.text, "|", n.reason, "|", n.detail)
Sample Confusion Miner | name | the canonical name
SAM | acronym | 2501.00001 defines 'SAM' as 'Sample Confusion Miner'
>>> [n.reason for n in explain(out / "graph.json", "model:sam").names]
['name', 'lexicon', 'lexicon', 'lexicon']
>>> rows = [{"id": "2501.00003", "title": "Sets", "abstract": "We introduce MNIST, a metric of style."}]
>>> _ = (out / "q.jsonl").write_text("".join(json.dumps(r) + "\\n" for r in rows))
>>> _ = build([out / "q.jsonl"], out / "q")
>>> explain(out / "q" / "graph.json", "metric:mnist").apart
("a metric; the lexicon's MNIST (dataset:mnist) is a dataset",)
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass

import networkx as nx

from kg.build.cache import BuildCache
from kg.build.update import CLUSTER_CACHE
from kg.errors import GraphError, StoreError
from kg.graph.io import graph_file
from kg.ids import clash_base
from kg.model import ENTITY_TYPES, mention_from_row
from kg.query.lookup import resolve_node
from kg.resolve.own_names import SEP, base_of, paper_of
from kg.resolve.resolver import AliasRules, ClusterCache, Keyer

__all__ = ["Explanation", "NameReason", "explain"]

CACHE_FILE = "kg-cache.sqlite"


@dataclass(frozen=True, slots=True)
class NameReason:
    """One name of an entity and why it is there: ``reason`` (a kind, see the module docstring),
    ``detail`` in words, and the paper it comes from for the paper-scoped kinds."""

    text: str
    reason: str
    detail: str
    paper: str | None = None


@dataclass(frozen=True, slots=True)
class Explanation:
    """An entity and the reason for each of its names (the canonical name first); ``apart`` says why
    it is not the lexicon's or another work's entity of the same name (empty when there is none)."""

    entity: str
    type: str
    name: str
    names: tuple[NameReason, ...]
    apart: tuple[str, ...] = ()


def explain(graph: str | os.PathLike[str], entity: str, *, aliases: AliasRules | None = None) -> Explanation:
    """Why each name of ``entity`` (an id, or a name that resolves to one) belongs to it.

    ``graph`` is a ``graph.json`` written by ``kg build``, or the folder holding it (its store,
    ``kg-cache.sqlite``, sits beside it), and ``aliases`` the alias rules that build used. Raises
    :class:`~kg.errors.NoMatchError` when no entity has that id or name and :class:`StoreError`
    without a store.
    """
    path = graph_file(graph).parent / CACHE_FILE
    if not path.is_file():
        raise StoreError(f"{path}: no build store beside {graph}", hint="run kg build first")
    keyer = Keyer(aliases=aliases)
    with contextlib.closing(BuildCache(path)) as cache:
        db = cache.db
        eid = _entity_id(db, entity)
        node = json.loads(db.execute("SELECT line FROM g_nodes WHERE id = ?", (eid,)).fetchone()[0])
        text = _meta(db, CLUSTER_CACHE)
        clusters = ClusterCache.from_json(text) if text else ClusterCache()
        names = [NameReason(node["name"], "name", "the canonical name")]
        names += [_reason(cache, keyer, clusters, eid, node["name"], alias) for alias in node["aliases"]]
        apart = _apart(db, keyer, eid, node["name"])
    return Explanation(eid, node["type"], node["name"], tuple(names), apart)


_MARKS = {
    "own": "{paper} introduces its own {name} (docs/typing.md rule 80), not the lexicon's {lex}",
    "caps": "written {name} in capitals; the lexicon's {lex} is written in mixed case",
    "joined": "written {name} as one word in capitals; the lexicon's {lex} joins words",
}


def _apart(db: sqlite3.Connection, keyer: Keyer, eid: str, name: str) -> tuple[str, ...]:
    """Why ``eid`` is kept apart from the entities its name could have joined: read from the marks
    the resolver put on its keys (``~own``, ``~caps``, ``~joined``, ``~<type>``, ``~<spelling>``;
    :meth:`kg.resolve.resolver.Keyer.own_key`), the paper a coined name is scoped to, and an id made
    distinct by :func:`kg.ids.clash_id`."""
    found: list[str] = []
    for (key,) in db.execute("SELECT key FROM r_entity WHERE eid = ? ORDER BY key", (eid,)):
        raw, _, mark = base_of(key).partition("~")
        anchor = keyer.anchors.get(raw)
        entry = keyer.by_id.get(anchor) if anchor else None
        paper = paper_of(key)
        if mark and entry is not None:
            lex = f"{entry.name} ({anchor})"
            if mark in _MARKS:
                found.append(_MARKS[mark].format(paper=paper or "its paper", name=name, lex=lex))
            elif mark in ENTITY_TYPES:
                found.append(f"a {mark}; the lexicon's {lex} is a {entry.type}")
            else:
                found.append(f"spelled {name}; the lexicon's {lex} is spelled otherwise")
        if paper:
            others = [e for e in _same_name(db, raw, eid) if e != anchor]
            if others:
                found.append(
                    f"{paper} introduces {name} as its own work; other works' {name} are other entities "
                    f"({', '.join(others)})"
                )
    base = clash_base(eid)
    if not found and base != eid:
        row = db.execute("SELECT line FROM g_nodes WHERE id = ?", (base,)).fetchone()
        other = json.loads(row[0])["name"] if row else ""
        taken = f"{other} ({base})" if other else f"the lexicon's {base}"
        found.append(f"{name} is not {taken}: the same id letters, so a short hash keeps the ids apart")
    return tuple(dict.fromkeys(found))


def _same_name(db: sqlite3.Connection, raw: str, eid: str) -> list[str]:
    """The other entities whose keys have the plain key ``raw`` (a coined name's other works)."""
    rows = db.execute("SELECT key, eid FROM r_entity WHERE key >= ? AND key < ?", (raw, raw + "\U0010ffff"))
    same = {e for k, e in rows if e != eid and base_of(k).partition("~")[0] == raw}
    return sorted(same)


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM g_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _entity_id(db: sqlite3.Connection, entity: str) -> str:
    """The id of the entity node ``entity`` names: an id, or any reference the one resolver
    (:func:`kg.query.lookup.resolve_node`) takes, over the store's entity nodes."""
    row = db.execute("SELECT label FROM g_nodes WHERE id = ?", (entity,)).fetchone()
    if row is not None and row[0] not in ("Paper", "Author"):
        return entity
    if row is not None:
        kind = "a paper" if row[0] == "Paper" else "an author"
        raise GraphError(
            f"{entity!r} is {kind}: kg explain explains an entity's names",
            hint=f"its links: kg neighbours {entity} --hops 1",
        )
    g = nx.MultiDiGraph()
    rows = db.execute("SELECT id, line FROM g_nodes WHERE label NOT IN ('Paper', 'Author')")
    g.add_nodes_from((nid, json.loads(line)) for nid, line in rows)
    return resolve_node(g, entity, kinds=ENTITY_TYPES)


def _reason(
    cache: BuildCache, keyer: Keyer, clusters: ClusterCache, eid: str, name: str, text: str
) -> NameReason:
    if text in keyer.forms(eid):
        return NameReason(text, "lexicon", f"a form of the lexicon entry {eid}")
    key = keyer.key(text)
    row = cache.db.execute("SELECT eid FROM r_entity WHERE key = ?", (key,)).fetchone()
    if row is not None and row[0] == eid:
        why = clusters.reasons.get(key)
        if why is not None and why[0] == "fuzzy":
            return NameReason(
                text, "fuzzy", f"key {key!r} is {why[2]} similar to the cluster centre {why[1]!r}"
            )
        if why is not None and why[0] == "shared":
            return NameReason(text, "shared-name", f"a well-known name two works coin again: {why[2]}")
        if why is not None:
            return NameReason(text, "alias-file", f"alias file: {why[2]}")
        if keyer.anchors.get(key) == eid:
            return NameReason(text, "lexicon", f"key {key!r} is the key of a lexicon form of {eid}")
        return NameReason(
            text, "normalised", f"same key {key!r} as the cluster's (case, hyphens, plural, head word)"
        )
    return _paper_reason(cache, keyer, eid, text)


def _paper_reason(cache: BuildCache, keyer: Keyer, eid: str, text: str) -> NameReason:
    """A name that reached the entity inside one paper: find the first such paper and re-key it."""
    rows = cache.db.execute(
        "SELECT src, texts FROM g_edges WHERE dst = ? AND typ IN ('USES', 'INTRODUCES') ORDER BY src", (eid,)
    )
    pid = next((src for src, texts in rows if text in json.loads(texts or "[]")), None)
    if pid is None:
        return NameReason(text, "unknown", "no paper links this name to the entity")
    (pkey,) = cache.db.execute("SELECT key FROM papers WHERE id = ?", (pid,)).fetchone()
    mentions = [mention_from_row(pid, r) for r in cache.mentions([pkey]).get(pkey, [])]
    row = keyer.key_mentions(mentions)
    for m, key, own in row:
        if m.text != text:
            continue
        if not key and m.rule.startswith("acronym"):
            detail = f"an acronym definition in {pid} whose long form agrees with the lexicon entry"
            return NameReason(text, "acronym", detail, pid)
        if not key:
            return NameReason(text, "lexicon-match", f"matched as a spelling of a lexicon form in {pid}", pid)
        if not own:
            long = next((n.text for n, k, o in row if k == key and o), key)
            return NameReason(text, "acronym", f"{pid} defines {text!r} as {long!r}", pid)
        if SEP in key:
            detail = f"{pid} introduces {text!r}; papers that introduce it as one work share it (own_names)"
            return NameReason(text, "own-name", detail, pid)
        return NameReason(text, "normalised", f"key {key!r} in {pid}", pid)
    return NameReason(text, "unknown", f"no mention {text!r} in {pid}", pid)
