"""Title task names that are a model's technique, not a task (docs/typing.md rule 392).

The title rule (``title.task``, :mod:`kg.extract.task_phrases`) reads a capitalised run ending in a task head
as a task: "Aerial Road Extraction", "Methane Detection". When the word right before the head names a part of
a model's own computation (its tokens, context, KV cache, attention, memory, features, weights, activations,
embeddings, gradients), the phrase names what the method does inside a model, not a task on data: "Adaptive
Token Compression", "Multi-Turn Context Compression", "Head-wise Attention Compression", "Collaborative
Multi-Scale Feature Extraction", "Elastic Weight Generation", "Hierarchical Memory Navigation", "Episodic
Context Reconstruction". The curated lexicon calls the same things methods ("KV cache compression") and the
title-task miner leaves them out for that reason ("token / kv cache / context compression", "feature
enhancement"). Such a task name the title or context rules read (``title.task`` and its abstract repeats,
``context.task``, ``cue.task``: "have primarily focused on visual token compression") is dropped; a lexicon
task is left to the lexicon. Heads of tasks on
data stay ("Token Classification", "Parameter Estimation", "Knowledge Extraction": "retrieval", "knowledge"
and "parameter" are left alone); "memory" counts only before "Compression" and "Navigation" ("LLM Memory
Extraction", extracting memories from dialogues, is a task on data), and the word before the head must stand
alone ("long-context generation tasks": a setting, not a model's part).

>>> from kg.extract.candidates import Candidate
>>> t = "AdaTok: Adaptive Token Compression for MLLMs"
>>> c = Candidate(17, 34, "task", "Token Compression", confidence=0.7, rule="title.task")
>>> technique_tasks([c], t)
[]
>>> d = Candidate(0, 17, "task", "Token Classification", confidence=0.7, rule="title.task")
>>> [x.name for x in technique_tasks([d], "Token Classification with LLMs")]
['Token Classification']
"""

from __future__ import annotations

from kg.extract.candidates import Candidate

__all__ = ["technique_tasks"]

# a model's own computation, right before the head
_INNER = frozenset(
    {
        "token",
        "tokens",
        "context",
        "kv",
        "cache",
        "attention",
        "memory",
        "feature",
        "features",
        "weight",
        "weights",
        "activation",
        "activations",
        "embedding",
        "embeddings",
        "gradient",
        "gradients",
        "logit",
        "logits",
    }
)
# heads a technique takes ("Compression", "Extraction" …); recognition, classification, retrieval … stay
_HEADS = frozenset(
    ["compression", "extraction", "generation", "enhancement", "navigation", "reconstruction", "translation"]
)
_RULES = frozenset({"title.task", "context.task", "cue.task"})
# an agent's or a model's memory is also a store of data: "LLM Memory Extraction" is a task on it
_MEMORY_HEADS = frozenset({"compression", "navigation"})


def technique_tasks(cands: list[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the title and context task names whose head follows a model-internal word
    (rule 392)."""
    if not any(c.rule in _RULES for c in cands):
        return cands
    drop = {c.name.lower() for c in cands if c.rule in _RULES and _technique(c.name)}
    if not drop:
        return cands
    return [c for c in cands if not (c.rule in _RULES and c.name.lower() in drop)]


def _technique(name: str) -> bool:
    """Whether a task name's head follows a word naming a model's internals ("Token Compression")."""
    words = name.lower().split()  # "long-context generation": a setting word, not a model's part
    if len(words) < 2 or words[-1] not in _HEADS:
        return False
    before = words[-2]
    return before in _INNER and (before != "memory" or words[-1] in _MEMORY_HEADS)
