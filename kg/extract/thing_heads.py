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
"""

from __future__ import annotations

import re

__all__ = ["names_a_thing"]

# Head words (the long form's last word, any case, plural or not) of language varieties, conditions,
# imaging / sensing modalities, vehicles, devices and platforms; a unit only as a processing or
# measurement unit ("Gated Recurrent Unit" is a method), a language only as a sign language.
_THING_HEAD = re.compile(
    r"(?:\bEnglish|\bSign\s+Languages?|\bDiseases?|\bDisorders?|\bSyndromes?|\bCancers?|\bImaging"
    r"|\bTomography|\bRadar|\bUltrasound|\bMicroscopy|\bSpectroscopy|\bVehicles?|\bSensors?|\bCameras?"
    r"|\bReality|\bInternet\s+of\s+(?:\w+\s+)?Things|\b(?:Processing|Measurement|Control)\s+Units?)$",
    re.IGNORECASE,
)


def names_a_thing(long_form: str) -> bool:
    """Whether the defined ``long_form`` ends in a head word of a kind of thing that is no entity."""
    return _THING_HEAD.search(long_form.strip()) is not None
