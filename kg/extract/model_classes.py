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

__all__ = ["names_a_model_class"]

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
