"""An acronym of a longer name's tail, defined once, is that name's (docs/typing.md rule 393).

"Offline reinforcement learning (RL) enables agents …", "models have begun to incorporate long
Chain-of-Thought (CoT)", "an Action Uncertainty-Driven Monte Carlo tree search (MCTS)", "multiple medical
visual question answering (VQA) benchmarks": the name before the parenthesis is linked (offline RL, long CoT,
medical VQA), and the acronym, whose letters spell only the last words of that name, was linked too, to the
shorter name those words make (reinforcement learning, Chain-of-Thought). One mention then gives two links,
and a reader (or a blind annotator) sees one name: the paper's "RL" abbreviates its offline RL. When the
acronym is written nowhere else in the paper, its mention in the parenthesis is dropped; the longer name
keeps its link. An acronym spelling the whole name ("Proximal Policy Optimization (PPO)") is a plain
definition and stays, as does an acronym the paper uses again ("agentic reinforcement learning (RL)" and then
"RL training": those later uses keep the shorter name), and so does a metric's ("mean Intersection over
Union (IoU)": a metric's acronym often names the measure the longer one averages).

>>> from kg.extract.candidates import Candidate
>>> t = "Offline reinforcement learning (RL) enables agents to learn policies."
>>> long = Candidate(0, 30, "method", "Offline Reinforcement Learning", "method:offline-rl", rule="lexicon")
>>> rl = Candidate(32, 34, "method", "reinforcement learning", "method:rl", rule="lexicon.cased")
>>> [c.name for c in acronym_tails([long, rl], t)]
['Offline Reinforcement Learning']
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["acronym_tails"]

_WORDS = re.compile(r"[^\s\-–]+")
_LETTERS = re.compile(r"[^a-z0-9]")
_FUNCTION = frozenset(
    {"a", "an", "and", "of", "for", "the", "in", "on", "to", "with", "via", "by", "from", "or"}
)


def acronym_tails(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without an acronym in parentheses that spells only the tail of the name before it, a
    name of another entity, when the acronym occurs once in ``text`` (rule 393)."""
    if " (" not in text:
        return cands
    inside = [
        c for c in cands if c.start > 1 and text.startswith(" (", c.start - 2) and text.startswith(")", c.end)
    ]
    if not inside:
        return cands
    drop = [
        c
        for c in inside
        if (name := next((n for n in cands if n.end == c.start - 2), None)) is not None
        and _tail_acronym(name, c, text)
    ]
    if not drop:
        return cands
    return [c for c in cands if c not in drop]


def _tail_acronym(name: Candidate, short: Candidate, text: str) -> bool:
    """Whether ``short`` spells the last words (not all) of ``name``, names another entity of its type,
    and is written only here."""
    if (
        name.type != short.type
        or short.type == "metric"
        or name.name == short.name
        or short.partner == (name.start, name.end)  # the paper's own definition of the whole name
        or (name.entity_id and name.entity_id == short.entity_id)
    ):
        return False
    acronym = text[short.start : short.end]
    letters = _LETTERS.sub("", acronym.lower())
    if acronym.endswith("s") and not acronym[-2:-1].islower():
        letters = letters[:-1]  # "LLMs"
    words = _WORDS.findall(text[name.start : name.end].lower())
    if not 1 < len(letters) <= 6 or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words)
    if len(letters) >= len(initials) or not initials.endswith(letters):
        return False
    if letters == "".join(w[0] for w in words if w not in _FUNCTION):
        return False  # "Abstraction and Reasoning Corpus (ARC)": the whole name, its function words left out
    return len(re.findall(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)) == 1
