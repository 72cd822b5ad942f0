"""The page as a file: self-contained, deterministic, and with no way for input to become markup."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
from hypothesis import given
from hypothesis import strategies as st

from kg.explorer.explorer import Explorer, explore, write_explorer
from kg.explorer.html import asset_text, embed_json, paper_links, safe_url
from kg.explorer.sample import tiny_graph

DATA = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)


def page_json(page: str) -> dict[str, object]:
    found = DATA.search(page)
    assert found
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_page_is_one_offline_file() -> None:
    page = explore(tiny_graph()).html
    # no external reference of any kind: no src/href attributes to the web, no @import, no url() fetches
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "@import" not in page
    assert "cdn" not in page.lower().replace("cdn_resources", "")
    assert "<link" not in page
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src &#x27;none&#x27;" in csp.group(1)
    assert "connect-src &#x27;none&#x27;" in csp.group(1)
    assert len(re.findall(r"<script[ >]", page)) == 4  # data, vis-network (+1 in a core-js string), app
    assert len(re.findall(r"</script>", page)) == 3


def test_same_graph_same_bytes(tmp_path: Path) -> None:
    write_explorer(tiny_graph(), tmp_path / "a.html")
    write_explorer(tiny_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_hostile_text_stays_data(hostile: nx.MultiDiGraph, payload_strings: list[str]) -> None:
    page = explore(hostile).html
    body = page.split('<script id="kg-data"', 1)[1]
    for bad in payload_strings:
        if "<" in bad:
            assert bad not in page  # never verbatim anywhere in the file
    assert "</script><script>window" not in page
    assert body.count("</script>") == 3  # only the page's own three script ends
    data = page_json(page)
    titles = {n["name"] for n in data["nodes"] if n["kind"] == "Paper"}  # type: ignore[index,union-attr]
    assert titles == {d["title"] for _, d in hostile.nodes(data=True) if d["label"] == "Paper"}
    links = [u for n in data["nodes"] for _, u in n.get("links", [])]  # type: ignore[union-attr]
    assert links and all(u.startswith(("https://arxiv.org/abs/", "https://doi.org/")) for u in links)


def test_template_placeholders_in_input_are_not_expanded() -> None:
    g = tiny_graph()
    g.nodes["2501.00001"]["title"] = "{{vis}} {{data}} {{csp}}"
    page = explore(g).html
    assert "{{vis}} {{data}} {{csp}}" in page
    assert len(page) < len(explore(tiny_graph()).html) + 200  # vis-network was not pasted in twice


@given(st.text())
def test_embedded_json_round_trips_and_never_closes_a_tag(text: str) -> None:
    out = embed_json({"t": text})
    assert not set("<>&\u2028\u2029") & set(out)
    assert json.loads(out) == {"t": text}


def test_urls_only_http_and_built_from_ids() -> None:
    assert safe_url("https://example.org/x") == "https://example.org/x"
    for bad in (
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "//evil",
        "http://",
        " https://x.org",
    ):
        assert safe_url(bad) is None
    assert paper_links({"arxiv_id": "javascript:alert(1)", "doi": '10.1000/"onmouseover=x'}) == [
        ["DOI", "https://doi.org/10.1000/%22onmouseover%3Dx"]
    ]
    assert paper_links({"doi": "10.1/ spaced", "url": "javascript:alert(1)"}) == []


def test_jupyter_display_is_an_escaped_sandboxed_iframe() -> None:
    ex = explore(tiny_graph())
    assert isinstance(ex, Explorer)
    shown = ex._repr_html_()
    assert shown.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts"' in shown
    srcdoc = shown.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]
    assert '"' not in srcdoc and "<" not in srcdoc
    assert html.unescape(srcdoc) == ex.html


def test_assets_ship_with_the_package() -> None:
    import importlib.resources

    for name in ("explorer.html", "explorer.css", "explorer.js", "vis-network.min.js"):
        assert (importlib.resources.files("kg") / "assets" / name).is_file()
        assert asset_text(name)
    assert not re.search(
        r"innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write", asset_text("explorer.js")
    )


def test_paper_panel_lists_every_entity_not_only_the_drawn_via_types() -> None:
    """A paper view drawn via datasets only still names the paper's method in its panel (not as a
    clickable node, since it is not drawn), with its role; the drawn dataset points at its node."""
    data = page_json(explore(tiny_graph(), paper="2501.00001", via="dataset").html)
    nodes = data["nodes"]
    assert isinstance(nodes, list)
    focus = data["focus"]
    assert isinstance(focus, int)
    rows = {r[0]: r for r in nodes[focus]["ents"]}
    assert set(rows) == {"ImageNet", "Mixture-of-Experts"}
    assert rows["Mixture-of-Experts"][1:] == ["Method", 1, -1]  # introduced, not drawn
    drawn = rows["ImageNet"][3]
    assert drawn >= 0 and nodes[drawn]["name"] == "ImageNet"
    assert "Sparse Mixture-of-Experts on ImageNet" in str(data["title"])  # named by title, not id


def test_a_name_is_highlighted_wherever_the_paper_writes_it() -> None:
    """The title's "LoRA-Drop" is highlighted in the abstract too (evidence keeps one span a link);
    never inside a longer hyphenated name, and a lower-case phrase only where kg read it."""
    from kg.explorer.sample import add_entity, add_mention, add_paper

    g = nx.MultiDiGraph(kg_format=1, kg_version="0.1.0")
    title = "LoRA-Drop: Pruning Adapters"  # the Low-Rank Adaptation link's evidence is "Adapters"
    abstract = (
        "Low-Rank Adaptation is common. LoRA-Drop keeps accuracy; LoRA-Drop-2 differs. Accuracy is high."
    )
    add_paper(g, "2501.00009", title, abstract, "2025-01-09")
    own = add_entity(g, "method", "LoRA-Drop")
    acc = add_entity(g, "metric", "Accuracy")
    lora = add_entity(g, "method", "Low-Rank Adaptation")
    evidence = {"text": "LoRA-Drop", "field": "title", "start": 0, "end": 9, "sentence": title}
    g.add_edge("2501.00009", own, key="INTRODUCES", type="INTRODUCES", confidence=0.9, **evidence)
    add_mention(g, "2501.00009", acc, text="accuracy")
    adapters = {**evidence, "text": "Adapters", "start": 19, "end": 27}
    g.add_edge("2501.00009", lora, key="USES", type="USES", confidence=0.9, **adapters)
    data = page_json(explore(g, paper="2501.00009").html)
    nodes = data["nodes"]
    assert isinstance(nodes, list)
    rec = nodes[data["focus"]]  # type: ignore[index]
    spans = [abstract[s:t] for s, t, _ in rec["amarks"]]
    # the entity's canonical name too; not LoRA-Drop-2; not "Accuracy", an ordinary word at a sentence start
    assert spans == ["Low-Rank Adaptation", "LoRA-Drop", "accuracy"]
    assert [title[s:t] for s, t, _ in rec["tmarks"]] == ["LoRA-Drop", "Adapters"]
