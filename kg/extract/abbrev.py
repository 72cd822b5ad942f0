r"""Acronym definitions — "Long Name (LN)" — found with the Schwartz–Hearst algorithm.

>>> text = "We use Neural Radiance Fields (NeRF) and the Adaptive Thinking Mapper (ATM)."
>>> [(text[a:b], text[c:d]) for a, b, c, d in find_definitions(text)]
[('Neural Radiance Fields', 'NeRF'), ('Adaptive Thinking Mapper', 'ATM')]
>>> text = r"a method termed \emph{Flexible Memory} (\textbf{FlexMem}), and Wide Nets (\textit{WN})"
>>> [(text[a:b], text[c:d]) for a, b, c, d in find_definitions(text)]
[('Flexible Memory', 'FlexMem'), ('Wide Nets', 'WN')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anchored import finditer_at

__all__ = ["LATEX_EMPHASIS", "abbreviates_earlier", "find_definitions", "match_long_form"]

# A LaTeX emphasis command's opening, "\textbf{" or "\emph{": one list for every rule that reads one
LATEX_EMPHASIS = r"\\(?:textbf|textit|textsc|texttt|emph)\{"
# "(SF)", and "(\textbf{SF})" in LaTeX emphasis (docs/typing.md rule 102)
_PAREN = re.compile(
    r"\(\s*(?:" + LATEX_EMPHASIS + r")?([A-Za-z][\w.+\-/&]{0,14}?)(?:s)?\}?\s*(?:[;,]([^)]{0,40}))?\)"
)
# After the comma, another name or a year: "(SDS, MSD, HD95)" and "(OECD, 2018)" list or cite, and define
# nothing (rule 235); "(PLMs, e.g. BERT)" and "(SLMs; < 1.5B parameters)" still define.
_LIST_TAIL = re.compile(r"\s*(?:[A-Z][\w\-]*[A-Z0-9][\w\-]*|(?:19|20)\d\d)\b")
# a long form in LaTeX emphasis before its short form: "termed \emph{Flexible Memory} (\textbf{FlexMem})"
_BRACED = re.compile(LATEX_EMPHASIS + r"([^{}]+)\}$")
_WORD = re.compile(r"[^\s]+")
_ALNUM_RUN = re.compile(r"[A-Za-z0-9]+")
_WINDOW_STOP = re.compile(r"[.;:()\[\]\n]")
# A clause a long form cannot span: "…, we propose a patch-based diffusion framework (TDiff)" has no long
# form before "we"; in "…, called eXplainable Reinforcement Learning (XRL)" it starts after "called"
# ("named entity recognition (NER)" and "City that Never Settles (CNS)" are long forms).
_CLAUSE = re.compile(
    r"\b(?:we|propose[sd]?|introduce[sd]?|introducing|called|named(?!\sentit)|termed|dubbed|including)\s"
    r"|\b(?:that|which)\s(?=[a-z])"
)
_LEAD_SKIP = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "this",
        "these",
        "its",
        "their",
        "novel",
        "new",
        "and",
        "or",
        "of",
        "for",
        "to",
        "with",
        "by",
        "in",
        "on",
    ]
)


def _valid_short(short: str) -> bool:
    letters = [ch for ch in short if ch.isalpha()]
    return (
        2 <= len(short) <= 15
        and len(letters) >= 2
        and sum(map(str.isupper, short)) >= 2
        and not short.isdigit()
    )


def match_long_form(short: str, words_text: str) -> int | None:
    """Offset in ``words_text`` where the long form for ``short`` starts, or None (Schwartz–Hearst).

    >>> match_long_form("GS", "introduces a Gaussian Splatting")
    13
    >>> match_long_form("PPO", "use Proximal Policy Optimization")
    4
    """
    initials = _match_initials(short, words_text)
    if initials is not None:
        return initials
    loose = _letters_back(short, words_text, strict=False)
    if loose is None:
        return None
    # rule 234: the capitals on initials when that reaches a capitalised run back, no comma in it
    strict = _letters_back(short, words_text, strict=True)
    if (
        strict is None
        or strict >= loose
        or not words_text[strict].isupper()
        or "," in words_text[strict:loose]
    ):
        return loose
    return strict


def _letters_back(short: str, words_text: str, strict: bool) -> int | None:
    """Start of the long form whose letters spell ``short`` from the end (Schwartz–Hearst); ``strict``:
    each capital of ``short`` on a word's initial or a capital ("Information-theoretic Measures" is
    not TRIM: "Training-free Robust Detection via Information-theoretic Measures" is, rule 234).

    >>> t = "Training-free Robust Detection via Information-theoretic Measures"
    >>> t[_letters_back("TRIM", t, False) :], _letters_back("TRIM", t, True), match_long_form("TRIM", t)
    ('theoretic Measures', 0, 0)
    """
    s_chars = [(ch.lower(), strict and ch.isupper()) for ch in short if ch.isalnum()]
    if not s_chars:
        return None
    li = len(words_text) - 1
    si = len(s_chars) - 1
    # lower-cased once: an ASCII text lower-cases letter by letter (others keep the per-letter call)
    low = words_text.lower() if words_text.isascii() else None
    while si >= 0:
        c, initial = s_chars[si]
        if low is not None:  # the letter's last place at or before ``li``: one C-level search
            li = low.rfind(c, 0, li + 1)
            while li >= 0 and not _may_start(words_text, li, si == 0, initial):
                li = low.rfind(c, 0, li)
        while li >= 0 and (words_text[li].lower() != c or not _may_start(words_text, li, si == 0, initial)):
            li -= 1
        if li < 0:
            return None
        li -= 1
        si -= 1
    start = li + 1
    while start > 0 and words_text[start - 1].isalnum():
        start -= 1
    return start


# A long form quoted before its acronym: the closing quote is not part of the name (rule 228).
_OPEN_QUOTES = frozenset("\"'\u201c\u2018`")
_CLOSE_QUOTES = "\"'\u201d\u2019"
_INITIAL_SKIP = frozenset(["of", "and", "for", "the", "to", "in", "on", "with", "a", "an", "via"])
# A conjunction that would spell a short form's first letter: the name starts at the word before it when
# that word is capitalised with the letter ("Acceptance and Commitment Therapy (ACT)", not "Commitment
# Therapy"; "audio and video (A/V)" stays no name; rule 495).
_CONJUNCTIONS = frozenset(["and", "or"])


def _may_start(text: str, i: int, first: bool, initial: bool) -> bool:
    """Whether ``text[i]`` may spell a short form's letter: its first on a word's initial only, a
    capital (``initial``) on an initial or a capital, any other letter anywhere.

    >>> _may_start("theoretic", 3, False, True), _may_start("Information-theoretic", 12, False, True)
    (False, True)
    """
    inside = i > 0 and text[i - 1].isalnum()
    return not (inside and (first or (initial and not text[i].isupper())))


# A part noun that ends a long form without a letter in its short form: "Outfit-aware Noise Optimization
# Module (OANO)" (rule 233).
_PART_HEADS = frozenset(
    ["module", "block", "layer", "network", "framework", "mechanism", "strategy", "model", "method", "scheme"]
)


def _match_initials(short: str, words_text: str) -> int | None:
    """Start of the shortest run of trailing words whose initials spell ``short`` (stop words optional),
    a last part noun the short form leaves out skipped (rule 233).

    >>> _match_initials("OANO", "an Outfit-aware Noise Optimization Module")
    3
    """
    target = "".join(ch.lower() for ch in short if ch.isalpha())
    words = list(_ALNUM_RUN.finditer(words_text))
    if (
        len(words) > 2
        and words[-1].group().lower() in _PART_HEADS
        and target[-1:] != words[-1].group()[0].lower()
    ):
        words.pop()  # "… Optimization Module (OANO)": the module's initials spell the name before it
    spelled = ""
    for i in range(len(words) - 1, -1, -1):
        word = words[i].group()
        if word.lower() in _INITIAL_SKIP and not target.endswith(word[0].lower() + spelled):
            continue
        spelled = word[0].lower() + spelled
        if spelled == target:
            if i > 0 and word.lower() in _CONJUNCTIONS and words[i - 1].group()[0] == short[0].upper():
                return words[i - 1].start()  # rule 495: "Abstraction and Reasoning Corpus (ARC)"
            return words[i].start()
        if not target.endswith(spelled):
            return None
    return None


def find_definitions(text: str) -> list[tuple[int, int, int, int]]:
    """``(long_start, long_end, short_start, short_end)`` for each "Long Form (SF)" in ``text``
    (found once per text: the acronym rules, the short-form test and the expansion rule read them)."""
    return list(_definitions(text))


@lru_cache(maxsize=8)
def _definitions(text: str) -> tuple[tuple[int, int, int, int], ...]:
    out: list[tuple[int, int, int, int]] = []
    for match in finditer_at(_PAREN, text, ("(",)):  # _PAREN.finditer(text)'s: str.find is faster to "("
        short = match.group(1).rstrip(".-")
        if match.group(0).rstrip(") }").endswith(short + "s"):
            short += "s"
        if not _valid_short(short) or (match.group(2) is not None and _LIST_TAIL.match(match.group(2))):
            continue
        end = match.start()
        while end > 0 and text[end - 1] in " ~":  # "Vision Transformer~(ViT)": a LaTeX tie is a space
            end -= 1
        window_start, end = _window(text, end, short)
        window = text[window_start:end]
        core = short[:-1] if short.endswith("s") and short[-2:-1].isupper() else short
        rel = match_long_form(core, window)
        if rel is None:
            continue
        long_start = window_start + rel
        while long_start > 1 and text[long_start - 1] == "-" and text[long_start - 2].isalnum():
            long_start = _word_start(text, long_start - 1)  # "Low-light image enhancement algorithms"
        while True:
            word = _WORD.match(text, long_start)
            if word is None or word.group().lower() not in _LEAD_SKIP or word.end() >= end:
                break
            long_start = word.end() + 1
        if long_start > 0 and text[long_start - 1] in _OPEN_QUOTES:  # rule 228: '"Long Form" (LF)'
            end = len(text[long_start:end].rstrip(_CLOSE_QUOTES)) + long_start  # ("``Learning to Defer''")
        long_text = text[long_start:end]
        if long_start >= end or (len(long_text.split()) < 2 and "-" not in long_text):
            continue
        if any(ch in long_text for ch in "()[]{}\n\t;:"):
            continue
        short_start = match.start(1)
        out.append((long_start, end, short_start, short_start + len(short)))
    return tuple(out)


def _window(text: str, end: int, short: str) -> tuple[int, int]:
    """Where the long form of ``short`` may lie before ``end``: up to a few words back, stopping at a
    sentence mark or a clause; or inside the LaTeX emphasis that ends at ``end`` (its braces left out)."""
    braced = _BRACED.search(text, max(0, end - 120), end) if text[end - 1 : end] == "}" else None
    if braced is not None:
        return braced.start(1), braced.end(1)
    window_start = _window_start(text, end, min(len(short) + 5, 2 * len(short)))
    for clause in _CLAUSE.finditer(text, window_start, end):
        window_start = clause.end()
    return window_start, end


def _window_start(text: str, end: int, n_words: int) -> int:
    r"""Where the long-form window before ``end`` starts: ``n_words`` words back (the text's start if it
    has fewer), or right after the last stop character among them (one scan of the words, not one a word).

    >>> t = "Title\n\nLong Form (LF)"
    >>> t[_window_start(t, 16, 4) : 16], t[_window_start(t, 16, 1) : 16]
    ('Long Form', 'Form')
    """
    start = end
    for _ in range(n_words):
        prev = text.rfind(" ", 0, start - 1)
        start = prev + 1 if prev >= 0 else 0
        if prev < 0:
            break
    stops = [m.end() for m in _WINDOW_STOP.finditer(text, start, end)]
    return stops[-1] if stops else start  # right after the stop: "Title\n\nLong Form (LF)" keeps "Long"


def _word_start(text: str, pos: int) -> int:
    """The start of the alphanumeric run that ends at ``pos``."""
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


# A head noun right after a name makes the name its modifier: "a novel UCOD framework".
_HEAD_AFTER = re.compile(
    # (after one lower-case word too: "a novel OOD scoring mechanism" after "out-of-distribution (OOD)")
    r"\s+(?:[a-z][a-z\-]+\s+)?(?:baseline\s+)?(?:framework|method|model|approach|network|system|"
    r"architecture|algorithm|pipeline|scheme|strategy|technique|paradigm|mechanism|variant|dataset|benchmark|"
    r"corpus|predictor|classifier|detector)s?\b"
    # or before another short name and a part noun: "the TPV SSM layer" (not "a QCMoE module": the part
    # the paper names by its own acronym)
    r"|\s+[A-Z][A-Z0-9\-]+\s+(?:module|layer|block|branch|head|encoder|decoder|loss)s?\b"
)


# A describing word before a short form: "GAN-based DRA", "LLM-driven CIG", "SOTA MKGC".
_MODIFIER = re.compile(r"(?:SOTA|SoTA|[\w.]+-(?:based|driven|powered|guided|enhanced|assisted))\s+(?=\S+$)")


@lru_cache(maxsize=8)
def _defined_shorts(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((text[ss:se], se) for _, _, ss, se in find_definitions(text))


def abbreviates_earlier(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a short form the text defined before it and now modifies a
    head noun: in "Unsupervised camouflaged object detection (UCOD) is hard. We propose a novel UCOD
    framework" the framework is for UCOD, the paper's field, and has no name of its own.

    >>> t = "Unsupervised camouflaged object detection (UCOD) is hard. We propose a UCOD framework, FOO."
    >>> s = t.index("UCOD framework")
    >>> abbreviates_earlier(t, s, s + 4), abbreviates_earlier(t, t.index("FOO"), t.index("FOO") + 3)
    (True, False)
    >>> t = "Data reconstruction attacks (DRA) leak data. We propose a GAN-based DRA framework."
    >>> abbreviates_earlier(t, t.index("GAN-based"), t.index(" framework"))
    True
    >>> t = "We propose a UCOD framework. Unsupervised camouflaged object detection (UCOD) is hard."
    >>> abbreviates_earlier(t, 13, 17)
    False
    """
    shorts = _defined_shorts(text) if text[end : end + 1].isspace() else ()  # _HEAD_AFTER needs a space
    if not shorts:  # the cheap tests first: few names are short forms defined before them
        return False
    name = text[start:end]
    if modifier := _MODIFIER.match(name):  # "a novel GAN-based DRA framework", "SOTA MKGC method" (rule 73)
        name = name[modifier.end() :]
    if not any(short == name and short_end <= start for short, short_end in shorts):
        return False
    return _HEAD_AFTER.match(text, end) is not None
