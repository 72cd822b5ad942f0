"""The embedded database copy: every column kind's values come back from the engine as the graph holds them.

The CSV cells are formatted a column at a time and lists go in the engine's list syntax when
they can (kg/backends/embedded_csv.py); these tests read every value back through the engine.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.backends.embedded import NODE_COLUMNS, REL_COLUMNS, EmbeddedSession, build_database
from kg.backends.embedded_csv import (
    float_cells,
    int_cells,
    list_cells,
    list_in_csv,
    string_cells,
    write_table,
)
from kg.schema import REL_ENDPOINTS

TEXTS: list[Any] = [
    None,
    "",
    "plain",
    'a "quoted" word',
    '"',
    '""',
    "comma, inside",
    "line\nbreak",
    "crlf\r\nline",
    "tab\there",
    "back\\slash",
    " lead and trail ",
    "ünïcödé 中文 ∑ 🙂",
    "[not, a list]",
    "{a: 1}",
    "NULL",
    "'single'",
    5,
    True,
]
INTS: list[Any] = [None, 0, -7, 2**62, 3.9, -2.5, True, False, "12", [1]]
FLOATS: list[Any] = [None, 0.1, -0.0, 1e-300, 1.7976931348623157e308, 3, True, "0.5"]
LISTS: list[Any] = [
    None,
    [],
    ["GPT-4o", "α-net (v2)", "a b"],
    ("tuple", "kept"),
    ["a, b"],
    ["[x]"],
    ["{y}"],
    ['say "hi"'],
    ["it's"],
    ["back\\slash"],
    [""],
    [" lead"],
    ["trail "],
    ["NULL", "null"],
    ["line\nbreak"],
    [1, 2.5, "x"],
    "a string",
]


def _expected(value: Any, kind: str) -> Any:
    """What the engine should hold for a graph value (the copy's documented conversions)."""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if value is None:
        return None
    if kind == "INT64":
        return int(value) if number else None
    if kind == "DOUBLE":
        return float(value) if number else None
    if kind == "STRING[]":
        return [str(x) for x in value]
    return str(value)


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    n = max(len(TEXTS), len(INTS), len(FLOATS), len(LISTS))
    pick: dict[str, list[Any]] = {"STRING": TEXTS, "INT64": INTS, "DOUBLE": FLOATS, "STRING[]": LISTS}
    for label, columns in NODE_COLUMNS.items():
        for i in range(n):
            attrs = {c: pick[k][(i + j) % len(pick[k])] for j, (c, k) in enumerate(columns.items())}
            g.add_node(f"{label.lower()}:{i}", **attrs, label=label)
    for rel, columns in REL_COLUMNS.items():
        a, b = REL_ENDPOINTS[rel][0]
        for i in range(n):
            attrs = {c: pick[k][(i + j) % len(pick[k])] for j, (c, k) in enumerate(columns.items())}
            g.add_edge(f"{a.lower()}:{i}", f"{b.lower()}:{(i + 1) % n}", key=rel, **attrs, type=rel)
    return g


def test_every_column_kind_round_trips_through_the_engine(tmp_path: Path) -> None:
    g = _graph()
    with EmbeddedSession(build_database(g, tmp_path / "db")) as s:
        for label, columns in NODE_COLUMNS.items():
            names = list(columns)
            got = s.run(f"MATCH (n:{label}) RETURN n.id, {', '.join(f'n.`{c}`' for c in names)}", {}).rows
            assert len(got) == sum(1 for _, d in g.nodes(data=True) if d["label"] == label)
            for row in got:
                attrs = g.nodes[row[0]]
                want = tuple(_expected(attrs.get(c), columns[c]) for c in names)
                assert row[1:] == want, (label, row[0])
        for rel, columns in REL_COLUMNS.items():
            names = list(columns)
            cols = "".join(f", r.`{c}`" for c in names)
            got = s.run(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id, b.id{cols}", {}).rows
            assert len(got) == g.number_of_edges() // len(REL_COLUMNS)
            for row in got:
                attrs = g.edges[row[0], row[1], rel]
                assert row[2:] == tuple(_expected(attrs.get(c), columns[c]) for c in names), (rel, row)


def test_random_alias_lists_round_trip(tmp_path: Path) -> None:
    """Lists of names drawn from an alphabet of the characters the list syntax could misread."""
    rng = random.Random(24)
    plain, special = "abcXYZ 09-_.:;()/|=<>#$%&*+?!@^~`é中🙂", "[]{},'\"\\\t\n\r\xa0"

    def name() -> str:
        chars = (rng.choice(special if rng.random() < 0.05 else plain) for _ in range(rng.randint(0, 8)))
        return "".join(chars)

    g = nx.MultiDiGraph()
    lists = [[] for _ in range(5)] + [[name() for _ in range(rng.randint(1, 4))] for _ in range(400)]
    for i, aliases in enumerate(lists):
        g.add_node(f"method:{i}", label="Method", name=f"M{i}", type="method", aliases=aliases)
    assert 50 < sum(map(list_in_csv, lists)) < len(lists)  # both ways of setting a list are exercised
    with EmbeddedSession(build_database(g, tmp_path / "db")) as s:
        got = dict(s.run("MATCH (n:Method) RETURN n.id, n.aliases", {}).rows)
    assert got == {f"method:{i}": aliases for i, aliases in enumerate(lists)}


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        (["a b", "GPT-4o", "x (y)", "NULL", "中文"], True),
        ([], True),
        (("a", "b"), True),
        (["a,b"], False),
        (["a]"], False),
        (["{"], False),
        (['"'], False),
        (["'"], False),
        (["\\"], False),
        ([""], False),
        ([" a"], False),
        (["a\xa0"], False),
        (["a\nb"], False),
        ([1], False),
        ("ab", False),
    ],
)
def test_list_in_csv(value: Any, fits: bool) -> None:
    assert list_in_csv(value) is fits


def test_cells_of_each_kind() -> None:
    assert string_cells([None, "", 'x"y', 1.5]) == ["", '""', '"x""y"', '"1.5"']
    assert int_cells([None, 3, 3.9, -3.9, True, "3", [3]]) == ["", "3", "3", "-3", "", "", ""]
    assert float_cells([None, 0.1, 2, 1e300, False, "1"]) == ["", "0.1", "2.0", "1e+300", "", ""]
    assert list_cells([None, ["a", "b c"], ["a,b"], []]) == ["", '"[a,b c]"', "", '"[]"']


def test_write_table_keeps_row_order_across_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.backends.embedded_csv as embedded_csv

    monkeypatch.setattr(embedded_csv, "_CHUNK", 2)
    records = [{"n": i, "s": f"v{i}"} for i in range(5)]
    path = tmp_path / "t.csv"
    write_table(path, [[f"k{i}" for i in range(5)]], records, {"s": "STRING", "n": "INT64", "x": "DOUBLE"})
    assert path.read_text("utf-8").splitlines() == [f'"k{i}","v{i}",{i},' for i in range(5)]
