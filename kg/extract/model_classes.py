"""A modality pair before "models" names a class of models, not a task (docs/typing.md rule 203).

"text-to-image (T2I) models", "Text-to-Image Diffusion Models", "T2I models", "image-to-video diffusion
models", "Image-to-3D foundation models", "TTS models": the pair of modalities without a task head
("generation", "synthesis", "translation") modifies a class of models (the annotation guide: model classes
are not entities). Said with its head or as the task, the pair stays a task ("text-to-image generation
models", "on text-to-image and image-to-video tasks", "T2I benchmarks", "text-to-image (T2I) generation").

>>> t = "Text-to-image (T2I) diffusion models fail. T2I models and text-to-image generation models."
>>> [names_a_model_class(t, end) for end in (13, 18, 46, 82)]
[True, True, True, False]
>>> names_a_model_class("text-to-video tasks and image-to-3D foundation models", 13)
False
>>> names_a_model_class("text-to-video tasks and image-to-3D foundation models", 35)
True
"""

from __future__ import annotations

import re

from kg.extract.intro_cue import INTRO_CUE

__all__ = ["defines_a_class", "names_a_model_class"]

_MODALITY = r"(?:text|image|video|speech|audio|motion|music|sketch|[34]d)"
# the pair ending a task name: "text-to-image", "Image-to-3D", "T2I", "TTS" (the lexicon's and the
# definitions' spellings of the generative tasks named by their modalities alone)
_PAIR = re.compile(
    rf"(?:(?<![\w-]){_MODALITY}-to-{_MODALITY}|(?<![\w-])(?:T2I|T2V|I2V|TTI|TTV|TTS|T2M|T2A|TTA|I2I|V2V|T23D))$",
    re.IGNORECASE,
)
# ... right before "model(s)": across the pair's own acronym ("(T2I) models"), the closing parenthesis of
# an acronym written inside one, and a kind of model ("diffusion / generative / foundation models")
_MODELS = re.compile(
    r"\)?\s*(?:\([A-Za-z0-9-]{2,8}\)\s*)?(?:(?:diffusion|generative|foundations?)\s+)?models?\b",
    re.IGNORECASE,
)


def names_a_model_class(text: str, end: int) -> bool:
    """Whether the task name ending at ``end`` is a modality pair right before "models": a class of models.
    ("models" first: one try at ``end``; the pair's ``$``-anchored search tries every start before it.)"""
    return _MODELS.match(text, end) is not None and _PAIR.search(text, max(0, end - 20), end) is not None


# Words that, right before a plural "models", make a class of models by what they model, take in or serve
# ("unified multimodal models", "vision foundational models", "multimodal embedding models", "long-context
# models", "image editing models", "deep learning models"), and "large / video / world action models". A
# technique before "models" ("Denoising Diffusion Models", "Masked Image Generation Models"), a coined name
# ("Tiny Recursive Models"), "latent action models" or "world models" alone (a method) is no class.
_CLASS_WORDS = frozenset({
    "multimodal", "foundation", "foundational", "dialogue", "vision", "reconstruction", "intelligence", "ai",
    "embedding", "editing", "context", "learning",
})  # fmt: skip
_ACTION_CLASS = frozenset({"large", "video", "world"})
_HEAD_BEFORE = frozenset({"for", "of", "with", "in", "on"})
_SHORT = re.compile(r"\s*~?\(([^()]{1,16})\)")


def defines_a_class(text: str, start: int, end: int) -> bool:
    """Whether the defined plural long form ``text[start:end]`` names a class of models or agents, not one
    thing (docs/typing.md rule 590, after session 22's rule 441): "Computer-use agents (CUAs)", "Role-Playing
    Agents (RPAs)", "Unified Multimodal Models (UMMs)", "Large Vision Models (LVMs)" (the annotation guide:
    classes of models and agents are not entities), unless an introduction cue opens its sentence ("we
    propose evidence-carrying multimodal agents (ECA)").

    >>> t = "Computer-using agents (CUAs) and World Action Models (WAMs). We propose Planner Agents (PAs)."
    >>> spans = [(t.index(w), t.index(w) + len(w)) for w in ("World Action Models", "Planner Agents")]
    >>> [defines_a_class(t, 0, 21), defines_a_class(t, *spans[0]), defines_a_class(t, *spans[1])]
    [True, True, False]
    >>> t = "Tiny Recursive Models (TRM) and Brownian Bridge Diffusion Models (BBDM)."
    >>> defines_a_class(t, 0, 21), defines_a_class(t, 32, 64)
    (False, False)
    """
    words = text[start:end].lower().replace("-", " ").split()
    short = _SHORT.match(text, end)
    if short is None or sum(map(str.islower, short.group(1))) > 2:
        return False  # "Autonomous data agents (DataAgents)": a word-shaped short form the shape rule reads
    if len(words) < 2 or words[-1] not in ("agents", "models") or _HEAD_BEFORE & set(words):
        return False  # "task generation system for embodied agents (TEA)": the head is "system"
    action = words[-2] == "action" and len(words) >= 3 and words[-3] in _ACTION_CLASS  # "large action models"
    if words[-1] == "models" and words[-2] not in _CLASS_WORDS and not action:
        return False
    return INTRO_CUE.search(text, max(text.rfind(". ", 0, start), 0), start) is None
