"""Names that only say what kind of thing the paper's unnamed work is (rule 97): "we introduce a GS
refinement technique", "a transformer-based EEG signal encoder", "a Top-K class selection mechanism".

A short capitals name the paper never defines (no "(GS)", no long form before it), after "a / an" and
before lower-case words that end in a head noun, modifies that noun phrase: the paper's contribution is the
unnamed technique, and the name (Gaussian splatting, EEG) is something it works with. Such names are
`used` whichever rule introduced them; a name right before its head ("a W4A8 scheme", "the UNSCENE
benchmark") still names the thing.

>>> t = "We propose a GS refinement technique and a transformer-based EEG signal encoder and a DSC loss."
>>> [kind_modifier(t, t.index(n), t.index(n) + len(n)) for n in ("GS", "EEG", "DSC")]
[True, True, False]
>>> t = "We propose Glorp Sampling (GS). Then a GS refinement technique follows."
>>> kind_modifier(t, t.rindex("GS"), t.rindex("GS") + 2)
False
"""

from __future__ import annotations

import re

from kg.extract.candidates import Candidate, occurrences

__all__ = ["applied_known", "demote_kinds", "established", "kind_modifier", "said_before"]

_SHORT_CAPS = re.compile(r"[A-Z][A-Z0-9]{1,3}|Top-[Kk]")
_ARTICLE = re.compile(r"(?<![\w\-])[Aa]n?\s+(?:[\w\-]+\s+){0,2}$")
_KIND_AFTER = re.compile(
    r"\s+(?:[a-z][a-z\-]+\s+){1,2}(?:technique|mechanism|encoder|decoder|module|method|framework|approach|"
    r"strategy|scheme|pipeline|model|network|algorithm|system|procedure|process)s?\b"
)


