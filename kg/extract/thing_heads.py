"""Long forms whose head word names a kind of thing that is never an entity (docs/typing.md rule 81).

A paper defines acronyms for many things besides its methods and data: language varieties ("Standard
American English (SAE)", "American Sign Language (ASL)"), conditions ("Structural Heart Disease (SHD)",
"autism spectrum disorder (ASD)"), imaging and sensing modalities ("Magnetic Resonance Imaging (MRI)",
"Cone Beam Computed Tomography (CBCT)", "Synthetic Aperture Radar (SAR)"), vehicles, devices and
platforms ("Unmanned Aerial Vehicles (UAVs)", "Inertial Measurement Unit (IMU)", "Dynamic Vision Sensors
(DVS)", "Internet of Things (IoT)", "Virtual Reality (VR)"). The annotation guide counts none of them
(fields, modalities, hardware and platforms, languages are not entities), so a long form the lexicon does
not know whose last word is one of these heads names nothing, whatever its capitals or the cue before it.

>>> names_a_thing("Standard American English"), names_a_thing("Structural Heart Disease")
(True, True)
>>> names_a_thing("Unmanned Aerial Vehicles"), names_a_thing("Graphics Processing Unit")
(True, True)
>>> names_a_thing("Gated Recurrent Unit"), names_a_thing("Disease-Aware Fusion Network")
(False, False)
>>> names_a_thing("Graphical User Interface"), names_a_thing("Actuarial Action Interface")
(True, False)
"""

from __future__ import annotations

import re

from kg.extract.any_case import AnyCase
from kg.extract.intro_cue import cue_object_at  # not via patterns, which reads plain_acronyms (rule 210)
from kg.extract.model_classes import defines_a_class
from kg.extract.org_defined import is_body_name

__all__ = ["names_a_thing", "names_data_object", "names_no_entity", "quantity_index"]

# Head words (the long form's last word, any case, plural or not) of language varieties, conditions,
# imaging / sensing modalities, vehicles, devices and platforms; a unit only as a processing or
# measurement unit ("Gated Recurrent Unit" is a method), a language only as a sign language.
_THING_HEAD = re.compile(
    r"(?:\bEnglish|\bSign\s+Languages?|\bDiseases?|\bDisorders?|\bSyndromes?|\bCancers?|\bImaging"
    r"|\bTomography|\bRadar|\bUltrasound|\bMicroscopy|\bSpectroscopy|\bVehicles?|\bSensors?|\bCameras?"
    r"|\bReality|\bInternet\s+of\s+(?:\w+\s+)?Things|\b(?:Processing|Measurement|Control)\s+Units?"
    r"|\bUser\s+Interfaces?)$",  # rule 189: "Graphical User Interface (GUI)", "Intelligent User Interfaces"
    re.IGNORECASE,
)
# Rule 291: data objects and views ("whole slide images (WSIs)", "multiple-choice questions (MCQs)",
# "Electronic Health Records (EHRs)", "Bird's-Eye View (BEV)", "Abstract Syntax Tree (AST)", "Directed Acyclic
# Graph (DAG)"): what a method reads or builds, never a method, a task or a data set of its own.
_DATA_OBJECT = re.compile(
    r"(?:\bSlide\s+Images?|\bChoice\s+Questions?|\bActivity\s+Reports?|\bHealth\s+Records?|\bEye[\s-]+Views?"
    r"|\bSyntax\s+Trees?|\bAcyclic\s+Graphs?|\b(?:Action|Road[\s-]*Side)\s+Units?|\bRegions?\s+of\s+Interest)$",
    re.IGNORECASE,
)

_THING_HEADED, _DATA_OBJECTED = AnyCase(_THING_HEAD), AnyCase(_DATA_OBJECT)


