"""A paper's own name never resolves to a lexicon entity that is another thing (docs/typing.md rule 80):
a title that spells the name otherwise (CHAI, OPRO), a name in capitals introduced against a
mixed-case entry (ROTATE is not RotatE), a name the paper says is of another type (MIT, a dataset),
and a release whose version has its own entry (InternVL3-8B is InternVL3, not InternVL)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kg.extract import extract_paper
from kg.model import Mention, Paper, Source
from kg.resolve.names import norm_key
from kg.resolve.resolver import resolve

SRC = Source(file="x")


def _links(*papers: tuple[str, str]) -> list[dict[str, tuple[str, str, str]]]:
    """Each paper's resolved mentions: text -> (entity id, type, role)."""
    docs = [(Paper(id=str(i), title=t, source=SRC, abstract=a), []) for i, (t, a) in enumerate(papers)]
    res = resolve([(p, extract_paper(p)) for p, _ in docs])
    out: list[dict[str, tuple[str, str, str]]] = [{} for _ in res.docs]
    for row, (_, ms) in zip(out, res.docs, strict=True):
        for m in ms:
            row.setdefault(m.text, (m.entity_id, m.type, m.role))  # the first mention (the title)
    return out


def test_title_spelling_the_name_otherwise_is_the_papers_own() -> None:
    own, used = _links(
        ("CHAI: CacHe Attention Inference for text2video", "Our work, CHAI, speeds up video diffusion."),
        ("Alignment research", "Researchers at CHAI study value alignment."),
    )
    assert own["CHAI"][1] == "method" and own["CHAI"][2] == "introduced"
    assert own["CHAI"][0] != used["CHAI"][0]
    (opro,) = _links(("OPRO: Orthogonal Panel-Relative Operators for Image Generation", "We adapt models."))
    assert opro["OPRO"][0] != "method:optimization-by-prompting"


def test_title_spelling_the_entrys_own_long_form_keeps_it() -> None:
    (sam,) = _links(("OPRO: Optimization by PROmpting for Agents", "We optimise prompts."))
    assert sam["OPRO"][0] == "method:optimization-by-prompting"


def test_a_name_in_capitals_is_not_a_mixed_case_entry() -> None:
    (own,) = _links(
        ("Vocabulary space", "In this work, we introduce ROTATE, a data-free method for neurons.")
    )
    assert own["ROTATE"][0] != "method:rotate" and own["ROTATE"][2] == "introduced"
    (used,) = _links(("Knowledge graphs", "We compare with TransE and RotatE on FB15k-237."))
    assert used["RotatE"][0] == "method:rotate"


def test_a_name_the_paper_says_is_data_is_not_the_organisation() -> None:
    own, org = _links(
        (
            "Multi-human Interactive Talking Dataset",
            "We introduce MIT, a large-scale dataset for talking video.",
        ),
        ("Robots", "Researchers at MIT built a robot."),
    )
    assert own["MIT"][1] == "dataset" and own["MIT"][0] != org["MIT"][0]


def _rotate_mention(role: str) -> Mention:
    # a discovered name whose provisional id (its own slug) happens to be a lexicon id
    return Mention("p", "method", "ROTATE", "method:rotate", role, "ROTATE", 0, 6, "abstract", "ROTATE", 0.8,
                   "pattern", "cue.introduce" if role == "introduced" else "propagate")  # fmt: skip


def test_a_provisional_id_equal_to_a_lexicon_id_is_not_the_entry() -> None:
    paper = Paper(id="p", title="", source=SRC)
    res = resolve([(paper, [_rotate_mention("introduced"), _rotate_mention("used")])])
    assert {m.entity_id for m in res.docs[0][1]} != {"method:rotate"}


def test_a_size_alias_belongs_to_its_versions_entry() -> None:
    """A release with a size is an alias of the entry its name without the size is a form of: InternVL3-8B
    of InternVL3 (as Qwen3-8B is of Qwen3), never of an older family entry (InternVL)."""
    size = re.compile(r"[- ]?\d+(?:\.\d+)?[BM]\b.*$")
    entries = [
        json.loads(line)
        for path in sorted((Path(__file__).parents[2] / "kg/extract/lexicon").glob("models*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("{")
    ]
    owner: dict[str, set[str]] = {}
    for e in entries:
        for form in (e["name"], *e.get("aliases", ())):
            owner.setdefault(norm_key(form), set()).add(e["id"])
    wrong = []
    for e in entries:
        for alias in e.get("aliases", ()):
            stem = norm_key(size.sub("", alias))
            versions = {o for o in owner.get(stem, set()) - {e["id"]} if o.startswith(e["id"])}
            if size.search(alias) and versions and stem != norm_key(e["name"]):
                wrong.append((e["id"], alias, versions))
    assert wrong == []
