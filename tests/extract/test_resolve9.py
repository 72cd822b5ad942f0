"""Naming trust (docs/typing.md rules 91-93): a name's spelling is part of its identity, an ambiguous
organisation word inside a longer capitalised name is that name's word, a team at an evaluation
campaign is an organisation, and lexicon aliases never join sibling concepts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.extractor import extract_text
from kg.extract.lexicon import Lexicon, LexiconEntry, default_lexicon_paths, load_lexicon
from kg.extract.shapes import is_generic
from kg.model import Mention, Paper, Source
from kg.resolve.resolver import resolve

LEX = load_lexicon(default_lexicon_paths())
SRC = Source(file="t")


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        *[("BLenDeR", False), ("DAtaset", False), ("blender", True), ("Blender", True), ("LaTeX", True)],
        *[("PyTorch", True), ("GitHub", True), ("SQLite", True), ("GenAI", True), ("LLMs", True)],
        *[("sLMs", True), ("SoTAs", True), ("LATex", True)],
    ],
)
def test_a_coined_spelling_is_not_the_generic_word(text: str, generic: bool) -> None:
    """rule 91: generic.txt matches without case, but capitals that spell a coined name do not fold."""
    assert is_generic(text) is generic


def test_a_coined_name_on_a_generic_word_is_linked() -> None:
    text = "We introduce BLenDeR, a diffusion sampling method designed to increase intra-class diversity."
    assert ("BLenDeR", "introduced") in {(m.text, m.role) for m in extract_text(text)}


def _doc(pid: str, text: str, eid: str = "", role: str = "used") -> tuple[Paper, list[Mention]]:
    source, rule = ("lexicon", "lexicon.cased") if eid else ("pattern", "cue.evaluate_on")
    m = Mention(pid, "benchmark", text, eid, role, text, 0, len(text), "abstract", text, 0.7, source, rule)
    return Paper(id=pid, title="", source=SRC), [m]


HYPHENED = Lexicon(
    (
        LexiconEntry("benchmark:dud-e", "benchmark", "DUD-E"),
        LexiconEntry("benchmark:c-mteb", "benchmark", "C-MTEB"),
    )
)


def test_a_joined_word_is_not_the_hyphenated_acronym() -> None:
    """rule 91: DUDE (a document benchmark) is not DUD-E (a docking set); CMTEB (letters) is C-MTEB."""
    docs = [
        _doc("p1", "DUD-E", "benchmark:dud-e"),
        _doc("p2", "DUDE"),
        _doc("p3", "DUDE"),
        _doc("p4", "CMTEB"),
    ]
    ids = {p.id: ms[0].entity_id for p, ms in resolve(docs, lexicon=HYPHENED).docs}
    assert ids["p1"] == "benchmark:dud-e" and ids["p2"] == ids["p3"] != "benchmark:dud-e"
    assert ids["p4"] == "benchmark:c-mteb"


@given(st.permutations(["DUD-E", "DUDE", "DUDE", "CMTEB", "C-MTEB", "DUD-E"]))
def test_joined_words_resolve_whatever_the_order(texts: list[str]) -> None:
    """Order-independence and idempotence stay: the same texts in any order give the same entities."""

    def ids(order: list[str]) -> dict[str, set[str]]:
        eids = {"DUD-E": "benchmark:dud-e", "C-MTEB": "benchmark:c-mteb"}
        docs = [_doc(f"p{i}", t, eids.get(t, "")) for i, t in enumerate(order)]
        out: dict[str, set[str]] = {}
        for _, ms in resolve(docs, lexicon=HYPHENED).docs:
            out.setdefault(ms[0].text, set()).add(ms[0].entity_id)
        return out

    first = ids(texts)
    assert first == ids(sorted(texts)) == ids(texts)
    assert all(len(v) == 1 for v in first.values()) and first["DUDE"] != first["DUD-E"]


@pytest.mark.parametrize(
    "text",
    [
        "A dataset aligning concert data with the Music Meta Ontology and linking to media.",
        "We propose a Composable Meta Prompt for segmentation.",
        "A Framework for Robust Apple Leaf Disease Recognition is proposed.",
    ],
)
def test_an_ambiguous_organisation_word_inside_a_longer_name_is_no_organisation(text: str) -> None:
    """rule 92"""
    assert not [m for m in extract_text(text) if m.type == "organization"]


@pytest.mark.parametrize(
    "text",
    ["We fine-tune models released by Meta and Apple.", "The Meta AI Llama models from Meta are used."],
)
def test_the_organisation_itself_is_kept(text: str) -> None:
    assert "organization:meta" in {m.entity_id for m in extract_text(text)}


@pytest.mark.parametrize(
    ("title", "team"),
    [
        ("TartuNLP at SemEval-2025 Task 5: Subject Tagging with LLMs", "TartuNLP"),
        ("RETUYT-INCO at BEA 2025 Shared Task: How Far Can Lightweight Models Go", "RETUYT-INCO"),
        ("WiCV at CVPR 2025: The Women in Computer Vision Workshop", "WiCV"),
    ],
)
def test_a_team_at_an_evaluation_campaign_is_an_organisation(title: str, team: str) -> None:
    """rule 93: the guide's teams are organisations (used), not the paper's method."""
    found = {(m.text, m.type, m.role) for m in extract_text("We describe our system.", title=title)}
    assert (team, "organization", "used") in found


@pytest.mark.parametrize(
    "title",
    ["Conversational Education at Scale: A Study", "LeWiDi-2025 at NLPerspectives: The Fourth Edition"],
)
def test_no_team_without_a_campaign(title: str) -> None:
    assert not [m for m in extract_text("We study it.", title=title) if m.type == "organization"]


@pytest.mark.parametrize(
    ("phrase", "not_entity"),
    [
        ("neural rendering", "method:differentiable-rendering"),
        ("contextual bandits", "method:multi-armed-bandit"),
        ("top-k routing", "method:expert-choice-routing"),
        ("the tuned lens", "method:logit-lens"),
        ("the CIoU loss", "method:generalized-iou-loss"),
        ("TIES-Merging", "method:model-merging"),
        ("deep fusion", "method:shallow-fusion"),
    ],
)
def test_a_sibling_concept_is_not_an_alias(phrase: str, not_entity: str) -> None:
    """A lexicon alias that swaps its entry's modifier names a sibling (Neural Rendering is not
    Differentiable Rendering; contextual bandits are not the multi-armed bandit)."""
    mentions = extract_text(f"We compare against {phrase} on three scenes.")
    assert not_entity not in {m.entity_id for m in mentions}
    assert not_entity not in {e.id for e in LEX.entries if phrase.removeprefix("the ") in e.forms}