def names_a_thing(long_form: str) -> bool:
    """Whether the defined ``long_form`` ends in a head word of a kind of thing that is no entity, or names a
    public body, which rule 260 links as an organisation (:func:`kg.extract.org_defined.is_body_name`)."""
    form = long_form.strip()
    return (
        _THING_HEADED.found(form)  # _THING_HEAD.search(form), faster in lower-cased ASCII
        or _DATA_OBJECTED.found(form)
        or is_body_name(long_form)
    )


def names_no_entity(text: str, start: int, end: int) -> bool:
    """Whether the defined long form ``text[start:end]`` names a kind of thing (:func:`names_a_thing`) or a
    class of models or agents (:func:`kg.extract.model_classes.defines_a_class`, rule 590): no entity."""
    return names_a_thing(text[start:end]) or defines_a_class(text, start, end)


def names_data_object(name: str) -> bool:
    """Whether ``name`` ends in the words of a data object or view (rule 291), whatever rule found it: "the
    GPT-4o model on Multiple-Choice Question (MCQ)" is no dataset, "an Abstract Syntax Tree (AST) based
    approach" no method.

    >>> names_data_object("Abstract Syntax Trees"), names_data_object("Multiple-Choice Question")
    (True, True)
    >>> names_data_object("Decision Tree"), names_data_object("Gated Recurrent Unit")
    (False, False)
    """
    return name[-1:] in "sStTdDeEhHnNwW" and _DATA_OBJECTED.found(name)


# What makes an index a measure in its sentence (rule 125): a word of evaluation or a value.
_MEASURE_WORDS = re.compile(r"metric|measur|evaluat|quantif|scor|benchmark|outperform|achiev|\d\.\d")
# What makes it a quantity of the world: a task predicts, estimates or derives it ("Estimating Body Mass
# Index (BMI)", "AQI prediction", "retrieval of leaf area index (LAI)").
_QUANTITY_BEFORE = re.compile(
    r"\b(?:predict|estimat|forecast|retriev|calculat|comput|deriv|monitor)\w*\s+(?:[\w\-]+\s+){0,3}$", re.I
)
_QUANTITY_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+(?:prediction|estimation|forecasting|retrieval|values)\b"
)


def quantity_index(text: str, start: int, end: int, short: str = "") -> bool:
    """Whether the defined long form ``text[start:end]`` headed "Index" names a quantity of the world
    (Body Mass Index, Air Quality Index, leaf area index): a task predicts, estimates or derives it, and
    no sentence with it or its ``short`` form evaluates with it
    or gives a value (docs/typing.md rule 125; rule 105 made "… Index (X)" a measure; an index the paper
    introduces is one).

    >>> t = "Estimating Body Mass Index (BMI) from images. The Drift Index (DI) is new. DI scores models."
    >>> quantity_index(t, 11, 26, "BMI"), quantity_index(t, t.index("Drift"), t.index(" (DI"), "DI")
    (True, False)
    >>> quantity_index("We propose the Foo Index (FI) for ranking.", 15, 24, "FI")
    False
    >>> quantity_index("Countries with a lower Human Development Index (HDI) differ.", 23, 46, "HDI")
    False
    """
    name = text[start:end]
    if name.rsplit(None, 1)[-1].lower() not in ("index", "indices") or _introduced_here(text, start):
        return False
    spans = [(start, end)]
    if short:
        spans += [(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(short)}\b", text)]
    for at, stop in spans:
        begin, after = max(text.rfind(". ", 0, at), 0), text.find(". ", stop)
        if _MEASURE_WORDS.search(text, begin, len(text) if after < 0 else after):
            return False
    return any(
        _QUANTITY_BEFORE.search(text, max(0, at - 40), at) or _QUANTITY_AFTER.match(text, stop)
        for at, stop in spans
    )


def _introduced_here(text: str, start: int) -> bool:
    """Whether an introduction cue's object starts at ``start``: at most five words and no comma between
    ("we propose the Drift Index (DI)", not "introduces AQFusionNet, a framework for Air Quality Index").
    """
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    return cue_object_at(text, start, begin, 5, ",")
