"""Session 21, acronym resolution across papers (rule 429): a coined acronym in capitals stays apart from
other papers' uses of it as another kind of thing; definitions keep their long forms apart as before."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.evaluate import COARSE
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
    src = "acronym" if rule.startswith("acronym") else "lexicon" if rule.startswith("lexicon") else "pattern"
    eid = "method:grpo" if src == "lexicon" else ""
    return Mention(
        pid, kind, text, eid, role, text, start, start + len(text), field, sentence, 0.7, src, rule
    )


def doc(pid: str, mentions: list[Mention]) -> tuple[Paper, list[Mention]]:
    return Paper(id=pid, title="", source=SRC), mentions


def entity(res: list[tuple[Paper, list[Mention]]], pid: str, text: str) -> str:
    return next(x.entity_id for p, ms in res if p.id == pid for x in ms if x.text == text)


def bare(pid: str, short: str, kind: str = "method") -> tuple[Paper, list[Mention]]:
    s = f"Methods such as {short} and LoRA fail."
    return doc(pid, [mention(pid, short, s, "cue.compared", kind=kind)])


def coiner(pid: str, short: str, kind: str) -> tuple[Paper, list[Mention]]:
    title = f"{short}: Multimodal and Multiscale Self-Explanatory Model"
    return doc(pid, [mention(pid, short, title, "title.prefix", "introduced", kind)])


def defined(pid: str, long: str, short: str) -> tuple[Paper, list[Mention]]:
    s = f"We propose {long} ({short}) for calibration."
    return doc(
        pid, [mention(pid, long, s, "acronym.long", "introduced"), mention(pid, short, s, "acronym.short")]
    )


def test_a_coined_acronym_stays_apart_from_uses_of_another_kind_of_thing() -> None:
    docs = [coiner("a", "MERA", "model"), bare("b", "MERA", "benchmark"), bare("c", "MERA", "benchmark")]
    res = resolve(docs, lexicon=False).docs
    assert entity(res, "a", "MERA") != entity(res, "b", "MERA") == entity(res, "c", "MERA")
    docs = [coiner("a", "MERA", "model"), bare("b", "MERA", "method"), bare("c", "GRPO"), bare("d", "GRPO")]
    docs[2][1][0] = mention("c", "GRPO", "Methods such as GRPO and LoRA fail.", "lexicon.cased")
    docs[3][1][0] = mention("d", "GRPO", "Methods such as GRPO and LoRA fail.", "lexicon.cased")
    res = resolve(docs, lexicon=LEX).docs
    assert entity(res, "a", "MERA") == entity(res, "b", "MERA")  # of one kind: a later use of the new name
    assert entity(res, "c", "GRPO") == entity(res, "d", "GRPO") == "method:grpo"


# Property: distinct long forms stay distinct, a coined acronym of another kind than its users' stays
# apart from them; order and repetition change nothing.
LONGS = ["Calibration through Semantic Perturbation", "Constraint Satisfaction Problem", "Cross Stage Part"]


@st.composite
def corpora(draw: st.DrawFn) -> list[tuple[Paper, list[Mention]]]:
    docs = [coiner("c0", "CSP", draw(st.sampled_from(["model", "dataset"])))]
    for i in range(draw(st.integers(1, 6))):
        pid = f"p{i}"
        if draw(st.booleans()):
            docs.append(defined(pid, draw(st.sampled_from(LONGS)), "CSP"))
        else:
            docs.append(bare(pid, "CSP", draw(st.sampled_from(["method", "benchmark"]))))
    return docs


@settings(max_examples=80, deadline=None)
@given(corpora(), st.randoms(use_true_random=False))
def test_distinct_meanings_stay_distinct_in_any_order_and_when_resolved_again(
    docs: list[tuple[Paper, list[Mention]]], rnd: random.Random
) -> None:
    res = resolved_alike(docs, rnd, Lexicon(()))
    long_of: dict[str, str] = {}
    users: dict[str, int] = {}
    for p, ms in res.docs:
        if ms[0].rule == "acronym.long":
            assert ms[0].entity_id == ms[1].entity_id  # CSP means its long form in its paper
            assert long_of.setdefault(ms[0].entity_id, ms[0].text) == ms[0].text
        elif p.id != "c0":
            kind = next(m.type for d, ms0 in docs if d.id == p.id for m in ms0)
            users[COARSE[kind]] = users.get(COARSE[kind], 0) + 1
    coined = entity(res.docs, "c0", "CSP")
    assert coined not in long_of
    user_ids = {
        entity(res.docs, p.id, "CSP") for p, ms in res.docs if p.id != "c0" and ms[0].rule != "acronym.long"
    }
    mine = COARSE[docs[0][1][0].type]
    if users and max(users.values()) > users.get(mine, 0) and users.get(mine, 0) == 0:
        assert coined not in user_ids  # users of another kind only: never the coiner's entity
