"""A title's task name that compresses, enhances or extracts a model's own parts is a technique (rule 458).

The title rule (``title.task``, :mod:`kg.extract.task_phrases`) reads a run of capitalised words ending in a
task head as the paper's task. Where the head is "compression", "enhancement" or "extraction" and the word
right before it names a part of a model or its working data — tokens, a KV cache, the context, a prompt, a
memory, layers, attention, representations, embeddings, weights, activations, logits, latents, gradients,
parameters; features only before "enhancement" — the name is how a method works, not a problem a blind
annotator marks as a task: "LLaVA-Scissor: Token Compression with …", "QG-VTC: Question-Guided Visual Token
Compression in MLLMs", "Graph-Attentive Context Enhancement", "Prompt-Guided Feature Enhancement for
Interactive Segmentation", "Long-Term Agent Memory Compression". "Feature Compression for Machines" (the
coding-for-machines task) and "Automatic Feature Extraction" (AutoFE, feature engineering) are tasks. The
context and cue rules already skip such phrases (``task_cues.MODEL_PARTS``), the title-task miner leaves
them out of its lexicon, and the curated lexicon holds "KV cache compression" and "prompt compression" as
methods. The word list here is narrower than
``MODEL_PARTS``: "knowledge", "query", "dense", "sparse", "early", "eye" and "mask" start tasks
("Knowledge Extraction", "Dense Captioning", "Eye Tracking").

>>> technique_of_part("Visual Token Compression"), technique_of_part("KV-Cache Compression")
(True, True)
>>> technique_of_part("Knowledge Extraction"), technique_of_part("Feature Compression")
(False, False)
>>> technique_of_part("Prompt-Guided Feature Enhancement"), technique_of_part("Feature Extraction")
(True, False)
"""

from __future__ import annotations

__all__ = ["technique_of_part"]

_HEADS = frozenset({"compression", "enhancement", "extraction"})
_PART_WORDS = """token tokens kv cache context prompt prompts memory layer layers attention representation
    representations embedding embeddings weight weights activation activations logit logits latent latents
    gradient gradients parameter parameters"""
_PARTS = frozenset(_PART_WORDS.split())
_ENHANCED = _PARTS | {"feature", "features"}  # feature compression / extraction are tasks


def technique_of_part(name: str) -> bool:
    """Whether the task name ``name`` ends in "compression / enhancement / extraction" right after a word
    naming a model's part ("Token Compression", "Feature Enhancement"; rule 458)."""
    words = name.lower().split()
    if len(words) < 2 or words[-1] not in _HEADS:
        return False
    return words[-2].rsplit("-", 1)[-1] in (_ENHANCED if words[-1] == "enhancement" else _PARTS)
