"""Kinds of data are not datasets: "on five public VQA benchmarks", "on SAR imagery", "CT and MR
modalities" name a sort of data, not a collection anyone can download (docs/typing.md rule 35).

>>> is_kind_of_data("on SAR imagery.", 6, ["SAR"]), is_kind_of_data("on five OOD benchmarks", 11, ["OOD"])
(True, True)
>>> is_kind_of_data("on the LA and HRF datasets", 17, ["LA", "HRF"])
False
>>> is_kind_of_data("on the Gen1 dataset", 11, ["Gen1"])
False
>>> is_kind_of_data("on Latin and CJK scripts", 16, ["Latin", "CJK"])
True
>>> is_kind_of_data("across OpenOOD and Various ID settings", 33, ["OpenOOD", "Various ID"])
False
>>> after_a_kind("trained on both raw and L1 datasets", 23), after_a_kind("on the GTA and KITTI datasets", 14)
(True, False)
>>> names_a_unit("5,000 QA pairs and 300 VQA-triplets", 8), names_a_unit("300 VQA-triplets", 7)
(True, True)
>>> names_a_unit("QA benchmarks", 2), names_a_unit("QA pair-wise ranking", 2)
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.extract.candidates import Candidate

__all__ = ["after_a_kind", "is_kind_of_data", "is_modality", "names_a_unit", "not_records", "opens_a_kind"]

# A medium noun after any list of names; a plural data head after a single name; a noun of another kind
# after any list of names (rule 127: "on Latin and CJK scripts", "across three Indian languages").
_KIND_OF_DATA = re.compile(
    r"\s+(?:(?P<medium>data|imagery|images|modalit(?:y|ies)|sensors?|scans|signals)|datasets|benchmarks|corpora|"
    r"(?P<other>languages?|scripts|dialects|layouts|settings|scenarios|types|pairs|frontiers?|protocols|"
    r"agents)|(?P<never>metrics|devices|platforms|maps|fading|channels|subregions|stained))\b"
    # rule 151: "across FTP and RTSP protocols", "on GUI agents"; rule 159: "on CheXbert metrics", "on XR
    # devices", "across Mobile, Web, and Desktop platforms", "on HD maps", "over Rayleigh fading"
)
# Rule 127: a parenthesised list after such a noun ("across six imaging modalities (CT, MRI, X-ray)").
_KIND_OPEN = re.compile(r"\b(?:modalities|languages|scripts|dialects)\s?\(\s*$")


def is_kind_of_data(text: str, end: int, names: list[str]) -> bool:
    """Whether a list of ``names`` ending at ``end`` is followed by a kind-of-data noun; the last name
    is a kind only when it is an acronym or a plain word, not a mixed-case name ("TAP-Vid benchmarks",
    "MuJoCo benchmarks" are families of named data). Before a noun of another kind (rule 127: "on Latin
    and CJK scripts") every name must be so ("across Four-OOD, OpenOOD, … settings" names benchmarks)."""
    found = _KIND_OF_DATA.match(text, end, min(len(text), end + 14))
    if found is not None and found.group("never"):
        return True  # rule 159: names of measures, devices, platforms, maps, channels are no data
    if found is not None and found.group("other"):
        return all(_plain(word) for name in names for word in name.split())
    if found is None or (found.group("medium") is None and len(names) != 1):
        return False
    return _plain(text[text.rfind(" ", 0, end) + 1 : end])


def _plain(word: str) -> bool:
    """An acronym or a plain word, not a mixed-case name: "fMRI", "RGBT", "Representative"; not "OpenOOD"."""
    return sum(c.islower() for c in word) <= 1 or not any(c.isupper() for c in word[1:])


def opens_a_kind(opener: str) -> bool:
    """Whether a parenthesised list opens after a noun of a kind, not of data (rule 127): "across six
    imaging modalities (CT, MRI, X-ray)", "four Indic languages (Hindi, Tamil)".

    >>> opens_a_kind("imaging modalities ("), opens_a_kind("benchmark datasets (")
    (True, False)
    """
    return _KIND_OPEN.search(opener) is not None


_KIND_PAIR = re.compile(r"\b[a-z][\w\-]*\sand$")


def after_a_kind(text: str, start: int) -> bool:
    """Whether the name at ``start`` is coordinated with a lower-case kind: "raw and L1 datasets"."""
    return _KIND_PAIR.search(text, max(0, start - 30), start) is not None


# A record of data named after its format (docs/typing.md rule 71), and after the discovery rules also across
# its defined short form ("question-answer (QA) pairs") or the parenthesis that closes one ("(QA) pairs";
# rule 188: the lexicon's "QA" there must first type the definition).
_UNIT = re.compile(r"[\s\-](?:pairs?|triplets?|triples?)\b(?!-)")
_RECORD = re.compile(r"(?:\)|\s*\([^()]{1,16}\))?[\s\-](?:pairs?|triplets?|triples?)\b(?!-)")


def names_a_unit(text: str, end: int) -> bool:
    """Whether the task name ending at ``end`` names the form of a data record, not the task: "QA
    pairs", "10K VQA triplets", "question-answer pairs" are records of data."""
    return _UNIT.match(text, end) is not None


def not_records(cands: Iterable[Candidate], text: str) -> list[Candidate]:
    """``cands`` without the tasks that name a record of data (rule 188): a defined long form or short form
    before "pairs" ("62,000 question-answer (QA) pairs") and its other occurrences there ("the QA pairs").

    >>> t = "We generate question-answer (QA) pairs. QA pairs help QA."
    >>> found = [Candidate(12, 27, "task", "question-answer"), Candidate(29, 31, "task", "QA")]
    >>> found += [Candidate(40, 42, "task", "QA"), Candidate(54, 56, "task", "QA")]
    >>> [c.start for c in not_records(found, t)]
    [54]
    """
    return [c for c in cands if c.type != "task" or _RECORD.match(text, c.end) is None]


# Rule 151: imaging, sensing and colour modalities are sorts of data, never a dataset of a list ("on RGB-T,
# RGB-D, and RGB-E tracking benchmarks", "four challenging MRI and CT benchmarks", "T1- and T2-weighted").
_MODALITY = re.compile(
    r"(?:s?RGB(?:-?[DTEX]|-Depth|-Thermal|-Event)?|RGBD|RGBT|(?:f|s|d|T1w?-|T2w?-)?MRI|MR|CT|CBCT|PET|SPECT|"
    r"OCT|OCTA|EEG|iEEG|MEG|ECG|EKG|EMG|fNIRS|X-?[Rr]ays?|LiDAR|LIDAR|Lidar|SAR|PolSAR|InSAR|T1w?|T2w?|"
    r"FLAIR|DWI|WSIs?|H&E|H\\&E|Hematoxylin-Eosin|HSI|NIR|SWIR|IR|RAW)"
)


def is_modality(name: str) -> bool:
    """Whether ``name`` is an imaging, sensing or colour modality ("RGB-D", "MRI", "WSI"), not a dataset.

    >>> [is_modality(x) for x in ("RGB-D", "sRGB", "MRI", "T1", "CT", "Hematoxylin-Eosin", "LiDAR")]
    [True, True, True, True, True, True, True]
    >>> [is_modality(x) for x in ("RGBT234", "CT-ORG", "MRNet", "NYUv2", "SARDet-100K", "ImageNet")]
    [False, False, False, False, False, False]
    """
    return _MODALITY.fullmatch(name) is not None
