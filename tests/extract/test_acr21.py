"""Session 21, acronym resolution across papers (rules 428-429): a paper's acronym joins another
paper's entity only when a definition or a lexicon long form agrees, or nothing says it is another thing."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.lexicon import Lexicon, LexiconEntry
from kg.model import Mention, Paper, Source
from kg.resolve.resolver import resolve

from .resolution_checks import resolved_alike

SRC = Source(file="t")
LEX = Lexicon((LexiconEntry("method:grpo", "method", "Group Relative Policy Optimization", ("GRPO",)),))


def mention(
    pid: str, text: str, sentence: str, rule: str, role: str = "used", kind: str = "method"
) -> Mention:
    start = sentence.find(text)
    field = "title" if rule == "title.prefix" else "abstract"
    source = (
        "acronym" if rule.startswith("acronym") else "lexicon" if rule.startswith("lexicon") else "pattern"
    )
    eid = "method:grpo" if source == "lexicon" else ""
    return Mention(
        pid, kind, text, eid, role, text, start, start + len(text), field, sentence, 0.7, source, rule
    )


def doc(pid: str, mentions: list[Mention]) -> tuple[Paper, list[Mention]]:
    return Paper(id=pid, title="", source=SRC), mentions


def entity(res: list[tuple[Paper, list[Mention]]], pid: str, text: str) -> str:
    return next(x.entity_id for p, ms in res if p.id == pid for x in ms if x.text == text)


def defined_alone(pid: str, long: str, short: str) -> tuple[Paper, list[Mention]]:
    """A paper defining "Long (SHORT)" whose long form is no mention (the extractor kept only the short)."""
    s = f"We propose {long} ({short}) for calibration."
    return doc(
        pid, [mention(pid, short, s, "acronym.short", "introduced"), mention(pid, short, s, "propagate")]
    )


def bare(pid: str, short: str, kind: str = "method") -> tuple[Paper, list[Mention]]:
    return doc(
        pid, [mention(pid, short, f"Methods such as {short} and LoRA fail.", "cue.compared", kind=kind)]
    )


def test_an_acronym_defined_without_a_long_mention_keeps_its_meaning_to_its_paper() -> None:
    long = "Confidence Calibration through Semantic Perturbation"
    docs = [defined_alone("a", long, "CSP"), bare("b", "CSP"), defined_alone("c", long, "CSP")]
    res = resolve(docs, lexicon=False).docs
    assert entity(res, "a", "CSP") != entity(res, "b", "CSP")
    assert entity(res, "a", "CSP") == entity(res, "c", "CSP")  # one long form in two papers: one thing


def coiner(pid: str, short: str, kind: str) -> tuple[Paper, list[Mention]]:
    title = f"{short}: Multimodal and Multiscale Self-Explanatory Model"
    return doc(pid, [mention(pid, short, title, "title.prefix", "introduced", kind)])


def test_a_coined_acronym_stays_apart_from_uses_of_another_kind_of_thing() -> None:
    docs = [coiner("a", "MERA", "model"), bare("b", "MERA", "benchmark"), bare("c", "MERA", "benchmark")]
    res = resolve(docs, lexicon=False).docs
    assert entity(res, "a", "MERA") != entity(res, "b", "MERA") == entity(res, "c", "MERA")
    docs = [coiner("a", "MERA", "model"), bare("b", "MERA", "method"), bare("c", "GRPO"), bare("d", "GRPO")]
    docs[2][1][0] = mention("c", "GRPO", "Methods such as GRPO and LoRA fail.", "lexicon.cased")
    docs[3][1][0] = mention("d", "GRPO", "Methods such as GRPO and LoRA fail.", "lexicon.cased")
    res = resolve(docs, lexicon=LEX).docs
    assert entity(res, "a", "MERA") == entity(res, "b", "MERA")
    assert entity(res, "c", "GRPO") == entity(res, "d", "GRPO") == "method:grpo"


# Property: distinct long forms stay distinct; order and repetition change nothing.
LONGS = [
    "Calibration through Semantic Perturbation",
    "Constraint Satisfaction Problem",
    "Cross Stage Partial",
]


@st.composite
def corpora(draw: st.DrawFn) -> list[tuple[Paper, list[Mention]]]:
    docs = []
    for i in range(draw(st.integers(1, 7))):
        pid = f"p{i}"
        what = draw(st.sampled_from(["define", "bare", "coin"]))
        if what == "define":
            docs.append(defined_alone(pid, draw(st.sampled_from(LONGS)), "CSP"))
        elif what == "bare":
            docs.append(bare(pid, "CSP", draw(st.sampled_from(["method", "benchmark"]))))
        else:
            docs.append(coiner(pid, "CSP", draw(st.sampled_from(["model", "dataset"]))))
    return docs


def _long_of(p: Paper, ms: list[Mention]) -> str:
    s = ms[0].sentence
    return s[s.find("propose ") + 8 : s.find(" (")] if ms[0].rule == "acronym.short" else ""


@settings(max_examples=80, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_distinct_long_forms_stay_distinct_in_any_order_and_when_resolved_again(
    docs: list[tuple[Paper, list[Mention]]], rnd: random.Random
) -> None:
    res = resolved_alike(docs, rnd, Lexicon(()))
    long_of: dict[str, str] = {}
    for p, ms in res.docs:
        assert len({x.entity_id for x in ms}) == 1  # one meaning in one paper
        long = _long_of(p, next(x for x in docs if x[0].id == p.id)[1])
        if long:
            assert long_of.setdefault(ms[0].entity_id, long) == long
    for p, ms in res.docs:  # a defined acronym joins no bare or coined use
        if not _long_of(p, next(x for x in docs if x[0].id == p.id)[1]):
            assert ms[0].entity_id not in long_of
