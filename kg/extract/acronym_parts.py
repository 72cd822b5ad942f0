"""A known name that ends the long form of an acronym defined right after it (docs/typing.md rule 272).

"Unsupervised feature selection (UFS)", "kernel principal component analysis (KPCA)", "a knowledge
graph-enhanced BERT (KG-BERT)", "Spatio-temporal video grounding (STVG)": the acronym's letters spell
the words before the known name too, so the paper names a longer thing (the acronym's long form) and the
known name is a part of it, not a mention of the known entity. :func:`acronym_part` reads it with one
anchored match after the name (gated by the parenthesis right after it).
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate

__all__ = ["LONG_FORMS", "acronym_part", "longer_by_acronym"]

# rule 273 (off): the long form linked too, for known methods and tasks ("a cubature Kalman filter (CKF)",
# "Spatio-temporal video grounding (STVG)"). Right as links about 0.85 of the time on the held-back seeds, the
# rest a wrong role (the paper's own "Source-Aware Reranker (SAR)" linked used), a wrong type ("In-context
# knowledge editing (IKE) is a technique" typed task) or a cut: under the bar; the known name is dropped.
LONG_FORMS = False
_ACRONYM = re.compile(r" ?\(([A-Za-z0-9][A-Za-z0-9\-]{1,11})\)")
_WORD = re.compile(r"[A-Za-z0-9]+")
_TOKEN_START = re.compile(r"[A-Za-z0-9]*$")
_OPENERS = (
    "The|A|An|In|On|For|Of|We|Our|This|These|With|By|From|To|And|Or|As|At|Existing|Recent|Unlike|Using|While"
)
_CAPITAL_BEFORE = re.compile(rf"(?<![.!?:;\n] )(?<!^)\b(?!(?:{_OPENERS})\b)[A-Z][\w\-]* $")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z0-9][\w\-]*[ -]){1,4})$")
# head words a name may end in that its acronym leaves out ("transformer models (UHATs)")
_HEADS = frozenset(["model", "models", "network", "networks", "method", "methods"])
# a method head after the acronym makes a task-typed long form a method ("(HCC) technique"; not the plural:
# "hand trajectory prediction (HTP) methods" are methods for the task)
_METHOD_AFTER = re.compile(
    r" (?:technique|method|module|framework|approach|strategy|mechanism|algorithm|standard|codec)\b"
)


def _initials(words: list[str]) -> str:
    """The capitals a run of words gives an acronym: a word's own capitals when it has more than one
    ("BERT", "RAG", "CoT"), else its first letter ("feature" -> F, "3D" -> 3)."""
    out = []
    for word in words:
        caps = [ch for ch in word if ch.isupper()]
        out.append("".join(caps) if len(caps) > 1 else word[0].upper())
    return "".join(out)


def acronym_part(text: str, start: int, end: int) -> int | None:
    """Where the longer name starts when ``text[start:end]`` is the tail of a name that the acronym in
    parentheses right after it abbreviates: the acronym's capitals end with the name's initials and begin
    with those of the word(s) right before it (one describing word may stand between). None when the
    name's initials hold a word of several capitals ("graph-enhanced BERT (KG-BERT)", "RO-CoT": a name built
    on the known one, which earlier rounds read as its use).

    >>> def part(t, *names):
    ...     return [acronym_part(t, t.find(n), t.find(n) + len(n)) for n in names]
    >>> t = "Unsupervised feature selection (UFS) and kernel principal component analysis (KPCA) help."
    >>> part(t, "feature selection", "principal component analysis")
    [0, 41]
    >>> t = "a knowledge graph-enhanced BERT (KG-BERT), International Phonetic Alphabet (IPA)"
    >>> part(t, "BERT", "Alphabet")
    [None, 43]
    >>> t = "Unique hard attention transformer models (UHATs); Decentralized Multi-Agent RL (MARL)"
    >>> part(t, "transformer models", "Multi-Agent RL")
    [0, None]
    >>> t = "online reinforcement learning (RL), the Qwen-7B (INFINITY), 3D human motion generation (MoGen)"
    >>> part(t, "reinforcement learning", "Qwen-7B", "human motion generation")
    [None, None, None]
    """
    if "(" not in text[end : end + 2]:
        return None  # the cheap gate: no parenthesis right after the name
    match = _ACRONYM.match(text, end)
    if match is None or not any(ch.isupper() for ch in match.group(1)):
        return None
    caps = "".join(ch for ch in match.group(1) if ch.isupper() or ch.isdigit())
    words = _WORD.findall(text[start:end])
    if not words or any(sum(ch.isupper() for ch in word) > 1 for word in words):
        return None
    tails = [_initials(words)]
    if len(words) > 1 and words[-1].lower() in _HEADS:
        tails.append(_initials(words[:-1]))
    before = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return None
    run = list(_WORD.finditer(text, before.start(1), start))
    for tail in tails:
        head = caps[: len(caps) - len(tail)]
        if not head or not caps.endswith(tail):
            continue
        for skip in (0, 1):  # one describing word may stand between: "graph-enhanced"
            kept = run[: len(run) - skip]
            if len(head) <= len(kept) and _initials([m.group() for m in kept[-len(head) :]]) == head:
                begin = kept[-len(head)].start()
                while begin > 1 and text[begin - 1] == "-" and text[begin - 2].isalnum():
                    begin = _TOKEN_START.search(text, max(0, begin - 41), begin - 1).start()  # type: ignore[union-attr]
                if text[begin].isupper() and _CAPITAL_BEFORE.search(text, max(0, begin - 30), begin):
                    return (
                        None  # "Directional Geometric Mamba (G-Mamba)": the name goes on before the acronym's
                    )
                return begin  # "single-source domain generalization (SDG)": the whole hyphenated word
    return None


def longer_by_acronym(
    text: str, start: int, end: int, kind: str, long_forms: bool = False
) -> list[Candidate | None]:
    """The longer name (of the known name's type) when :func:`acronym_part` reads the known name
    ``text[start:end]`` as its tail, else nothing; ``[None]`` drops the known name alone. The longer
    name only for methods and tasks (a task before "(HCC) technique" is a method); a known model, dataset
    or organisation there is dropped ("International Phonetic Alphabet (IPA)" is no organisation).

    >>> longer_by_acronym("a cubature Kalman filter (CKF) here", 11, 24, "method")  # rule 273 off
    [None]
    >>> def longer(t, name, kind):  # rule 273 on, as it was measured
    ...     found = longer_by_acronym(t, t.find(name), t.find(" ("), kind, long_forms=True)
    ...     return [(c.name, c.type) if c else c for c in found]
    >>> longer("We study Spatio-temporal video grounding (STVG) here.", "video", "task")
    [('Spatio-temporal video grounding', 'task')]
    >>> longer("a hierarchical confidence calibration (HCC) technique", "confidence", "task")
    [('hierarchical confidence calibration', 'method')]
    >>> longer("single-source domain generalization (SDG) fails", "domain", "task")
    [('single-source domain generalization', 'task')]
    >>> longer("a cubature Kalman filter (CKF) here", "Kalman", "method")
    [('cubature Kalman filter', 'method')]
    >>> longer("This paper revisits Directional Geometric Mamba (G-Mamba) from DGM-Net", "Mamba", "method")
    []
    >>> longer("existing hand trajectory prediction (HTP) methods", "trajectory", "task")
    [('hand trajectory prediction', 'task')]
    >>> longer("the International Phonetic Alphabet (IPA)", "Alphabet", "organization")
    [None]
    """
    longer = acronym_part(text, start, end)
    if longer is None:
        return []
    if kind not in ("method", "task") or not (long_forms or LONG_FORMS):
        return [None]
    if kind == "task" and _METHOD_AFTER.match(text, text.find(")", end) + 1):
        kind = "method"  # "a hierarchical confidence calibration (HCC) technique"
    return [
        Candidate(longer, end, kind, text[longer:end], confidence=0.8, source="pattern", rule="acronym.part")
    ]
