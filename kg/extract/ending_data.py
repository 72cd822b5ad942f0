"""Where a name typed by its method-name ending alone is no method (docs/typing.md rules 56 and 59).

Data named with a method's ending: "the NuInsSeg dataset", "datasets like CBIS-DDSM, NuInsSeg and
Kvasir-SEG", "+9.2 cIoU on ReasonSeg" (rule 56).

A name whose ending reads as a method's ("-Net", "-Seg", "-Flow": :func:`kg.extract.shapes._ending_type`)
is data when the paper itself says so at one of its occurrences: a data head follows it, alone or
closing the list it stands in ("HeiCholSeg dataset", "on TissueNet and BBBC038 datasets"); a data head
opens the list it stands in ("four datasets (DynamicEarthNet, MUDS, …)", "datasets like CBIS-DDSM,
NuInsSeg", "lexicons (WordNet, FrameNet, VerbNet"); or a score is reported on it ("56.7 gIoU on
ReasonSeg", "22.1% on ReasonSeg").

>>> t = "Our DenseNet gains 3.1 mIoU on ReasonSeg test and works on the FloodNet and RescueNet datasets."
>>> [n for n in ("DenseNet", "ReasonSeg", "FloodNet", "RescueNet") if data_context(t, n)]
['ReasonSeg', 'FloodNet', 'RescueNet']
>>> t = "Experiments on four datasets (DynamicEarthNet, MUDS, OSCD) and with UNet."
>>> data_context(t, "DynamicEarthNet"), data_context(t, "UNet")
(True, False)
>>> data_context("We build on PointNet and evaluate PointNet on ModelNet40 datasets.", "PointNet")
False

A part of a longer capitalised name ("the Panoramic Dual BridgeNet", "EmoNet Face, a benchmark suite")
is no name of its own (rule 59): :func:`inside_longer_name`.
"""

from __future__ import annotations

import re

__all__ = ["data_context", "inside_longer_name"]

_HEAD = r"(?:datasets?|data\s+sets?|benchmarks?|corpus|corpora|challenges?|lexicons?|treebanks?)"
# the other items of a list the name stands in, before or after it: ", MUDS", " and BBBC038"
_ITEMS = r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)[A-Z0-9][\w\-.+]*)*"
_AFTER = re.compile(_ITEMS + r"\s+" + _HEAD + r"\b")
_BEFORE = re.compile(
    r"\b" + _HEAD + r"\s*(?:\(|:|such\s+as|like|including|namely)\s*(?:the\s+)?"
    r"(?:[A-Z0-9][\w\-.+]*(?:\s*\([^()]{0,60}\))?\s*(?:,\s*|\s+and\s+|\s+or\s+))*$"
)
# a score reported on the name: "56.7 gIoU on", "22.1% on", "mIoU on the"
_SCORE = re.compile(r"(?:\d%|\d|IoU|mAP|AP|F1|[Aa]ccuracy)\s+on\s+(?:the\s+)?$")


def data_context(text: str, name: str) -> bool:
    """Whether an occurrence of ``name`` in ``text`` stands where data is named (see the module)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")) and not (
            end < len(text) and (text[end].isalnum() or text[end] in "-_")
        )
        if whole and (
            _AFTER.match(text, end)
            or _BEFORE.search(text, max(0, at - 160), at)
            or _SCORE.search(text, max(0, at - 20), at)
        ):
            return True
        at = text.find(name, end)
    return False


_WORD_BEFORE = re.compile(r"(?<![\w\-.+])([A-Z][\w\-]*) $")  # a whole word: not "0.4B-parameter"
# capitalised function words start no name: "(2) As ComboGAN can", "Depth in KSSNet As we know"
_FUNCTION_TEXT = """
    A An The As In On For With By From To Of And Or Our We Its Their This These That Unlike Like Both Then
    Thus Also While When Where Since If But However Moreover Furthermore Compared Using Via At Is Are Was
    Were Here Next First Second Finally"""
_FUNCTION = frozenset(_FUNCTION_TEXT.split())
_MODIFIER = re.compile(r"-[a-z]+$|'s$")
_WORD_AFTER = re.compile(r" [A-Z][A-Za-z]*\b")


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word right before ``start`` (not starting a sentence) or right after
    ``end`` makes ``text[start:end]`` part of a longer name; never inside the title (the text before a
    blank line), which capitalises every word.

    >>> t = "T\\n\\nWe introduce the Panoramic Dual BridgeNet. EmoNet Face has data. GlorpNet, a net."
    >>> t += " A 0.4B-parameter FlorpNet encoder. A Mamba-based FEMamba, a Tabular GAN CTGAN."
    >>> names = ("BridgeNet", "EmoNet", "GlorpNet", "FlorpNet", "FEMamba", "CTGAN", "ComboGAN")
    >>> [inside_longer_name(t, t.find(n), t.find(n) + len(n)) for n in names]
    [True, True, False, False, False, False, False]
    """
    if start < text.find("\n\n"):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if word is not None:
        before = text[: word.start()].rstrip()
        modifier = word.group(1).isupper() or _MODIFIER.search(word.group(1)) or word.group(1) in _FUNCTION
        if before and before[-1] not in ".!?:;\n" and not modifier:
            return True  # not "Tabular GAN CTGAN", "Mamba-based FEMamba", "HN-modified HardNet", "KD's"
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group().strip() not in _FUNCTION
