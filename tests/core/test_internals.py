"""The private internals kg relies on (kg.internals) behave as kg assumes on the installed versions.

A networkx or CPython upgrade that changes them must fail here, not silently corrupt a graph file.
"""

from __future__ import annotations

import gc
import json

import networkx as nx

from kg.internals import clear_cache, gc_paused, node_dict, pred_dict, record_encoder, succ_dict


def test_dicts_behind_the_views_are_the_views_storage() -> None:
    g = nx.MultiDiGraph()
    g.add_node("a", label="Paper")
    g.add_edge("a", "b", key="USES", w=1)
    assert node_dict(g) == dict(g.nodes(data=True))
    assert succ_dict(g)["a"]["b"]["USES"] is g.edges["a", "b", "USES"]
    assert pred_dict(g)["b"]["a"] is succ_dict(g)["a"]["b"]


def test_filling_the_dicts_then_clearing_the_cache_gives_a_normal_graph() -> None:
    g = nx.MultiDiGraph()
    _ = g.nodes, g.edges  # views cached before the dicts change
    node_dict(g)["x"], succ_dict(g)["x"], pred_dict(g)["x"] = {"label": "Paper"}, {}, {}
    node_dict(g)["y"], succ_dict(g)["y"], pred_dict(g)["y"] = {}, {}, {}
    succ_dict(g)["x"]["y"] = pred_dict(g)["y"]["x"] = {"CITES": {"type": "CITES"}}
    clear_cache(g)
    assert list(g.nodes) == ["x", "y"]
    assert list(g.edges(keys=True, data=True)) == [("x", "y", "CITES", {"type": "CITES"})]
    assert nx.number_of_edges(g) == 1


def test_record_encoder_equals_the_public_encoder() -> None:
    records = [{"b": [1, 2.5, None], "a": 'é\u2028"q"', "c": {"z": True, "y": False}}, {}, {"k": "\x00"}]
    encode = record_encoder()
    for rec in records:
        assert encode(rec) == json.dumps(rec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    rows = [["é\u2028", 1, 0.85, None, True, [{"b": 1, "a": 2}]], ["x"], []]
    for sort_keys in (True, False):
        for compact, seps in ((True, (",", ":")), (False, (", ", ": "))):
            enc = record_encoder(sort_keys=sort_keys, compact=compact)
            for row in rows:
                assert enc(row) == json.dumps(row, sort_keys=sort_keys, ensure_ascii=False, separators=seps)


def test_gc_paused_restores_the_collector() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
