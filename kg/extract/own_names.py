"""The paper's own names after cues without "we": "our proposed X", "the proposed X", "our method, X,".

"We propose X" is read by :func:`kg.extract.patterns.intro_candidates`; papers also name their
contribution only where they use it ("The proposed DPF-Net outperforms …", "Our approach, ESCHER,
…"). Only a single name-shaped token counts (``DPF-Net``, ``ESCHER``, ``GlorpNet``): "the proposed
method" and "the proposed Transformer-based encoder" name nothing new.

>>> t = "Our proposed GlorpNet beats the proposed method. Our approach, ESCHER, is fast."
>>> [(t[c.start:c.end], c.type, c.role, c.rule) for c in own_candidates(t)]
[('GlorpNet', 'method', 'introduced', 'cue.own'), ('ESCHER', 'method', 'introduced', 'cue.own')]
>>> own_candidates("The proposed Non-Causal Distortion Modeling helps.")
[]
>>> t = "The proposed benchmark, GlorpBench, is hard."
>>> [(t[c.start:c.end], c.type) for c in own_candidates(t)]
[('GlorpBench', 'benchmark')]
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate
from kg.extract.patterns import infer_type, is_hardware_or_count
from kg.extract.shapes import is_adjectival, is_generic, is_name_shaped, type_from_head

__all__ = ["own_candidates"]

_HEADS = (
    r"(?:method|framework|model|approach|system|network|architecture|algorithm|benchmark|dataset|pipeline)"
)
_TOKEN = r"(?P<name>[A-Z0-9][\w+.\-]*[\w+]|[a-z]+[A-Z][\w+.\-]*[\w+])"
_OWN = re.compile(
    rf"\b(?:[Oo]ur\s(?:proposed\s(?:(?P<head>{_HEADS})s?,?\s)?|(?P<head2>{_HEADS}),\s)"
    rf"|[Tt]he\sproposed\s(?:(?P<head3>{_HEADS})s?,?\s)?){_TOKEN}"
)


# "and a new dataset, NYC-MMCD,", "WOW-Seg introduces a novel visual prompt module, Mask2Token, which":
# a name in apposition to a new thing of a named kind.
_NEW = re.compile(  # matched at each "new " / "novel " …, after an article (:func:`_anchored`)
    rf"(?:new|novel|first|dedicated)\s(?:[\w\-]+\s){{0,4}}?"
    rf"(?P<head>{_HEADS}|module|mechanism|metric|corpus|suite|loss|strategy|agent),\s"
    rf"(?:(?:called|named|dubbed|termed)\s)?{_TOKEN}(?=[,;:(]|\.(?:\s|$)|\s(?:which|that|is|to|for|with)\b)"
)
# "two dedicated benchmarks, AIST-CPR and PoseFixCPR", "two public datasets, Hi-BCD and 3DCD": named
# members of a counted set; the role rules decide whether the paper introduces or uses them.
_ITEM = r"[A-Z0-9][\w+.\-]*[\w+]|[a-z]+[A-Z][\w+.\-]*[\w+]"
_LISTED = re.compile(  # matched at each " two " / " three " … (:func:`_anchored`)
    rf"(?:two|three|four|five|six|several)\s(?:[\w\-]+\s){{0,2}}?"
    rf"(?P<head>benchmark|dataset|corpora|model|metric|task|module|variant)s?(?:,\s|\s\(|:\s)"
    rf"(?P<items>(?:{_ITEM})(?:,\s(?:{_ITEM})){{0,4}},?\s(?:and|or)\s(?:{_ITEM}))(?![\w\-])"
)
# "(SSDF-Syndrome, SSDF-Dialogue, and SSDF-PD) were curated": the paper made the listed members.
_CREATED = re.compile(
    r"\)?,?\s(?:were|are)\s(?:[a-z]+ly\s)?(?:curated|constructed|collected|built|created|released|introduced|"
    r"proposed|developed|designed)\b"
)
_LIST_SPLIT = re.compile(r",\s(?:and\s|or\s)?|,?\s(?:and|or)\s")


def own_candidates(text: str) -> list[Candidate]:
    """Name-shaped tokens the paper calls its own without "we" (role ``introduced``), and named members
    of a counted set ("two new benchmarks, FooBench and BarBench", role left to :mod:`kg.extract.roles`).

    >>> t = "We test on two public datasets, Hi-BCD and 3DCD, and a new dataset, NYC-MMCD, for change."
    >>> [(t[c.start:c.end], c.type, c.role) for c in own_candidates(t)]
    [('NYC-MMCD', 'dataset', 'introduced'), ('Hi-BCD', 'dataset', 'used'), ('3DCD', 'dataset', 'used')]
    """
    own = list(_OWN.finditer(text)) if "proposed" in text or "ur " in text else []
    new = _anchored(text, _NEW, ("new ", "novel ", "first ", "dedicated "), ("a ", "an ", "the "))
    return _new_or_our(text, own + new) + _listed(text)


def _anchored(
    text: str, rx: re.Pattern[str], words: tuple[str, ...], before: tuple[str, ...] = ()
) -> list[re.Match[str]]:
    """Matches of ``rx`` at each occurrence of one of ``words`` (after one of ``before`` when given).

    Faster than a regex scan of the whole text: the words are rare, and :meth:`str.find` is quick.

    >>> rx = re.compile(r"new \\w+")
    >>> [m.group() for m in _anchored("A new dataset, X, and a new one", rx, ("new ",), ("a ",))]
    ['new dataset', 'new one']
    """
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            lead = text[max(0, at - 4) : at].lower()
            ok = at == 0 or not text[at - 1].isalnum()
            if ok and (not before or lead.endswith(before)) and (match := rx.match(text, at)):
                out.append(match)
            at = text.find(word, at + 1)
    return sorted(out, key=lambda m: m.start())


def _listed(text: str) -> list[Candidate]:
    """The named members of a counted set of data, models, metrics, tasks or modules."""
    out = []
    for match in _anchored(text, _LISTED, ("two ", "three ", "four ", "five ", "six ", "several ")):
        kind = type_from_head(match.group("head")) or "method"
        role = "introduced" if _CREATED.match(text, match.end()) else "used"
        begin = match.start("items")
        for item in _LIST_SPLIT.split(match.group("items")):
            start = text.index(item, begin)
            begin = end = start + len(item)
            if is_name_shaped(item) and not (
                is_generic(item) or is_adjectival(item) or is_hardware_or_count(item)
            ):
                out.append(Candidate(start, end, kind, item, confidence=0.65, rule="cue.listed", role=role))
    return out


def _new_or_our(text: str, matches: list[re.Match[str]]) -> list[Candidate]:
    """ "our proposed X", "the proposed X", "our method, X,", "a new dataset, X"."""
    out = []
    for match in matches:
        start, end = match.span("name")
        while end > start and text[end - 1] in ".-":
            end -= 1
        name = text[start:end]
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            continue  # "the proposed Non-Causal Distortion Modeling": a longer name, not this token
        if not is_name_shaped(name) or is_generic(name) or is_adjectival(name) or is_hardware_or_count(name):
            continue
        if match.groupdict().get("head2") and text[end : end + 1] != ",":
            continue  # "our method, X," needs the closing comma of an appositive
        groups = match.groupdict()
        head = groups.get("head") or groups.get("head2") or groups.get("head3")
        kind, _ = infer_type(text, start, end, head)
        out.append(
            Candidate(
                start, end, kind or "method", name, confidence=0.7, rule="cue.own", role="introduced"
            )
        )  # fmt: skip
    return out