def kind_modifier(text: str, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` is an undefined short capitals name modifying a described kind."""
    name = text[start:end]
    return (
        _SHORT_CAPS.fullmatch(name) is not None
        and f"({name})" not in text
        and _ARTICLE.search(text, max(0, start - 40), start) is not None
        and _KIND_AFTER.match(text, end) is not None
    )


# An established name after "a / an" and lower-case words only: "we design a Variational Auto-Encoder for …",
# "we propose a Deep Reinforcement Learning (DRL) agent", "we developed a U-Net to segment …" (rule 297).
_INSTANCE_BEFORE = re.compile(r"(?<![\w\-(])[Aa]n?\s+(?:[a-z][\w\-]*\s+){0,4}$")
_KNOWN_RULES = ("lexicon", "lexicon.cased")


def _lexicon_entry(c: Candidate) -> bool:
    """Whether ``c`` is a plain lexicon match of an entry (the established names rules 297 and 326 read)."""
    return c.source == "lexicon" and c.rule in _KNOWN_RULES and bool(c.entity_id)


def known_instance(c: Candidate, text: str) -> bool:
    """Whether ``c`` is an established (lexicon) name the paper builds one of, not a name it coins: "a / an"
    and at most four lower-case words right before it (rule 297).

    >>> t = "We design a Variational Auto-Encoder for causal learning. We release the Pile."
    >>> vae = Candidate(12, 36, "method", "Variational Autoencoder", "method:vae", 0.95, "lexicon", "lexicon")
    >>> pile = Candidate(70, 74, "dataset", "The Pile", "dataset:the-pile", 0.95, "lexicon", "lexicon.cased")
    >>> known_instance(vae, t), known_instance(pile, t)
    (True, False)
    """
    return _lexicon_entry(c) and _INSTANCE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


# After an established name the cue reaches: what the paper applies it to or for ("We further introduce
# Conditional Variational Autoencoder (CVAE) to the Att-Adapter", "this work introduces NAS to SAR object
# detection", "we introduce Mamba, a selective state-space model …, to effectively capture …", "we propose
# GPT-4V for self-optimization"; rule 326). Not a release to its readers ("to the community").
_APPLIED_AFTER = re.compile(
    r"(?:\s*\([^()]{1,24}\))?(?:,\s(?:a|an|the)\s[^,;.()]{1,90},)?\s+(?:to|for)\s"
    r"(?!(?:the\s)?(?:research\s|open\s|wider\s|broader\s)?(?:community|public|researchers)\b|be\b)"
)


def applied_known(c: Candidate, text: str) -> bool:
    """Whether ``c`` is an established (lexicon) name the introduction cue brings to the paper's problem, not
    a name it coins: "to / for" after it, or after its acronym or an appositive (rule 326).

    >>> t = "We introduce GRPO to jointly optimize agents. We release the Pile, a corpus, for the community."
    >>> grpo = Candidate(13, 17, "method", "GRPO", "method:grpo", 0.95, "lexicon", "lexicon.cased")
    >>> pile = Candidate(58, 62, "dataset", "The Pile", "dataset:the-pile", 0.95, "lexicon", "lexicon.cased")
    >>> applied_known(grpo, text=t), applied_known(pile, text=t)
    (True, False)
    """
    return _lexicon_entry(c) and _APPLIED_AFTER.match(text, c.end) is not None


def demote_kinds(cands: list[Candidate], text: str) -> list[Candidate]:
    """Introduced candidates that only modify a described kind (:func:`kind_modifier`) or are an instance
    of an established name (:func:`known_instance`, rule 297) or one applied to the paper's problem
    (:func:`applied_known`, rule 326); with the other half of its acronym: used."""
    demoted = {
        (c.start, c.end)
        for c in cands
        if c.role == "introduced"
        and (kind_modifier(text, c.start, c.end) or known_instance(c, text) or applied_known(c, text))
    }
    if not demoted:
        return cands
    return [
        c.with_(role="used")
        if c.role == "introduced" and ((c.start, c.end) in demoted or c.partner in demoted)
        else c
        for c in cands
    ]


def said_before(text: str, begin: int, start: int, end: int) -> bool:
    """Whether the name ``text[start:end]`` already stands as a whole word in ``text[begin:start]``: a later
    mention in an introduction cue's sentence is no new object of the cue, its first mention decides
    ("… RIS (STAR-RIS)-assisted Metaverse, where the STAR-RIS is configured"; rule 97).

    >>> t = "we present a (GS-RIS)-assisted net, where the GS-RIS runs, and 3DGS with GS"
    >>> last = t.rindex("GS-RIS")
    >>> said_before(t, 0, last, last + 6), said_before(t, 0, t.rindex("GS"), len(t))
    (True, False)
    """
    name = text[start:end]
    return text.find(name, begin, start) >= 0 and bool(occurrences(text[:start], name, begin))


# "an emerging task called RGB-D VSOD", "a recently proposed algorithm called IVON": a name given to something
# the text calls established is no name the paper coins (rule 122).
_ESTABLISHED = re.compile(
    r"(?<![\w\-])(?:emerging|existing|well-known|popular|standard|classic(?:al)?|conventional|traditional|"
    r"established|famous|seminal|(?:widely|commonly|recently)[\s\-](?:used|proposed|adopted))\s+"
    r"(?:[\w\-]+\s+){0,4}?\(?(?:called|named|termed|dubbed|known\sas)\s+(?:the\s+)?$"
)


def established(text: str, begin: int, start: int) -> bool:
    """Whether the name at ``start`` follows "called / named …" after a word calling its thing established
    (searched from ``begin``, the sentence start, at most 100 characters back).

    >>> t = "RGB-D saliency is an emerging task called RGBD-VSOD. We propose a new model called FooNet."
    >>> established(t, 0, t.index("RGBD")), established(t, 0, t.index("FooNet"))
    (True, False)
    """
    return _ESTABLISHED.search(text, max(begin, start - 100), start) is not None
